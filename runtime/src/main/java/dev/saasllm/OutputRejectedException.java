package dev.saasllm;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The model's structured answer could not be read however often it was asked again: every answer
 * was invalid JSON, broke a constraint, or named a value outside an enum. Holds every answer and
 * what was wrong with each, in order; {@link #rawContent()} and {@link #problem()} are the last.
 */
public class OutputRejectedException extends InvalidOutputException {
    /** Each answer's failure, in order. */
    private final List<InvalidOutputException> attempts;

    /**
     * The last answer was rejected too: no re-ask is left.
     *
     * @param endpoint the call's endpoint
     * @param jobId the call's job
     * @param attempts each answer's failure, in order; not empty
     */
    public OutputRejectedException(String endpoint, String jobId, List<InvalidOutputException> attempts) {
        super(message(jobId, attempts), last(attempts).problem(), endpoint, jobId, last(attempts).rawContent(), last(attempts));
        this.attempts = List.copyOf(attempts);
    }

    /**
     * Each answer's failure, in the order the answers came.
     *
     * @return the failures, oldest first
     */
    public List<InvalidOutputException> attempts() { return attempts; }

    /**
     * Each raw answer, in order.
     *
     * @return the raw answers, oldest first
     */
    public List<String> rawAnswers() {
        return attempts.stream().map(InvalidOutputException::rawContent).toList();
    }

    /**
     * What was wrong with each answer, in order.
     *
     * @return the problems, oldest first
     */
    public List<String> problems() {
        return attempts.stream().map(InvalidOutputException::problem).toList();
    }

    private static InvalidOutputException last(List<InvalidOutputException> attempts) {
        return attempts.get(attempts.size() - 1);
    }

    private static String message(String jobId, List<InvalidOutputException> attempts) {
        String problems = attempts.stream().map(InvalidOutputException::problem)
                .map(p -> p.length() > 300 ? p.substring(0, 300) + "..." : p)
                .collect(Collectors.joining("; ", "[", "]"));
        return "Invalid structured output in all " + attempts.size() + " answers (asked again " + (attempts.size() - 1)
                + " times) in job " + jobId + ": " + problems;
    }
}
