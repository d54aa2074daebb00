package dev.saasllm.emulator;

import java.util.List;
import java.util.Map;

/** An error answer: thrown by endpoint code, written by the handler. */
final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    /** The JSON body, the plain text, or null for an empty body. */
    final Object body;
    final boolean plainText;
    final Map<String, String> headers;

    private HttpError(int status, Object body, boolean plainText, Map<String, String> headers) {
        super(null, null, false, false);
        this.status = status;
        this.body = body;
        this.plainText = plainText;
        this.headers = headers;
    }

    /** {@code {"detail": "<message>"}}. */
    static HttpError detail(int status, String message) {
        return new HttpError(status, Json.obj("detail", message), false, Map.of());
    }

    static HttpError detail(int status, String message, Map<String, String> headers) {
        return new HttpError(status, Json.obj("detail", message), false, headers);
    }

    /** A 422 with pydantic's error entries. */
    static HttpError validation(List<Object> errors) {
        return new HttpError(422, Json.obj("detail", errors), false, Map.of());
    }

    /**
     * What uvicorn answers for an exception the server does not handle (a value its code cannot
     * parse, a database commit that fails): a plain-text 500.
     */
    static HttpError internal() {
        return new HttpError(500, "Internal Server Error", true, Map.of());
    }

    /** Starlette's answer when no route matches. */
    static HttpError notFound() {
        return detail(404, "Not Found");
    }

    /** Starlette's answer when a route matches the path but not the method. */
    static HttpError methodNotAllowed(String allow) {
        return detail(405, "Method Not Allowed", Map.of("Allow", allow));
    }

    /** Starlette's {@code redirect_slashes}: an empty 307 to the path with its trailing slash toggled. */
    static HttpError redirect(String location) {
        return new HttpError(307, null, false, Map.of("Location", location));
    }
}
