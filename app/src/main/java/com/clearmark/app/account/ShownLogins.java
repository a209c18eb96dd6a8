package com.clearmark.app.account;

import java.util.List;

/**
 * Shared logins the sign-in page offers, such as the demo's. A feature that has some implements
 * this; the account feature depends on none of them.
 */
public interface ShownLogins {

  /** A login shown on the sign-in page. */
  record Login(String email, String password, String role) {}

  /** The logins to show now, none when the feature is off. */
  List<Login> logins();
}
