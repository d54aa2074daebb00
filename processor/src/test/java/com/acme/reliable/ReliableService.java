package com.acme.reliable;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.annotations.Reask;
import dev.saasllm.annotations.Retry;
import dev.saasllm.annotations.Timeout;
import java.util.concurrent.TimeUnit;

/** Retry, re-ask and timeout settings on the interface, overridden per method. */
@LlmJob(type = "reliable", model = "M")
@Retry(maxAttempts = 3, initialDelayMillis = 1, maxDelayMillis = 10)
@Reask(1)
public interface ReliableService {
    record Score(String label, int value) {}

    @Prompt("Score {text}")
    Score score(String text);

    @Prompt("Score once {text}")
    @Retry(maxAttempts = 1)
    @Reask(0)
    @Timeout(value = 200, unit = TimeUnit.MILLISECONDS)
    Score scoreOnce(String text);
}
