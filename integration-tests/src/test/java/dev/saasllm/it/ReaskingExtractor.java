package dev.saasllm.it;

import dev.saasllm.PartialConsumer;
import dev.saasllm.TokenConsumer;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.annotations.Reask;
import dev.saasllm.it.MatrixService.Contact;

/** Structured methods that re-ask once when the answer does not parse: streamed, and not (the control). */
@LlmJob(type = "reask", model = "ReaskAgent")
public interface ReaskingExtractor {
    @Prompt("Extract the contact from this text:\n{text}")
    @Reask(1)
    Contact extract(String text);

    @Prompt("Extract the contact from this text:\n{text}")
    @Reask(1)
    Contact extractWithProgress(String text, PartialConsumer<Contact> progress);

    @Prompt("Extract the contact from this text:\n{text}")
    @Reask(1)
    Contact extractWithTokens(String text, TokenConsumer tokens);
}
