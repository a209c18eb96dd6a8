package com.clearmark.app.account;

/** A user's place in one organization. */
public record Member(long userId, String email, String name, Role role) {}
