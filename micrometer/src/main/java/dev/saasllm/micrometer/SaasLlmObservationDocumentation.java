package dev.saasllm.micrometer;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations of saasllm jobs and calls, their key names and events: what the default
 * conventions produce. Low-cardinality keys become metric tags and span attributes;
 * high-cardinality keys (ids, counts, texts) only span attributes. Names follow the OpenTelemetry
 * GenAI semantic conventions where they apply ({@code gen_ai.*}), the rest is {@code saasllm.*}.
 */
public enum SaasLlmObservationDocumentation implements ObservationDocumentation {
    /** A job, from its creation to its settlement ({@code completed} or {@code failed}). */
    JOB {
        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultJobObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return JobLowCardinalityKeys.values();
        }

        @Override
        public KeyName[] getHighCardinalityKeyNames() {
            return JobHighCardinalityKeys.values();
        }

        @Override
        public Observation.Event[] getEvents() {
            return new Observation.Event[] {Events.REASK};
        }
    },

    /** One LLM call of a job, from its request to its answer or its failure; a child of its job's. */
    CALL {
        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultCallObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return CallLowCardinalityKeys.values();
        }

        @Override
        public KeyName[] getHighCardinalityKeyNames() {
            return CallHighCardinalityKeys.values();
        }

        @Override
        public Observation.Event[] getEvents() {
            return new Observation.Event[] {Events.RETRY};
        }
    },

    /**
     * A streamed call's wait for its first text: from the request to the first token; a child of
     * the call's observation, with the call's low-cardinality keys.
     */
    FIRST_TOKEN {
        @Override
        public String getName() {
            return "saasllm.call.first_token";
        }

        @Override
        public String getContextualName() {
            return "first token";
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return CallLowCardinalityKeys.values();
        }
    };

    /** Keys of {@link #JOB} that are metric tags. */
    public enum JobLowCardinalityKeys implements KeyName {
        /** The job's type ({@code @LlmJob(type)}, a flow's or scope's). */
        JOB_TYPE { @Override public String asString() { return "saasllm.job.type"; } },
        /** {@code completed} or {@code failed}. */
        OUTCOME { @Override public String asString() { return "saasllm.job.outcome"; } }
    }

    /** Keys of {@link #JOB} that are never metric tags. */
    public enum JobHighCardinalityKeys implements KeyName {
        /** The server's id of the job. */
        JOB_ID { @Override public String asString() { return "saasllm.job.id"; } },
        /** What opened it: {@code Service.method}, or a scope's interface. */
        SOURCE { @Override public String asString() { return "saasllm.job.source"; } },
        /** The compile-time fingerprint of the prompt that opened it. */
        PROMPT_FINGERPRINT { @Override public String asString() { return "saasllm.prompt.fingerprint"; } },
        /** Credits left to the team after the job (from its completion). */
        CREDITS_REMAINING { @Override public String asString() { return "saasllm.credits.remaining"; } },
        /** Whether completing the job charged a credit. */
        CREDIT_APPLIED { @Override public String asString() { return "saasllm.job.credit_applied"; } },
        /** What the job's calls cost, in USD, as the server counted it. */
        COST_USD { @Override public String asString() { return "saasllm.job.cost_usd"; } },
        /** All tokens of the job's calls, as the server counted them. */
        TOTAL_TOKENS { @Override public String asString() { return "saasllm.job.total_tokens"; } },
        /** The number of calls the server counted. */
        CALLS { @Override public String asString() { return "saasllm.job.calls"; } }
    }

    /** Keys of {@link #CALL} (and {@link #FIRST_TOKEN}) that are metric tags. */
    public enum CallLowCardinalityKeys implements KeyName {
        /** Always {@code chat}. */
        OPERATION_NAME { @Override public String asString() { return "gen_ai.operation.name"; } },
        /** The model (group) asked for. */
        REQUEST_MODEL { @Override public String asString() { return "gen_ai.request.model"; } },
        /** The type of the job the call is in. */
        JOB_TYPE { @Override public String asString() { return "saasllm.job.type"; } },
        /** {@code true} for a streamed call. */
        STREAMED { @Override public String asString() { return "saasllm.call.streamed"; } },
        /** {@code answered} or {@code failed}. */
        OUTCOME { @Override public String asString() { return "saasllm.call.outcome"; } }
    }

    /** Keys of {@link #CALL} that are never metric tags. */
    public enum CallHighCardinalityKeys implements KeyName {
        /** The id of the job the call is in. */
        JOB_ID { @Override public String asString() { return "saasllm.job.id"; } },
        /** The call's place in its job, from 1. */
        CALL_NUMBER { @Override public String asString() { return "saasllm.call.number"; } },
        /** The server's id of the call. */
        RESPONSE_ID { @Override public String asString() { return "gen_ai.response.id"; } },
        /** The model (group) that answered. */
        RESPONSE_MODEL { @Override public String asString() { return "gen_ai.response.model"; } },
        /** Why the model stopped, as the provider says it. */
        FINISH_REASONS { @Override public String asString() { return "gen_ai.response.finish_reasons"; } },
        /** Prompt tokens, when the server reported them. */
        INPUT_TOKENS { @Override public String asString() { return "gen_ai.usage.input_tokens"; } },
        /** Completion tokens, when the server reported them. */
        OUTPUT_TOKENS { @Override public String asString() { return "gen_ai.usage.output_tokens"; } },
        /** All tokens of the call, when the server reported them. */
        TOTAL_TOKENS { @Override public String asString() { return "saasllm.usage.total_tokens"; } },
        /** The latency the server measured, in milliseconds. */
        SERVER_LATENCY_MS { @Override public String asString() { return "saasllm.call.server_latency_ms"; } },
        /** How many attempts were repeated under the retry policy. */
        RETRIES { @Override public String asString() { return "saasllm.call.retries"; } },
        /** A streamed call's time to its first token, in milliseconds. */
        TIME_TO_FIRST_TOKEN_MS { @Override public String asString() { return "saasllm.call.time_to_first_token_ms"; } },
        /** The prompt, as JSON; only with {@link SaasLlmObservations.Builder#recordContent(boolean)}. */
        INPUT_MESSAGES { @Override public String asString() { return "gen_ai.input.messages"; } },
        /** The answer, as JSON; only with {@link SaasLlmObservations.Builder#recordContent(boolean)}. */
        OUTPUT_MESSAGES { @Override public String asString() { return "gen_ai.output.messages"; } }
    }

    /** The events: each also counts as {@code <observation name>.<event name>} with a meter handler. */
    public enum Events implements Observation.Event {
        /** An answer could not be read and is asked for again (on the job). */
        REASK {
            @Override public String getName() { return "reask"; }
            @Override public String getContextualName() { return "re-ask"; }
        },
        /** An attempt failed and the retry policy sends it again (on the call). */
        RETRY {
            @Override public String getName() { return "retry"; }
            @Override public String getContextualName() { return "retry"; }
        }
    }
}
