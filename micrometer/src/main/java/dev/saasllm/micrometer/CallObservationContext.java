package dev.saasllm.micrometer;

import dev.saasllm.CallInfo;
import dev.saasllm.ChatResponse;
import dev.saasllm.JobInfo;
import io.micrometer.observation.Observation;
import java.time.Duration;

/**
 * What a {@link CallObservationConvention} reads of an LLM call: its job and call, and once it
 * ended its answer (or {@link #getError()}), retries and time to first token.
 */
public final class CallObservationContext extends Observation.Context {
    private final JobInfo job;
    private final CallInfo call;
    private final boolean recordContent;
    private volatile ChatResponse response;
    private volatile boolean ended;
    private volatile int retries;
    private volatile Duration timeToFirstToken;

    CallObservationContext(JobInfo job, CallInfo call, boolean recordContent) {
        this.job = job;
        this.call = call;
        this.recordContent = recordContent;
    }

    /**
     * The job the call is in.
     *
     * @return the job
     */
    public JobInfo job() {
        return job;
    }

    /**
     * The call; its {@code messages} are the prompt, to be recorded only when {@link #recordContent()}.
     *
     * @return the call
     */
    public CallInfo call() {
        return call;
    }

    /**
     * Whether the user opted in to recording prompt and answer text.
     *
     * @return true when content may be recorded
     */
    public boolean recordContent() {
        return recordContent;
    }

    /**
     * The answer; null until the call answered, and for a failed call.
     *
     * @return the answer, or null
     */
    public ChatResponse response() {
        return response;
    }

    /**
     * Whether the call ended (answered or failed).
     *
     * @return true once the call answered or failed
     */
    public boolean ended() {
        return ended;
    }

    /**
     * How many attempts were repeated under the retry policy so far.
     *
     * @return the repeated attempts so far
     */
    public int retries() {
        return retries;
    }

    /**
     * A streamed call's time from its start to its first token; null before it, or for an unstreamed call.
     *
     * @return the time to first token, or null
     */
    public Duration timeToFirstToken() {
        return timeToFirstToken;
    }

    void retried() {
        retries++;
    }

    void firstToken(Duration elapsed) {
        this.timeToFirstToken = elapsed;
    }

    void end(ChatResponse response) {
        this.response = response;
        this.ended = true;
    }
}
