package dev.saasllm.it;

import dev.saasllm.CallOptions;
import dev.saasllm.TokenConsumer;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.annotations.UserId;
import dev.saasllm.it.MatrixService.Contact;
import java.util.concurrent.CompletableFuture;

/** Methods of every call style that take their job's end user (and a text method its options) at run time. */
@LlmJob(type = "column_limits", model = "LimitAgent")
public interface UserDesk {
    @Prompt("{question}")
    String text(String question, @UserId String user, CallOptions options);

    @Prompt("Extract the contact from this text:\n{text}")
    Contact record(String text, @UserId String user);

    @Prompt("{question}")
    String tokens(String question, @UserId String user, TokenConsumer tokens);

    @Prompt("{question}")
    CompletableFuture<String> future(String question, @UserId String user);
}
