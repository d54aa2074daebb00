package dev.saasllm.internal.http;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a client learned its server lacks: an older release's missing endpoint or behaviour, or a
 * known defect. Each is learned once, said once (at INFO, with what the client does instead), and
 * kept for the client's life, so later requests go straight to the way that works.
 */
public final class ServerTraits {
    private static final Logger LOG = System.getLogger("dev.saasllm.client");

    /** Something the server does not do. */
    public enum Lack {
        /** {@code create-and-call} (releases before 2025-10-21): one-call jobs take three steps. */
        CREATE_AND_CALL,
        /** A working {@code llm-call-stream} (the current release's defect, or older releases): the unstreamed call. */
        JOB_STREAM,
        /** Upper-case status filters on the team's job list (releases before 2025-10-21): lower case. */
        UPPER_CASE_STATUS_FILTER
    }

    private final Set<Lack> lacks = ConcurrentHashMap.newKeySet();

    /**
     * Whether the server was found to lack {@code lack}.
     *
     * @param lack the feature
     * @return true once learned
     */
    public boolean lacks(Lack lack) {
        return lacks.contains(lack);
    }

    /**
     * Records that the server lacks {@code lack}; the first time, logs {@code why}.
     *
     * @param lack the feature
     * @param why what showed it, for the log
     */
    public void learned(Lack lack, String why) {
        if (lacks.add(lack)) LOG.log(Level.INFO, why);
    }
}
