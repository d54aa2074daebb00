package dev.saasllm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.ChatStream;
import dev.saasllm.JobScope;
import dev.saasllm.JobStatus;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.emulator.SaasLlmEmulator;
import dev.saasllm.emulator.SaasLlmEmulatorExtension;
import dev.saasllm.emulator.ServerRelease;
import dev.saasllm.it.CombinationMatrixTest.Style;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 11, "one request pipeline": every request of every method shape goes through the user's
 * {@code OkHttpClient}, so one {@code Interceptor} of it sees every request the server receives —
 * publisher streams included (they went out on the JDK's HttpClient, past the interceptors).
 */
class InterceptorSeesEveryRequestTest {
    private static final CallOptions MODEL = CallOptions.builder().model("LowLevelAgent").build();

    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension(b -> b.credits(1000).release(ServerRelease.FIXED));

    private SaasLlmEmulator emulator;
    private OkHttpClient userOkHttp;
    private SaasLlmClient client;
    private final List<String> intercepted = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void connect(SaasLlmEmulator emulator) {
        this.emulator = emulator;
        userOkHttp = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    intercepted.add(chain.request().method() + " " + chain.request().url().encodedPath());
                    return chain.proceed(chain.request());
                })
                .readTimeout(Duration.ofSeconds(10))
                .build();
        client = Emulated.client(emulator).okHttpClient(userOkHttp).build();
    }

    @AfterEach
    void close() throws InterruptedException {
        client.close();
        userOkHttp.dispatcher().executorService().shutdown();
        userOkHttp.connectionPool().evictAll();
        userOkHttp.dispatcher().executorService().awaitTermination(5, TimeUnit.SECONDS);
    }

    /** The interceptor saw exactly the requests the emulator received (as multisets: async ones may interleave). */
    private void assertInterceptedEverything() throws InterruptedException {
        Emulated.awaitNoOpenJobs(emulator);
        List<String> received = emulator.requests().stream().map(r -> r.method() + " " + r.path()).sorted().toList();
        List<String> seen;
        synchronized (intercepted) {
            seen = intercepted.stream().sorted().toList();
        }
        assertFalse(received.isEmpty());
        assertEquals(received, seen, "requests the user's interceptor did not see, or saw extra");
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void eachCallStyleOfANewJob(Style style) throws InterruptedException {
        String input = style.inputs().get(0);
        assertEquals(style.expected(input), style.once(client.create(MatrixService.class), input).value());
        assertInterceptedEverything();
    }

    @Test
    void callsInAScope() throws InterruptedException {
        try (JobScope<MatrixService> scope = client.openJob(MatrixService.class)) {
            scope.service().text("one");
            scope.service().future("two").join();
            scope.complete();
        }
        assertInterceptedEverything();
    }

    @Test
    void theLowLevelJobApi() throws InterruptedException {
        String jobId = client.createJob("low_level");
        List<ChatMessage> hello = List.of(ChatMessage.user("Hello"));
        client.chat(jobId, hello, MODEL);
        try (ChatStream stream = client.chatStream(jobId, hello, MODEL)) {
            stream.tokens().forEach(token -> {});
        }
        client.chatAsync(jobId, hello, MODEL).join();
        client.getJob(jobId);
        client.completeJob(jobId, JobStatus.COMPLETED);
        client.completeJobAsync(client.createJobAsync("low_level", null, null).join(), JobStatus.FAILED, null, "test")
                .join();
        assertInterceptedEverything();
    }
}
