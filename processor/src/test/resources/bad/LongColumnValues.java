package bad;

import dev.saasllm.annotations.JobFlow;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.annotations.Purpose;

/**
 * Constants one character past the server's columns: jobs.job_type 100, llm_calls.purpose 200,
 * llm_calls.model_group_used 100.
 */
@LlmJob(model = LongColumnValues.Chars.C99 + "mi", type = LongColumnValues.Chars.C99 + "ti")
@Purpose(LongColumnValues.Chars.C199 + "pi")
public interface LongColumnValues {
    final class Chars {
        static final String C10 = "abcdefghij";
        static final String C99 = C10 + C10 + C10 + C10 + C10 + C10 + C10 + C10 + C10 + "abcdefghi";
        static final String C199 = C99 + C10 + C10 + C10 + C10 + C10 + C10 + C10 + C10 + C10 + C10;
        /** 50 emoji: 100 UTF-16 units, but 50 characters on the server. */
        static final String EMOJI_50 = "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂";

        private Chars() {}
    }

    @Prompt(value = "a {x}", jobType = Chars.C99 + "tm")
    String method(String x);

    @Prompt(value = "b {x}", jobType = Chars.EMOJI_50 + Chars.C10 + Chars.C10 + Chars.C10 + Chars.C10 + Chars.C10 + "e")
    String emoji(String x);

    @Prompt("c {x}") // the interface's job type: reported once, on the interface
    @Purpose(Chars.C199 + "pm")
    String purpose(String x);

    @Prompt(value = "d {x}", model = Chars.C99 + "mm")
    String model(String x);

    @Prompt(value = "e {x}", model = Chars.EMOJI_50 + Chars.C10 + Chars.C10 + Chars.C10 + Chars.C10 + Chars.C10 + "e")
    String emojiModel(String x);

    @JobFlow(jobType = Chars.C99 + "tf")
    default String flow(String x) { return method(x); }
}
