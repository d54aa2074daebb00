package good;

import dev.saasllm.annotations.JobFlow;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.annotations.Purpose;

/**
 * Constants exactly as long as the server's columns: jobs.job_type 100, llm_calls.purpose 200,
 * llm_calls.model_group_used 100.
 */
@LlmJob(model = ColumnValuesAtTheLimit.Chars.C99 + "l", type = ColumnValuesAtTheLimit.Chars.C99 + "i")
@Purpose(ColumnValuesAtTheLimit.Chars.C199 + "i")
public interface ColumnValuesAtTheLimit {
    final class Chars {
        static final String C10 = "abcdefghij";
        static final String C99 = C10 + C10 + C10 + C10 + C10 + C10 + C10 + C10 + C10 + "abcdefghi";
        static final String C199 = C99 + C10 + C10 + C10 + C10 + C10 + C10 + C10 + C10 + C10 + C10;
        /** 50 emoji: 100 UTF-16 units, but 50 characters on the server. */
        static final String EMOJI_50 = "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂";

        private Chars() {}
    }

    @Prompt(value = "a {x}", jobType = Chars.C99 + "m")
    String method(String x);

    @Prompt(value = "b {x}", jobType = Chars.EMOJI_50 + Chars.C10 + Chars.C10 + Chars.C10 + Chars.C10 + Chars.C10)
    String emoji(String x);

    @Prompt("c {x}")
    @Purpose(Chars.C199 + "m")
    String purpose(String x);

    @Prompt(value = "d {x}", model = Chars.EMOJI_50 + Chars.C10 + Chars.C10 + Chars.C10 + Chars.C10 + Chars.C10)
    String model(String x);

    @JobFlow(jobType = Chars.C99 + "f")
    default String flow(String x) { return method(x); }
}
