package dev.saasllm.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP exchange: the request read up front, and the ways to answer it. */
final class Exchange {
    final HttpExchange http;
    final String method;
    final String path;
    final byte[] bodyBytes;
    private final String bodyText;
    private boolean answered;

    Exchange(HttpExchange http, byte[] bodyBytes) {
        this.http = http;
        this.method = http.getRequestMethod();
        this.path = http.getRequestURI().getRawPath();
        this.bodyBytes = bodyBytes;
        this.bodyText = decode(bodyBytes);
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The body as text for the request log (lossy when it is not UTF-8). */
    String bodyForLog() {
        return bodyText != null ? bodyText : new String(bodyBytes, StandardCharsets.UTF_8);
    }

    boolean hasBody() {
        return bodyBytes.length > 0;
    }

    /**
     * The parsed JSON body (null when there is none). Checked before authentication, as FastAPI
     * does: undecodable bytes are a 400, malformed JSON a 422.
     */
    Object json() {
        if (bodyText == null) throw HttpError.detail(400, "There was an error parsing the body");
        if (bodyText.isBlank()) return null;
        try {
            return Json.parse(bodyText);
        } catch (IOException | RuntimeException e) {
            Map<String, Object> error = Fields.error("json_invalid", Json.list("body", 0L),
                    "JSON decode error", Json.obj());
            error.put("ctx", Json.obj("error", "Expecting value"));
            throw HttpError.validation(Json.list(error));
        }
    }

    String header(String name) {
        return http.getRequestHeaders().getFirst(name);
    }

    /** Query parameters, decoded; the first value of each wins. */
    Map<String, String> query() {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = http.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) return params;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(key, value);
        }
        return params;
    }

    void sendJson(int status, Object body) throws IOException {
        send(status, "application/json", Json.write(body), Map.of());
    }

    void send(int status, String contentType, String text, Map<String, String> headers)
            throws IOException {
        answered = true;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        http.getResponseHeaders().set("Content-Type", contentType);
        headers.forEach((k, v) -> http.getResponseHeaders().set(k, v));
        http.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = http.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    void sendError(HttpError error) throws IOException {
        if (error.plainText) {
            send(error.status, "text/plain; charset=utf-8", (String) error.body, error.headers);
        } else {
            send(error.status, "application/json", Json.write(error.body), error.headers);
        }
    }

    /** Starts a 200 {@code text/event-stream} answer of unknown length. */
    SseWriter startEventStream() throws IOException {
        answered = true;
        http.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        http.getResponseHeaders().set("Cache-Control", "no-cache");
        http.sendResponseHeaders(200, 0);
        return new SseWriter(http.getResponseBody());
    }

    boolean answered() {
        return answered;
    }
}
