package dev.saasllm.internal.job;

import dev.saasllm.ChatMessage;
import dev.saasllm.ChatResponse;
import dev.saasllm.InvalidOutputException;
import dev.saasllm.OutputRejectedException;

import dev.saasllm.internal.AnswerReader;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-asking: an answer that cannot be read is shown to the model with what was wrong, and asked for
 * again in the same job, up to a number of times; then {@link OutputRejectedException} holds every
 * answer and problem. Whoever makes the call (a one-call job, a job of several calls, an async job)
 * asks through {@link Answers}.
 */
final class Reasks {
    private static final Logger LOG = System.getLogger("dev.saasllm.jobs");
    /** Enough of a problem to correct it; a huge one would only spend tokens. */
    private static final int MAX_PROBLEM = 1000;

    /**
     * The one re-ask decision of both paths (blocking and asynchronous), after {@code response}
     * could not be read: records the failure in {@code rejected} and returns the conversation to
     * ask again with (the answer and what was wrong appended), or throws once {@code maxReasks}
     * re-asks are used up — the failure itself with none allowed, else {@link OutputRejectedException}.
     */
    static List<ChatMessage> askAgain(Lifecycle job, String method, int maxReasks, List<ChatMessage> conversation,
                                      ChatResponse response, InvalidOutputException invalid,
                                      List<InvalidOutputException> rejected) {
        String jobId = job.id();
        rejected.add(invalid);
        if (rejected.size() > maxReasks) {
            if (maxReasks == 0) throw invalid;
            throw new OutputRejectedException(Answers.LLM_CALL, jobId, rejected);
        }
        job.reasked(invalid);
        LOG.log(Level.DEBUG, () -> "Asking again in job " + jobId + " (" + method + "): " + invalid.problem());
        List<ChatMessage> next = new ArrayList<>(conversation);
        // An answer with no text (a refusal, an empty answer) is not repeated: some providers refuse an
        // empty assistant message. The correction alone says what was wrong.
        String content = response.content();
        if (content != null && !content.isEmpty()) next.add(ChatMessage.assistant(content));
        next.add(ChatMessage.user(correction(invalid)));
        return next;
    }

    static String correction(InvalidOutputException invalid) {
        String problem = invalid.problem() == null ? "it could not be read" : invalid.problem();
        if (problem.length() > MAX_PROBLEM) problem = problem.substring(0, MAX_PROBLEM) + "...";
        return "Your previous answer could not be used: " + problem + ". Answer again with only a JSON document that "
                + "conforms to the JSON schema of the response format: every required property present, values of the "
                + "declared types, within the stated limits, enum values exactly as listed.";
    }
}
