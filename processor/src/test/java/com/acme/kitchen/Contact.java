package com.acme.kitchen;

import com.acme.kitchen.decl.Nullable;
import com.squareup.moshi.Json;

/** Nullable by a declaration annotation; renamed through the accessor. */
public record Contact(@Nullable String fax, @Nullable Integer floor, String name) {
    @Override
    @Json(name = "full_name")
    public String name() {
        return name;
    }
}
