package dev.saasllm.internal.wire;

import dev.saasllm.CallOptions;
import dev.saasllm.ChatChunk;
import dev.saasllm.ChatMessage;
import dev.saasllm.ChatResponse;
import dev.saasllm.Job;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobStatus;
import dev.saasllm.model.ColumnLimits;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * The wire codecs' one entry point: the job API's bodies as values, and a Retrofit
 * {@link Converter.Factory} that writes and reads them with Moshi's streaming {@code JsonWriter}
 * and {@code JsonReader} (hand-written, no reflective adapter), plus the reader of stream events
 * in every shape the server forwards.
 */
public final class Wire {
    private Wire() {}

    /**
     * {@code POST /api/jobs/create}.
     *
     * @param teamId the team
     * @param jobType the job type
     * @param userId the end user, or null
     * @param metadata the job's metadata, or null
     */
    public record CreateJob(String teamId, String jobType, String userId, Map<String, ?> metadata) {
        /**
         * Checks the job type and user id against the server's columns.
         *
         * @param teamId the value for the {@code teamId} record component
         * @param jobType the value for the {@code jobType} record component
         * @param userId the value for the {@code userId} record component
         * @param metadata the value for the {@code metadata} record component
         * @throws dev.saasllm.RequestValidationException when the job type or user id does not fit the server's column
         */
        public CreateJob {
            Columns.check("job_type", "jobs.job_type", jobType, ColumnLimits.JOB_TYPE);
            Columns.check("user_id", "jobs.user_id", userId, ColumnLimits.USER_ID);
        }
    }

    /**
     * {@code POST /api/jobs/{job_id}/llm-call} and {@code llm-call-stream}.
     *
     * @param model the model alias or group
     * @param messages the conversation
     * @param options the call's options, or null
     * @param format the structured-output format, or null for chat
     */
    public record Call(String model, List<ChatMessage> messages, CallOptions options, ResponseFormat format) {
        /**
         * Checks the model and the purpose against the server's columns.
         *
         * @param model the value for the {@code model} record component
         * @param messages the value for the {@code messages} record component
         * @param options the value for the {@code options} record component
         * @param format the value for the {@code format} record component
         * @throws dev.saasllm.RequestValidationException when the model or the options' purpose does not fit the
         *     server's column
         */
        public Call {
            check(model, options);
        }
    }

    /**
     * Refuses a call's values that do not fit the server's columns (the {@code model}, stored in
     * {@code model_group_used}, and the options' {@code purpose}); for a caller that must know before
     * it opens a job.
     *
     * @param model the call's model
     * @param options the call's options, or null
     * @throws dev.saasllm.RequestValidationException naming the field, its limit and the value's length
     */
    public static void check(String model, CallOptions options) {
        Columns.check("model", "llm_calls.model_group_used", model, ColumnLimits.MODEL_GROUP_USED);
        if (options != null) Columns.check("purpose", "llm_calls.purpose", options.purpose(), ColumnLimits.PURPOSE);
    }

    /**
     * {@code POST /api/jobs/create-and-call}: a job's fields and a call's.
     *
     * @param job the job to create
     * @param call the one call made in it
     */
    public record CreateAndCall(CreateJob job, Call call) {}

    /**
     * {@code POST /api/jobs/{job_id}/complete}.
     *
     * @param status {@code COMPLETED} or {@code FAILED}
     * @param metadata merged into the job's, or null
     * @param errorMessage why it failed, or null; cut to the server's column
     */
    public record Complete(JobStatus status, Map<String, ?> metadata, String errorMessage) {
        /**
         * Cuts the error message to the column.
         *
         * @param status the value for the {@code status} record component
         * @param metadata the value for the {@code metadata} record component
         * @param errorMessage the value for the {@code errorMessage} record component, before it is cut
         */
        public Complete {
            errorMessage = Columns.fit(errorMessage, ColumnLimits.ERROR_MESSAGE);
        }
    }

    /**
     * The answer of {@code create}.
     *
     * @param jobId the new job's id
     */
    public record CreatedJob(String jobId) {}

    /**
     * The answer of {@code create-and-call}.
     *
     * @param response the call's answer
     * @param completion the job's completion
     */
    public record OneCall(ChatResponse response, JobCompletion completion) {}

    /**
     * {@code PATCH /api/jobs/{job_id}/metadata}.
     *
     * @param metadata merged into the job's metadata
     */
    public record MetadataPatch(Map<String, ?> metadata) {}

    /**
     * One page of {@code GET /api/teams/{team_id}/jobs}.
     *
     * @param jobs the page's jobs
     */
    public record TeamJobs(List<Job> jobs) {}

    /**
     * The answer of {@code GET /api/credits/teams/{team_id}/transactions}.
     *
     * @param transactions the ledger's entries
     */
    public record Ledger(List<dev.saasllm.team.CreditTransaction> transactions) {}

    /** A 2xx body that is not what the endpoint answers; the pipeline adds endpoint, job and status. */
    public static final class Unreadable extends RuntimeException {
        /** The body as received. */
        private final String rawBody;

        Unreadable(String problem, String rawBody, Throwable cause) {
            super(problem, cause);
            this.rawBody = rawBody;
        }

        /** {@return the body as received} */
        public String rawBody() {
            return rawBody;
        }
    }

    /** What one stream event says: a chunk, the end, the server's error, or nothing for the caller. */
    public sealed interface Event permits StreamEvents.Done, StreamEvents.Failure, StreamEvents.Chunk, StreamEvents.Skip {
        /**
         * The chunk, or null for an end, an error or an event that carries nothing.
         *
         * @return the chunk, or null
         */
        default ChatChunk chunk() { return null; }
        /**
         * Whether this ends the stream: {@code [DONE]}, or Anthropic's {@code message_stop}.
         *
         * @return true at the end of the stream
         */
        default boolean done() { return false; }
        /**
         * The server's error message, or null.
         *
         * @return the error message, or null
         */
        default String error() { return null; }
    }

    /**
     * Reads the events of one {@code text/event-stream}, whatever shape the server forwards: one per stream.
     *
     * @return a new reader, for one stream
     */
    public static SseEvents sseEvents() {
        return new SseEvents();
    }

    /**
     * The lines of one stream become events ({@link SseEventReader}) and events become chunks
     * ({@link StreamEvents}: OpenAI chunks, Anthropic events, Gemini objects). Not thread-safe.
     */
    public static final class SseEvents {
        private final SseEventReader lines = new SseEventReader();
        private final StreamEvents events = new StreamEvents();

        private SseEvents() {}

        /**
         * One line; the data of the event it ends, else null.
         *
         * @param line one line of the body, without its line break
         * @return the event's data, or null
         */
        public String line(String line) { return lines.line(line); }

        /**
         * At the end of the body: the data of an event left open, else null.
         *
         * @return the open event's data, or null
         */
        public String end() { return lines.end(); }

        /**
         * Reads the data of one event; throws {@code InvalidResponseException} for data that is no event.
         *
         * @param data the event's data
         * @param endpoint the stream's endpoint, for errors
         * @param jobId the stream's job, for errors
         * @return the event
         */
        public Event event(String data, String endpoint, String jobId) { return events.parse(data, endpoint, jobId); }

        /**
         * At the end of the body, before an end event: whether the answer had ended all the same (an
         * Anthropic or Gemini stream whose finish reason was read; they have no {@code [DONE]}).
         *
         * @return true when the answer had ended
         */
        public boolean endedNormally() { return events.endedNormally(); }

        /**
         * What this stream's format ends with ({@code [DONE]}, {@code message_stop}, a finish reason), for messages.
         *
         * @return the expected end, in words
         */
        public String expectedEnd() { return events.expectedEnd(); }
    }

    /**
     * The converters of the job API's Retrofit interface.
     *
     * @return the converter factory
     */
    public static Converter.Factory converters() {
        return CONVERTERS;
    }

    private static final Converter.Factory CONVERTERS = new Converter.Factory() {
        @Override
        public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
                                                              Annotation[] methodAnnotations, Retrofit retrofit) {
            if (type == CreateJob.class) return (CreateJob b) -> WireRequests.createJob(b.teamId(), b.jobType(), b.userId(), b.metadata());
            if (type == Call.class) return (Call b) -> WireRequests.llmCall(b.model(), b.messages(), b.options(), b.format());
            if (type == CreateAndCall.class) {
                return (CreateAndCall b) -> WireRequests.createAndCall(b.job().teamId(), b.job().jobType(), b.job().userId(),
                        b.job().metadata(), b.call().model(), b.call().messages(), b.call().options(), b.call().format());
            }
            // Sent once: OkHttp must not repeat a complete on its own; the settle rules decide, knowing the job.
            if (type == Complete.class) return (Complete b) -> WireRequests.complete(b.status(), b.metadata(), b.errorMessage());
            if (type == MetadataPatch.class) return (MetadataPatch b) -> WireRequests.metadata(b.metadata());
            return null;
        }

        @Override
        public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
            if (type == CreatedJob.class) return reader(WireResponses.CREATED_JOB);
            if (type == ChatResponse.class) return reader(WireResponses.CHAT);
            if (type == OneCall.class) return reader(WireResponses.ONE_CALL_ANSWER);
            if (type == JobCompletion.class) return reader(WireResponses.COMPLETION_ANSWER);
            if (type == Job.class) return reader(WireResponses.JOB_ANSWER);
            WireResponses.Parser<?> rest = TeamResponses.parser(type);
            return rest == null ? null : reader(rest);
        }
    };

    private static <T> Converter<ResponseBody, T> reader(WireResponses.Parser<T> parser) {
        return body -> {
            byte[] bytes;
            try (body) {
                // Read whole, then parsed from a buffer of its own: the raw body stays at hand for an
                // error, and Okio's segments are not shared (a shared segment never returns to the pool).
                bytes = body.bytes();
            }
            return WireResponses.read(bytes, parser);
        };
    }
}
