package com.clearmark.app.notification;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST to addresses that were resolved and checked beforehand, keeping the URL's host
 * name for the {@code Host} header, the TLS server name (SNI) and the certificate check.
 *
 * <p>The JDK's {@link java.net.http.HttpClient} resolves the URL's host itself when it connects, so
 * what it reaches may not be what was checked (DNS rebinding), and it offers no way to hand it an
 * address. A webhook needs little of HTTP: one request with a body, the status line of the answer,
 * then the connection is closed; that much is done here over a plain socket.
 *
 * <p>Connecting tries at most {@value #MAX_ADDRESSES} of the addresses, in order, all within one
 * connect timeout together, so a name resolving to many unreachable addresses costs no more than
 * one; everything after (TLS handshake, sending, the status line) must finish within the request
 * timeout, after which the socket is closed, so a receiver that reads or answers slowly cannot hold
 * the dispatcher.
 */
final class PinnedPost {

  /** The most addresses of one name that are tried. */
  static final int MAX_ADDRESSES = 3;

  /** The longest status line read; a real one is a few dozen characters. */
  private static final int MAX_STATUS_LINE = 1024;

  private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})(?: .*)?");

  private static final ScheduledExecutorService DEADLINES =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            var thread = new Thread(r, "webhook-deadlines");
            thread.setDaemon(true);
            return thread;
          });

  private PinnedPost() {}

  /**
   * Posts the body and answers the status code of the reply.
   *
   * @param uri the webhook URL; its host is used only in the request, never resolved
   * @param addresses where the host was resolved to and checked
   * @param headers request headers besides Host, Content-Length and Connection
   * @throws IOException when no address can be reached, or no HTTP answer comes in time
   */
  static int post(
      URI uri,
      List<InetAddress> addresses,
      Map<String, String> headers,
      byte[] body,
      SSLSocketFactory tls,
      Duration connectTimeout,
      Duration requestTimeout)
      throws IOException {
    URI ascii = URI.create(uri.toASCIIString());
    boolean https = ascii.getScheme().toLowerCase(Locale.ROOT).equals("https");
    int port = ascii.getPort() >= 0 ? ascii.getPort() : https ? 443 : 80;
    Socket socket = connect(addresses, port, connectTimeout);
    var deadline =
        DEADLINES.schedule(
            () -> quietlyClose(socket), requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
    try (socket) {
      Socket open = https ? secured(socket, ascii.getHost(), port, tls) : socket;
      OutputStream out = new BufferedOutputStream(open.getOutputStream());
      out.write(head(ascii, headers, body.length).getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      return status(new BufferedInputStream(open.getInputStream(), MAX_STATUS_LINE));
    } catch (IOException e) {
      if (deadline.isDone()) {
        throw new SocketTimeoutException("no answer within " + requestTimeout.toSeconds() + " s");
      }
      throw e;
    } finally {
      deadline.cancel(false);
    }
  }

  private static Socket connect(List<InetAddress> addresses, int port, Duration timeout)
      throws IOException {
    IOException failure = null;
    long until = System.nanoTime() + timeout.toNanos();
    for (InetAddress address : addresses.subList(0, Math.min(addresses.size(), MAX_ADDRESSES))) {
      long left = TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime());
      if (left <= 0) {
        break;
      }
      // No proxy: a SOCKS proxy set for the JVM would be handed the address and could go elsewhere.
      var socket = new Socket(Proxy.NO_PROXY);
      try {
        socket.connect(new InetSocketAddress(address, port), (int) left);
        return socket;
      } catch (IOException e) {
        socket.close();
        failure = e;
      }
    }
    if (failure == null) {
      throw new SocketTimeoutException("no connection within " + timeout.toSeconds() + " s");
    }
    throw failure;
  }

  private static Socket secured(Socket socket, String host, int port, SSLSocketFactory tls)
      throws IOException {
    // The name, not the address, is what the certificate is checked against and sent as SNI.
    String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    var ssl = (SSLSocket) tls.createSocket(socket, name, port, true);
    SSLParameters parameters = ssl.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    ssl.setSSLParameters(parameters);
    ssl.startHandshake();
    return ssl;
  }

  private static String head(URI uri, Map<String, String> headers, int length) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    var head = new StringBuilder(512);
    head.append("POST ").append(target).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(uri.getHost());
    if (uri.getPort() >= 0) {
      head.append(':').append(uri.getPort());
    }
    head.append("\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("Content-Length: ").append(length).append("\r\n");
    head.append("Connection: close\r\n\r\n");
    return head.toString();
  }

  private static int status(InputStream in) throws IOException {
    var line = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (line.length() == MAX_STATUS_LINE) {
        throw new ProtocolException("the answer is not HTTP");
      }
      line.append((char) c);
    }
    var matcher = STATUS_LINE.matcher(line.toString().stripTrailing());
    if (!matcher.matches()) {
      throw new ProtocolException("the answer is not HTTP");
    }
    return Integer.parseInt(matcher.group(1));
  }

  private static void quietlyClose(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing is how the deadline ends the exchange; the exchange reports the failure.
    }
  }
}
