package dev.saasllm.spring;

/** A required {@code saasllm.*} property is not set; {@link MissingPropertyFailureAnalyzer} reports it at startup. */
final class MissingPropertyException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    static final String ACTION = "Set saasllm.team-id and saasllm.virtual-key (the team's virtual key, sk-...) in "
            + "application.properties or the environment (SAASLLM_TEAM_ID, SAASLLM_VIRTUAL_KEY), or "
            + "saasllm.emulator.enabled=true in tests.";

    private final String property;

    MissingPropertyException(String property) {
        super("Property " + property + " is not set. " + ACTION);
        this.property = property;
    }

    String property() {
        return property;
    }
}
