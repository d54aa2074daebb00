package dev.saasllm.benchmarks;

import dev.saasllm.JobResult;
import dev.saasllm.TokenConsumer;
import dev.saasllm.annotations.LlmJob;
import dev.saasllm.annotations.Prompt;
import dev.saasllm.internal.FlowMethod;
import dev.saasllm.internal.Invocation;
import dev.saasllm.internal.JobRunner;
import dev.saasllm.internal.PartialReader;
import dev.saasllm.internal.PromptMethod;
import dev.saasllm.PartialConsumer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 14's target: rendering a template with a 100-item loop costs at most 2× a hand-written
 * {@code StringBuilder} loop. {@code generated} calls the generated method of {@link Catalogue}
 * with a runner that returns the rendered user message (so it also pays for the message list the
 * call builds); {@code handWritten} builds the same text directly. Both run in the same JMH run:
 * {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main TemplateBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class TemplateBenchmark {
    /** The benchmarked template: a loop with the item's number, two paths, a condition and a separator. */
    @LlmJob(type = "template_benchmark")
    public interface Catalogue {
        record Item(String name, int quantity, String note) {}

        @Prompt("Order lines:\n{#for item in items}{item_number}. {item.name} x{item.quantity}"
                + "{#if item.note} ({item.note}){/if}{#sep}\n{/for}")
        String render(List<Item> items);
    }

    private Catalogue catalogue;
    private List<Catalogue.Item> items;

    @Setup
    public void setUp() {
        catalogue = new SaasLlm_TemplateBenchmark_Catalogue(new RenderingRunner());
        items = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            items.add(new Catalogue.Item("product-" + i, i % 7 + 1, i % 3 == 0 ? "gift wrap" : null));
        }
        String generated = generated();
        if (!generated.equals(handWritten())) throw new IllegalStateException("the two renderings differ:\n" + generated);
    }

    @Benchmark
    public String generated() {
        return catalogue.render(items);
    }

    @Benchmark
    public String handWritten() {
        StringBuilder out = new StringBuilder();
        out.append("Order lines:\n");
        for (int i = 0; i < items.size(); i++) {
            Catalogue.Item item = items.get(i);
            if (i > 0) out.append('\n');
            out.append(i + 1).append(". ").append(item.name()).append(" x").append(item.quantity());
            if (item.note() != null && !item.note().isEmpty()) out.append(" (").append(item.note()).append(')');
        }
        return out.toString();
    }

    /** Answers a call with the user message the generated code rendered; nothing is sent. */
    static final class RenderingRunner implements JobRunner {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T run(PromptMethod<T> method, Invocation invocation) {
            return (T) invocation.messages().get(invocation.messages().size() - 1).content();
        }

        @Override
        public <T> JobResult<T> runForResult(PromptMethod<T> method, Invocation invocation) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> CompletableFuture<T> runAsync(PromptMethod<T> method, Invocation invocation) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> CompletableFuture<JobResult<T>> runForResultAsync(PromptMethod<T> method, Invocation invocation) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T runStreaming(PromptMethod<T> method, Invocation invocation, TokenConsumer tokens) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T runStreaming(PromptMethod<T> method, Invocation invocation, PartialReader<T> snapshots,
                                  PartialConsumer<? super T> partials) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Stream<String> stream(PromptMethod<String> method, Invocation invocation) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Flow.Publisher<String> publish(PromptMethod<String> method, Invocation invocation) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T flow(FlowMethod flow, Invocation invocation, Function<JobRunner, T> body) {
            throw new UnsupportedOperationException();
        }
    }
}
