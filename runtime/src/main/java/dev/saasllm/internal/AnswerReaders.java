package dev.saasllm.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.saasllm.InvalidOutputException;
import java.io.IOException;
import okio.Buffer;

/** Builds the {@link AnswerReader}s of structured methods around adapters generated at compile time. */
public final class AnswerReaders {
    private AnswerReaders() {}

    /**
     * Reads the JSON document in an answer with {@code adapter}, strictly, after taking off what
     * models wrap around JSON (a Markdown code fence, prose before or after). Anything else that
     * is wrong becomes an {@link InvalidOutputException} with the raw content.
     */
    public static <T> AnswerReader<T> json(JsonAdapter<T> adapter) {
        return content -> parse(adapter, content);
    }

    static <T> T parse(JsonAdapter<T> adapter, String content) {
        if (content == null || content.isBlank()) {
            throw new InvalidOutputException("the answer is empty", content, null);
        }
        String json = JsonExtraction.extract(content);
        try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
            T value = adapter.fromJson(reader);
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
