package bad;

import dev.saasllm.annotations.FrequencyPenalty;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.MaxTokens;
import dev.saasllm.annotations.PresencePenalty;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.annotations.Purpose;
import dev.saasllm.annotations.Stop;
import dev.saasllm.annotations.Temperature;
import dev.saasllm.annotations.TopP;

@LlmJob(model = "M")
@Temperature(2.5)
public interface BadOptions {
    @Prompt("a {x}")
    @Temperature(-0.1)
    String cold(String x);

    @Prompt("b {x}")
    @MaxTokens(0)
    String empty(String x);

    @Prompt("c {x}")
    @TopP(1.5)
    String wide(String x);

    @Prompt("d {x}")
    @FrequencyPenalty(3.0)
    String repetitive(String x);

    @Prompt("e {x}")
    @PresencePenalty(-2.5)
    String present(String x);

    @Prompt("f {x}")
    @Stop({"1", "2", "3", "4", "5"})
    String fiveStops(String x);

    @Prompt("g {x}")
    @Stop({"ok", ""})
    String emptyStop(String x);

    @Prompt("h {x}")
    @Purpose("  ")
    String blankPurpose(String x);
}
