package com.clearmark.app.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.Test;

class PinnedPostTest {

  @Test
  void aNameOfManyAddressesIsTriedOnlyAtItsFirstFew() throws IOException {
    // Only the fourth address listens: the first three refuse, and a fourth is never tried, so
    // a name resolving to dozens of unreachable addresses cannot hold the dispatcher for each.
    try (var receiver = new ServerSocket()) {
      receiver.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.5"), 0));
      int port = receiver.getLocalPort();
      List<InetAddress> addresses =
          List.of(
              InetAddress.getByName("127.0.0.2"),
              InetAddress.getByName("127.0.0.3"),
              InetAddress.getByName("127.0.0.4"),
              InetAddress.getByName("127.0.0.5"));
      assertThat(addresses).hasSizeGreaterThan(PinnedPost.MAX_ADDRESSES);

      assertThatThrownBy(
              () ->
                  PinnedPost.post(
                      URI.create("http://hooks.example:" + port + "/in"),
                      addresses,
                      Map.of(),
                      new byte[0],
                      (SSLSocketFactory) SSLSocketFactory.getDefault(),
                      Duration.ofSeconds(5),
                      Duration.ofSeconds(5)))
          .isInstanceOf(IOException.class);
      receiver.setSoTimeout(200);
      assertThatThrownBy(receiver::accept).isInstanceOf(SocketTimeoutException.class);
    }
  }
}
