package com.clearmark.app.notification;

import java.net.URI;
import java.net.URISyntaxException;
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

  @Override
  public String toString() {
    return value;
  }
}
