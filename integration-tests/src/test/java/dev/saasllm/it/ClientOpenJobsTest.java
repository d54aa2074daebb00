package dev.saasllm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.CreateAndCall;
import dev.saasllm.JobScope;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 11 / design: "the client knows its open jobs" — {@code SaasLlmClient.openJobs()} returns the
 * number of jobs the client opened and has not settled yet.
 */
class ClientOpenJobsTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(100));

    private SaasLlmEmulator emulator;
    private SaasLlmClient client;

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        client = Emulated.client(emulator).createAndCall(CreateAndCall.NEVER).build();
    }

    @AfterEach
    void close() {
        client.close();
    }

    private long openJobs() {
        return client.openJobs();
    }

    @Test
    void aScopeIsOpenUntilCompleted() {
        assertEquals(0, openJobs());
        try (JobScope<MatrixService> scope = client.openJob(MatrixService.class)) {
            assertEquals(1, openJobs());
            scope.service().text("one");
            assertEquals(1, openJobs());
            scope.complete();
            assertEquals(0, openJobs());
        }
        assertEquals(0, emulator.openJobs());
    }

    @Test
    void anAsyncJobIsOpenWhileItsCallRuns() throws InterruptedException {
        HeldAnswer held = HeldAnswer.install(emulator, null);
        CompletableFuture<String> answer = client.create(MatrixService.class).future("slow");
        try {
            held.awaitCall();
            assertEquals(1, openJobs(), "the job is open while its call runs");
            assertEquals(1, emulator.openJobs());
        } finally {
            held.release();
        }
        assertEquals("Echo: slow", answer.join());
        long settleDeadline = System.currentTimeMillis() + Emulated.SETTLE_MILLIS;
        while (openJobs() != 0 && System.currentTimeMillis() < settleDeadline) Thread.sleep(5);
        assertEquals(0, openJobs());
        assertEquals(0, Emulated.awaitNoOpenJobs(emulator));
    }

    @Test
    void aFailedJobIsNoLongerOpen() {
        emulator.settings().errorRate(1.0, 3);
        try {
            client.create(MatrixService.class).text("fails");
        } catch (RuntimeException expected) {
            // ServerException
        }
        assertEquals(0, openJobs());
    }
}
