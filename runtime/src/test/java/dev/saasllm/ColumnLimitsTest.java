package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonReader;
import dev.saasllm.internal.FlowMethod;
import dev.saasllm.internal.Invocation;
import dev.saasllm.internal.PromptMethod;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The server's bounded columns (job_type 100, user_id 255, purpose 200, a call's model 100 in
 * model_group_used, error_message 1000): a value the caller chose that does not fit is refused before
 * anything is sent and before a job exists; an error_message is cut to fit. A longer value would fail
 * the server's commit with a plain-text 500.
 */
class ColumnLimitsTest extends MockServerSupport {
    private static final List<ChatMessage> HI = List.of(ChatMessage.user("Hi"));
    private static final PromptMethod<String> CHAT = PromptMethod.chat("com.acme.Chat", "talk", "chat", CallOptions.NONE);

    private static RequestValidationException refused(String field, int limit, int length, Executable sending) {
        RequestValidationException e = assertThrows(RequestValidationException.class, sending);
        assertEquals(field + " is " + length + " characters long, over the server's limit of " + limit, e.getMessage()
                .substring(0, e.getMessage().indexOf(" (")));
        assertTrue(e.getMessage().endsWith("Nothing was sent; shorten it to " + limit + " characters or fewer."), e.getMessage());
        assertEquals(List.of(new RequestValidationException.FieldError(List.of("body", field),
                "String should have at most " + limit + " characters", "string_too_long")), e.fieldErrors());
        assertEquals(0, e.statusCode(), "never sent");
        return e;
    }

    private void nothingSent() {
        assertEquals(0, server.getRequestCount(), "nothing sent");
        assertEquals(0, client.openJobs(), "no job opened");
    }

    @Test
    void aJobTypeOverItsColumnIsRefusedBeforeTheCreate() {
        RequestValidationException e = refused("job_type", 100, 101, () -> client.createJob("t".repeat(101)));
        assertTrue(e.getMessage().contains("(jobs.job_type VARCHAR(100))"), e.getMessage());
        nothingSent();
    }

    @Test
    void aUserIdOverItsColumnIsRefusedBeforeTheCreate() {
        refused("user_id", 255, 300, () -> client.createJob("t", "u".repeat(300), null));
        nothingSent();
    }

    @Test
    void valuesThatFitAreSentWholeCountedInCharactersAsPostgresCounts() throws Exception {
        // 100 characters, 200 UTF-16 units: a VARCHAR(100) holds it.
        String emoji = "\uD83D\uDE00".repeat(100);
        enqueueJson(200, created(JOB_ID));
        assertEquals(JOB_ID, client.createJob(emoji, "u".repeat(255), null));
        String body = take("POST", "/api/jobs/create").getBody().utf8();
        assertTrue(body.contains("\"job_type\":\"" + emoji + "\""), body);
        refused("job_type", 100, 101, () -> client.createJob(emoji + "x"));
    }

    @Test
    void aPurposeOverItsColumnIsRefusedBeforeTheCall() {
        CallOptions options = CallOptions.builder().purpose("p".repeat(201)).build();
        RequestValidationException e = refused("purpose", 200, 201, () -> client.chat(JOB_ID, HI, options));
        assertTrue(e.getMessage().contains("(llm_calls.purpose VARCHAR(200))"), e.getMessage());
        refused("purpose", 200, 201, () -> client.chatStream(JOB_ID, HI, options));
        refused("purpose", 200, 201, () -> client.structuredOutput(JOB_ID, HI, Mood.class, options));
        assertEquals(0, server.getRequestCount());
    }

    record Mood(String label) {}

    @Test
    void aGeneratedMethodsPurposeOverItsColumnFailsBeforeItsJobIsOpened() {
        Invocation invocation = new Invocation(HI, CallOptions.builder().purpose("p".repeat(250)).build(), null, Map.of());
        refused("purpose", 200, 250, () -> client.runner().run(CHAT, invocation));
        refused("purpose", 200, 250, () -> client.runner().runStreaming(CHAT, invocation, token -> {}));
        CompletionException async = assertThrows(CompletionException.class, () -> client.runner().runAsync(CHAT, invocation).join());
        assertTrue(async.getCause() instanceof RequestValidationException, async.toString());
        nothingSent();
    }

    @Test
    void aModelOverItsColumnIsRefusedBeforeTheCallByEveryLowLevelMethod() {
        // The server resolves an alias of up to 200 characters, calls the provider, then cannot store it.
        CallOptions options = CallOptions.builder().model("m".repeat(101)).build();
        RequestValidationException e = refused("model", 100, 101, () -> client.chat(JOB_ID, HI, options));
        assertTrue(e.getMessage().contains("(llm_calls.model_group_used VARCHAR(100))"), e.getMessage());
        refused("model", 100, 101, () -> client.chatStream(JOB_ID, HI, options));
        refused("model", 100, 101, () -> client.structuredOutput(JOB_ID, HI, Mood.class, options));
        refused("model", 100, 101, () -> client.structuredOutputStream(JOB_ID, HI, Mood.class, options));
        CompletionException async = assertThrows(CompletionException.class, () -> client.chatAsync(JOB_ID, HI, options).join());
        assertTrue(async.getCause() instanceof RequestValidationException, async.toString());
        nothingSent();
    }

    @Test
    void aModelThatFitsIsSentWholeCountedInCharacters() throws Exception {
        // 100 characters, 200 UTF-16 units: model_group_used VARCHAR(100) holds it.
        String emoji = "\uD83D\uDE00".repeat(100);
        enqueueJson(200, callAnswer("ok"));
        assertEquals("ok", client.chat(JOB_ID, HI, CallOptions.builder().model(emoji).build()).content());
        String body = take("POST", "/api/jobs/" + JOB_ID + "/llm-call").getBody().utf8();
        assertTrue(body.contains("\"model\":\"" + emoji + "\""), body);
        refused("model", 100, 101, () -> client.chat(JOB_ID, HI, CallOptions.builder().model(emoji + "x").build()));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void aGeneratedMethodsModelOverItsColumnFailsBeforeItsJobIsOpenedOnEitherPath() {
        Invocation invocation = new Invocation(HI, CallOptions.builder().model("m".repeat(120)).build(), null, Map.of());
        refused("model", 100, 120, () -> client.runner().run(CHAT, invocation));
        refused("model", 100, 120, () -> client.runner().runStreaming(CHAT, invocation, token -> {}));
        CompletionException async = assertThrows(CompletionException.class, () -> client.runner().runAsync(CHAT, invocation).join());
        assertTrue(async.getCause() instanceof RequestValidationException, async.toString());
        client.close();
        client = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .defaultModel("M").timeout(Duration.ofSeconds(10)).createAndCall(CreateAndCall.ALWAYS).build();
        refused("model", 100, 120, () -> client.runner().run(CHAT, invocation));
        nothingSent();
    }

    @Test
    void aDefaultModelOverItsColumnIsRefusedWhereverItIsUsed() {
        client.close();
        client = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .defaultModel("d".repeat(101)).timeout(Duration.ofSeconds(10)).createAndCall(CreateAndCall.NEVER).build();
        refused("model", 100, 101, () -> client.chat(JOB_ID, HI));
        refused("model", 100, 101, () -> client.chatStream(JOB_ID, HI));
        refused("model", 100, 101, () -> client.runner().run(CHAT, Invocation.of(HI)));
        nothingSent();
        // The model a call uses is what is checked: its own overrides the default.
        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("ok"));
        enqueueJson(200, completion("COMPLETED"));
        Invocation own = new Invocation(HI, CallOptions.builder().model("Own").build(), null, Map.of());
        assertEquals("ok", client.runner().run(CHAT, own));
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aGeneratedMethodsUserIdOverItsColumnFailsBeforeItsJobIsOpenedOnEitherPath() {
        Invocation invocation = new Invocation(HI, CallOptions.NONE, "u".repeat(256), Map.of());
        refused("user_id", 255, 256, () -> client.runner().run(CHAT, invocation));
        client.close();
        client = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY)
                .defaultModel("M").timeout(Duration.ofSeconds(10)).createAndCall(CreateAndCall.ALWAYS).build();
        refused("user_id", 255, 256, () -> client.runner().run(CHAT, invocation));
        nothingSent();
    }

    @Test
    void aFlowsJobTypeOverItsColumnFailsBeforeItsJobIsOpened() {
        FlowMethod flow = FlowMethod.of("com.acme.Chat", "session", "f".repeat(150), "0123456789abcdef");
        refused("job_type", 100, 150, () -> client.runner().flow(flow, Invocation.of(HI), runner -> "never"));
        nothingSent();
    }

    @Test
    void aLongErrorMessageGivenToCompleteJobIsCutToTheColumnKeepingItsBeginning() throws Exception {
        enqueueJson(200, completion("FAILED"));
        client.completeJob(JOB_ID, JobStatus.FAILED, null, "validation failed: " + "y".repeat(4000));
        String sent = errorMessage(take("POST", "/api/jobs/" + JOB_ID + "/complete"));
        assertEquals(1000, sent.length());
        assertTrue(sent.startsWith("validation failed: yyy"), sent);
        assertTrue(sent.endsWith("y ... [cut]"), sent);
    }

    @Test
    void theCutNeverSplitsACharacterAndAMessageThatFitsIsSentWhole() throws Exception {
        enqueueJson(200, completion("FAILED"));
        enqueueJson(200, completion("FAILED"));
        String emoji = "\uD83D\uDE00";
        client.completeJob(JOB_ID, JobStatus.FAILED, null, emoji.repeat(1000));
        client.completeJob(JOB_ID, JobStatus.FAILED, null, emoji.repeat(1001));
        assertEquals(emoji.repeat(1000), errorMessage(take("POST", "/api/jobs/" + JOB_ID + "/complete")));
        String cut = errorMessage(take("POST", "/api/jobs/" + JOB_ID + "/complete"));
        assertEquals(emoji.repeat(990) + " ... [cut]", cut);
        assertEquals(1000, cut.codePointCount(0, cut.length()));
    }

    @Test
    void noErrorMessageStaysNone() throws Exception {
        enqueueJson(200, completion("COMPLETED"));
        client.completeJob(JOB_ID, JobStatus.COMPLETED);
        assertNull(errorMessage(take("POST", "/api/jobs/" + JOB_ID + "/complete")));
    }

    private static String errorMessage(mockwebserver3.RecordedRequest request) throws IOException {
        Map<?, ?> body = (Map<?, ?>) JsonReader.of(new Buffer().writeUtf8(request.getBody().utf8())).readJsonValue();
        return (String) body.get("error_message");
    }
}
