package dev.saasllm.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Every request received, oldest first, capped so a long standalone run stays bounded. */
final class RequestLog {
    static final int CAPACITY = 100_000;

    private final ConcurrentLinkedQueue<RecordedRequest> requests = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    void record(Exchange ex) {
        HttpExchange http = ex.http;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        http.getRequestHeaders().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            headers.put(key, key.equals("authorization")
                    ? List.of("<redacted>") : List.copyOf(values));
        });
        requests.add(new RecordedRequest(ex.method, ex.path, http.getRequestURI().getRawQuery(),
                headers, ex.bodyForLog()));
        if (size.incrementAndGet() > CAPACITY && requests.poll() != null) size.decrementAndGet();
    }

    List<RecordedRequest> all() {
        return new ArrayList<>(requests);
    }

    void clear() {
        requests.clear();
        size.set(0);
    }
}
