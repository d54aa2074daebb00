package com.acme.resume;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

/** Parameter names that would shadow the generated class's field and constants. */
@LlmJob(model = "m")
public interface ShadowingNames {
    @Prompt("{runner} {ECHO} {reader}")
    String echo(String runner, String ECHO, String reader);
}
