package dev.saasllm.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.saasllm.processor.diagnostics.DiagnosticsTest.bad;
import static dev.saasllm.processor.diagnostics.DiagnosticsTest.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.saasllm.processor.LlmJobProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The diagnostics of streamed @Prompt methods, one test per message, and the combinations they accept. */
class StreamingDiagnosticsTest {

    @Test
    void everyStreamedShapeTakesOptionsUserIdMetadataAndHistory() {
        // Every lint but "processing", whose note that no processor claimed the annotations is by design: the
        // processor leaves them unclaimed so that processors supporting "*" still run (see RoundsTest).
        Compilation c = Compiler.javac().withProcessors(new LlmJobProcessor()).withOptions("-Xlint:all,-processing")
                .compile(JavaFileObjects.forResource("good/StreamedJobParameters.java"));
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("good.SaasLlm_StreamedJobParameters")
                .contentsAsUtf8String().contains("return this.runner.publish(PUBLISH, new Invocation(");
    }

    @Test
    void streamsCarryStringTokensOnly() {
        JavaFileObject file = bad("StreamOfNonString");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("java.util.stream.Stream<java.lang.Integer> is not a supported return type of @Prompt method "
                + "StreamOfNonString.numbers: a streamed answer arrives as text tokens").inFile(file).onLineContaining("Stream<Integer> numbers");
        assertThat(c).hadErrorContaining("java.util.concurrent.Flow.Publisher<bad.StreamOfNonString.Point> is not a supported return type")
                .inFile(file).onLineContaining("Flow.Publisher<Point> points");
        assertThat(c).hadErrorContaining("java.util.stream.Stream is not a supported return type of @Prompt method StreamOfNonString.raw")
                .inFile(file).onLineContaining("Stream raw");
        assertThat(c).hadErrorCount(3);
    }

    @Test
    void oneTokenConsumerPerMethod() {
        JavaFileObject file = bad("TokenConsumerTwice");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("@Prompt method TokenConsumerTwice.answer takes more than one stream callback (first and second)")
                .inFile(file).onLineContaining("TokenConsumer second");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void aTokenConsumerDoesNotGoWithAStreamingReturn() {
        JavaFileObject file = bad("TokenConsumerWithStream");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("@Prompt method TokenConsumerWithStream.answer takes a dev.saasllm.TokenConsumer (tokens) and returns "
                + "java.util.stream.Stream<java.lang.String>, which already streams the tokens").inFile(file).onLineContaining("TokenConsumer tokens");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void aTokenConsumerIsNoPlaceholder() {
        JavaFileObject file = bad("TokenConsumerInTemplate");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("Placeholder {tokens} in a template of TokenConsumerInTemplate.answer names the dev.saasllm.TokenConsumer")
                .inFile(file).onLineContaining("{q} and {tokens}");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void partialSnapshotsAreOfTheReturnedRecord() {
        JavaFileObject file = bad("PartialConsumerType");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("@Prompt method PartialConsumerType.text takes dev.saasllm.PartialConsumer<java.lang.String> "
                + "but returns java.lang.String; snapshots are of the returned record").inFile(file).onLineContaining("progress);");
        assertThat(c).hadErrorContaining("@Prompt method PartialConsumerType.other takes dev.saasllm.PartialConsumer<bad.PartialConsumerType.B> "
                + "but returns bad.PartialConsumerType.A").inFile(file).onLineContaining("PartialConsumer<B> snapshots");
        assertThat(c).hadErrorCount(2);
    }
}
