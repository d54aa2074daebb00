package dev.saasllm.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The command line of a child JVM running one of this module's classes on our class path. */
final class ChildJvm {
    /** Java homes separated by commas: the JDKs to run the publisher-stream item on (see {@link #jdks}). */
    static final String JDKS_PROPERTY = "benchmarks.jdks";
    static final String DEFAULT_EXTRA_JDK = "/usr/lib/jvm/temurin-25-jdk-amd64";

    private ChildJvm() {}

    static List<String> command(String heap, String mainClass, String... args) {
        return command(Path.of(System.getProperty("java.home")), heap, mainClass, args);
    }

    /** As above, on the JDK at {@code javaHome} (the class files target Java 17, so any later JDK runs them). */
    static List<String> command(Path javaHome, String heap, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.add(heap);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /**
     * The java homes to run JDK-dependent items on: those the property names, else this JVM's and
     * (if {@code extra}) {@link #DEFAULT_EXTRA_JDK}; a home may be absent here (see {@link #installed}).
     */
    static List<Path> jdks(boolean extra) {
        Set<Path> homes = new LinkedHashSet<>();
        String named = System.getProperty(JDKS_PROPERTY);
        if (named == null || named.isBlank()) {
            homes.add(Path.of(System.getProperty("java.home")));
            if (extra) homes.add(Path.of(DEFAULT_EXTRA_JDK));
        } else {
            for (String home : named.split(",")) if (!home.isBlank()) homes.add(Path.of(home.trim()));
        }
        return List.copyOf(homes);
    }

    static boolean installed(Path javaHome) {
        return Files.isExecutable(javaHome.resolve("bin").resolve("java"));
    }
}
