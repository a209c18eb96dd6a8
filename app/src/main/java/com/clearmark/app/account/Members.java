package com.clearmark.app.account;

import com.clearmark.app.shared.Role;

/** How the account pages name a role in a sentence: "invited as a reviewer", "changed to admin". */
final class Members {

  private Members() {}

  /** The role with its article, as in "joined as an admin". */
  static String word(Role role) {
    return switch (role) {
      case VIEWER -> "a viewer";
      case REVIEWER -> "a reviewer";
      case ADMIN -> "an admin";
    };
  }
}
