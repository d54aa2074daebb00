package dev.saasllm.it;

import dev.saasllm.JobResult;
import dev.saasllm.PartialConsumer;
import dev.saasllm.TokenConsumer;
import dev.saasllm.annotations.JobFlow;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One {@code @Prompt} method per call style, and a {@code @JobFlow} per call style that makes two
 * calls of that style in one job, written as a user would write it. The emulator answers the text
 * methods {@code Echo: <question>} and fills {@link Contact} from the {@code key: value} lines of
 * the text.
 */
@LlmJob(type = "matrix", model = "MatrixAgent")
public interface MatrixService {
    /** A structured answer. */
    record Contact(String name, String email, int years) {}

    @Prompt("{question}")
    String text(String question);

    @Prompt("Extract the contact from this text:\n{text}")
    Contact record(String text);

    @Prompt("{question}")
    JobResult<String> result(String question);

    @Prompt("{question}")
    CompletableFuture<String> future(String question);

    @Prompt("{question}")
    CompletableFuture<JobResult<String>> futureResult(String question);

    @Prompt("{question}")
    String tokens(String question, TokenConsumer tokens);

    @Prompt("Extract the contact from this text:\n{text}")
    Contact partials(String text, PartialConsumer<Contact> progress);

    @Prompt("{question}")
    Stream<String> stream(String question);

    @Prompt("{question}")
    Flow.Publisher<String> publish(String question);

    // ---- Flows: two calls of one style in one job ------------------------------------------

    @JobFlow
    default List<String> textFlow(String first, String second) {
        return List.of(text(first), text(second));
    }

    @JobFlow
    default List<Contact> recordFlow(String first, String second) {
        return List.of(record(first), record(second));
    }

    @JobFlow
    default List<JobResult<String>> resultFlow(String first, String second) {
        return List.of(result(first), result(second));
    }

    @JobFlow
    default List<String> futureFlow(String first, String second) {
        CompletableFuture<String> a = future(first);
        CompletableFuture<String> b = future(second);
        return List.of(a.join(), b.join());
    }

    @JobFlow
    default List<JobResult<String>> futureResultFlow(String first, String second) {
        CompletableFuture<JobResult<String>> a = futureResult(first);
        CompletableFuture<JobResult<String>> b = futureResult(second);
        return List.of(a.join(), b.join());
    }

    /** Each answer with the tokens its consumer received, joined: {@code [answer, tokens, answer, tokens]}. */
    @JobFlow
    default List<String> tokensFlow(String first, String second) {
        List<String> out = new ArrayList<>();
        for (String question : List.of(first, second)) {
            StringBuilder tokens = new StringBuilder();
            out.add(tokens(question, tokens::append));
            out.add(tokens.toString());
        }
        return out;
    }

    /** Each record with the number of snapshots it had: {@code [contact, count, contact, count]}. */
    @JobFlow
    default List<Object> partialsFlow(String first, String second) {
        List<Object> out = new ArrayList<>();
        for (String text : List.of(first, second)) {
            List<Contact> snapshots = new ArrayList<>();
            out.add(partials(text, snapshots::add));
            out.add(snapshots.size());
        }
        return out;
    }

    @JobFlow
    default List<String> streamFlow(String first, String second) {
        List<String> out = new ArrayList<>();
        for (String question : List.of(first, second)) {
            try (Stream<String> tokens = stream(question)) {
                out.add(tokens.collect(Collectors.joining()));
            }
        }
        return out;
    }

    @JobFlow
    default List<String> publishFlow(String first, String second) {
        return List.of(Publishers.join(publish(first)), Publishers.join(publish(second)));
    }
}
