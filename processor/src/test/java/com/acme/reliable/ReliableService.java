package com.acme.reliable;

import dev.saasllm.annotations.Fallback;
import dev.saasllm.annotations.Items;
import dev.saasllm.annotations.Length;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Matches;
import dev.saasllm.annotations.Maximum;
import dev.saasllm.annotations.Minimum;
import dev.saasllm.annotations.NonBlank;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.annotations.Reask;
import dev.saasllm.annotations.Retry;
import dev.saasllm.annotations.Timeout;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Retry, re-ask and timeout settings on the interface, overridden per method. */
@LlmJob(type = "reliable", model = "M")
@Retry(maxAttempts = 3, initialDelayMillis = 1, maxDelayMillis = 10)
@Reask(1)
public interface ReliableService {
    record Score(String label, int value) {}

    /** Every constraint annotation, nullable and optional ones included. */
    // tag::constraints[]
    record Order(
            @Minimum(1) @Maximum(10) int quantity,
            @Length(min = 2, max = 5) @Matches("^[A-Z]+$") String code,
            @NonBlank String name,
            @Items(min = 1, max = 3) List<String> tags,
            @Nullable @Minimum(0.5) Double price,
            @Length(max = 3) Optional<String> note) {}

    @Retention(RetentionPolicy.RUNTIME)
    @interface Nullable {}

    enum Mood { HAPPY, SAD, @Fallback UNKNOWN }
    // end::constraints[]

    record Feeling(Mood mood, String why) {}

    @Prompt("How does this feel: {text}")
    @Reask(0)
    Feeling feel(String text);

    @Prompt("Order from {text}")
    @Retry(maxAttempts = 1)
    Order order(String text);

    @Prompt("Score {text}")
    Score score(String text);

    @Prompt("Score once {text}")
    @Retry(maxAttempts = 1)
    @Reask(0)
    @Timeout(value = 200, unit = TimeUnit.MILLISECONDS)
    Score scoreOnce(String text);
}
