package dev.saasllm.spring.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.saasllm.emulator.JobSnapshot;
import dev.saasllm.emulator.JobStatus;
import dev.saasllm.emulator.SaasLlmEmulator;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

// tag::test[]
/** The application on a real port, its client on the emulator that one property starts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "saasllm.emulator.enabled=true")
class ResumeApplicationTest {
    private static final String ANSWER = "{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\",\"yearsExperience\":12,"
            + "\"skills\":[\"analysis\",\"mathematics\"]}";

    @LocalServerPort
    int port;
    @Autowired
    SaasLlmEmulator emulator;
    @Autowired
    MeterRegistry meters;


    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void reset() {
        emulator.reset();
    }

    @Test
    void parsesAResumeThroughTheInjectedService() throws Exception {
        emulator.enqueueAnswer(ANSWER);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/resumes"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Ada Lovelace, ada@example.com. Twelve years of analysis."))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"Ada Lovelace\"", "\"yearsExperience\":12", "\"mathematics\"");

        JobSnapshot job = emulator.jobs().get(0);
        assertThat(job.jobType()).isEqualTo("resume_parsing");
        assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(job.calls()).hasSize(1);
        assertThat(emulator.requests().get(1).body()).contains("Twelve years of analysis.");
        assertThat(emulator.openJobs()).isZero();
        // end::test[]

        // tag::metrics[]
        assertThat(meters.get("saasllm.job").tag("saasllm.job.type", "resume_parsing")
                .tag("saasllm.job.outcome", "completed").timer().count()).isEqualTo(1);
        assertThat(meters.get("gen_ai.client.operation").tag("gen_ai.request.model", "ResumeAgent").timer().count())
                .isEqualTo(1);
        // SaasLlmMeterHandler's meters: the call's tokens, the job's cost, the credits left
        assertThat(meters.get("saasllm.call.tokens").tag("saasllm.job.type", "resume_parsing").summary().count())
                .isEqualTo(1);
        assertThat(meters.get("saasllm.job.cost").summary().count()).isEqualTo(1);
        assertThat(meters.get("saasllm.credits.remaining").gauge().value()).isEqualTo(emulator.creditsRemaining());
        // end::metrics[]
    }

    @Test
    void healthShowsTheServersHealth() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        String body = response.body();
        assertThat(JsonPath.<String>read(body, "$.components.saasllm.status")).isEqualTo("UP");
        assertThat(JsonPath.<String>read(body, "$.components.saasllm.details.status")).isEqualTo("healthy");
        assertThat(JsonPath.<String>read(body, "$.components.saasllm.details.service")).isEqualTo("saas-llm-api");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
