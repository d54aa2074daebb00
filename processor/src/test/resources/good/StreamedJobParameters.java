package good;

import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.PartialConsumer;
import dev.saasllm.TokenConsumer;
import dev.saasllm.annotations.JobMetadata;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Metadata;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.annotations.UserId;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/** Every streamed shape with every parameter the template does not see, and constant metadata. */
@LlmJob(model = "M")
@Metadata(key = "team", value = "support")
public interface StreamedJobParameters {
    record Contact(String name, String email) {}

    @Prompt("{q}")
    @Metadata(key = "shape", value = "stream")
    Stream<String> stream(String q, CallOptions options, @UserId String user, @JobMetadata("ticket") long ticket,
                          List<ChatMessage> history);

    @Prompt("{q}")
    @Metadata(key = "shape", value = "publisher")
    Flow.Publisher<String> publish(String q, CallOptions options, @UserId String user, @JobMetadata("ticket") long ticket,
                                   List<ChatMessage> history);

    @Prompt("{q}")
    @Metadata(key = "shape", value = "tokens")
    String answer(String q, TokenConsumer tokens, CallOptions options, @UserId String user, @JobMetadata("ticket") long ticket,
                  List<ChatMessage> history);

    @Prompt("{q}")
    @Metadata(key = "shape", value = "partials")
    Contact extract(String q, PartialConsumer<Contact> progress, CallOptions options, @UserId String user,
                    @JobMetadata("ticket") long ticket, List<ChatMessage> history);
}
