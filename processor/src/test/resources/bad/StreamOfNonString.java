package bad;

import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

@LlmJob(type = "t", model = "m")
interface StreamOfNonString {
    record Point(int x, int y) {}

    @Prompt("{q}")
    Stream<Integer> numbers(String q);

    @Prompt("{q}")
    Flow.Publisher<Point> points(String q);

    @SuppressWarnings("rawtypes")
    @Prompt("{q}")
    Stream raw(String q);
}
