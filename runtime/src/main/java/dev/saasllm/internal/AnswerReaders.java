package dev.saasllm.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.saasllm.InvalidOutputException;
import java.io.IOException;
import okio.Buffer;

/** Builds the {@link AnswerReader}s of structured methods around readers generated at compile time. */
public final class AnswerReaders {
    private AnswerReaders() {}

    /**
     * Reads the root value of an answer's JSON document (never a JSON null: that is reported
     * before), throwing {@link JsonDataException} or {@link IOException} when it does not fit.
     * Generated code passes a method reference to its codec's read method.
     *
     * @param <T> the type of the root value
     */
    @FunctionalInterface
    public interface JsonRootReader<T> {
        /**
         * Reads the document's root value.
         *
         * @param reader positioned at the root
         * @return the value
         * @throws IOException when the JSON cannot be read
         */
        T read(JsonReader reader) throws IOException;
    }

    /**
     * Reads the JSON document in an answer with {@code root}, strictly, after taking off what
     * models wrap around JSON (a Markdown code fence, prose before or after). Anything else that
     * is wrong becomes an {@link InvalidOutputException} with the raw content.
     *
     * @param <T> the answer's type
     * @param root reads the document's root value
     * @return the answer reader
     */
    public static <T> AnswerReader<T> json(JsonRootReader<T> root) {
        return content -> parse(root, content);
    }

    static <T> T parse(JsonRootReader<T> root, String content) {
        if (content == null || content.isBlank()) {
            throw new InvalidOutputException("the answer is empty", content, null);
        }
        String json = JsonExtraction.extract(content);
        try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
            if (reader.peek() == JsonReader.Token.NULL) {
                throw new InvalidOutputException("the answer is JSON null", content, null);
            }
            T value = root.read(reader);
            if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
                throw new InvalidOutputException("unexpected content after the JSON document at " + reader.getPath(), content, null);
            }
            if (value == null) {
                throw new InvalidOutputException("the answer is JSON null", content, null);
            }
            return value;
        } catch (JsonDataException e) {
            throw new InvalidOutputException(e.getMessage(), content, e);
        } catch (IOException e) {
            throw new InvalidOutputException("not valid JSON: " + e.getMessage(), content, e);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // Thrown by a record's compact constructor or a value conversion.
            throw new InvalidOutputException(e.getMessage(), content, e);
        }
    }
}
