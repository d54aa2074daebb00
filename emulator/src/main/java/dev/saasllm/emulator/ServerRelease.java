package dev.saasllm.emulator;

import java.util.Locale;

/**
 * The SaaS LiteLLM server releases the emulator can answer as, each read from the server's source
 * at its tag. {@link EmulatorSettings#release(ServerRelease)} applies one; {@link #CURRENT} is the
 * default. The emulator's README has a table of what each changes.
 */
public enum ServerRelease {
    /**
     * Tag {@code v0.2.0} (2025-10-20): {@code model_group}, lower-case statuses, no {@code
     * create-and-call} (405), no metadata PATCH. Its {@code complete} and {@code llm-call-stream}
     * fail with a plain-text 500 on every request (a name used before its import in both handlers):
     * a job opened on it can never be settled.
     */
    V0_2_0("v0.2.0"),
    /**
     * Tag {@code v1.0.0} (2025-10-15): {@code model_group}, lower-case statuses, messages of plain
     * strings only, no streaming, no {@code create-and-call} (405), no metadata PATCH, no team
     * suspension, one credit per job and only when no call failed.
     */
    V1_0_0("v1.0.0"),
    /**
     * The current release ({@code v1.0.2}, the main branch): {@code model}, upper-case statuses,
     * {@code create-and-call}, and its defects — the per-job stream answers one error event, streams
     * carry no usage and cost nothing, the one-call endpoints record no cost, a repeated complete
     * toggles the charge, complete's metadata is dropped, only the first model is kept.
     */
    CURRENT("current"),
    /** The current release with its defects fixed: what a client should expect once they are. */
    FIXED("fixed");

    private final String wireName;

    ServerRelease(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The name the standalone jar's {@code --release} takes: {@code v0.2.0}, {@code v1.0.0}, ...
     *
     * @return the release's name
     */
    public String wireName() {
        return wireName;
    }

    /**
     * The release named {@code name} ({@link #wireName()}, in any case).
     *
     * @param name a release name
     * @return the release
     * @throws IllegalArgumentException for an unknown name
     */
    public static ServerRelease named(String name) {
        for (ServerRelease r : values()) {
            if (r.wireName.equals(name.toLowerCase(Locale.ROOT))) return r;
        }
        throw new IllegalArgumentException("Unknown release '" + name + "'; expected one of v0.2.0, v1.0.0, current, fixed");
    }

    // What differs, for the endpoints. Switches that tests also flip alone live in EmulatorSettings
    // (statuses, field name, create-and-call, the stream defect, stream usage); these do not.

    boolean isOld() {
        return this == V0_2_0 || this == V1_0_0;
    }

    /** {@code PATCH /api/jobs/{id}/metadata} exists. */
    boolean hasMetadataPatch() {
        return !isOld();
    }

    /** {@code /llm-call-stream} exists (v1.0.0 has no streaming). */
    boolean hasJobStream() {
        return this != V1_0_0;
    }

    /** v0.2.0's handlers read {@code TeamCredits} before importing it: an unhandled 500. */
    boolean crashesOnCompleteAndJobStream() {
        return this == V0_2_0;
    }

    /** {@code status} is a {@code Literal["completed", "failed"]} (422); older: any enum value, else 500. */
    boolean completeStatusIsLiteral() {
        return !isOld();
    }

    /** v1.0.0's messages are {@code List[Dict[str, str]]}: content parts are a 422. */
    boolean messagesAreStrings() {
        return this == V1_0_0;
    }

    /** v1.0.0 forwards only model, messages, temperature and max_tokens (no response_format). */
    boolean forwardsCallOptions() {
        return this != V1_0_0;
    }

    /** {@code call_metadata} is merged into the job's metadata. */
    boolean mergesCallMetadata() {
        return !isOld();
    }

    /** Older releases charge a completed job only when none of its calls failed. */
    boolean failedCallsBlockCharge() {
        return isOld();
    }

    /** v1.0.0 has no budget modes: one credit per job. */
    boolean hasBudgetModes() {
        return this != V1_0_0;
    }

    /** v0.2.0 divides tokens by a fixed 10,000 in {@code consumption_tokens}. */
    boolean hasTokensPerCredit() {
        return !isOld();
    }

    /** v1.0.0's teams have no status; later ones answer 403 for a team that is not active. */
    boolean checksTeamStatus() {
        return this != V1_0_0;
    }

    /** GET views write {@code 2026-11-27T20:57:34Z} (UTC, seconds); older ones Python's isoformat. */
    boolean zuluTimestamps() {
        return !isOld();
    }

    /** v1.0.0 prices every call as gpt-3.5-turbo: $0.0005 per 1K prompt, $0.0015 per 1K completion tokens. */
    boolean pricesAsGpt35() {
        return this == V1_0_0;
    }

    /** The one-call endpoints record a cost the job's totals count (the current release: 0.0). */
    boolean billsOneCallCost() {
        return this == FIXED;
    }

    /** Only the first model a job used is kept in {@code model_groups_used} (an untracked list append). */
    boolean keepsFirstModelOnly() {
        return this != FIXED;
    }

    /** A repeated complete flips {@code credit_applied} and charges every other time. */
    boolean togglesRepeatedCharge() {
        return this != FIXED;
    }

    /** Metadata sent with complete is validated and dropped (an untracked JSON mutation). */
    boolean dropsCompleteMetadata() {
        return this != FIXED;
    }

    /** A streamed delta whose {@code content} is null ends the stream ({@code str + None}). */
    boolean nullDeltaEndsStream() {
        return this != FIXED;
    }
}
