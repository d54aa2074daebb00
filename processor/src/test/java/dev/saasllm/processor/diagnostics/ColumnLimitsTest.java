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

/**
 * Constants the server stores in its bounded columns (jobs.job_type 100 characters, llm_calls.purpose
 * 200, a call's model in llm_calls.model_group_used 100): one past the limit is an error on the
 * annotation value, exactly at the limit compiles.
 * Lengths are in characters as the server's database counts them (code points), not UTF-16 units.
 */
class ColumnLimitsTest {
    private static final String JOB_TYPE_TAIL = " characters long, but the server's jobs.job_type column holds at most 100, "
            + "so the server cannot create any job of this type (a plain-text 500). Shorten it to 100 characters or fewer.";

    @Test
    void constantsPastTheColumnsAreErrorsOnTheirValues() {
        JavaFileObject file = bad("LongColumnValues");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("@LlmJob(type) on interface LongColumnValues is 101" + JOB_TYPE_TAIL)
                .inFile(file).onLineContaining("type = LongColumnValues.Chars.C99 + \"ti\"");
        // On the value itself (javac points at its '+'), not on @LlmJob or its model on the same line.
        assertThat(c).hadErrorContaining("@LlmJob(type) on interface").inFile(file).onLine(12).atColumn(86);
        assertThat(c).hadErrorContaining("@Prompt(jobType) on method LongColumnValues.method is 101" + JOB_TYPE_TAIL)
                .inFile(file).onLineContaining("jobType = Chars.C99 + \"tm\"");
        assertThat(c).hadErrorContaining("@Prompt(jobType) on method LongColumnValues.emoji is 101" + JOB_TYPE_TAIL)
                .inFile(file).onLineContaining("jobType = Chars.EMOJI_50");
        assertThat(c).hadErrorContaining("@JobFlow(jobType) on method LongColumnValues.flow is 101" + JOB_TYPE_TAIL)
                .inFile(file).onLineContaining("jobType = Chars.C99 + \"tf\"");
        String purposeTail = " is 201 characters long, but the server's llm_calls.purpose column holds at most 200, so the server "
                + "answers every call with a plain-text 500 after the provider has been paid for it. Shorten it to 200 characters or fewer.";
        assertThat(c).hadErrorContaining("@Purpose on interface LongColumnValues" + purposeTail)
                .inFile(file).onLineContaining("@Purpose(LongColumnValues.Chars.C199 + \"pi\")");
        assertThat(c).hadErrorContaining("@Purpose on method LongColumnValues.purpose" + purposeTail)
                .inFile(file).onLineContaining("@Purpose(Chars.C199 + \"pm\")");
        String modelTail = " characters long, but the server's llm_calls.model_group_used column holds at most 100, so the "
                + "server answers every call with a plain-text 500 after the provider has been paid for it. Shorten it to 100 "
                + "characters or fewer.";
        assertThat(c).hadErrorContaining("@LlmJob(model) on interface LongColumnValues is 101" + modelTail)
                .inFile(file).onLine(12).atColumn(44);
        assertThat(c).hadErrorContaining("@Prompt(model) on method LongColumnValues.model is 101" + modelTail)
                .inFile(file).onLineContaining("model = Chars.C99 + \"mm\"");
        assertThat(c).hadErrorContaining("@Prompt(model) on method LongColumnValues.emojiModel is 101" + modelTail)
                .inFile(file).onLineContaining("model = Chars.EMOJI_50");
        // The methods without their own job type or model use the interface's, each reported once, on the interface.
        assertThat(c).hadErrorCount(9);
    }

    @Test
    void constantsExactlyAsLongAsTheColumnsCompile() {
        Compilation c = Compiler.javac().withProcessors(new LlmJobProcessor()).withOptions("-Xlint:all,-processing")
                .compile(JavaFileObjects.forResource("good/ColumnValuesAtTheLimit.java"));
        assertThat(c).succeededWithoutWarnings();
        String c99 = "abcdefghij".repeat(9) + "abcdefghi";
        assertThat(c).generatedSourceFile("good.SaasLlm_ColumnValuesAtTheLimit").contentsAsUtf8String()
                .contains("\"" + c99 + "m\"");
        String emoji50 = "\uD83D\uDE42".repeat(50);
        assertThat(c).generatedSourceFile("good.SaasLlm_ColumnValuesAtTheLimit").contentsAsUtf8String()
                .contains(".model(\"" + c99 + "l\")");
        assertThat(c).generatedSourceFile("good.SaasLlm_ColumnValuesAtTheLimit").contentsAsUtf8String()
                .contains(".model(\"" + emoji50 + "abcdefghij".repeat(5) + "\")");
    }

    /** {@code Abcd} 20 times and {@code tail}: 80 characters of name, 99 of snake case before the tail. */
    private static JavaFileObject unnamedType(String tail, String llmJob) {
        String name = "Abcd".repeat(20) + tail;
        return JavaFileObjects.forSourceString("limits." + name, "package limits;\n"
                + "import dev.saasllm.annotations.*;\n"
                + llmJob + "\n"
                + "public interface " + name + " {\n"
                + "    @Prompt(\"Answer {text}\")\n"
                + "    String answer(String text);\n"
                + "    @Prompt(value = \"Again {text}\", jobType = \"again\")\n"
                + "    String again(String text);\n"
                + "}\n");
    }

    @Test
    void aDefaultJobTypePastTheColumnIsAnErrorOnTheInterface() {
        JavaFileObject file = unnamedType("X", "@LlmJob(model = \"m\")");
        Compilation c = compile(file);
        assertThat(c).hadErrorContaining("The job type of @LlmJob interface limits." + "Abcd".repeat(20) + "X defaults to its simple name "
                + "in snake case, '" + "abcd_".repeat(20) + "x', which is 101 characters long, but the server's jobs.job_type column "
                + "holds at most 100, so the server cannot create any job of this type (a plain-text 500). "
                + "Set a shorter one with @LlmJob(type = \"...\").").inFile(file).onLineContaining("@LlmJob(model = \"m\")");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void aDefaultJobTypeAtTheColumnOrAShorterTypeCompiles() {
        assertThat(compile(unnamedType("x", "@LlmJob(model = \"m\")"))).succeededWithoutWarnings(); // abcd_..._abcdx: 100
        assertThat(compile(unnamedType("X", "@LlmJob(model = \"m\", type = \"abcd\")"))).succeededWithoutWarnings();
    }
}
