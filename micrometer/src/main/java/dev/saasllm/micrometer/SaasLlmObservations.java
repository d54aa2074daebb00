package dev.saasllm.micrometer;

import dev.saasllm.JobListener;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * Micrometer observations of a client's jobs and calls: register the listener with
 * {@code SaasLlmClient.builder().listener(SaasLlmObservations.listener(registry))}. Each job becomes
 * an observation {@code saasllm.job}, each of its LLM calls a child {@code gen_ai.client.operation},
 * a streamed call's wait for its first token a child {@code saasllm.call.first_token}; with a
 * meter handler they are timers, with a tracing handler spans. {@link SaasLlmObservationDocumentation}
 * lists their keys and events. Prompt and answer text are recorded only after
 * {@link Builder#recordContent(boolean) recordContent(true)}.
 */
public final class SaasLlmObservations {
    private SaasLlmObservations() {}

    /**
     * A listener observing into {@code registry} with the default conventions, recording no content.
     *
     * @param registry where the observations go; not null
     * @return a listener to pass to {@code SaasLlmClient.Builder.listener}
     */
    public static JobListener listener(ObservationRegistry registry) {
        return builder(registry).build();
    }

    /**
     * A builder of a listener observing into {@code registry}.
     *
     * @param registry where the observations go; not null
     * @return a new builder
     */
    public static Builder builder(ObservationRegistry registry) {
        return new Builder(registry);
    }

    /** Configures the listener: conventions and whether content is recorded. */
    public static final class Builder {
        private final ObservationRegistry registry;
        private JobObservationConvention jobConvention;
        private CallObservationConvention callConvention;
        private boolean recordContent;

        private Builder(ObservationRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
        }

        /**
         * Names and key values of job observations in place of {@link DefaultJobObservationConvention}'s.
         *
         * @param convention the job convention; not null
         * @return this builder
         */
        public Builder jobConvention(JobObservationConvention convention) {
            this.jobConvention = Objects.requireNonNull(convention, "convention");
            return this;
        }

        /**
         * Names and key values of call observations in place of {@link DefaultCallObservationConvention}'s.
         *
         * @param convention the call convention; not null
         * @return this builder
         */
        public Builder callConvention(CallObservationConvention convention) {
            this.callConvention = Objects.requireNonNull(convention, "convention");
            return this;
        }

        /**
         * Whether calls record the prompt ({@code gen_ai.input.messages}) and the answer
         * ({@code gen_ai.output.messages}) as high-cardinality values (span attributes). Off by
         * default: they may hold personal data, and are large.
         *
         * @param recordContent true to record prompts and answers
         * @return this builder
         */
        public Builder recordContent(boolean recordContent) {
            this.recordContent = recordContent;
            return this;
        }

        /**
         * Builds the listener.
         *
         * @return a listener to pass to {@code SaasLlmClient.Builder.listener}
         */
        public JobListener build() {
            return new ObservingListener(registry, jobConvention, callConvention, recordContent);
        }
    }
}
