package bad;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@LlmJob
public interface UnsupportedReturns {
    @Prompt("a {text}")
    void returnsVoid(String text);

    @Prompt("b {text}")
    Object returnsObject(String text);

    @Prompt("c {text}")
    Map<String, String> returnsMap(String text);

    @SuppressWarnings("rawtypes")
    @Prompt("d {text}")
    List returnsRawList(String text);

    @Prompt("e {text}")
    List<?> returnsWildcardList(String text);

    @Prompt("f {text}")
    Optional<String> returnsOptional(String text);

    @Prompt("g {text}")
    CharSequence returnsInterface(String text);
}
