package com.acme.nested;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

/** Member types named like the types generated code imports; the implementation inherits them. */
@LlmJob(model = "m")
public interface Shadowed {
    record List(String value) {}

    record Objects(int count) {}

    interface ChatMessage {}

    enum JsonCodec { A, B }

    @Prompt("List {text}")
    List list(String text);

    @Prompt("Codec {text}")
    java.util.List<JsonCodec> codecs(String text);
}
