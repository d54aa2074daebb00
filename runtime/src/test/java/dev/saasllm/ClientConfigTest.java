package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Building, configuring from the environment, printing and closing the client. */
class ClientConfigTest {
    private static final String KEY = MockServerSupport.KEY;

    @Test
    void fromEnvReadsEveryVariable() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start(); // mockwebserver3 does not start on url()
            server.enqueue(new MockResponse.Builder().body(MockServerSupport.callAnswer("hi")).build());
            Map<String, String> env = Map.of("SAAS_LITELLM_API_URL", server.url("/base").toString(),
                    "SAAS_LITELLM_TEAM_ID", "team-9", "SAAS_LITELLM_VIRTUAL_KEY", KEY, "SAAS_LITELLM_MODEL", "EnvModel");
            try (SaasLlmClient client = SaasLlmClient.fromEnv(env)) {
                client.chat("j-1", List.of(ChatMessage.user("x")));
            }
            var request = server.takeRequest();
            assertEquals("/base/api/jobs/j-1/llm-call", request.getTarget());
            assertEquals("Bearer " + KEY, request.getHeaders().get("Authorization"));
            assertTrue(request.getBody().utf8().startsWith("{\"model\":\"EnvModel\",\"model_group\":\"EnvModel\""));
        }
    }

    @Test
    void fromEnvDefaultsTheUrl() {
        try (SaasLlmClient client = SaasLlmClient.fromEnv(Map.of("SAAS_LITELLM_TEAM_ID", "t", "SAAS_LITELLM_VIRTUAL_KEY", KEY))) {
            assertEquals("SaasLlmClient{baseUrl=http://localhost:8003/, teamId=t, defaultModel=null}", client.toString());
        }
    }

    @Test
    void fromEnvNamesTheMissingTeam() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SaasLlmClient.fromEnv(Map.of("SAAS_LITELLM_VIRTUAL_KEY", KEY)));
        assertTrue(e.getMessage().startsWith("Environment variable SAAS_LITELLM_TEAM_ID is not set"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY));
    }

    @Test
    void fromEnvNamesTheMissingKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SaasLlmClient.fromEnv(Map.of("SAAS_LITELLM_TEAM_ID", "t", "SAAS_LITELLM_VIRTUAL_KEY", "  ")));
        assertTrue(e.getMessage().startsWith("Environment variable SAAS_LITELLM_VIRTUAL_KEY is not set"), e.getMessage());
    }

    @Test
    void builderRequiresTeamAndKeyAndAValidUrl() {
        assertThrows(IllegalStateException.class, () -> SaasLlmClient.builder().virtualKey(KEY).build());
        assertThrows(IllegalStateException.class, () -> SaasLlmClient.builder().teamId("t").build());
        assertThrows(IllegalArgumentException.class, () -> SaasLlmClient.builder().baseUrl("localhost:8003"));
        assertThrows(IllegalArgumentException.class, () -> SaasLlmClient.builder().timeout(Duration.ofSeconds(-1)));
    }

    @Test
    void toStringNeverShowsTheKey() {
        try (SaasLlmClient client = SaasLlmClient.builder().teamId("t").virtualKey(KEY).defaultModel("M").build()) {
            assertEquals("SaasLlmClient{baseUrl=http://localhost:8003/, teamId=t, defaultModel=M}", client.toString());
            client.close();
            assertFalse(client.toString().contains(KEY));
        }
    }

    @Test
    void timeoutAppliesToEveryPhase() {
        try (SaasLlmClient client = SaasLlmClient.builder().teamId("t").virtualKey(KEY).timeout(Duration.ofSeconds(7)).build()) {
            OkHttpClient http = client.okHttpClient();
            assertEquals(7000, http.readTimeoutMillis());
            assertEquals(7000, http.connectTimeoutMillis());
            assertEquals(7000, http.writeTimeoutMillis());
        }
    }

    @Test
    void closeShutsDownWhatTheClientBuilt() {
        SaasLlmClient client = SaasLlmClient.builder().teamId("t").virtualKey(KEY).build();
        OkHttpClient http = client.okHttpClient();
        client.close();
        assertTrue(http.dispatcher().executorService().isShutdown());
        assertEquals(0, http.connectionPool().connectionCount());
        assertThrows(IllegalStateException.class, () -> client.createJob("t"));
        client.close(); // idempotent
    }

    @Test
    void aSuppliedOkHttpClientStaysOpenAndKeepsItsSettings() throws IOException, InterruptedException {
        OkHttpClient mine = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(42)).build();
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().body(MockServerSupport.created("j-1")).build());
            SaasLlmClient client = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId("t").virtualKey(KEY)
                    .okHttpClient(mine).build();
            assertEquals(42_000, client.okHttpClient().readTimeoutMillis());
            assertEquals("j-1", client.createJob("x"));
            assertEquals("Bearer " + KEY, server.takeRequest().getHeaders().get("Authorization"));
            client.close();
            assertFalse(mine.dispatcher().executorService().isShutdown());
            assertEquals(List.of(), mine.interceptors(), "the caller's client is not changed");
        } finally {
            mine.dispatcher().executorService().shutdown();
            mine.connectionPool().evictAll();
        }
    }

    @Test
    void anHttpServerGetsACleartextClientAndAnHttpsServerKeepsTls() {
        try (SaasLlmClient plain = SaasLlmClient.builder().baseUrl("http://localhost:8003").teamId("t").virtualKey(KEY).build();
             SaasLlmClient tls = SaasLlmClient.builder().baseUrl("https://llm.example.com").teamId("t").virtualKey(KEY).build()) {
            assertEquals(List.of(ConnectionSpec.CLEARTEXT), plain.okHttpClient().connectionSpecs());
            assertFalse(plain.okHttpClient().followSslRedirects());
            assertTrue(tls.okHttpClient().connectionSpecs().stream().anyMatch(ConnectionSpec::isTls));
            assertTrue(tls.okHttpClient().followSslRedirects());
        }
    }

    @Test
    void aRedirectFromHttpToHttpsIsATypedErrorNamingTheAddress() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().code(307).setHeader("Location", "https://llm.example.com/api/jobs/create").build());
            try (SaasLlmClient client = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId("t").virtualKey(KEY).build()) {
                UnexpectedStatusException e = assertThrows(UnexpectedStatusException.class, () -> client.createJob("x"));
                assertEquals(307, e.statusCode());
                assertTrue(e.getMessage().contains("the server redirects to https://llm.example.com/api/jobs/create; use that address"),
                        e.getMessage());
                assertEquals(1, server.getRequestCount(), "the redirect is not followed");
            }
        }
    }
}
