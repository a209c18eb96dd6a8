package com.clearmark.app.account;

/** One seller account or brand: the unit that owns a registry, a catalogue and its reviews. */
public record Organization(long id, String name) {}
