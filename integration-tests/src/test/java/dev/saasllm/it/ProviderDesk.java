package dev.saasllm.it;

import dev.saasllm.CallOptions;
import dev.saasllm.PartialConsumer;
import dev.saasllm.TokenConsumer;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.it.MatrixService.Contact;
import java.util.stream.Stream;

/**
 * Streamed methods whose model is chosen per call ({@code CallOptions.model}), so that one interface
 * reaches a Claude or Gemini model, whose streams the server forwards in the provider's own format.
 */
@LlmJob(type = "provider_streams", model = "StreamAgent")
public interface ProviderDesk {
    @Prompt("{question}")
    String tokens(String question, CallOptions options, TokenConsumer tokens);

    @Prompt("{question}")
    Stream<String> stream(String question, CallOptions options);

    @Prompt("Extract the contact from this text:\n{text}")
    Contact partials(String text, CallOptions options, PartialConsumer<Contact> progress);
}
