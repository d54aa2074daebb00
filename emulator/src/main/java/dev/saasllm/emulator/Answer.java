package dev.saasllm.emulator;

/** What the emulated model answered to one call. */
record Answer(String content, String finishReason, int promptTokens, int completionTokens) {
    int totalTokens() {
        return promptTokens + completionTokens;
    }

    /** Emulated price: two micro-dollars per token, so costs are non-zero and deterministic. */
    double costUsd() {
        return Math.round(totalTokens() * 2.0) / 1_000_000.0;
    }
}
