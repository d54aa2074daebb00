package com.acme.stream;

import dev.saasllm.CallOptions;
import dev.saasllm.PartialConsumer;
import dev.saasllm.TokenConsumer;
import dev.saasllm.annotations.JobMetadata;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Metadata;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.annotations.UserId;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/** Every streamed shape of a @Prompt method. */
@LlmJob(type = "chat_session", model = "ChatAgent", system = "You are a helpful assistant.")
public interface Assistant {
    record Contact(String name, String email, List<String> skills) {}

    /** Tokens as a lazy stream; close it to stop early. */
    @Prompt("{question}")
    Stream<String> stream(String question);

    /** Tokens as a reactive publisher: demand and cancellation are honoured. */
    @Prompt("{question}")
    Flow.Publisher<String> publish(String question);

    /** Tokens to a callback, the whole answer returned. */
    @Prompt("{question}")
    String answer(String question, TokenConsumer tokens);

    /** A streamed record: JSON tokens to the callback, the record parsed strictly at the end. */
    @Prompt("Extract the contact:\n{text}")
    Contact extract(TokenConsumer tokens, String text);

    /** Snapshots of the record as its JSON arrives, the record parsed strictly at the end. */
    @Prompt("Extract the contact:\n{text}")
    Contact extractWithProgress(String text, PartialConsumer<Contact> progress);

    /** A stream with per-call options, the end user, job metadata from a parameter and constant metadata. */
    @Prompt("{question}")
    @Metadata(key = "channel", value = "chat")
    Stream<String> streamFor(String question, CallOptions options, @UserId String user, @JobMetadata("ticket") long ticket);

    /** A publisher for an end user. */
    @Prompt("{question}")
    Flow.Publisher<String> publishFor(@UserId String user, String question);

    /** Tokens to a callback, with per-call options. */
    @Prompt("{question}")
    String answerWith(String question, TokenConsumer tokens, CallOptions options);

    /** Snapshots of a record, with job metadata from a parameter. */
    @Prompt("Extract the contact:\n{text}")
    Contact extractFrom(@JobMetadata("source") String source, String text, PartialConsumer<Contact> progress);
}
