package dev.saasllm;

/**
 * When a one-call job goes to the server in one round trip ({@code POST /api/jobs/create-and-call})
 * instead of three (create, call, complete). The server completes such a job itself: charged as
 * soon as the model answered. A client falls back to three steps, and remembers to, when the
 * server does not have the endpoint (404).
 *
 * <p>Asynchronous methods always take three steps: cancelling one must be able to fail its job,
 * and a job the server completes by itself cannot be failed by the client.
 */
public enum CreateAndCall {
    /** Always three steps. */
    NEVER,
    /**
     * Text (chat) methods in one round trip; structured methods in three steps, so that an answer
     * that does not fit the return type fails its job instead of being charged. The default.
     */
    TEXT_ONLY,
    /**
     * Every synchronous one-call method in one round trip. An answer that does not fit the return
     * type then arrives for a job the server already completed (and charged); the client throws
     * {@link InvalidOutputException} all the same and reports the job to listeners as completed.
     */
    ALWAYS
}
