package dev.saasllm.examples;

import dev.saasllm.CallTimeoutException;
import dev.saasllm.CreateAndCall;
import dev.saasllm.SaasLlmClient;
import java.time.Duration;

/**
 * The seed's "Custom Timeout": {@code timeout(Duration)} bounds every request. A call that runs
 * over it ends in {@link CallTimeoutException}, and the generated service completes its job
 * {@code failed} first.
 */
public final class CustomTimeout {
    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.open()) {
            run(server);
        }
    }

    static void run(ExampleServer server) {
        try (SaasLlmClient client = server.client(b -> b.timeout(Duration.ofSeconds(60)))) {
            ResumeParser parser = client.create(ResumeParser.class);
            System.out.println("With a 60 s timeout: " + parser.summarize("A short text about timeouts."));
        }
        if (server.emulator() == null) {
            return; // Slowing a real server down on purpose is not ours to do.
        }
        server.emulator().configure(s -> s.callLatency(Duration.ofMillis(1500)));
        // Three steps, so the client knows the job and fails it on a timeout. In one round trip
        // (create-and-call) the server would finish and charge the job whose answer the client gave up on.
        try (SaasLlmClient client = server.client(b -> b.timeout(Duration.ofMillis(500)).createAndCall(CreateAndCall.NEVER))) {
            client.create(ResumeParser.class).summarize("This answer takes 1.5 s.");
        } catch (CallTimeoutException e) {
            System.out.println("With a 500 ms timeout -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
            System.out.println("  job " + e.jobId() + " was completed as " + server.emulator().job(e.jobId()).orElseThrow().status());
        } finally {
            server.emulator().configure(s -> s.callLatency(Duration.ZERO));
        }
    }
}
