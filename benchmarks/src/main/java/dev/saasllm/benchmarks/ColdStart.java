package dev.saasllm.benchmarks;

/**
 * Item 6, the child side: a fresh JVM that builds a client and completes one job, then prints
 * {@code done}. The parent times it from process start. Arguments: {@code generated|baseline <base url>}.
 */
public final class ColdStart {
    private ColdStart() {}

    public static void main(String[] args) {
        try (Clients clients = new Clients(args[1])) {
            Workload.check(args[0].equals("generated") ? clients.generatedJob() : clients.baselineJob());
        }
        System.out.println("done");
        System.out.flush();
        // OkHttp's idle threads would keep the JVM alive a little; the measurement is over.
        System.exit(0);
    }
}
