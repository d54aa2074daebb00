package dev.saasllm.internal.http;

import com.squareup.moshi.JsonReader;
import dev.saasllm.AuthenticationException;
import dev.saasllm.CallTimeoutException;
import dev.saasllm.NotFoundException;
import dev.saasllm.PermissionDeniedException;
import dev.saasllm.RateLimitException;
import dev.saasllm.RequestValidationException;
import dev.saasllm.SaasLlmException;
import dev.saasllm.ServerException;
import dev.saasllm.TransportException;
import dev.saasllm.UnexpectedStatusException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Headers;
import okio.Buffer;

/** Turns a failed exchange into the typed {@link SaasLlmException} for it. */
final class HttpErrors {
    private static final JsonReader.Options DETAIL = JsonReader.Options.of("detail");
    private static final JsonReader.Options FIELD_ERROR = JsonReader.Options.of("loc", "msg", "type");
    /** Error bodies are kept whole in {@code rawBody()}; messages show at most this much. */
    private static final int MAX_DETAIL_IN_MESSAGE = 2000;

    private HttpErrors() {}

    /**
     * The exception for a non-2xx answer. {@code body} may be JSON ({@code {"detail": "..."}} or
     * FastAPI's list of field errors) or plain text, which then is the detail.
     */
    static SaasLlmException forStatus(int status, String reason, String body, Headers headers,
                                      String endpoint, String jobId) {
        List<RequestValidationException.FieldError> fieldErrors = new ArrayList<>();
        String detail = detail(body, fieldErrors);
        String message = "HTTP " + status + (reason == null || reason.isEmpty() ? "" : " " + reason)
                + " from " + endpoint + (jobId == null ? "" : " for job " + jobId)
                + (detail == null || detail.isEmpty() ? "" : ": " + abbreviate(detail));
        String location = headers.get("Location");
        if (status >= 300 && status <= 399 && location != null) {
            // Not followed: a redirect from http to https, or one OkHttp gave up on.
            message += " (the server redirects to " + location + "; use that address as the base URL)";
        }
        if (status == 401) return new AuthenticationException(message, endpoint, jobId, status, detail, body);
        if (status == 403) return new PermissionDeniedException(message, endpoint, jobId, status, detail, body);
        if (status == 404) return new NotFoundException(message, endpoint, jobId, status, detail, body);
        if (status == 422) return new RequestValidationException(message, endpoint, jobId, status, detail, body, fieldErrors);
        if (status == 429) {
            return new RateLimitException(message, endpoint, jobId, status, detail, body, retryAfter(headers.get("Retry-After"), Instant.now()));
        }
        if (status >= 500 && status <= 599) return new ServerException(message, endpoint, jobId, status, detail, body);
        return new UnexpectedStatusException(message, endpoint, jobId, status, detail, body);
    }

    /** The exception for an I/O failure: a timeout, an interruption, or a broken connection. */
    static TransportException forIo(IOException e, String endpoint, String jobId) {
        String where = endpoint + (jobId == null ? "" : " for job " + jobId);
        if (isTimeout(e)) {
            return new CallTimeoutException("Timed out waiting for " + where + ": " + e.getMessage(), endpoint, jobId, e);
        }
        if (e instanceof InterruptedIOException) {
            // OkHttp clears the flag when it reacts to an interrupt; restore it for the caller.
            Thread.currentThread().interrupt();
            return new TransportException("Interrupted during " + where, endpoint, jobId, e);
        }
        return new TransportException("Could not reach the server for " + where + ": " + e, endpoint, jobId, e);
    }

    /**
     * OkHttp 5 throws an undeclared {@link InterruptedException} (from its Kotlin code) when the
     * calling thread is interrupted while it connects; OkHttp 4 threw an InterruptedIOException.
     * Both are the same failure to the caller.
     */
    static TransportException forInterrupt(Exception e, String endpoint, String jobId) {
        InterruptedIOException io = new InterruptedIOException(e.getMessage());
        io.initCause(e);
        return forIo(io, endpoint, jobId);
    }

    // OkHttp reports a read/connect timeout as SocketTimeoutException and its call timeout as an
    // InterruptedIOException("timeout"); a thread interrupt is an InterruptedIOException too.
    private static boolean isTimeout(IOException e) {
        return e instanceof SocketTimeoutException
                || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
    }

    /** The {@code detail} of a JSON error body, the 422 list rendered; else the body's text. */
    static String detail(String body, List<RequestValidationException.FieldError> fieldErrors) {
        if (body == null || body.isBlank()) return null;
        String trimmed = body.strip();
        if (trimmed.startsWith("{")) {
            try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(trimmed))) {
                String detail = null;
                reader.beginObject();
                while (reader.hasNext()) {
                    if (reader.selectName(DETAIL) == 0) {
                        detail = detailValue(reader, fieldErrors);
                    } else {
                        reader.skipName();
                        reader.skipValue();
                    }
                }
                if (detail != null) return detail;
            } catch (IOException | RuntimeException notJsonAfterAll) {
                fieldErrors.clear();
            }
        }
        return trimmed;
    }

    private static String detailValue(JsonReader reader, List<RequestValidationException.FieldError> fieldErrors) throws IOException {
        switch (reader.peek()) {
            case STRING, NUMBER -> {
                return reader.nextString();
            }
            case NULL -> {
                reader.nextNull();
                return null;
            }
            case BEGIN_ARRAY -> {
                reader.beginArray();
                List<String> rendered = new ArrayList<>();
                while (reader.hasNext()) {
                    if (reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
                        RequestValidationException.FieldError error = fieldError(reader);
                        fieldErrors.add(error);
                        rendered.add(error.toString());
                    } else {
                        rendered.add(String.valueOf(reader.readJsonValue()));
                    }
                }
                reader.endArray();
                return String.join("; ", rendered);
            }
            default -> {
                return String.valueOf(reader.readJsonValue());
            }
        }
    }

    private static RequestValidationException.FieldError fieldError(JsonReader reader) throws IOException {
        List<String> loc = new ArrayList<>();
        String msg = null;
        String type = null;
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.selectName(FIELD_ERROR)) {
                case 0 -> {
                    if (reader.peek() == JsonReader.Token.BEGIN_ARRAY) {
                        reader.beginArray();
                        while (reader.hasNext()) loc.add(String.valueOf(scalar(reader)));
                        reader.endArray();
                    } else {
                        loc.add(String.valueOf(scalar(reader)));
                    }
                }
                case 1 -> msg = String.valueOf(scalar(reader));
                case 2 -> type = String.valueOf(scalar(reader));
                default -> {
                    reader.skipName();
                    reader.skipValue();
                }
            }
        }
        reader.endObject();
        return new RequestValidationException.FieldError(loc, msg, type);
    }

    // loc entries are strings or list indexes; keep integers free of ".0".
    private static Object scalar(JsonReader reader) throws IOException {
        if (reader.peek() == JsonReader.Token.NUMBER || reader.peek() == JsonReader.Token.STRING) {
            return reader.nextString();
        }
        return reader.readJsonValue();
    }

    /** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) return null;
        String value = header.strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(now, at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= MAX_DETAIL_IN_MESSAGE ? text : text.substring(0, MAX_DETAIL_IN_MESSAGE) + "...";
    }
}
