package dev.saasllm.micrometer;

import dev.saasllm.JobCompletion;
import dev.saasllm.micrometer.SaasLlmObservationDocumentation.JobHighCardinalityKeys;
import dev.saasllm.micrometer.SaasLlmObservationDocumentation.JobLowCardinalityKeys;
import io.micrometer.common.KeyValues;

/**
 * The job observation {@code saasllm.job}, named {@code job <type>} as a span: its type and outcome
 * as tags; id, source, prompt fingerprint and, once settled, credits and costs as attributes.
 */
public class DefaultJobObservationConvention implements JobObservationConvention {
    /** The outcome before the job settled (seen by a long-task timer). */
    protected static final String UNKNOWN = "unknown";

    /** Creates the default convention; subclass it to add or change key values. */
    public DefaultJobObservationConvention() {}

    @Override
    public String getName() {
        return "saasllm.job";
    }

    @Override
    public String getContextualName(JobObservationContext context) {
        return "job " + context.job().jobType();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(JobObservationContext context) {
        String outcome = !context.settled() ? UNKNOWN : context.failed() ? "failed" : "completed";
        return KeyValues.of(
                JobLowCardinalityKeys.JOB_TYPE.withValue(orUnknown(context.job().jobType())),
                JobLowCardinalityKeys.OUTCOME.withValue(outcome));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(JobObservationContext context) {
        KeyValues values = KeyValues.of(JobHighCardinalityKeys.JOB_ID.withValue(orUnknown(context.job().jobId())),
                JobHighCardinalityKeys.SOURCE.withValue(orUnknown(context.job().source())));
        if (context.job().promptFingerprint() != null) {
            values = values.and(JobHighCardinalityKeys.PROMPT_FINGERPRINT.withValue(context.job().promptFingerprint()));
        }
        JobCompletion completion = context.completion();
        JobCompletion.Costs costs = completion == null ? null : completion.costs();
        if (costs != null) {
            values = values.and(
                    JobHighCardinalityKeys.CREDIT_APPLIED.withValue(String.valueOf(costs.creditApplied())),
                    JobHighCardinalityKeys.COST_USD.withValue(String.valueOf(costs.totalCostUsd())),
                    JobHighCardinalityKeys.TOTAL_TOKENS.withValue(String.valueOf(costs.totalTokens())),
                    JobHighCardinalityKeys.CALLS.withValue(String.valueOf(costs.totalCalls())));
            if (costs.creditsRemaining() != null) {
                values = values.and(JobHighCardinalityKeys.CREDITS_REMAINING.withValue(String.valueOf(costs.creditsRemaining())));
            }
        }
        return values;
    }

    static String orUnknown(String value) {
        return value == null ? UNKNOWN : value;
    }
}
