package com.clearmark.app.notification;

import com.clearmark.app.shared.FieldLimits;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where webhook notifications are posted: an absolute http or https URL without credentials. */
record WebhookUrl(String value) {

  WebhookUrl {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the webhook URL is empty");
    }
    value = value.strip();
    if (value.length() > FieldLimits.WEBHOOK_URL) {
      throw new IllegalArgumentException("at most " + FieldLimits.WEBHOOK_URL + " characters");
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
   * Resolves the host and refuses it when any of its addresses is of special purpose (loopback,
   * private, link-local, documentation, reserved ...; see {@link SpecialPurposeAddresses}), so an
   * admin cannot make the service call its own network (cloud metadata, internal admin pages) and
   * read the errors. Checked when the URL is saved; the sender checks again before each request and
   * connects to the addresses it checked.
   *
   * @throws IllegalArgumentException when the host cannot be resolved or is not public
   */
  void requirePublicAddress() {
    addresses(HostResolver.DNS, AddressPolicy.PUBLIC_ONLY);
  }

  /**
   * The addresses of the host, resolved once, each allowed by the policy.
   *
   * @throws IllegalArgumentException when the host cannot be resolved or one of its addresses is
   *     refused
   */
  List<InetAddress> addresses(HostResolver resolver, AddressPolicy policy) {
    String host = uri().getHost();
    List<InetAddress> addresses;
    try {
      addresses = resolver.addressesOf(host);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("the webhook host " + host + " cannot be found");
    }
    if (addresses.isEmpty()) {
      throw new IllegalArgumentException("the webhook host " + host + " cannot be found");
    }
    for (InetAddress a : addresses) {
      policy
          .refusal(a)
          .ifPresent(
              reason -> {
                throw new IllegalArgumentException(
                    "the webhook URL points at a private or local address ("
                        + a.getHostAddress()
                        + ": "
                        + reason
                        + "); webhooks go only to public addresses");
              });
    }
    return addresses;
  }

  /** Finds the addresses of a host name; a seam so tests can answer as a rebinding DNS would. */
  @FunctionalInterface
  interface HostResolver {
    HostResolver DNS = host -> List.of(InetAddress.getAllByName(host));

    List<InetAddress> addressesOf(String host) throws UnknownHostException;
  }

  /** Whether a webhook may go to an address, and if not, why. */
  @FunctionalInterface
  interface AddressPolicy {
    AddressPolicy PUBLIC_ONLY = SpecialPurposeAddresses::refusal;
    AddressPolicy ANY = address -> Optional.empty();

    Optional<String> refusal(InetAddress address);
  }

  @Override
  public String toString() {
    return value;
  }
}
