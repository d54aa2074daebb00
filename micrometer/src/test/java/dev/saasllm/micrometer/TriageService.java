package dev.saasllm.micrometer;

import dev.saasllm.TokenConsumer;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** A generated service of every call style; the emulator answers text with {@code Echo: <question>}. */
@LlmJob(type = "triage", model = "TriageAgent")
public interface TriageService {
    /** The emulator fills it from the {@code key: value} lines of the text. */
    record Contact(String name, String email, int years) {}

    @Prompt("{question}")
    String text(String question);

    @Prompt("Extract the contact from this text:\n{text}")
    Contact contact(String text);

    @Prompt("{question}")
    CompletableFuture<String> future(String question);

    @Prompt("{question}")
    String tokens(String question, TokenConsumer tokens);

    @Prompt("{question}")
    Stream<String> stream(String question);
}
