package dev.saasllm;

import dev.saasllm.internal.AnswerReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * The LLM call of an asynchronous method in an open job, as the blocking path makes it: each call
 * retried under the policy ({@link AsyncRetry}), an unreadable structured answer asked for again
 * in the same job ({@link Reasks#askAgain}). {@code done} gets the value read or the failure,
 * exactly once. {@link #stop} cancels the call in flight or ends a wait, and asks nothing more.
 */
final class AsyncCall<T> {
    private final SaasLlmClient client;
    private final JobInfo job;
    private final String method;
    private final AnswerReader<T> reader;
    private final CallOptions options;
    private final ResponseFormat format;
    private final int maxReasks;
    private final BiConsumer<Reasks.Answer<T>, Throwable> done;
    private final List<InvalidOutputException> rejected = new ArrayList<>();
    private volatile boolean stopped;
    private volatile Call<ResponseBody> inFlight;
    private volatile AsyncRetry retry;
    private volatile List<ChatMessage> conversation;

    AsyncCall(SaasLlmClient client, JobInfo job, String method, AnswerReader<T> reader, CallOptions options,
              ResponseFormat format, int maxReasks, List<ChatMessage> messages, BiConsumer<Reasks.Answer<T>, Throwable> done) {
        this.client = client;
        this.job = job;
        this.method = method;
        this.reader = reader;
        this.options = options;
        this.format = format;
        this.maxReasks = maxReasks;
        this.conversation = messages;
        this.done = done;
    }

    void start() {
        ask();
    }

    /** Asks nothing more: cancels the call in flight, or ends the wait before the next attempt. */
    void stop() {
        stopped = true;
        Call<ResponseBody> call = inFlight;
        if (call != null) call.cancel();
        AsyncRetry r = retry;
        if (r != null) r.interruptWait();
    }

    private void ask() {
        String model = client.resolveModel(options);
        okhttp3.RequestBody body = WireRequests.llmCall(model, conversation, options, format);
        Duration timeout = client.callTimeout(options);
        retry = new AsyncRetry(client.retryPolicy(options), Retries.Kind.REPEATABLE, JobsApi.LLM_CALL, job.jobId(), attempt -> {
            Call<ResponseBody> call = client.api().llmCall(job.jobId(), body);
            if (timeout != null) call.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
            inFlight = call;
            if (stopped) call.cancel(); // stopped between the check and the assignment
            AsyncHttp.enqueue(client, call, JobsApi.LLM_CALL, job.jobId(), attempt);
        }, () -> stopped, this::answered);
        retry.start();
    }

    private void answered(AsyncHttp.Answer answer, Throwable failure) {
        if (failure != null) {
            done.accept(null, failure);
            return;
        }
        ChatResponse response;
        try {
            response = WireResponses.chat(answer.body(), JobsApi.LLM_CALL, job.jobId(), answer.status());
            client.listeners().callFinished(job, response);
        } catch (Throwable e) {
            done.accept(null, e);
            return;
        }
        T value;
        try {
            value = SaasLlmClient.readAnswer(reader, response, job.jobId());
        } catch (InvalidOutputException invalid) {
            if (stopped) { // a stopped call asks nothing more: the failure is final
                done.accept(null, invalid);
                return;
            }
            try {
                conversation = Reasks.askAgain(job.jobId(), method, maxReasks, conversation, response, invalid, rejected);
            } catch (Throwable e) {
                done.accept(null, e);
                return;
            }
            ask();
            return;
        } catch (Throwable e) {
            done.accept(null, e);
            return;
        }
        done.accept(new Reasks.Answer<>(value, response), null);
    }
}
