package com.clearmark.app.account;

import com.clearmark.app.shared.Role;

/** A user's place in one organization. */
record Member(long userId, String email, String name, Role role) {}
