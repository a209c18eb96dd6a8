package com.clearmark.app.notification;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Where webhook notifications are posted: an absolute http or https URL without credentials. */
record WebhookUrl(String value) {

  WebhookUrl {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the webhook URL is empty");
    }
    value = value.strip();
    if (value.length() > 2000) {
      throw new IllegalArgumentException("at most 2000 characters");
    }
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("use an http:// or https:// URL");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new IllegalArgumentException("the URL names no host");
    }
    if (uri.getRawUserInfo() != null) {
      // The URL is shown on the settings page; a password in it would be shown to every member.
      throw new IllegalArgumentException("put no user name or password in the URL");
    }
    if (uri.getFragment() != null) {
      throw new IllegalArgumentException("a URL with a #fragment cannot be posted to");
    }
  }

  URI uri() {
    return URI.create(value);
  }

  /** The scheme and host, for the audit log: the path of a Slack or Teams hook is its secret. */
  String origin() {
    URI uri = uri();
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost();
  }

  /** The URL as members who are not admins see it: the path may hold a secret. */
  String redacted() {
    return origin() + "/…";
  }

  /**
   * Resolves the host and refuses it when any of its addresses is loopback, link-local, private,
   * unspecified or multicast, so an admin cannot make the service call its own network (cloud
   * metadata, internal admin pages) and read the errors. Checked when the URL is saved and again
   * before each request, since what a name resolves to can change.
   *
   * @throws IllegalArgumentException when the host cannot be resolved or is not public
   */
  void requirePublicAddress() {
    String host = uri().getHost();
    List<InetAddress> addresses;
    try {
      addresses = List.of(InetAddress.getAllByName(host));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("the webhook host " + host + " cannot be found");
    }
    for (InetAddress a : addresses) {
      if (!isPublic(a)) {
        throw new IllegalArgumentException(
            "the webhook URL points at a private or local address ("
                + a.getHostAddress()
                + "); webhooks go only to public addresses");
      }
    }
  }

  static boolean isPublic(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      // 0.0.0.0/8 reaches this host on Linux; 100.64.0.0/10 is carrier-grade NAT, private too.
      return b[0] != 0 && !(b[0] == 100 && (b[1] & 0xc0) == 64);
    }
    if (a instanceof Inet6Address v6) {
      if (v6.isIPv4CompatibleAddress()) {
        try {
          return isPublic(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException e) {
          throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
      }
      // Unique local addresses, fc00::/7: the IPv6 private ranges, which isSiteLocalAddress misses.
      return (b[0] & 0xfe) != 0xfc;
    }
    return true;
  }

  @Override
  public String toString() {
    return value;
  }
}
