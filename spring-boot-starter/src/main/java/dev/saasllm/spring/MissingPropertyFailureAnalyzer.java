package dev.saasllm.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing {@code saasllm.*} property into Spring Boot's "APPLICATION FAILED TO START" report. */
final class MissingPropertyFailureAnalyzer extends AbstractFailureAnalyzer<MissingPropertyException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingPropertyException cause) {
        return new FailureAnalysis("Property " + cause.property() + " is not set: the SaasLlmClient bean cannot be created.",
                MissingPropertyException.ACTION, cause);
    }
}
