package dev.saasllm.model;

/**
 * The server's bounded columns (SaaS LiteLLM's {@code jobs} and {@code llm_calls} tables). A longer
 * value fails the server's commit with a plain-text 500 and writes nothing, so neither the
 * processor (constants, at compile time) nor the runtime (values known at run time, before anything
 * is sent) lets one through.
 */
public final class ColumnLimits {
    /** {@code jobs.job_type VARCHAR(100)}. */
    public static final int JOB_TYPE = 100;
    /** {@code jobs.user_id VARCHAR(255)}. */
    public static final int USER_ID = 255;
    /** {@code llm_calls.purpose VARCHAR(200)}. */
    public static final int PURPOSE = 200;
    /** {@code llm_calls.model_group_used VARCHAR(100)}: a call's {@code model}, though an alias may be 200 long. */
    public static final int MODEL_GROUP_USED = 100;
    /** {@code jobs.error_message VARCHAR(1000)}. */
    public static final int ERROR_MESSAGE = 1000;

    private ColumnLimits() {}

    /**
     * The length the server's database counts: characters (code points), not UTF-16 units, so an
     * emoji counts once.
     *
     * @param value a value bound for a bounded column; not null
     * @return its length in code points
     */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
