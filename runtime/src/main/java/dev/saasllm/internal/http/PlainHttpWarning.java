package dev.saasllm.internal.http;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.UnknownHostException;
import okhttp3.HttpUrl;

/**
 * Warns when the virtual key would travel unencrypted: plain {@code http} to a host that is not this
 * machine. Decided from the URL alone when the client is built; nothing is resolved or contacted.
 */
final class PlainHttpWarning {
    private static final Logger LOG = System.getLogger("dev.saasllm.security");

    private PlainHttpWarning() {}

    /** Logs a warning and returns true when {@code baseUrl} sends the key in clear over the network. */
    static boolean check(HttpUrl baseUrl) {
        if (baseUrl.isHttps() || isLoopback(baseUrl.host())) return false;
        LOG.log(Level.WARNING, "The virtual key will be sent over plain http to " + baseUrl.host()
                + ", readable by anyone on the network path. Use an https:// base URL for servers that are not on this machine.");
        return true;
    }

    static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost") || host.toLowerCase(java.util.Locale.ROOT).endsWith(".localhost")) return true;
        // HttpUrl has canonicalised IP literals; only those are checked, so no name is ever looked up.
        boolean literal = host.indexOf(':') >= 0 || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        if (!literal) return false;
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException notALiteral) {
            return false;
        }
    }
}
