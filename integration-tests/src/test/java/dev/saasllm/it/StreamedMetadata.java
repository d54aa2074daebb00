package dev.saasllm.it;

import dev.saasllm.PartialConsumer;
import dev.saasllm.TokenConsumer;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Metadata;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.it.MatrixService.Contact;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/**
 * Streamed methods with constant {@code @Metadata} only (which the processor accepts today; the
 * parameters {@code CallOptions}, {@code @UserId} and {@code @JobMetadata} are in
 * {@code StreamedParametersTest}, pending the processor change).
 */
@LlmJob(type = "streamed_metadata", model = "StreamAgent")
@Metadata(key = "origin", value = "integration-tests")
public interface StreamedMetadata {
    @Prompt("{question}")
    @Metadata(key = "shape", value = "tokens")
    String tokens(String question, TokenConsumer tokens);

    @Prompt("Extract the contact from this text:\n{text}")
    @Metadata(key = "shape", value = "partials")
    Contact partials(String text, PartialConsumer<Contact> progress);

    @Prompt("{question}")
    @Metadata(key = "shape", value = "stream")
    Stream<String> stream(String question);

    @Prompt("{question}")
    @Metadata(key = "shape", value = "publish")
    Flow.Publisher<String> publish(String question);
}
