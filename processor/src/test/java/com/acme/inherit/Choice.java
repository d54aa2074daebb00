package com.acme.inherit;

public record Choice(String label, double score) {}
