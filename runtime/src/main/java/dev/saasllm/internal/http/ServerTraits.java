package dev.saasllm.internal.http;

import dev.saasllm.ServerFallback;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a client works around its server ({@link ServerFallback}): an older release's missing endpoint
 * or behaviour, or a known defect. Each is learned once, said once (at INFO, with what the client does
 * instead), and kept for the client's life, so later requests go straight to the way that works.
 */
public final class ServerTraits {
    private static final Logger LOG = System.getLogger("dev.saasllm.client");

    private final Set<ServerFallback> fallbacks = ConcurrentHashMap.newKeySet();

    /** A server of which nothing has been learned yet: every feature assumed present. */
    public ServerTraits() {}

    /**
     * Whether the client already works around its server this way.
     *
     * @param fallback the fallback
     * @return true once learned
     */
    public boolean uses(ServerFallback fallback) {
        return fallbacks.contains(fallback);
    }

    /**
     * Records that the server needs {@code fallback}; the first time, logs {@code why}.
     *
     * @param fallback the fallback
     * @param why what showed it and what the client does instead, for the log
     */
    public void learned(ServerFallback fallback, String why) {
        if (fallbacks.add(fallback)) LOG.log(Level.INFO, why);
    }

    /** {@return the fallbacks learned so far, in declaration order} */
    public Set<ServerFallback> fallbacks() {
        return fallbacks.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(fallbacks));
    }
}
