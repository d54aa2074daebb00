package dev.saasllm.benchmarks;

import dev.saasllm.CreateAndCall;
import dev.saasllm.SaasLlmClient;
import okhttp3.OkHttpClient;

/**
 * Item 6, the child side: a fresh JVM that builds a client and completes one job, then prints
 * {@code done}, then {@code cpu <its CPU nanoseconds so far>}. The parent times it from process
 * start. Arguments: {@code generated|baseline <base url>}.
 */
public final class ColdStart {
    private ColdStart() {}

    public static void main(String[] args) throws java.io.IOException {
        // Each side builds only what it needs: the generated client, or OkHttp with the hand-written code.
        if (args[0].equals("generated")) {
            try (SaasLlmClient client = Clients.clientBuilder(args[1], CreateAndCall.TEXT_ONLY).build()) {
                Workload.check(client.create(ProfileExtractor.class).extract(Workload.TEXT));
            }
        } else {
            OkHttpClient http = Clients.baselineHttp().build();
            Workload.check(new Baseline(http, args[1], Workload.TEAM, Workload.KEY).extract(Workload.TEXT));
        }
        System.out.println("done");
        System.out.flush();
        // Then (the parent's clock has stopped) its own CPU time, all threads, JIT and GC included:
        // what getting to the first job cost, less sensitive than the wall time to the machine's load.
        System.out.println("cpu " + ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(-1L));
        System.out.flush();
        // OkHttp's idle threads would keep the JVM alive a little; the measurement is over.
        System.exit(0);
    }
}
