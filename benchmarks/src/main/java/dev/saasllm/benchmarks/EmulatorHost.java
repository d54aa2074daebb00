package dev.saasllm.benchmarks;

import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.ServerRelease;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The emulator the benchmarks talk to over loopback: in this JVM, or in a child JVM so that its
 * allocations, GC and heap stay out of the client's figures (the default; see the README).
 */
abstract class EmulatorHost implements AutoCloseable {
    /** Enough for 1,000 concurrent streams, each holding a server thread. */
    static final int THREADS = 1100;

    abstract String baseUrl();

    /** Forgets jobs and recorded requests, so that long runs do not grow the emulator's heap. */
    abstract void reset();

    @Override
    public abstract void close();

    static SaasLlmEmulator.Builder configure(SaasLlmEmulator.Builder b, int threads, long chunkMicros) {
        return b.release(ServerRelease.FIXED).teamId(Workload.TEAM).virtualKey(Workload.KEY).credits(1_000_000_000)
                .maxThreads(threads)
                .chunkLatency(EmulatorServer.micros(chunkMicros));
    }

    static EmulatorHost start(boolean childJvm, long chunkMicros) {
        return childJvm ? new Child(chunkMicros) : new InProcess(chunkMicros);
    }

    static final class InProcess extends EmulatorHost {
        final SaasLlmEmulator emulator;

        InProcess(long chunkMicros) {
            emulator = configure(SaasLlmEmulator.builder(), THREADS, chunkMicros).start();
        }

        @Override String baseUrl() { return emulator.baseUrl(); }
        @Override void reset() { emulator.reset(); }
        @Override public void close() { emulator.close(); }
    }

    static final class Child extends EmulatorHost {
        private final Process process;
        private final BufferedReader out;
        private final Writer in;
        private final String baseUrl;

        Child(long chunkMicros) {
            try {
                process = new ProcessBuilder(ChildJvm.command("-Xmx1g", EmulatorServer.class.getName(),
                        String.valueOf(THREADS), String.valueOf(chunkMicros)))
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
                String line = out.readLine();
                if (line == null || !line.startsWith("URL ")) {
                    process.destroyForcibly();
                    throw new IllegalStateException("The emulator JVM did not start: " + line);
                }
                baseUrl = line.substring(4);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override String baseUrl() { return baseUrl; }

        @Override
        synchronized void reset() {
            try {
                in.write("reset\n");
                in.flush();
                String answer = out.readLine();
                if (!"ok".equals(answer)) throw new IllegalStateException("The emulator JVM answered " + answer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                in.close();
                if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
            } catch (IOException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
