package dev.saasllm.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.saasllm.processor.diagnostics.DiagnosticsTest.bad;
import static dev.saasllm.processor.diagnostics.DiagnosticsTest.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One negative test per message of jobs: options, metadata, special parameters, flows, async returns. */
class JobDiagnosticsTest {

    @Test
    void optionConstantsOutsideTheirRanges() {
        JavaFileObject file = bad("BadOptions");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("@Temperature(2.5) on interface BadOptions is outside the range the providers accept (0.0 to 2.0)")
                .inFile(file).onLineContaining("@Temperature(2.5)");
        assertThat(c).hadErrorContaining("@Temperature(-0.1) on method BadOptions.cold is outside").inFile(file).onLineContaining("@Temperature(-0.1)");
        assertThat(c).hadErrorContaining("@MaxTokens(0) on method BadOptions.empty is outside the range the providers accept (at least 1)")
                .inFile(file).onLineContaining("@MaxTokens(0)");
        assertThat(c).hadErrorContaining("@TopP(1.5) on method BadOptions.wide is outside the range the providers accept (0.0 to 1.0)")
                .inFile(file).onLineContaining("@TopP(1.5)");
        assertThat(c).hadErrorContaining("@FrequencyPenalty(3.0) on method BadOptions.repetitive is outside the range the providers accept (-2.0 to 2.0)")
                .inFile(file).onLineContaining("@FrequencyPenalty(3.0)");
        assertThat(c).hadErrorContaining("@PresencePenalty(-2.5) on method BadOptions.present is outside")
                .inFile(file).onLineContaining("@PresencePenalty(-2.5)");
        assertThat(c).hadErrorContaining("@Stop on method BadOptions.fiveStops gives 5 sequences; the providers accept one to four non-empty stop sequences")
                .inFile(file).onLineContaining("\"5\"");
        assertThat(c).hadErrorContaining("@Stop on method BadOptions.emptyStop contains an empty sequence")
                .inFile(file).onLineContaining("{\"ok\", \"\"}");
        assertThat(c).hadErrorContaining("@Purpose on method BadOptions.blankPurpose is blank").inFile(file).onLineContaining("@Purpose(\"  \")");
        assertThat(c).hadErrorCount(9);
    }

    @Test
    void metadataKeysTypesAndSpecialParameters() {
        JavaFileObject file = bad("BadMetadata");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("Job metadata key 'saasllm_method' on interface BadMetadata is reserved")
                .inFile(file).onLineContaining("key = \"saasllm_method\"");
        // Repeated annotations sit in a container javac cannot point into: the error goes on the method.
        assertThat(c).hadErrorContaining("Job metadata key 'area' is given twice on method BadMetadata.twice")
                .inFile(file).onLineContaining("String twice(");
        assertThat(c).hadErrorContaining("Job metadata key ' ' on method BadMetadata.blankKey is blank")
                .inFile(file).onLineContaining("key = \" \"");
        assertThat(c).hadErrorContaining("@JobMetadata parameter payload of BadMetadata.objectValue has type java.util.List<java.lang.String>")
                .inFile(file).onLineContaining("payload);");
        assertThat(c).hadErrorContaining("Job metadata key 'k' is given twice on BadMetadata.sameKey")
                .inFile(file).onLineContaining("sameKey(");
        assertThat(c).hadErrorContaining("@UserId parameter user of BadMetadata.numericUser has type long; the job's user_id is a String")
                .inFile(file).onLineContaining("@UserId long user");
        assertThat(c).hadErrorContaining("BadMetadata.twoOptions has more than one CallOptions parameter (first and second)")
                .inFile(file).onLineContaining("twoOptions(");
        assertThat(c).hadErrorContaining("BadMetadata.twoHistories has more than one List<ChatMessage> (conversation history) parameter")
                .inFile(file).onLineContaining("twoHistories(");
        assertThat(c).hadErrorCount(8);
    }

    @Test
    void flowsThatCannotRunInAJob() {
        JavaFileObject file = bad("BadFlows");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("@JobFlow on the abstract method BadFlows.abstractFlow has no body to run in a job")
                .inFile(file).onLineContaining("on an abstract method");
        assertThat(c).hadErrorContaining("@JobFlow on the static method BadFlows.staticFlow").inFile(file).onLineContaining("on a static method");
        assertThat(c).hadErrorContaining("@JobFlow method BadFlows.checkedFlow declares checked exceptions [java.io.IOException]")
                .inFile(file).onLineContaining("checkedFlow(");
        assertThat(c).hadErrorContaining("@JobFlow method BadFlows.asyncFlow returns java.util.concurrent.CompletableFuture<java.lang.String>, "
                + "but a flow completes its job when its body returns").inFile(file).onLineContaining("asyncFlow(");
        assertThat(c).hadErrorContaining("@JobFlow method BadFlows.streamFlow returns java.util.stream.Stream<java.lang.String>, which is "
                + "read after the flow returns").inFile(file).onLineContaining("streamFlow(");
        assertThat(c).hadErrorContaining("@JobFlow method BadFlows.publisherFlow returns java.util.concurrent.Flow.Publisher<java.lang.String>")
                .inFile(file).onLineContaining("publisherFlow(");
        assertThat(c).hadErrorContaining("@JobFlow method BadFlows.genericFlow declares type parameters <T>").inFile(file).onLineContaining("genericFlow(");
        assertThat(c).hadErrorContaining("@JobFlow method BadFlows.optionsFlow takes CallOptions options, which only a @Prompt method can use")
                .inFile(file).onLineContaining("CallOptions options)");
        assertThat(c).hadErrorContaining("@Temperature on @JobFlow method BadFlows.temperatureFlow has no effect")
                .inFile(file).onLineContaining("@Temperature(0.1)");
        assertThat(c).hadErrorCount(9);
    }

    @Test
    void futuresAndResultsWithoutAConcreteType() {
        JavaFileObject file = bad("BadFutures");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("java.util.concurrent.CompletableFuture of @Prompt method BadFutures.rawFuture has no usable type argument")
                .inFile(file).onLineContaining("rawFuture(");
        assertThat(c).hadErrorContaining("java.util.concurrent.CompletableFuture<?> of @Prompt method BadFutures.wildcardFuture")
                .inFile(file).onLineContaining("wildcardFuture(");
        assertThat(c).hadErrorContaining("dev.saasllm.JobResult<? extends java.lang.String> of @Prompt method BadFutures.wildcardResult")
                .inFile(file).onLineContaining("wildcardResult(");
        assertThat(c).hadErrorCount(3);
    }

    @Test
    void aTokenConsumerDoesNotGoWithAJobWrapper() {
        JavaFileObject file = bad("BadStreamedJobs");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("@Prompt method BadStreamedJobs.asyncWithTokens takes a dev.saasllm.TokenConsumer (tokens) and returns "
                + "java.util.concurrent.CompletableFuture<java.lang.String>").inFile(file).onLineContaining("asyncWithTokens(");
        assertThat(c).hadErrorContaining("@Prompt method BadStreamedJobs.resultWithTokens takes a dev.saasllm.TokenConsumer (tokens)")
                .inFile(file).onLineContaining("resultWithTokens(");
        assertThat(c).hadErrorCount(2);
    }
}
