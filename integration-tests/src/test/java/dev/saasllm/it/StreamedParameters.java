package dev.saasllm.it;

import dev.saasllm.CallOptions;
import dev.saasllm.PartialConsumer;
import dev.saasllm.TokenConsumer;
import dev.saasllm.annotations.JobMetadata;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Metadata;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.annotations.UserId;
import dev.saasllm.it.MatrixService.Contact;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/**
 * Streamed methods taking what every other method may take (issue 11, fourth bullet): a
 * {@code CallOptions}, {@code @UserId}, {@code @JobMetadata} parameters, and constant
 * {@code @Metadata}. Before the processor change this interface was a compile error ("which streamed
 * calls do not support yet").
 */
@LlmJob(type = "streamed_parameters", model = "StreamAgent")
@Metadata(key = "origin", value = "integration-tests")
public interface StreamedParameters {
    @Prompt("{question}")
    @Metadata(key = "shape", value = "tokens")
    String tokens(String question, @UserId String user, @JobMetadata("tenant") String tenant, CallOptions options,
                  TokenConsumer tokens);

    @Prompt("Extract the contact from this text:\n{text}")
    @Metadata(key = "shape", value = "partials")
    Contact partials(String text, @UserId String user, @JobMetadata("tenant") String tenant, CallOptions options,
                     PartialConsumer<Contact> progress);

    @Prompt("{question}")
    @Metadata(key = "shape", value = "stream")
    Stream<String> stream(String question, @UserId String user, @JobMetadata("tenant") String tenant,
                          CallOptions options);

    @Prompt("{question}")
    @Metadata(key = "shape", value = "publish")
    Flow.Publisher<String> publish(String question, @UserId String user, @JobMetadata("tenant") String tenant,
                                   CallOptions options);
}
