package com.acme.inherit;

import dev.saasllm.annotations.Prompt;
import java.util.List;

/** Not an @LlmJob itself: its @Prompt methods are implemented for each @LlmJob subinterface. */
public interface Chooser<T> {
    @Prompt("Pick one of {options}")
    T pick(List<String> options) throws java.io.IOException;
}
