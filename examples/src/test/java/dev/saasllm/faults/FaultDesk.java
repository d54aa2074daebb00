package dev.saasllm.faults;

import dev.saasllm.TokenConsumer;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

/** The service the fault suite drives: one structured method, one chat method. */
@LlmJob(type = "fault_suite", model = "fault-model")
public interface FaultDesk {
    record Ticket(String title, int priority, String body) {}

    @Prompt("Read the ticket:\n{text}")
    Ticket read(String text);

    @Prompt("Say {text}")
    String say(String text);

    /** Streamed: tokens to the consumer as they arrive, the whole text returned. */
    @Prompt("Tell {text}")
    String tell(String text, TokenConsumer tokens);
}
