package dev.saasllm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.squareup.moshi.Moshi;
import dev.saasllm.emulator.RecordedRequest;
import dev.saasllm.emulator.SaasLlmEmulator;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison is fair only if both sides send the same requests: same paths, same JSON bodies. */
class SameRequestsTest {
    @Test
    void generatedClientAndBaselineSendTheSameRequests() throws IOException {
        try (EmulatorHost.InProcess host = new EmulatorHost.InProcess(0);
             Clients clients = new Clients(host.baseUrl())) {
            SaasLlmEmulator emulator = host.emulator;
            Profile generated = Workload.check(clients.generatedJob());
            List<RecordedRequest> generatedRequests = emulator.requests();
            emulator.reset();
            Profile baseline = Workload.check(clients.baselineJob());
            List<RecordedRequest> baselineRequests = emulator.requests();

            assertEquals(generated, baseline);
            assertEquals(3, generatedRequests.size());
            assertEquals(normalized(generatedRequests), normalized(baselineRequests));
            assertEquals(0, emulator.openJobs());
        }
    }

    @Test
    void streamedJobAndRawSseSendTheSameRequests() throws IOException {
        try (EmulatorHost.InProcess host = new EmulatorHost.InProcess(0);
             Clients clients = new Clients(host.baseUrl())) {
            SaasLlmEmulator emulator = host.emulator;
            StringBuilder tokens = new StringBuilder();
            String answer = clients.generated.answer(RawSse.QUESTION, tokens::append);
            List<RecordedRequest> generatedRequests = emulator.requests();
            emulator.reset();
            okhttp3.OkHttpClient http = new okhttp3.OkHttpClient();
            new RawSse(http, host.baseUrl()).timeToFirstToken();
            List<RecordedRequest> rawRequests = emulator.requests();
            http.connectionPool().evictAll();

            assertEquals(answer, tokens.toString());
            assertEquals(3, generatedRequests.size());
            assertEquals(normalized(generatedRequests), normalized(rawRequests));
            assertEquals(0, emulator.openJobs());
        }
    }

    /** Method, path with the job id blanked, and the body as parsed JSON (key order aside). */
    private static List<List<Object>> normalized(List<RecordedRequest> requests) throws IOException {
        var json = new Moshi.Builder().build().adapter(Object.class);
        List<List<Object>> result = new java.util.ArrayList<>();
        for (RecordedRequest r : requests) {
            result.add(List.of(r.method(), r.path().replaceAll("[0-9a-f-]{36}", "{id}"), json.fromJson(r.body())));
        }
        return result;
    }
}
