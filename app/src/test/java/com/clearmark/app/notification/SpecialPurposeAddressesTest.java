package com.clearmark.app.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every block of the IANA special-purpose address registries, with multicast, broadcast and the
 * IPv6 space outside global unicast, is refused as a webhook address, with the block named; the
 * addresses just outside them are public.
 */
class SpecialPurposeAddressesTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0.0.0.0                | this network, 0.0.0.0/8
          0.255.255.255          | this network, 0.0.0.0/8
          10.0.0.1               | private-use, 10.0.0.0/8
          10.255.255.254         | private-use, 10.0.0.0/8
          100.64.0.1             | shared address space (carrier-grade NAT), 100.64.0.0/10
          100.127.255.254        | shared address space (carrier-grade NAT), 100.64.0.0/10
          127.0.0.1              | loopback, 127.0.0.0/8
          127.255.255.254        | loopback, 127.0.0.0/8
          169.254.169.254        | link-local, 169.254.0.0/16
          172.16.0.1             | private-use, 172.16.0.0/12
          172.31.255.254         | private-use, 172.16.0.0/12
          192.0.0.1              | IPv4 service continuity prefix (DS-Lite), 192.0.0.0/29
          192.0.0.9              | IETF protocol assignments, 192.0.0.0/24
          192.0.0.170            | IETF protocol assignments, 192.0.0.0/24
          192.0.0.255            | IETF protocol assignments, 192.0.0.0/24
          192.0.2.10             | documentation (TEST-NET-1), 192.0.2.0/24
          192.31.196.1           | AS112-v4, 192.31.196.0/24
          192.52.193.1           | automatic multicast tunneling, 192.52.193.0/24
          192.88.99.1            | 6to4 relay anycast (deprecated), 192.88.99.0/24
          192.168.1.10           | private-use, 192.168.0.0/16
          192.175.48.1           | direct delegation AS112 service, 192.175.48.0/24
          198.18.0.1             | benchmarking, 198.18.0.0/15
          198.19.255.254         | benchmarking, 198.18.0.0/15
          198.51.100.7           | documentation (TEST-NET-2), 198.51.100.0/24
          203.0.113.9            | documentation (TEST-NET-3), 203.0.113.0/24
          224.0.0.1              | multicast, 224.0.0.0/4
          239.255.255.250        | multicast, 224.0.0.0/4
          240.0.0.1              | reserved, 240.0.0.0/4
          254.255.255.254        | reserved, 240.0.0.0/4
          255.255.255.255        | limited broadcast, 255.255.255.255/32
          [::]                   | unspecified, ::/128
          [::1]                  | loopback, ::1/128
          [::7f00:1]             | IPv4-compatible (deprecated), ::/96
          [::5db8:d70e]          | IPv4-compatible (deprecated), ::/96
          [::ffff:127.0.0.1]     | loopback, 127.0.0.0/8
          [::ffff:198.18.0.1]    | benchmarking, 198.18.0.0/15
          [::ffff:0:7f00:1]      | IPv4-translated (SIIT), ::ffff:0:0:0/96
          [64:ff9b::7f00:1]      | IPv4/IPv6 translation (NAT64), 64:ff9b::/96
          [64:ff9b::a9fe:a9fe]   | IPv4/IPv6 translation (NAT64), 64:ff9b::/96
          [64:ff9b::5db8:d70e]   | IPv4/IPv6 translation (NAT64), 64:ff9b::/96
          [64:ff9b:1::a00:1]     | local-use IPv4/IPv6 translation (NAT64), 64:ff9b:1::/48
          [100::1]               | discard-only, 100::/64
          [100:0:0:1::1]         | dummy IPv6 prefix, 100:0:0:1::/64
          [2001::1]              | Teredo, 2001::/32
          [2001:0:4136:e378::1]  | Teredo, 2001::/32
          [2001:1::1]            | IETF protocol assignments, 2001::/23
          [2001:2::1]            | benchmarking, 2001:2::/48
          [2001:3::1]            | IETF protocol assignments, 2001::/23
          [2001:4:112::1]        | IETF protocol assignments, 2001::/23
          [2001:10::1]           | ORCHID (deprecated), 2001:10::/28
          [2001:20::1]           | ORCHIDv2, 2001:20::/28
          [2001:1ff:ffff::1]     | IETF protocol assignments, 2001::/23
          [2001:db8::1]          | documentation, 2001:db8::/32
          [2001:db8:ffff::1]     | documentation, 2001:db8::/32
          [2002:7f00:1::]        | 6to4 form of 127.0.0.1, which is loopback, 127.0.0.0/8
          [2002:a9fe:a9fe::1]    | 6to4 form of 169.254.169.254, which is link-local, 169.254.0.0/16
          [2002:c612:1::]        | 6to4 form of 198.18.0.1, which is benchmarking, 198.18.0.0/15
          [2002:a00:1::]         | 6to4 form of 10.0.0.1, which is private-use, 10.0.0.0/8
          [2002::]               | 6to4 form of 0.0.0.0, which is this network, 0.0.0.0/8
          [2620:4f:8000::1]      | direct delegation AS112 service, 2620:4f:8000::/48
          [3fff::1]              | documentation, 3fff::/20
          [3fff:fff::1]          | documentation, 3fff::/20
          [5f00::1]              | segment routing SIDs, 5f00::/16
          [fc00::1]              | unique local, fc00::/7
          [fd12:3456:789a::1]    | unique local, fc00::/7
          [fe80::1]              | link-local, fe80::/10
          [febf::1]              | link-local, fe80::/10
          [fec0::1]              | site-local (deprecated), fec0::/10
          [ff02::1]              | multicast, ff00::/8
          [ff0e::101]            | multicast, ff00::/8
          [1fff::1]              | reserved, outside the global unicast space 2000::/3
          [4000::1]              | reserved, outside the global unicast space 2000::/3
          [e000::1]              | reserved, outside the global unicast space 2000::/3
          """)
  void aWebhookToASpecialPurposeAddressIsRefusedNamingItsBlock(String host, String block) {
    assertThatThrownBy(
            () -> new WebhookUrl("https://" + host + "/hooks/clearmark").requirePublicAddress())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the webhook URL points at a private or local address (")
        .hasMessageContaining(": " + block + ")");
  }

  @ParameterizedTest(name = "{0} is public")
  @ValueSource(
      strings = {
        "1.0.0.1",
        "9.255.255.255",
        "11.0.0.1",
        "93.184.215.14",
        "100.63.255.255",
        "100.128.0.1",
        "126.255.255.254",
        "128.0.0.1",
        "169.253.255.255",
        "172.15.255.255",
        "172.32.0.1",
        "192.0.1.1",
        "192.0.3.1",
        "192.167.255.255",
        "192.169.0.1",
        "198.17.255.255",
        "198.20.0.1",
        "203.0.112.255",
        "223.255.255.254",
        "[::ffff:93.184.215.14]",
        "[2001:200::1]",
        "[2001:dc0::1]",
        "[2002:5db8:d70e::1]",
        "[2606:2800:21f:cb07:6820:80da:af6b:8b2c]",
        "[2a00:1450:4001::1]",
        "[3ffe::1]",
        "[3fff:1000::1]"
      })
  void aWebhookToAPublicAddressIsAllowed(String host) {
    assertThatCode(
            () -> new WebhookUrl("https://" + host + "/hooks/clearmark").requirePublicAddress())
        .doesNotThrowAnyException();
  }

  @Test
  void anIpv4MappedAddressKeptAsIpv6IsJudgedByItsIpv4Address() throws UnknownHostException {
    assertThat(SpecialPurposeAddresses.refusal(mapped(127, 0, 0, 1)))
        .hasValue("IPv4-mapped form of 127.0.0.1, which is loopback, 127.0.0.0/8");
    assertThat(SpecialPurposeAddresses.refusal(mapped(192, 0, 0, 170)))
        .hasValue(
            "IPv4-mapped form of 192.0.0.170, which is IETF protocol assignments, 192.0.0.0/24");
    assertThat(SpecialPurposeAddresses.refusal(mapped(93, 184, 215, 14))).isEmpty();
  }

  @Test
  void aHostWithOnePrivateAddressAmongPublicOnesIsRefused() {
    var url = new WebhookUrl("https://hooks.acme.example/in");

    assertThatThrownBy(
            () ->
                url.addresses(
                    host ->
                        List.of(
                            InetAddress.getByName("93.184.215.14"),
                            InetAddress.getByName("10.0.0.7")),
                    WebhookUrl.AddressPolicy.PUBLIC_ONLY))
        .hasMessage(
            "the webhook URL points at a private or local address (10.0.0.7: private-use,"
                + " 10.0.0.0/8); webhooks go only to public addresses");
  }

  /** An IPv4-mapped address as a sixteen-byte address, which InetAddress.getByName never makes. */
  private static InetAddress mapped(int a, int b, int c, int d) throws UnknownHostException {
    byte[] bytes = new byte[16];
    bytes[10] = (byte) 0xff;
    bytes[11] = (byte) 0xff;
    bytes[12] = (byte) a;
    bytes[13] = (byte) b;
    bytes[14] = (byte) c;
    bytes[15] = (byte) d;
    return Inet6Address.getByAddress(null, bytes, -1);
  }
}
