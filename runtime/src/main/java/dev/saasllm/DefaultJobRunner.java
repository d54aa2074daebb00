package dev.saasllm;

import dev.saasllm.internal.JobRunner;
import dev.saasllm.internal.PromptMethod;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs one {@code @Prompt} method as one job: create, call, read the answer, complete. Every job
 * it opens is completed exactly once, {@code completed} or {@code failed}.
 */
final class DefaultJobRunner implements JobRunner {
    private static final Logger LOG = System.getLogger("dev.saasllm.jobs");
    /** Long enough for any message we make; bounds what a huge server detail puts in the job. */
    private static final int MAX_ERROR_MESSAGE = 4000;

    private final SaasLlmClient client;
    private final StreamingSupport streaming;

    DefaultJobRunner(SaasLlmClient client) {
        this.client = client;
        this.streaming = new StreamingSupport(client);
    }

    @Override
    public <T> T runStreaming(PromptMethod<T> method, List<ChatMessage> messages, TokenConsumer tokens) {
        return streaming.run(method, messages, tokens);
    }

    @Override
    public java.util.concurrent.Flow.Publisher<String> publish(PromptMethod<String> method, List<ChatMessage> messages) {
        return new TokenPublisher(client, streaming, method, messages);
    }

    @Override
    public <T> T runStreaming(PromptMethod<T> method, List<ChatMessage> messages, Class<T> type, PartialConsumer<? super T> partials) {
        return streaming.runPartial(method, messages, type, partials);
    }

    @Override
    public Stream<String> stream(PromptMethod<String> method, List<ChatMessage> messages) {
        return streaming.stream(method, messages);
    }

    @Override
    public <T> T run(PromptMethod<T> method, List<ChatMessage> messages) {
        // Resolved first so that a missing model fails before a job exists.
        client.resolveModel(method.options());
        ResponseFormat format = method.structured() ? new ResponseFormat(method.schemaName(), method.schemaJson()) : null;
        String jobId = client.createJob(method.jobType(), null, Map.of("saasllm_method", method.qualifiedName()));
        LOG.log(Level.DEBUG, () -> "Opened job " + jobId + " of type " + method.jobType() + " for " + method.qualifiedName());
        T result;
        try {
            ChatResponse response = client.call(jobId, messages, method.options(), format);
            result = SaasLlmClient.readAnswer(method.reader(), response, jobId);
        } catch (Throwable failure) {
            fail(jobId, method, failure);
            throw failure;
        }
        // Outside the try on purpose: if completing `completed` fails, that failure is thrown and the
        // job is not completed again as `failed`. The first complete may have reached the server (and
        // charged the credit) with only its answer lost; a second complete would toggle the charge.
        client.settle(jobId, JobStatus.COMPLETED, null, null);
        LOG.log(Level.DEBUG, () -> "Completed job " + jobId + " (" + method.qualifiedName() + ")");
        return result;
    }

    private void fail(String jobId, PromptMethod<?> method, Throwable failure) {
        // A pending interrupt would make the HTTP call fail at once; the job must still settle.
        boolean interrupted = Thread.interrupted();
        try {
            client.settle(jobId, JobStatus.FAILED, null, errorMessage(failure));
            LOG.log(Level.DEBUG, () -> "Failed job " + jobId + " (" + method.qualifiedName() + "): "
                    + failure.getClass().getSimpleName());
        } catch (Throwable completionFailure) {
            if (completionFailure != failure) failure.addSuppressed(completionFailure);
            LOG.log(Level.DEBUG, () -> "Could not complete job " + jobId + " as failed: " + completionFailure.getClass().getSimpleName());
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    private String errorMessage(Throwable failure) {
        String message = failure.getMessage();
        String text = message == null || message.isBlank()
                ? failure.getClass().getName()
                : failure.getClass().getSimpleName() + ": " + message;
        text = client.redact(text);
        return text.length() <= MAX_ERROR_MESSAGE ? text : text.substring(0, MAX_ERROR_MESSAGE) + "...";
    }
}
