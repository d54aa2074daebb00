package com.acme.inherit;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;

/** Inherits a method from a generic superinterface whose type argument fixes the answer. */
@LlmJob(type = "picking", model = "m", system = "Pick well.")
public interface Picker extends Chooser<Choice> {
    @Prompt(value = "Explain {choice.label}", system = "")
    String explain(Choice choice);
}
