package dev.saasllm.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Records each request, applies the gateway faults (429), and routes to the endpoints. */
final class EmulatorHandler implements HttpHandler {
    private static final System.Logger LOG = System.getLogger(SaasLlmEmulator.class.getName());

    private final EmulatorCore core;
    private final JobEndpoints jobs;
    private final CallEndpoints calls;
    private final RequestLog log;
    private final AtomicLong counted = new AtomicLong();

    EmulatorHandler(EmulatorCore core, RequestLog log) {
        this.core = core;
        this.jobs = new JobEndpoints(core);
        this.calls = new CallEndpoints(core);
        this.log = log;
    }

    void resetCounters() {
        counted.set(0);
    }

    @Override
    public void handle(HttpExchange http) throws IOException {
        try (http) {
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
                } catch (RuntimeException bug) {
                    LOG.log(Level.ERROR, "emulator failure on " + ex.method + " " + ex.path, bug);
                    if (!ex.answered()) ex.sendError(HttpError.internal());
                }
            } catch (IOException clientGone) {
                // A client that timed out or cancelled a stream: nothing to answer.
                LOG.log(Level.DEBUG, "client went away: {0} {1}", ex.method, ex.path);
            }
        }
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
        String[] p = ex.path.split("/", -1); // "/api/jobs/x" -> ["", "api", "jobs", "x"]
        String m = ex.method;
        if (ex.path.equals("/health")) {
            allow(m, "GET");
            jobs.health(ex);
        } else if (p.length >= 4 && p[1].equals("api") && p[2].equals("jobs")) {
            routeJobs(ex, p, m);
        } else if (p.length == 5 && p[1].equals("api") && p[2].equals("teams")) {
            if (p[4].equals("jobs")) {
                allow(m, "GET");
                jobs.teamJobs(ex, p[3]);
            } else if (p[4].equals("usage")) {
                allow(m, "GET");
                jobs.usage(ex, p[3]);
            } else {
                throw HttpError.notFound();
            }
        } else {
            throw HttpError.notFound();
        }
    }

    private void routeJobs(Exchange ex, String[] p, String m) throws IOException {
        if (p.length == 4) {
            boolean createAndCall = core.settings.createAndCallEndpoints();
            if (m.equals("POST") && p[3].equals("create")) {
                jobs.create(ex);
            } else if (m.equals("POST") && createAndCall && p[3].equals("create-and-call")) {
                calls.createAndCall(ex);
            } else if (m.equals("POST") && createAndCall && p[3].equals("create-and-call-stream")) {
                calls.createAndCallStream(ex);
            } else if (p[3].isEmpty() || p[3].startsWith("create-and-call")) {
                // Older servers had no create-and-call: the contract says they answer 404.
                throw HttpError.notFound();
            } else {
                // Everything else here is GET /api/jobs/{job_id}, as in FastAPI's route table.
                allow(m, "GET");
                jobs.get(ex, p[3]);
            }
            return;
        }
        if (p.length != 5) throw HttpError.notFound();
        String id = p[3];
        switch (p[4]) {
            case "llm-call" -> { allow(m, "POST"); calls.llmCall(ex, id); }
            case "llm-call-stream" -> { allow(m, "POST"); calls.llmCallStream(ex, id); }
            case "complete" -> { allow(m, "POST"); jobs.complete(ex, id); }
            case "metadata" -> { allow(m, "PATCH"); jobs.patchMetadata(ex, id); }
            case "costs" -> { allow(m, "GET"); jobs.costs(ex, id); }
            default -> throw HttpError.notFound();
        }
    }

    private static void allow(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw HttpError.detail(405, "Method Not Allowed", Map.of("Allow", allowed));
        }
    }
}
