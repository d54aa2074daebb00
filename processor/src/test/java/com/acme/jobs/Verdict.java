package com.acme.jobs;

/** A structured answer. */
public record Verdict(boolean approved, String reason) {}
