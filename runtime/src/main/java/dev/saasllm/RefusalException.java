package dev.saasllm;

/**
 * The model answered without content: the server's {@code response.content} was {@code null}, or
 * empty with a finish reason that says the provider withheld the answer. That is how a refusal
 * reaches the client: OpenAI models put their refusal text in a field the server drops; Claude's
 * ({@code refusal}) and Gemini's ({@code SAFETY} and its other blocks) arrive as {@code ""}. An
 * answer made only of tool calls would look the same. {@link #response()} is the answer as
 * received: its finish reason, call id, model and tokens; {@link #rawContent()} is null.
 *
 * <p>It is an {@link InvalidOutputException}: a structured method with {@code @Reask} (or
 * {@code maxReasks}) asks again in the same job, and a method's job is failed as for any unusable
 * answer. The programmatic client's {@code chat} and {@code structuredOutput} throw it too.
 */
public class RefusalException extends InvalidOutputException {
    static final String PROBLEM = "the answer has no content (the model declined to answer)";

    /** The answer as received. */
    private final ChatResponse response;

    /**
     * A call the model answered without content.
     *
     * @param endpoint the failed request's endpoint, e.g. {@code POST /api/jobs/create}, or null
     * @param jobId the job concerned, or null
     * @param response the answer as received; not null
     */
    public RefusalException(String endpoint, String jobId, ChatResponse response) {
        super("The model answered without content (a refusal; finish_reason '" + response.finishReason() + "')"
                + (jobId == null ? "" : " in job " + jobId), PROBLEM, endpoint, jobId, null, null);
        this.response = response;
    }

    /**
     * The answer as received, its {@code content} null or empty.
     *
     * @return the answer
     */
    public ChatResponse response() {
        return response;
    }

    /** The same refusal, now knowing the call and job it belongs to. */
    @Override
    public RefusalException withJob(String endpoint, String jobId) {
        return new RefusalException(endpoint, jobId, response);
    }
}
