package dev.saasllm.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * The names and key values of job observations. Extend {@link DefaultJobObservationConvention} to
 * add or change some, and pass it to {@link SaasLlmObservations.Builder#jobConvention}.
 */
public interface JobObservationConvention extends ObservationConvention<JobObservationContext> {
    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof JobObservationContext;
    }
}
