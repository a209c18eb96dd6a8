package com.clearmark.app.account;

import com.clearmark.app.shared.Role;

/** An invitation to join an organization, waiting for the invited user to accept it. */
record Invitation(
    long organizationId, String organizationName, long userId, String email, Role role) {}
