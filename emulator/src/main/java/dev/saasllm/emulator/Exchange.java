package dev.saasllm.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One HTTP exchange: the request read up front, and the ways to answer it. */
final class Exchange {
    final HttpExchange http;
    final String method;
    /** The path as the router sees it: percent-decoded, as uvicorn hands it to Starlette. */
    final String path;
    final byte[] bodyBytes;
    private boolean answered;

    Exchange(HttpExchange http, byte[] bodyBytes) {
        this.http = http;
        this.method = http.getRequestMethod();
        String raw = http.getRequestURI().getRawPath();
        this.path = unquote(raw);
        this.bodyBytes = bodyBytes;
    }

    /** Python's {@code urllib.parse.unquote}: valid {@code %XX} escapes decoded as UTF-8, others left as they are. */
    static String unquote(String raw) {
        if (raw.indexOf('%') < 0) return raw;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()
                    && Character.digit(raw.charAt(i + 1), 16) >= 0 && Character.digit(raw.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The body as text for the request log (lossy when it is not UTF-8). */
    String bodyForLog() {
        return new String(bodyBytes, StandardCharsets.UTF_8);
    }

    /**
     * The body as FastAPI hands it to a body parameter: null when empty (or JSON {@code null}), the
     * parsed JSON when the content type is JSON or absent, else the raw text, which then fails the
     * model. Runs before authentication, as FastAPI reads the body first: text that is not JSON is a
     * 422 {@code json_invalid} with Python's message and position; bytes that do not decode, a 400.
     */
    Object body() {
        if (bodyBytes.length == 0) return null;
        String contentType = header("Content-Type");
        if (contentType != null && !isJson(contentType)) return new String(bodyBytes, StandardCharsets.UTF_8);
        String text = pythonDecode(bodyBytes);
        if (text == null) throw HttpError.detail(400, "There was an error parsing the body");
        try {
            return Json.parse(text);
        } catch (Json.DecodeError e) {
            Map<String, Object> error = Fields.error("json_invalid", Json.list("body", (long) e.pos),
                    "JSON decode error", Json.obj());
            error.put("ctx", Json.obj("error", e.msg));
            throw HttpError.validation(Json.list(error));
        }
    }

    /** {@code application/json} or {@code application/*+json}, parameters ignored, as FastAPI checks. */
    private static boolean isJson(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        int slash = type.indexOf('/');
        if (slash < 0 || !type.substring(0, slash).equals("application")) return false;
        String subtype = type.substring(slash + 1);
        return subtype.equals("json") || subtype.endsWith("+json");
    }

    /** Python's {@code json.detect_encoding} then a strict decode; null when the bytes do not decode. */
    private static String pythonDecode(byte[] b) {
        Charset charset;
        int skip = 0;
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            charset = Charset.forName("UTF-32");
        } else if (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16;
        } else if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (b.length >= 4 && b[0] == 0) {
            charset = b[1] != 0 ? StandardCharsets.UTF_16BE : Charset.forName("UTF-32BE");
        } else if (b.length >= 4 && b[1] == 0) {
            charset = b[2] != 0 || b[3] != 0 ? StandardCharsets.UTF_16LE : Charset.forName("UTF-32LE");
        } else if (b.length == 2 && b[0] == 0) {
            charset = StandardCharsets.UTF_16BE;
        } else if (b.length == 2 && b[1] == 0) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            charset = StandardCharsets.UTF_8;
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    String header(String name) {
        return http.getRequestHeaders().getFirst(name);
    }

    /** Query parameters as Starlette reads them ({@code parse_qsl}): decoded, the last value wins. */
    Map<String, String> query() {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = http.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) return params;
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.remove(key);
            params.put(key, value);
        }
        return params;
    }

    /** {@code http://<Host header><path>[?query]}: where Starlette's slash redirect points. */
    String absoluteUrl(String otherPath) {
        String host = header("Host");
        if (host == null) host = http.getLocalAddress().getHostString() + ":" + http.getLocalAddress().getPort();
        String query = http.getRequestURI().getRawQuery();
        return "http://" + host + quote(otherPath) + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    /** Python's {@code urllib.parse.quote} with the characters Starlette's redirect keeps. */
    private static String quote(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "_.-~:/%#?=@[]!$&'()*+,;".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    void sendJson(int status, Object body) throws IOException {
        send(status, "application/json", Json.write(body), Map.of());
    }

    void send(int status, String contentType, String text, Map<String, String> headers)
            throws IOException {
        answered = true;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) http.getResponseHeaders().set("Content-Type", contentType);
        headers.forEach((k, v) -> http.getResponseHeaders().set(k, v));
        boolean head = method.equals("HEAD");
        http.sendResponseHeaders(status, bytes.length == 0 || head ? -1 : bytes.length);
        if (bytes.length > 0 && !head) {
            try (OutputStream out = http.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    void sendError(HttpError error) throws IOException {
        if (error.body == null) {
            send(error.status, null, "", error.headers);
        } else if (error.plainText) {
            send(error.status, "text/plain; charset=utf-8", (String) error.body, error.headers);
        } else {
            send(error.status, "application/json", Json.write(error.body), error.headers);
        }
    }

    /** Starts a 200 {@code text/event-stream} answer with the headers the server's streams carry. */
    SseWriter startEventStream() throws IOException {
        answered = true;
        http.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        http.getResponseHeaders().set("Cache-Control", "no-cache");
        http.getResponseHeaders().set("X-Accel-Buffering", "no");
        http.sendResponseHeaders(200, 0);
        return new SseWriter(http.getResponseBody());
    }

    boolean answered() {
        return answered;
    }
}
