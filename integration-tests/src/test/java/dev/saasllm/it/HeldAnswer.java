package dev.saasllm.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.emulator.SaasLlmEmulator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Makes the emulator hold its answer to a call until the test {@linkplain #release() releases} it,
 * so the test can act while the call is surely in flight: a fixed call latency races the test
 * thread, which a loaded machine may hold up for longer.
 */
final class HeldAnswer {
    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    /** Holds every call's answer, {@code answer} (null: the built-in one), until released. */
    static HeldAnswer install(SaasLlmEmulator emulator, String answer) {
        HeldAnswer held = new HeldAnswer();
        emulator.answerWith(request -> {
            held.arrived.countDown();
            try {
                held.released.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answer;
        });
        return held;
    }

    /** Waits until a call reached the emulator (its job is then in progress). */
    void awaitCall() throws InterruptedException {
        assertTrue(arrived.await(10, TimeUnit.SECONDS), "the call reached the emulator");
    }

    void release() {
        released.countDown();
    }
}
