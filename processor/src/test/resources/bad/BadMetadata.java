package bad;

import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.annotations.JobMetadata;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Metadata;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.annotations.UserId;
import java.util.List;

@LlmJob(model = "M")
@Metadata(key = "saasllm_method", value = "mine")
public interface BadMetadata {
    @Prompt("a {x}")
    @Metadata(key = "area", value = "one")
    @Metadata(key = "area", value = "two")
    String twice(String x);

    @Prompt("b {x}")
    @Metadata(key = " ", value = "blank")
    String blankKey(String x);

    @Prompt("c {x}")
    String objectValue(String x, @JobMetadata("payload") List<String> payload);

    @Prompt("d {x}")
    String sameKey(String x, @JobMetadata("k") String first, @JobMetadata("k") String second);

    @Prompt("e {x}")
    String numericUser(String x, @UserId long user);

    @Prompt("f {x}")
    String twoOptions(String x, CallOptions first, CallOptions second);

    @Prompt("g {x}")
    String twoHistories(String x, List<ChatMessage> first, List<ChatMessage> second);
}
