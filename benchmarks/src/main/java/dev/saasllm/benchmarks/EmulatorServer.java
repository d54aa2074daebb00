package dev.saasllm.benchmarks;

import dev.saasllm.emulator.SaasLlmEmulator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The emulator in a JVM of its own, driven by {@link EmulatorHost} over stdin/stdout: it prints
 * {@code URL <base url>}, answers {@code reset} with {@code ok}, and exits when stdin closes (so it
 * never outlives the benchmark that started it).
 *
 * <p>Arguments: {@code <threads> <chunkLatencyMicros>}.
 */
public final class EmulatorServer {
    private EmulatorServer() {}

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        long chunkMicros = Long.parseLong(args[1]);
        try (SaasLlmEmulator emulator = EmulatorHost.configure(SaasLlmEmulator.builder(), threads, chunkMicros).start()) {
            System.out.println("URL " + emulator.baseUrl());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                if (line.equals("reset")) {
                    emulator.reset();
                    System.out.println("ok");
                    System.out.flush();
                }
            }
        }
    }

    static Duration micros(long micros) {
        return Duration.ofNanos(micros * 1000);
    }
}
