package dev.saasllm.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Retry}, {@code @Reask} and {@code @Timeout} values are checked where they are written. */
class ReliabilityDiagnosticsTest {
    @Test
    void outOfRangeValuesAreReportedOnTheirAnnotation() {
        JavaFileObject file = DiagnosticsTest.bad("ReliabilityValues");
        Compilation c = DiagnosticsTest.compile(file);
        assertThat(c).hadErrorContaining("@Retry(maxAttempts) on ReliabilityValues.noAttempts is 0, but must be at least 1. "
                + "1 means a single attempt, no retry.").inFile(file).onLineContaining("maxAttempts = 0");
        assertThat(c).hadErrorContaining("@Timeout(value) on ReliabilityValues.zeroTimeout is 0, but must be positive.")
                .inFile(file).onLineContaining("@Timeout(0)");
        assertThat(c).hadErrorContaining("@Retry(initialDelayMillis) on ReliabilityValues.negativeDelay is -5, but must be 0 or more.")
                .inFile(file).onLineContaining("initialDelayMillis = -5");
        // The interface's @Reask(-1) applies to each of the three methods: reported once.
        assertThat(c).hadErrorContaining("@Reask(value) on bad.ReliabilityValues is -1, but must be 0 or more. "
                + "@Reask(0) turns re-asking off.").inFile(file).onLineContaining("@Reask(-1)");
        assertThat(c).hadErrorCount(4);
    }

    @Test
    void constraintsOnTypesTheyCannotApplyTo() {
        JavaFileObject file = DiagnosticsTest.bad("MisplacedConstraints");
        Compilation c = DiagnosticsTest.compile(file);
        assertThat(c).hadErrorContaining("java.lang.String at Answer.text (answer of MisplacedConstraints.answer) "
                + "has a constraint that cannot apply: @Minimum and @Maximum apply to numbers only. Remove them, or use @Length "
                + "for text and @Items for lists.").inFile(file).onLineContaining("Answer answer();");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void moreThanOneFallbackConstant() {
        JavaFileObject file = DiagnosticsTest.bad("TwoFallbacks");
        Compilation c = DiagnosticsTest.compile(file);
        assertThat(c).hadErrorContaining("Enum bad.TwoFallbacks.Level at Answer.level (answer of TwoFallbacks.answer) marks more "
                + "than one constant @Fallback [LOW, UNKNOWN]; unknown values can be read as one constant only. Keep @Fallback on one.")
                .inFile(file).onLineContaining("Answer answer();");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void retryAndReaskOnAFlowHaveNoEffectAndAreReported() {
        JavaFileObject file = DiagnosticsTest.bad("ReliabilityOnFlow");
        Compilation c = DiagnosticsTest.compile(file);
        assertThat(c).hadErrorContaining("@Retry on @JobFlow method ReliabilityOnFlow.flow has no effect: options apply to calls")
                .inFile(file).onLineContaining("@Retry(maxAttempts = 2)");
        assertThat(c).hadErrorContaining("@Reask on @JobFlow method ReliabilityOnFlow.flow has no effect")
                .inFile(file).onLineContaining("@Reask(1)");
        assertThat(c).hadErrorCount(2);
    }
}
