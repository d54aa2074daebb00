package dev.saasllm.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Makes an incremental build recompile the {@code @LlmJob} interfaces whose prompt files
 * ({@code @Prompt(resource = ...)}) changed since the last compilation. The compiler plugin looks
 * only at {@code .java} files and would keep the old text in the generated classes; this goal
 * compares each prompt file with the hash the processor recorded and deletes the class file of
 * every interface that used a changed one, so the compiler finds its source stale.
 *
 * <p>Bound to process-resources, it runs after the resources plugin has copied the prompt files
 * into the class output. Logs one line per changed file and nothing otherwise.
 */
@Mojo(name = "prompts", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public class PromptsMojo extends AbstractMojo {
    /** The class output: where the last compilation left its index and classes. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    private File outputDirectory;

    /** The source roots, which javac also searches for prompt files. */
    @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true, required = true)
    private List<String> compileSourceRoots;

    /** Creates the goal; Maven sets its parameters. */
    public PromptsMojo() {}

    @Override
    public void execute() throws MojoExecutionException {
        Path classOutput = outputDirectory.toPath();
        try {
            List<StalePrompts.Change> changes = StalePrompts.find(classOutput, compileSourceRoots.stream().map(Path::of).toList());
            changes.forEach(change -> getLog().info(change.describe()));
            StalePrompts.invalidate(classOutput, changes);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not check the prompt files against " + classOutput, e);
        }
    }
}
