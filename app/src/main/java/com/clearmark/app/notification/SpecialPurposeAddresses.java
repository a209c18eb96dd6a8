package com.clearmark.app.notification;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The addresses a webhook may not go to: every block of the IANA IPv4 and IPv6 Special-Purpose
 * Address Registries (RFC 6890 and the RFCs that added to them since), IPv4 multicast and the
 * limited broadcast address, IPv6 site-local and multicast, and any IPv6 address outside the global
 * unicast space 2000::/3, which IANA has not handed out.
 *
 * <p>Two IPv6 forms carry an IPv4 address that decides where the packets end up, and are judged by
 * it: an IPv4-mapped address ({@code ::ffff:a.b.c.d}) is that IPv4 address, and a 6to4 address
 * ({@code 2002:AABB:CCDD::/48}) reaches the IPv4 host {@code AA.BB.CC.DD} through a relay, so it is
 * refused when its IPv4 address is. The translated forms (NAT64 {@code 64:ff9b::/96} and {@code
 * 64:ff9b:1::/48}, SIIT {@code ::ffff:0:a.b.c.d}), the deprecated IPv4-compatible form and Teredo
 * are refused whatever they embed: they reach an IPv4 host through a translator or tunnel of the
 * network the service runs in, which may well be the service's own network.
 *
 * <p>A lookup walks a list of a few dozen prefixes, most specific first, so the reason names the
 * narrowest block.
 */
final class SpecialPurposeAddresses {

  /** A prefix of the address space with what it is for. */
  private static final class Block {
    final byte[] prefix;
    final int bits;
    final String cidr;
    final String purpose;

    Block(String cidr, String purpose) {
      int slash = cidr.indexOf('/');
      this.prefix = bytes(cidr.substring(0, slash));
      this.bits = Integer.parseInt(cidr.substring(slash + 1));
      this.cidr = cidr;
      this.purpose = purpose;
    }

    boolean contains(byte[] address) {
      if (address.length != prefix.length) {
        return false;
      }
      int whole = bits / 8;
      for (int i = 0; i < whole; i++) {
        if (address[i] != prefix[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (address[whole] & mask) == (prefix[whole] & mask);
    }

    @Override
    public String toString() {
      return purpose + ", " + cidr;
    }
  }

  private static final List<Block> IPV4 =
      List.of(
          new Block("0.0.0.0/8", "this network"),
          new Block("10.0.0.0/8", "private-use"),
          new Block("100.64.0.0/10", "shared address space (carrier-grade NAT)"),
          new Block("127.0.0.0/8", "loopback"),
          new Block("169.254.0.0/16", "link-local"),
          new Block("172.16.0.0/12", "private-use"),
          new Block("192.0.0.0/29", "IPv4 service continuity prefix (DS-Lite)"),
          new Block("192.0.0.0/24", "IETF protocol assignments"),
          new Block("192.0.2.0/24", "documentation (TEST-NET-1)"),
          new Block("192.31.196.0/24", "AS112-v4"),
          new Block("192.52.193.0/24", "automatic multicast tunneling"),
          new Block("192.88.99.0/24", "6to4 relay anycast (deprecated)"),
          new Block("192.168.0.0/16", "private-use"),
          new Block("192.175.48.0/24", "direct delegation AS112 service"),
          new Block("198.18.0.0/15", "benchmarking"),
          new Block("198.51.100.0/24", "documentation (TEST-NET-2)"),
          new Block("203.0.113.0/24", "documentation (TEST-NET-3)"),
          new Block("224.0.0.0/4", "multicast"),
          new Block("255.255.255.255/32", "limited broadcast"),
          new Block("240.0.0.0/4", "reserved"));

  private static final Block IPV4_MAPPED = new Block("::ffff:0:0/96", "IPv4-mapped");
  private static final Block SIX_TO_FOUR = new Block("2002::/16", "6to4");
  private static final Block GLOBAL_UNICAST = new Block("2000::/3", "global unicast");

  private static final List<Block> IPV6 =
      List.of(
          new Block("::/128", "unspecified"),
          new Block("::1/128", "loopback"),
          new Block("::/96", "IPv4-compatible (deprecated)"),
          new Block("::ffff:0:0:0/96", "IPv4-translated (SIIT)"),
          new Block("64:ff9b::/96", "IPv4/IPv6 translation (NAT64)"),
          new Block("64:ff9b:1::/48", "local-use IPv4/IPv6 translation (NAT64)"),
          new Block("100::/64", "discard-only"),
          new Block("100:0:0:1::/64", "dummy IPv6 prefix"),
          new Block("2001::/32", "Teredo"),
          new Block("2001:2::/48", "benchmarking"),
          new Block("2001:10::/28", "ORCHID (deprecated)"),
          new Block("2001:20::/28", "ORCHIDv2"),
          new Block("2001::/23", "IETF protocol assignments"),
          new Block("2001:db8::/32", "documentation"),
          new Block("2620:4f:8000::/48", "direct delegation AS112 service"),
          new Block("3fff::/20", "documentation"),
          new Block("5f00::/16", "segment routing SIDs"),
          new Block("fc00::/7", "unique local"),
          new Block("fe80::/10", "link-local"),
          new Block("fec0::/10", "site-local (deprecated)"),
          new Block("ff00::/8", "multicast"));

  private SpecialPurposeAddresses() {}

  /**
   * Why a webhook may not go to this address, such as {@code "loopback, 127.0.0.0/8"}; empty for a
   * public address.
   */
  static Optional<String> refusal(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return first(IPV4, b);
    }
    if (!(address instanceof Inet6Address)) {
      return Optional.of("neither IPv4 nor IPv6");
    }
    if (IPV4_MAPPED.contains(b)) {
      return embedded(IPV4_MAPPED, Arrays.copyOfRange(b, 12, 16));
    }
    Optional<String> special = first(IPV6, b);
    if (special.isPresent()) {
      return special;
    }
    if (SIX_TO_FOUR.contains(b)) {
      return embedded(SIX_TO_FOUR, Arrays.copyOfRange(b, 2, 6));
    }
    if (!GLOBAL_UNICAST.contains(b)) {
      return Optional.of("reserved, outside the global unicast space 2000::/3");
    }
    return Optional.empty();
  }

  private static Optional<String> first(List<Block> blocks, byte[] address) {
    for (Block block : blocks) {
      if (block.contains(address)) {
        return Optional.of(block.toString());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> embedded(Block form, byte[] ipv4) {
    return first(IPV4, ipv4)
        .map(reason -> form.purpose + " form of " + ipv4Text(ipv4) + ", which is " + reason);
  }

  private static String ipv4Text(byte[] ipv4) {
    return (ipv4[0] & 0xff)
        + "."
        + (ipv4[1] & 0xff)
        + "."
        + (ipv4[2] & 0xff)
        + "."
        + (ipv4[3] & 0xff);
  }

  /**
   * The bytes of an address literal. IPv6 is parsed here rather than by {@link InetAddress}, which
   * turns an IPv4-mapped literal into a four-byte address.
   */
  private static byte[] bytes(String literal) {
    if (literal.indexOf(':') < 0) {
      try {
        return InetAddress.getByName(literal).getAddress();
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException(literal, e);
      }
    }
    int gap = literal.indexOf("::");
    String[] head = groups(gap < 0 ? literal : literal.substring(0, gap));
    String[] tail = gap < 0 ? new String[0] : groups(literal.substring(gap + 2));
    byte[] out = new byte[16];
    put(out, head, 0);
    put(out, tail, 8 - tail.length);
    return out;
  }

  private static String[] groups(String part) {
    return part.isEmpty() ? new String[0] : part.split(":");
  }

  private static void put(byte[] out, String[] groups, int at) {
    for (int i = 0; i < groups.length; i++) {
      byte[] two = HexFormat.of().parseHex(("0000" + groups[i]).substring(groups[i].length()));
      out[2 * (at + i)] = two[0];
      out[2 * (at + i) + 1] = two[1];
    }
  }
}
