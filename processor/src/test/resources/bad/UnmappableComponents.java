package bad;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import java.util.List;
import java.util.Map;

@LlmJob
public interface UnmappableComponents {
    record Job(String company, Object payload) {}

    record Resume(String name, List<Job> jobs) {}

    record Builder(StringBuilder text) {}

    record Counts(Map<Integer, String> byId) {}

    record Node(String name, List<Node> children) {}

    record Loop1(Loop2 next) {}

    record Loop2(Loop1 back) {}

    record Box<T>(T value) {}

    @Prompt("f {text}")
    Box<String> genericRecord(String text);

    @Prompt("a {text}")
    Resume objectComponent(String text);

    @Prompt("b {text}")
    Builder classComponent(String text);

    @Prompt("c {text}")
    Counts intKeys(String text);

    @Prompt("d {text}")
    Node recursive(String text);

    @Prompt("e {text}")
    List<Loop1> indirectlyRecursive(String text);
}
