package dev.saasllm;

import java.time.Duration;

/**
 * A method's answer with what its job cost: declare {@code JobResult<T>} instead of {@code T} as
 * the return type of a {@code @Prompt} method.
 *
 * @param <T> the type of the answer
 * @param value the answer
 * @param jobId the job that produced it
 * @param tokens tokens used by the job's calls, as the server counted them (0 when it did not say)
 * @param latency the time from opening the job to its completion, measured by the client
 * @param creditsRemaining the team's credits after this job, or null when the server did not say
 *     (a call in a job opened by a flow or scope: the job is not completed yet)
 * @param totalCalls the job's calls (failed ones included)
 * @param costUsd the job's cost in USD as the server reports it (the current server's one-call
 *     endpoint always reports 0.0)
 * @param completion the completion the server answered, or null for a call in a job that is
 *     still open
 */
public record JobResult<T>(T value, String jobId, long tokens, Duration latency, Integer creditsRemaining,
                           int totalCalls, double costUsd, JobCompletion completion) {}
