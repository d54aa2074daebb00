package dev.saasllm;

/** The message that asks the model again after an answer that could not be read. */
final class Reasks {
    /** Enough of a problem to correct it; a huge one would only spend tokens. */
    private static final int MAX_PROBLEM = 1000;

    private Reasks() {}

    static String correction(InvalidOutputException invalid) {
        String problem = invalid.problem() == null ? "it could not be read" : invalid.problem();
        if (problem.length() > MAX_PROBLEM) problem = problem.substring(0, MAX_PROBLEM) + "...";
        return "Your previous answer could not be used: " + problem + ". Answer again with only a JSON document that "
                + "conforms to the JSON schema of the response format: every required property present, values of the "
                + "declared types, within the stated limits, enum values exactly as listed.";
    }
}
