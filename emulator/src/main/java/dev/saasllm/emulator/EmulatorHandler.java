package dev.saasllm.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records each request, applies the gateway faults (429), and routes as Starlette does: the first
 * route matching path and method handles it; a path match with another method is a 405 naming the
 * first such route's method; a path that matches only with its trailing slash toggled is a 307.
 */
final class EmulatorHandler implements HttpHandler {
    private static final System.Logger LOG = System.getLogger(SaasLlmEmulator.class.getName());

    /** Thrown once a stream has started to end it as a server crash does: the connection cut, no last chunk. */
    static final class ConnectionCut extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConnectionCut() {
            super("stream cut by an emulated server failure", null, false, false);
        }
    }

    private interface Endpoint {
        void handle(Exchange ex, Map<String, String> params) throws IOException;
    }

    private record Route(String method, String[] segments, Endpoint endpoint) {
        /** The path parameters when {@code path} matches the template, else null. */
        Map<String, String> match(String path) {
            String[] parts = path.split("/", -1);
            if (parts.length != segments.length) return null;
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < parts.length; i++) {
                String s = segments[i];
                if (s.startsWith("{")) {
                    if (parts[i].isEmpty()) return null;
                    params.put(s.substring(1, s.length() - 1), parts[i]);
                } else if (!s.equals(parts[i])) {
                    return null;
                }
            }
            return params;
        }
    }

    private final EmulatorCore core;
    private final JobEndpoints jobs;
    private final CallEndpoints calls;
    private final CreditEndpoints credits;
    private final RequestLog log;
    private final AtomicLong counted = new AtomicLong();

    EmulatorHandler(EmulatorCore core, RequestLog log) {
        this.core = core;
        this.jobs = new JobEndpoints(core);
        this.calls = new CallEndpoints(core);
        this.credits = new CreditEndpoints(core);
        this.log = log;
    }

    void resetCounters() {
        counted.set(0);
    }

    @Override
    public void handle(HttpExchange http) throws IOException {
        byte[] body;
        try (InputStream in = http.getRequestBody()) {
            body = in.readAllBytes();
        }
        Exchange ex = new Exchange(http, body);
        log.record(ex);
        try {
            try {
                rateLimit(ex);
                route(ex);
            } catch (HttpError error) {
                if (!ex.answered()) ex.sendError(error);
            } catch (ConnectionCut cut) {
                // Leave the exchange open: the JDK server closes the connection without the last
                // chunk, as uvicorn does when a streaming response raises.
                throw cut;
            } catch (RuntimeException bug) {
                LOG.log(Level.ERROR, "emulator failure on " + ex.method + " " + ex.path, bug);
                if (!ex.answered()) ex.sendError(HttpError.internal());
            }
        } catch (IOException clientGone) {
            // A client that timed out or cancelled a stream: nothing to answer.
            LOG.log(Level.DEBUG, "client went away: {0} {1}", ex.method, ex.path);
        }
        http.close();
    }

    private void rateLimit(Exchange ex) {
        if (ex.path.equals("/health")) return;
        EmulatorSettings s = core.settings;
        long n = counted.incrementAndGet();
        int every = s.rateLimitEvery();
        if (s.rateLimitEveryRequest() || (every > 0 && n % every == 0)) {
            throw HttpError.detail(429, "Rate limit exceeded. Please retry later.",
                    Map.of("Retry-After", Integer.toString(s.retryAfterSeconds())));
        }
    }

    private void route(Exchange ex) throws IOException {
        List<Route> routes = routes();
        Route partial = null;
        for (Route route : routes) {
            Map<String, String> params = route.match(ex.path);
            if (params == null) continue;
            if (route.method.equals(ex.method)) {
                route.endpoint.handle(ex, params);
                return;
            }
            if (partial == null) partial = route;
        }
        if (partial != null) throw HttpError.methodNotAllowed(partial.method);
        if (!ex.path.equals("/")) {
            String other = ex.path.endsWith("/") ? stripTrailingSlashes(ex.path) : ex.path + "/";
            for (Route route : routes) {
                if (route.match(other) != null) throw HttpError.redirect(ex.absoluteUrl(other));
            }
        }
        throw HttpError.notFound();
    }

    private static String stripTrailingSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') end--;
        return path.substring(0, end);
    }

    /** The release's route table, in the server's order: its routers' routes first, then the app's. */
    private List<Route> routes() {
        ServerRelease release = core.release();
        boolean createAndCall = core.settings.createAndCallEndpoints();
        List<Route> r = new ArrayList<>();
        add(r, "GET", "/api/credits/teams/{team_id}/balance", (ex, p) -> credits.balance(ex, p.get("team_id")));
        add(r, "GET", "/api/credits/teams/{team_id}/transactions", (ex, p) -> credits.transactions(ex, p.get("team_id")));
        add(r, "POST", "/api/credits/teams/{team_id}/check", (ex, p) -> credits.check(ex, p.get("team_id")));
        add(r, "GET", "/health", (ex, p) -> jobs.health(ex));
        add(r, "POST", "/api/jobs/create", (ex, p) -> jobs.create(ex));
        add(r, "POST", "/api/jobs/{job_id}/llm-call", (ex, p) -> calls.llmCall(ex, p.get("job_id")));
        if (release.hasJobStream()) {
            add(r, "POST", "/api/jobs/{job_id}/llm-call-stream", (ex, p) -> calls.llmCallStream(ex, p.get("job_id")));
        }
        if (createAndCall) {
            add(r, "POST", "/api/jobs/create-and-call", (ex, p) -> calls.createAndCall(ex));
            add(r, "POST", "/api/jobs/create-and-call-stream", (ex, p) -> calls.createAndCallStream(ex));
        }
        add(r, "POST", "/api/jobs/{job_id}/complete", (ex, p) -> jobs.complete(ex, p.get("job_id")));
        add(r, "GET", "/api/jobs/{job_id}", (ex, p) -> jobs.get(ex, p.get("job_id")));
        if (release.hasMetadataPatch()) {
            add(r, "PATCH", "/api/jobs/{job_id}/metadata", (ex, p) -> jobs.patchMetadata(ex, p.get("job_id")));
        }
        add(r, "GET", "/api/jobs/{job_id}/costs", (ex, p) -> jobs.costs(ex, p.get("job_id")));
        add(r, "GET", "/api/teams/{team_id}/usage", (ex, p) -> jobs.usage(ex, p.get("team_id")));
        add(r, "GET", "/api/teams/{team_id}/jobs", (ex, p) -> jobs.teamJobs(ex, p.get("team_id")));
        return r;
    }

    private static void add(List<Route> routes, String method, String template, Endpoint endpoint) {
        routes.add(new Route(method, template.split("/", -1), endpoint));
    }
}
