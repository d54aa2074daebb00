package dev.saasllm.internal.wire;

import dev.saasllm.RequestValidationException;
import dev.saasllm.model.ColumnLimits;
import java.util.List;

/**
 * The server's bounded columns ({@link ColumnLimits}), applied where request values are built, so
 * that no value that does not fit is ever sent: a longer one fails the server's commit with a
 * plain-text 500 and writes nothing (a job type, purpose or model after the provider was paid; a
 * complete leaves its job open). Values chosen by the caller are refused before anything is sent;
 * an {@code error_message}, which the client writes itself, is shortened instead. Lengths are
 * counted in characters (code points), as PostgreSQL's {@code VARCHAR(n)} counts them.
 */
final class Columns {
    private static final String CUT = " ... [cut]";

    private Columns() {}

    /**
     * Refuses {@code value} when it is longer than {@code limit} characters.
     *
     * @throws RequestValidationException naming the field, its limit and the value's length
     */
    static void check(String field, String column, String value, int limit) {
        // A string's UTF-16 length is never below its length in characters: most values stop here.
        if (value == null || value.length() <= limit) return;
        int length = ColumnLimits.length(value);
        if (length <= limit) return;
        String msg = "String should have at most " + limit + " characters";
        throw new RequestValidationException(field + " is " + length + " characters long, over the server's limit of " + limit
                + " (" + column + " VARCHAR(" + limit + ")): the server would fail its commit with a plain-text 500 and keep "
                + "nothing. Nothing was sent; shorten it to " + limit + " characters or fewer.",
                null, null, 0, msg, null, List.of(new RequestValidationException.FieldError(List.of("body", field), msg,
                        "string_too_long")));
    }

    /** {@code value} cut to {@code limit} characters when longer: its beginning kept, and a mark that it was cut. */
    static String fit(String value, int limit) {
        if (value == null || value.length() <= limit || ColumnLimits.length(value) <= limit) return value;
        int end = value.offsetByCodePoints(0, limit - CUT.length());
        return value.substring(0, end) + CUT;
    }
}
