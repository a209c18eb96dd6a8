package com.clearmark.app.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.app.notification.WebhookUrl.AddressPolicy;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.StandardConstants;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A webhook request goes to the address its host was resolved to and checked as, not to what the
 * name answers when the connection is made, while the receiver still sees the name: in the Host
 * header, as the TLS server name and in the certificate check.
 *
 * <p>The loopback network stands in for both sides: 127.0.0.1 plays the public address the name
 * first answers, 127.0.0.2 the service's internal network, which this test's policy refuses as the
 * real one refuses every special-purpose address.
 */
class WebhookGoesWhereItWasCheckedTest {

  static final String SECRET = "whsec_harbor";

  @Test
  void aNameThatAnswersAPrivateAddressAfterBeingCheckedAsPublicIsNotFollowed() throws Exception {
    InetAddress outside = InetAddress.getByName("127.0.0.1");
    InetAddress internal = InetAddress.getByName("127.0.0.2");
    try (var seller = WebhookReceiver.start(outside, 0);
        var intranet = WebhookReceiver.start(internal, seller.port())) {
      seller.expect("/hooks/harbor", SECRET);
      intranet.expect("/hooks/harbor", SECRET);
      var lookups = new AtomicInteger();
      // A rebinding name server: public on the first question, private on every later one.
      WebhookUrl.HostResolver rebinding =
          host -> List.of(lookups.getAndIncrement() == 0 ? outside : internal);
      AddressPolicy intranetRefused =
          address ->
              address.equals(internal) ? Optional.of("the internal network") : Optional.empty();
      var sender =
          new WebhookSender(
              rebinding, intranetRefused, (SSLSocketFactory) SSLSocketFactory.getDefault());
      var url = new WebhookUrl("http://hooks.harbor-lane.test:" + seller.port() + "/hooks/harbor");

      sender.post(url, SECRET, 1, EventType.TEST, "{\"event\":\"test\"}", 1764403200);

      assertThat(intranet.at("/hooks/harbor")).isEmpty();
      assertThat(lookups).hasValue(1);
      assertThat(seller.at("/hooks/harbor"))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.signatureValid()).isTrue();
                assertThat(r.host()).isEqualTo("hooks.harbor-lane.test:" + seller.port());
              });

      assertThatThrownBy(
              () -> sender.post(url, SECRET, 2, EventType.TEST, "{\"event\":\"test\"}", 1764403260))
          .isInstanceOf(WebhookSender.WebhookFailed.class)
          .hasMessage(
              "the webhook URL points at a private or local address (127.0.0.2: the internal"
                  + " network); webhooks go only to public addresses");
      assertThat(intranet.at("/hooks/harbor")).isEmpty();
      assertThat(seller.at("/hooks/harbor")).hasSize(1);
    }
  }

  @Test
  void overHttpsTheNameIsTheServerNameAndWhatTheCertificateIsCheckedAgainst(@TempDir Path dir)
      throws Exception {
    KeyStore keys = selfSigned(dir, "hooks.harbor-lane.test");
    List<String> serverNames = new CopyOnWriteArrayList<>();
    try (var seller = WebhookReceiver.startTls(recordingServerNames(keys, serverNames))) {
      seller.expect("/hooks/harbor", SECRET);
      InetAddress loopback = InetAddress.getByName("127.0.0.1");
      var sender = new WebhookSender(host -> List.of(loopback), AddressPolicy.ANY, trusting(keys));

      sender.post(
          new WebhookUrl("https://hooks.harbor-lane.test:" + seller.port() + "/hooks/harbor"),
          SECRET,
          1,
          EventType.TEST,
          "{\"event\":\"test\"}",
          1764403200);

      assertThat(serverNames).containsExactly("hooks.harbor-lane.test");
      assertThat(seller.at("/hooks/harbor"))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.signatureValid()).isTrue();
                assertThat(r.host()).isEqualTo("hooks.harbor-lane.test:" + seller.port());
              });

      // Another name at the same address: its certificate does not match, so nothing is sent.
      assertThatThrownBy(
              () ->
                  sender.post(
                      new WebhookUrl(
                          "https://intranet.harbor-lane.test:" + seller.port() + "/hooks/harbor"),
                      SECRET,
                      2,
                      EventType.TEST,
                      "{\"event\":\"test\"}",
                      1764403260))
          .isInstanceOf(WebhookSender.WebhookFailed.class)
          .hasMessage("no answer from intranet.harbor-lane.test: SSLHandshakeException");
      assertThat(seller.at("/hooks/harbor")).hasSize(1);
    }
  }

  /** A key pair and certificate for the name, made by the JDK's keytool as an operator would. */
  private static KeyStore selfSigned(Path dir, String name)
      throws IOException, InterruptedException, GeneralSecurityException {
    Path store = dir.resolve("hooks.p12");
    var keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "hooks",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=" + name,
                "-ext",
                "SAN=dns:" + name,
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                "harbor-pass",
                "-keypass",
                "harbor-pass")
            .redirectErrorStream(true)
            .start();
    String output = new String(keytool.getInputStream().readAllBytes());
    assertThat(keytool.waitFor()).as(output).isZero();
    var keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = new FileInputStream(store.toFile())) {
      keys.load(in, "harbor-pass".toCharArray());
    }
    return keys;
  }

  private static HttpsConfigurator recordingServerNames(KeyStore keys, List<String> names)
      throws GeneralSecurityException {
    var managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    managers.init(keys, "harbor-pass".toCharArray());
    var context = SSLContext.getInstance("TLS");
    context.init(managers.getKeyManagers(), null, null);
    return new HttpsConfigurator(context) {
      @Override
      public void configure(HttpsParameters parameters) {
        var ssl = getSSLContext().getDefaultSSLParameters();
        ssl.setSNIMatchers(
            List.of(
                new SNIMatcher(StandardConstants.SNI_HOST_NAME) {
                  @Override
                  public boolean matches(SNIServerName serverName) {
                    names.add(((SNIHostName) serverName).getAsciiName());
                    return true;
                  }
                }));
        parameters.setSSLParameters(ssl);
      }
    };
  }

  private static SSLSocketFactory trusting(KeyStore keys)
      throws GeneralSecurityException, IOException {
    var anchors = KeyStore.getInstance("PKCS12");
    anchors.load(null, null);
    anchors.setCertificateEntry("hooks", keys.getCertificate("hooks"));
    var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(anchors);
    var context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context.getSocketFactory();
  }
}
