package dev.saasllm.e2e;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

/** Record answers: the processor generates {@code SaasLlm_OrderDesk} from this test source. */
@LlmJob(type = "order_reading", model = "e2e-model", system = "You read orders for ACME.")
public interface OrderDesk {
    @Prompt("Read the order in this text:\n{text}")
    Shapes.Order read(String text);

    @Prompt(value = "Every scalar in:\n{text}", jobType = "scalar_reading")
    Shapes.Scalars scalars(String text);

    @Prompt(value = "Every time in:\n{text}", jobType = "time_reading")
    Shapes.Times times(String text);

    @Prompt(value = "Containers in:\n{text}", jobType = "container_reading")
    Shapes.Containers containers(String text);

    @Prompt(value = "The offset time in:\n{text}", jobType = "time_reading")
    Shapes.OffsetTimes offsetTimes(String text);

    @Prompt(value = "Greet {name} in one line.", system = "You are polite.")
    String greet(String name);
}
