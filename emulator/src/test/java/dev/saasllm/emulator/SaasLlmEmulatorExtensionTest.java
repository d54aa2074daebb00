package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

class SaasLlmEmulatorExtensionTest {
    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class PerClass {
        @RegisterExtension
        static final SaasLlmEmulatorExtension EXTENSION =
                new SaasLlmEmulatorExtension(b -> b.credits(2).teamId("initech").lowerCaseStatuses(true));

        static String firstUrl;

        @Test
        @Order(1)
        void injectsTheConfiguredEmulator(SaasLlmEmulator emulator) {
            assertSame(EXTENSION.emulator(), emulator);
            assertEquals("initech", emulator.teamId());
            RawHttp http = new RawHttp(emulator);
            assertEquals("pending", http.post("/api/jobs/create", "{\"team_id\":\"initech\",\"job_type\":\"t\"}")
                    .string("status"));
            emulator.settings().lowerCaseStatuses(false);
            firstUrl = emulator.baseUrl();
        }

        @Test
        @Order(2)
        void sharesTheServerAcrossTestsButResetsItsState(SaasLlmEmulator emulator) {
            assertEquals(firstUrl, emulator.baseUrl());
            assertEquals(0, emulator.jobs().size());
            assertEquals(2, emulator.creditsRemaining());
            assertEquals("pending", new RawHttp(emulator)
                    .post("/api/jobs/create", "{\"team_id\":\"initech\",\"job_type\":\"t\"}").string("status"));
        }
    }

    @Nested
    class PerTest {
        @RegisterExtension
        final SaasLlmEmulatorExtension extension = new SaasLlmEmulatorExtension(b -> b.credits(4));

        @Test
        void startsOneForTheTest(SaasLlmEmulator emulator) {
            assertSame(extension.emulator(), emulator);
            assertEquals(4, emulator.creditsRemaining());
            assertEquals(200, new RawHttp(emulator).get("/health").status());
        }
    }

    @Test
    void buildsAClientReflectivelyThroughItsBuilder() {
        try (SaasLlmEmulator emulator = SaasLlmEmulator.builder().teamId("t1").virtualKey("sk-k").start()) {
            FakeClient client = (FakeClient) SaasLlmEmulatorExtension.client(FakeClient.class, emulator);
            assertEquals(emulator.baseUrl() + "|t1|sk-k", client.config);
        }
    }

    /** Shaped like the runtime's SaasLlmClient: a static builder() with baseUrl/teamId/virtualKey/build. */
    public static final class FakeClient {
        final String config;

        FakeClient(String config) {
            this.config = config;
        }

        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private String url;
            private String team;
            private String key;

            public Builder baseUrl(String url) { this.url = url; return this; }
            public Builder teamId(String team) { this.team = team; return this; }
            public Builder virtualKey(String key) { this.key = key; return this; }
            public FakeClient build() { return new FakeClient(url + "|" + team + "|" + key); }
        }
    }
}
