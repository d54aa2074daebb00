package dev.saasllm.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * The names and key values of call observations. Extend {@link DefaultCallObservationConvention}
 * to add or change some, and pass it to {@link SaasLlmObservations.Builder#callConvention}.
 */
public interface CallObservationConvention extends ObservationConvention<CallObservationContext> {
    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof CallObservationContext;
    }
}
