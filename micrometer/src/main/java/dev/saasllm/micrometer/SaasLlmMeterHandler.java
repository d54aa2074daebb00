package dev.saasllm.micrometer;

import dev.saasllm.ChatResponse;
import dev.saasllm.JobCompletion;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The meters the Observation API cannot make from timers and events: token usage, job cost and the
 * credits left. Register it beside Micrometer's {@code DefaultMeterObservationHandler}:
 * {@code registry.observationConfig().observationHandler(new SaasLlmMeterHandler(meterRegistry))}.
 * Tags are the observations' low-cardinality key values (so a custom convention's are here too).
 *
 * <ul>
 *   <li>{@code gen_ai.client.token.usage} (summary, tokens): a call's input and output tokens, tagged
 *       {@code gen_ai.token.type} {@code input} or {@code output}, when the server reports them;
 *   <li>{@code saasllm.call.tokens} (summary, tokens): a call's total tokens, when reported;
 *   <li>{@code saasllm.job.cost} (summary, USD): a settled job's cost, when the server sent its costs;
 *   <li>{@code saasllm.credits.remaining} (gauge): the credits left after the last settled job that
 *       said so (NaN before).
 * </ul>
 * Needs {@code micrometer-core} on the class path (an optional dependency of this module).
 */
public final class SaasLlmMeterHandler implements ObservationHandler<Observation.Context> {
    private static final long UNKNOWN = Long.MIN_VALUE;

    private final MeterRegistry meters;
    private final AtomicLong creditsRemaining = new AtomicLong(UNKNOWN);

    /**
     * A handler recording into {@code meters}; it registers the {@code saasllm.credits.remaining} gauge at once.
     *
     * @param meters the registry the meters go to; not null
     */
    public SaasLlmMeterHandler(MeterRegistry meters) {
        this.meters = Objects.requireNonNull(meters, "meters");
        Gauge.builder("saasllm.credits.remaining", creditsRemaining, c -> c.get() == UNKNOWN ? Double.NaN : c.get())
                .description("Credits left to the team after the last settled job").strongReference(true)
                .register(meters);
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return context instanceof CallObservationContext || context instanceof JobObservationContext;
    }

    @Override
    public void onStop(Observation.Context context) {
        if (context instanceof CallObservationContext call) {
            ChatResponse response = call.response();
            if (response == null) return;
            Tags tags = tags(context);
            tokens("gen_ai.client.token.usage", tags.and("gen_ai.token.type", "input"), response.promptTokens());
            tokens("gen_ai.client.token.usage", tags.and("gen_ai.token.type", "output"), response.completionTokens());
            tokens("saasllm.call.tokens", tags, response.totalTokens());
        } else if (context instanceof JobObservationContext job) {
            JobCompletion completion = job.completion();
            JobCompletion.Costs costs = completion == null ? null : completion.costs();
            if (costs == null) return;
            DistributionSummary.builder("saasllm.job.cost").baseUnit("usd").description("What a job cost")
                    .tags(tags(context)).register(meters).record(costs.totalCostUsd());
            if (costs.creditsRemaining() != null) creditsRemaining.set(costs.creditsRemaining());
        }
    }

    private void tokens(String name, Tags tags, Integer count) {
        if (count == null) return;
        DistributionSummary.builder(name).baseUnit("tokens").description("Tokens of an LLM call")
                .tags(tags).register(meters).record(count);
    }

    private static Tags tags(Observation.Context context) {
        Tags tags = Tags.empty();
        for (KeyValue value : context.getLowCardinalityKeyValues()) tags = tags.and(value.getKey(), value.getValue());
        return tags;
    }
}
