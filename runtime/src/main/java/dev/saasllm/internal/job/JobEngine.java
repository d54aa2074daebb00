package dev.saasllm.internal.job;

import dev.saasllm.CallOptions;
import dev.saasllm.CreateAndCall;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobListener;
import dev.saasllm.RetryPolicy;
import dev.saasllm.ServerFallback;
import dev.saasllm.internal.JobRunner;
import dev.saasllm.internal.http.Pipeline;
import dev.saasllm.team.Team;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * The job layer's one entry point, one per client: the runner generated services call, scopes
 * opened by hand, the client's open jobs, and an orderly close. Every job of every shape is a
 * {@link Lifecycle} registered here from its creation to its settlement.
 */
public final class JobEngine {
    private static final Logger LOG = System.getLogger("dev.saasllm.jobs");

    /**
     * What the job layer needs of the client's configuration.
     *
     * @param teamId the team every job is opened for
     * @param defaultModel the model of calls whose options and annotations name none, or null
     * @param retryPolicy how failed requests are retried where calls and annotations set no policy
     * @param maxReasks times an unreadable structured answer is asked for again, where calls set none
     * @param callTimeout the longest one attempt of an LLM call may take in all; null or zero for none
     * @param createAndCall which one-call jobs take the one-round-trip {@code create-and-call}
     * @param closeGrace how long {@link #close()} lets calls in flight finish before failing their jobs
     * @param budget the budget guard, or null for none
     */
    public record Settings(String teamId, String defaultModel, RetryPolicy retryPolicy, int maxReasks,
                           Duration callTimeout, CreateAndCall createAndCall, Duration closeGrace, Budget budget) {}

    /**
     * The budget guard: a job is opened only while the team has enough credits.
     *
     * @param minimumCredits the fewest credits remaining that still let a job open
     * @param maxAge how old a balance read may be ({@link Duration#ZERO}: read before every job)
     */
    public record Budget(int minimumCredits, Duration maxAge) {}

    /** A job opened by hand ({@code JobScope}): its owner completes or fails it. */
    public interface Scope {
        /** {@return the job's id} */
        String jobId();
        /** {@return what opened the job, for listeners} */
        String source();
        /** {@return whether the job is completed or failed} */
        boolean settled();
        /**
         * The runner whose calls go into this job.
         *
         * @return the job's runner
         */
        JobRunner runner();
        /**
         * Completes the job {@code completed}.
         *
         * @param metadata metadata sent with the completion, or null
         * @return the server's answer
         */
        JobCompletion complete(Map<String, ?> metadata);
        /**
         * Fails the job unless settled; never throws; null when already settled.
         *
         * @param cause why the job failed
         * @return the server's answer, or null
         */
        JobCompletion fail(Throwable cause);
    }

    private final Pipeline pipeline;
    private final Settings settings;
    private final Listeners listeners;
    private final JobRunner runner;
    private final Team team;
    private final BudgetGuard budget;
    private final Set<Lifecycle> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * The job layer over {@code pipeline}, telling {@code listeners} of every job it opens.
     *
     * @param pipeline every request goes through it
     * @param settings the client's job settings
     * @param listeners the client's listeners, in order
     */
    public JobEngine(Pipeline pipeline, Settings settings, List<JobListener> listeners) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.team = pipeline.team(settings.teamId(), settings.retryPolicy(), this::checkOpen);
        Budget b = settings.budget();
        this.budget = b == null ? null
                : new BudgetGuard(settings.teamId(), b.minimumCredits(), b.maxAge(), () -> team.creditBalance().creditsRemaining());
        List<JobListener> all = new ArrayList<>(listeners);
        if (budget != null) all.add(0, budget); // it hears every completion's credits_remaining
        this.listeners = new Listeners(all);
        this.runner = new Runner(this, null);
    }

    /**
     * The runner of generated services: a new job per call.
     *
     * @return the runner
     */
    public JobRunner runner() {
        return runner;
    }

    /**
     * The team's API, under the client's retry policy.
     *
     * @return the team's API
     */
    public Team team() {
        return team;
    }

    /** Before a job is opened: throws {@code BudgetExceededException} when the budget guard refuses it. */
    public void checkBudget() {
        if (budget != null) budget.check();
    }

    /**
     * Opens a job for several calls.
     *
     * @param jobType the job type
     * @param source what opened it, for listeners
     * @param fingerprint the prompt fingerprint, or null
     * @param metadata the job's metadata
     * @return the open job
     */
    public Scope openScope(String jobType, String source, String fingerprint, Map<String, String> metadata) {
        Lifecycle job = Lifecycle.open(this, jobType, source, null, JobMetadata.of(source, fingerprint, metadata, null));
        Runner bound = new Runner(this, job);
        return new Scope() {
            @Override public String jobId() { return job.id(); }
            @Override public String source() { return job.info().source(); }
            @Override public boolean settled() { return job.settled(); }
            @Override public JobRunner runner() { return bound; }
            @Override public JobCompletion complete(Map<String, ?> metadata) { return job.complete(metadata); }
            @Override public JobCompletion fail(Throwable cause) { return job.fail(cause); }
        };
    }

    /**
     * A streamed call in a job the caller settles (the programmatic {@code chatStream} and
     * {@code structuredOutputStream}). HTTP errors before the stream are thrown here; the current
     * release's per-job stream defect falls back to one unstreamed call in the same job, as for
     * generated methods ({@link DefectFallback}).
     *
     * @param jobId the job the call is billed to
     * @param body the call
     * @param options the call's options
     * @return the open stream
     */
    public Pipeline.Chunks openStream(String jobId, dev.saasllm.internal.wire.Wire.Call body, CallOptions options) {
        RetryPolicy policy = retryPolicy(options);
        Pipeline.Handle unstreamed = new Pipeline.Handle();
        return DefectFallback.open(this, jobId, () -> pipeline.openStream(jobId, body, policy, null),
                () -> pipeline.call(jobId, body, policy, callTimeout(options), unstreamed), unstreamed::cancel);
    }

    /**
     * Jobs this client opened and has not settled yet.
     *
     * @return the number of open jobs
     */
    public int openJobs() {
        return open.size();
    }

    /**
     * Runs {@code work} on the pipeline's executor; cancelling the returned future calls
     * {@code cancel} (which says whether it could) and then cancels the future.
     *
     * @param <T> the result type
     * @param work the blocking work
     * @param cancel tries to stop the work; says whether it could
     * @return the work's future
     */
    public <T> CompletableFuture<T> async(Supplier<T> work, java.util.function.BooleanSupplier cancel) {
        checkOpen();
        JobFuture<T> future = new JobFuture<>(cancel);
        try {
            pipeline.executor().execute(() -> {
                try {
                    future.complete(work.get());
                } catch (Throwable e) {
                    future.fail(e);
                }
            });
        } catch (RejectedExecutionException e) {
            throw closedException();
        }
        return future;
    }

    /**
     * Refuses new work, lets calls in flight finish for the grace period, then fails the jobs still
     * open ({@code client closed}), and only then releases the pipeline's threads and connections.
     */
    public void close() {
        if (closed) return;
        closed = true;
        long deadline = System.nanoTime() + settings.closeGrace().toNanos();
        boolean interrupted = false;
        while (!open.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                interrupted = true;
                break;
            }
        }
        List<Lifecycle> left = new ArrayList<>(open);
        if (!left.isEmpty()) {
            LOG.log(Level.DEBUG, () -> "Closing the client: failing " + left.size() + " job(s) still open");
        }
        for (Lifecycle job : left) job.abort(closedException());
        pipeline.close();
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** {@return whether the client is closed} */
    public boolean isClosed() {
        return closed;
    }

    /** Throws once {@link #close()} began: a closed client takes no new work. */
    public void checkOpen() {
        if (closed) throw closedException();
    }

    static IllegalStateException closedException() {
        return new IllegalStateException("client closed: this SaasLlmClient is closed");
    }

    void opened(Lifecycle job) {
        open.add(job);
        // A job whose create raced a close that already swept: it is failed now, not leaked.
        if (closed && !pipelineOpen()) job.abort(closedException());
    }

    private boolean pipelineOpen() {
        return !pipeline.executor().isShutdown();
    }

    void settled(Lifecycle job) {
        open.remove(job);
    }

    Pipeline pipeline() { return pipeline; }
    Listeners listeners() { return listeners; }
    String teamId() { return settings.teamId(); }

    /** Whether the server showed it has no working per-job stream: streamed calls go straight to the fallback. */
    boolean jobStreamBroken() {
        return pipeline.traits().uses(ServerFallback.UNSTREAMED_CALLS);
    }

    /** The server has no working per-job stream; {@code why} is logged the first time. */
    void markJobStreamBroken(String why) {
        pipeline.traits().learned(ServerFallback.UNSTREAMED_CALLS, why);
    }

    /**
     * Reads an answer's content with {@code reader}; a refusal (no content, or an empty one withheld) is a
     * {@code RefusalException}; an {@code InvalidOutputException} names the job and, when the model
     * was cut off by {@code max_tokens}, says so.
     *
     * @param <T> the answer's type
     * @param reader reads the content
     * @param response the call's answer
     * @param jobId the call's job
     * @return the answer, read
     */
    public static <T> T readAnswer(dev.saasllm.internal.AnswerReader<T> reader, dev.saasllm.ChatResponse response,
                                   String jobId) {
        return Answers.read(reader, response, jobId);
    }

    /**
     * {@code response}, unless it is a refusal: then {@code RefusalException}.
     *
     * @param response the call's answer
     * @param jobId the call's job
     * @return {@code response}
     */
    public static dev.saasllm.ChatResponse answered(dev.saasllm.ChatResponse response, String jobId) {
        return Answers.answered(response, jobId);
    }

    /**
     * The call's model: the options', else the client's default; fails before anything is sent.
     *
     * @param options the call's options
     * @return the model
     */
    public String resolveModel(CallOptions options) {
        if (options != null && options.model() != null) return options.model();
        if (settings.defaultModel() != null) return settings.defaultModel();
        throw new IllegalStateException("No model for this call: set CallOptions.model(...), @LlmJob(model = ...) or "
                + "@Prompt(model = ...), or a default with SaasLlmClient.builder().defaultModel(...) (or SAAS_LITELLM_MODEL).");
    }

    /**
     * The options' retry policy, else the client's.
     *
     * @param options the call's options
     * @return the retry policy
     */
    public RetryPolicy retryPolicy(CallOptions options) {
        return options != null && options.retryPolicy() != null ? options.retryPolicy() : settings.retryPolicy();
    }

    /**
     * The whole-call timeout of each attempt of an LLM call: the options', else the client's, else none.
     *
     * @param options the call's options
     * @return the timeout, or null for none
     */
    public Duration callTimeout(CallOptions options) {
        return options != null && options.timeout() != null ? options.timeout() : settings.callTimeout();
    }

    /**
     * How often an invalid answer is asked for again: the options' count, else the client's.
     *
     * @param options the call's options
     * @return times to ask again
     */
    public int maxReasks(CallOptions options) {
        return options != null && options.maxReasks() != null ? options.maxReasks() : settings.maxReasks();
    }

    /** Whether a one-call job of this kind goes through {@code create-and-call}. */
    boolean oneRoundTrip(boolean structured) {
        if (!pipeline.hasCreateAndCall()) return false;
        return switch (settings.createAndCall()) {
            case NEVER -> false;
            case TEXT_ONLY -> !structured;
            case ALWAYS -> true;
        };
    }
}
