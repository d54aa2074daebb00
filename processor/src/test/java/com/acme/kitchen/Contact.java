package com.acme.kitchen;

import com.acme.kitchen.decl.Nullable;
import com.squareup.moshi.Json;
import dev.saasllm.annotations.Description;

/** Nullable by a declaration annotation; renamed and described through the accessor. */
public record Contact(@Nullable String fax, @Nullable Integer floor, String name) {
    @Override
    @Json(name = "full_name")
    @Description("Given and family name")
    public String name() {
        return name;
    }
}
