package dev.saasllm;

/**
 * A way the client works around its server: something an older release lacks, or a known defect of
 * the current one. The client learns each from the server's own answer, logs it once at INFO, and
 * keeps to the fallback for the rest of its life; {@link SaasLlmClient#serverFallbacks()} lists those
 * in use, so an application can report that it runs on a degraded server.
 */
public enum ServerFallback {
    /**
     * The server has no {@code POST /api/jobs/create-and-call} (releases before 2025-10-21): one-call
     * jobs take three requests (create, call, complete) instead of one.
     */
    THREE_STEP_JOBS,
    /**
     * The server's per-job stream fails (the current release's defect) or does not exist (releases
     * before 2025-10-21): streamed calls are made unstreamed in the same job, and the answer arrives
     * as one token or chunk.
     */
    UNSTREAMED_CALLS,
    /**
     * The server filters the team's jobs by lower-case status (releases before 2025-10-21): the
     * team's job list asks in lower case.
     */
    LOWER_CASE_STATUS_FILTER
}
