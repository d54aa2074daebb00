package dev.saasllm.emulator;

import org.junit.jupiter.api.BeforeEach;

/**
 * What every raw-HTTP contract test starts from: the emulator its class registered (a static
 * {@code SaasLlmEmulatorExtension} field, reset before each test) and a raw client for it.
 */
abstract class RawHttpTest {
    SaasLlmEmulator emulator;
    RawHttp http;

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        this.http = new RawHttp(emulator);
    }
}
