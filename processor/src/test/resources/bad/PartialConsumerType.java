package bad;

import dev.saasllm.PartialConsumer;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

@LlmJob(type = "t", model = "m")
interface PartialConsumerType {
    record A(String a) {}

    record B(String b) {}

    @Prompt("{q}")
    String text(String q, PartialConsumer<String> progress);

    @Prompt("{q}")
    A other(String q, PartialConsumer<B> snapshots);
}
