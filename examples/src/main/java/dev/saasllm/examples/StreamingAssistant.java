package dev.saasllm.examples;

import dev.saasllm.ChatMessage;
import dev.saasllm.PartialConsumer;
import dev.saasllm.TokenConsumer;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/** Streamed answers from a generated service: one job per call, settled when the stream ends. */
// tag::service[]
@LlmJob(type = "chat_session", system = "You are a helpful assistant.")
public interface StreamingAssistant {
    /** A contact extracted from text; streamed as JSON, parsed strictly at the end. */
    record Contact(String name, String email, List<String> skills) {}

    /**
     * One turn of a conversation: the history so far and the user's new message; the answer's
     * tokens go to {@code tokens} as they arrive. Called on {@code JobScope.service()}, every turn
     * is a streamed call in the scope's one job.
     */
    @Prompt("{message}")
    String reply(List<ChatMessage> history, String message, TokenConsumer tokens);

    /** Tokens to {@code tokens} as they arrive; returns the whole answer. */
    @Prompt("{question}")
    String answer(String question, TokenConsumer tokens);

    /** Tokens as a lazy stream: read it in try-with-resources; closing early fails the job. */
    @Prompt("{question}")
    Stream<String> stream(String question);

    /** Tokens as a reactive publisher, read as fast as the subscriber asks. */
    @Prompt("{question}")
    Flow.Publisher<String> publish(String question);

    /** The JSON as it arrives to {@code tokens}; the record when the stream ends. */
    @Prompt("Extract the contact from this text:\n{text}")
    Contact extract(String text, TokenConsumer tokens);

    /** Typed snapshots of the contact as its JSON arrives; the record, parsed strictly, when the stream ends. */
    @Prompt("Extract the contact from this text:\n{text}")
    Contact extractWithProgress(String text, PartialConsumer<Contact> progress);
}
// end::service[]
