package dev.saasllm.processor.validation;

import dev.saasllm.model.ColumnLimits;
import dev.saasllm.processor.Message;

/**
 * A bounded column of the server that a constant of a declaration reaches. A longer value fails the
 * server's commit, so it is refused where it is written. ({@code user_id} has no constant source: it
 * only comes from a {@code @UserId} parameter, checked at run time.)
 */
enum Column {
    JOB_TYPE("jobs.job_type", ColumnLimits.JOB_TYPE, "the server cannot create any job of this type (a plain-text 500)"),
    PURPOSE("llm_calls.purpose", ColumnLimits.PURPOSE,
            "the server answers every call with a plain-text 500 after the provider has been paid for it"),
    MODEL_GROUP_USED("llm_calls.model_group_used", ColumnLimits.MODEL_GROUP_USED,
            "the server answers every call with a plain-text 500 after the provider has been paid for it");

    private final String name;
    private final int limit;
    private final String consequence;

    Column(String name, int limit, String consequence) {
        this.name = name;
        this.limit = limit;
        this.consequence = consequence;
    }

    /** Whether {@code value} fits. */
    boolean fits(String value) {
        return ColumnLimits.length(value) <= limit;
    }

    /** The arguments of {@link Message#VALUE_TOO_LONG} for {@code value}, written as {@code what}. */
    Object[] tooLong(String what, String value) {
        return new Object[] {what, ColumnLimits.length(value), name, limit, consequence, limit};
    }

    /** The arguments of {@link Message#DEFAULT_JOB_TYPE_TOO_LONG} after the interface's name. */
    Object[] defaultTooLong(String service, String value) {
        return new Object[] {service, value, ColumnLimits.length(value), name, limit, consequence};
    }
}
