package dev.saasllm;

import dev.saasllm.internal.schema.PartialRecords;
import dev.saasllm.internal.schema.StructuredTypes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.annotations.Description;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The exact requests each client method sends, and what it makes of the answer. */
class ClientTrafficTest extends MockServerSupport {

    @Test
    void createJobSendsTeamAndTypeAndReturnsTheId() throws Exception {
        enqueueJson(200, created(JOB_ID));
        assertEquals(JOB_ID, client.createJob("resume_parsing"));
        RecordedRequest request = take("POST", "/api/jobs/create");
        assertEquals("{\"team_id\":\"acme-corp\",\"job_type\":\"resume_parsing\"}", request.getBody().utf8());
        assertTrue(request.getHeaders().get("Content-Type").startsWith("application/json"));
    }

    @Test
    void createJobWithUserAndMetadata() throws Exception {
        enqueueJson(200, created(JOB_ID));
        Map<String, Object> metadata = new TreeMap<>(Map.of("document_id", "doc_123", "pages", 3, "tags", List.of("a", "b")));
        client.createJob("analysis", "user-7", metadata);
        assertEquals("{\"team_id\":\"acme-corp\",\"job_type\":\"analysis\",\"user_id\":\"user-7\","
                        + "\"metadata\":{\"document_id\":\"doc_123\",\"pages\":3,\"tags\":[\"a\",\"b\"]}}",
                take("POST", "/api/jobs/create").getBody().utf8());
    }

    @Test
    void chatWithoutOptionsSendsDefaultModelAsModelAndModelGroupOnly() throws Exception {
        enqueueJson(200, callAnswer("Hello!"));
        ChatResponse response = client.chat(JOB_ID, List.of(ChatMessage.user("Hi")));
        assertEquals("{\"model\":\"DefaultModel\",\"model_group\":\"DefaultModel\","
                        + "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}",
                take("POST", "/api/jobs/" + JOB_ID + "/llm-call").getBody().utf8());
        assertEquals(new ChatResponse("Hello!", "stop", "c-1", "ResumeAgent", null, null, 450, 1250L), response);
        assertFalse(response.truncated());
    }

    @Test
    void chatSendsEverySetOption() throws Exception {
        enqueueJson(200, callAnswer("ok"));
        CallOptions options = CallOptions.builder().model("ResumeAgent").temperature(0.2).maxTokens(500).topP(0.9)
                .frequencyPenalty(0.5).presencePenalty(-0.5).stop("\n\n", "END").purpose("parse").build();
        client.chat(JOB_ID, List.of(ChatMessage.system("Be brief."), ChatMessage.user("Say \"hi\"")), options);
        assertEquals("{\"model\":\"ResumeAgent\",\"model_group\":\"ResumeAgent\","
                        + "\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"Say \\\"hi\\\"\"}],"
                        + "\"purpose\":\"parse\",\"temperature\":0.2,\"max_tokens\":500,\"top_p\":0.9,"
                        + "\"frequency_penalty\":0.5,\"presence_penalty\":-0.5,\"stop\":[\"\\n\\n\",\"END\"]}",
                take("POST", "/api/jobs/" + JOB_ID + "/llm-call").getBody().utf8());
    }

    @Test
    void chatWithoutAnyModelFailsBeforeSending() {
        SaasLlmClient noModel = SaasLlmClient.builder().baseUrl(server.url("/").toString()).teamId(TEAM).virtualKey(KEY).build();
        try (noModel) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> noModel.chat(JOB_ID, List.of(ChatMessage.user("Hi"))));
            assertTrue(e.getMessage().contains("No model for this call"), e.getMessage());
            assertEquals(0, server.getRequestCount());
        }
    }

    @Description("A person's contact card.")
    record Contact(String name, @Description("Work e-mail") String email, int age) {}

    @Test
    void structuredOutputSendsTheRawSchemaAndReadsTheRecord() throws Exception {
        enqueueJson(200, callAnswer("{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"age\":36}"));
        Contact contact = client.structuredOutput(JOB_ID, List.of(ChatMessage.user("Ada, 36, ada@example.com")), Contact.class,
                CallOptions.builder().model("ResumeAgent").build());
        assertEquals(new Contact("Ada", "ada@example.com", 36), contact);
        assertEquals("{\"model\":\"ResumeAgent\",\"model_group\":\"ResumeAgent\","
                        + "\"messages\":[{\"role\":\"user\",\"content\":\"Ada, 36, ada@example.com\"}],"
                        + "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"Contact\",\"schema\":"
                        + "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},"
                        + "\"email\":{\"type\":\"string\",\"description\":\"Work e-mail\"},\"age\":{\"type\":\"integer\"}},"
                        + "\"required\":[\"name\",\"email\",\"age\"],\"additionalProperties\":false,"
                        + "\"description\":\"A person's contact card.\"},\"strict\":true}}}",
                take("POST", "/api/jobs/" + JOB_ID + "/llm-call").getBody().utf8());
    }

    @Test
    void structuredOutputReadsACodeFencedAnswer() {
        enqueueJson(200, callAnswer("Here it is:\n```json\n{\"name\":\"Ada\",\"email\":\"a@b.c\",\"age\":1}\n```"));
        assertEquals(new Contact("Ada", "a@b.c", 1),
                client.structuredOutput(JOB_ID, List.of(ChatMessage.user("x")), Contact.class));
    }

    @Test
    void structuredOutputWithInvalidJsonThrowsInvalidOutputWithTheRawContent() {
        String content = "{\"name\":\"Ada\",\"email\":";
        enqueueJson(200, callAnswer(content));
        InvalidOutputException e = assertThrows(InvalidOutputException.class,
                () -> client.structuredOutput(JOB_ID, List.of(ChatMessage.user("x")), Contact.class));
        assertEquals(content, e.rawContent());
        assertEquals(JOB_ID, e.jobId());
        assertEquals("POST /api/jobs/{job_id}/llm-call", e.endpoint());
        assertTrue(e.getMessage().contains(JOB_ID), e.getMessage());
        assertNoKey(e);
    }

    @Test
    void structuredOutputWithAMissingPropertyNamesIt() {
        enqueueJson(200, callAnswer("{\"name\":\"Ada\",\"age\":36}"));
        InvalidOutputException e = assertThrows(InvalidOutputException.class,
                () -> client.structuredOutput(JOB_ID, List.of(ChatMessage.user("x")), Contact.class));
        assertEquals("Required value 'email' missing at $", e.problem());
    }

    @Test
    void completeJobSendsLowerCaseStatusAndReadsTheCosts() throws Exception {
        enqueueJson(200, completion("COMPLETED"));
        JobCompletion result = client.completeJob(JOB_ID, JobStatus.COMPLETED);
        assertEquals("{\"status\":\"completed\"}", take("POST", "/api/jobs/" + JOB_ID + "/complete").getBody().utf8());
        assertEquals(JOB_ID, result.jobId());
        assertEquals(JobStatus.COMPLETED, result.status());
        assertEquals(Instant.parse("2026-11-27T20:58:00Z"), result.completedAt());
        assertEquals(new JobCompletion.Costs(1, 1, 0, 450, 0.0031, 1250, true, 999), result.costs());
        assertEquals(999, result.creditsRemaining());
        assertEquals(List.of(new JobCompletion.Call("c-1", "parse", "ResumeAgent", 450, 1250L, null)), result.calls());
    }

    @Test
    void completeJobFailedWithMetadataAndErrorMessage() throws Exception {
        enqueueJson(200, completion("failed"));
        JobCompletion result = client.completeJob(JOB_ID, JobStatus.FAILED, Map.of("step", "parse"), "boom");
        assertEquals("{\"status\":\"failed\",\"metadata\":{\"step\":\"parse\"},\"error_message\":\"boom\"}",
                take("POST", "/api/jobs/" + JOB_ID + "/complete").getBody().utf8());
        assertEquals(JobStatus.FAILED, result.status());
    }

    @Test
    void completeJobRefusesNonFinalStatuses() {
        assertThrows(IllegalArgumentException.class, () -> client.completeJob(JOB_ID, JobStatus.PENDING));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void getJobReadsEveryField() throws Exception {
        enqueueJson(200, "{\"job_id\":\"" + JOB_ID + "\",\"team_id\":\"acme-corp\",\"user_id\":null,\"job_type\":\"resume_parsing\","
                + "\"status\":\"IN_PROGRESS\",\"created_at\":\"2026-11-27T20:57:34.419921\",\"started_at\":\"2026-11-27T20:57:35Z\","
                + "\"completed_at\":null,\"metadata\":{\"saasllm_method\":\"ResumeParser.parse\",\"n\":2},\"error_message\":null,"
                + "\"organization_id\":\"org-1\",\"external_task_id\":null,\"credit_applied\":false,"
                + "\"model_groups_used\":[\"ResumeAgent\"],\"something_new\":{\"x\":[1,2]}}");
        Job job = client.getJob(JOB_ID);
        take("GET", "/api/jobs/" + JOB_ID);
        assertEquals(JOB_ID, job.jobId());
        assertEquals("acme-corp", job.teamId());
        assertNull(job.userId());
        assertEquals("resume_parsing", job.jobType());
        assertEquals(JobStatus.IN_PROGRESS, job.status());
        assertEquals(Instant.parse("2026-11-27T20:57:34.419921Z"), job.createdAt());
        assertEquals(Instant.parse("2026-11-27T20:57:35Z"), job.startedAt());
        assertNull(job.completedAt());
        assertEquals(Map.of("saasllm_method", "ResumeParser.parse", "n", 2.0), job.metadata());
        assertEquals("org-1", job.organizationId());
        assertEquals(false, job.creditApplied());
        assertEquals(List.of("ResumeAgent"), job.modelGroupsUsed());
    }

    @Test
    void aTruncatedStructuredAnswerSaysSo() {
        enqueueJson(200, "{\"call_id\":\"c\",\"response\":{\"content\":\"{\\\"name\\\":\\\"Ad\",\"finish_reason\":\"length\"}}");
        InvalidOutputException e = assertThrows(InvalidOutputException.class,
                () -> client.structuredOutput(JOB_ID, List.of(ChatMessage.user("x")), Contact.class));
        assertTrue(e.problem().endsWith("(the answer was cut off by max_tokens: finish_reason is 'length'; raise maxTokens)"),
                e.problem());
        assertEquals("{\"name\":\"Ad", e.rawContent());
        assertEquals(JOB_ID, e.jobId());
    }

    @Test
    void oneClientServesManyThreads() throws Exception {
        server.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public mockwebserver3.MockResponse dispatch(RecordedRequest request) {
                String type = request.getBody().utf8().replaceAll(".*\"job_type\":\"([^\"]+)\".*", "$1");
                return new mockwebserver3.MockResponse.Builder().body(created("job-" + type)).build();
            }
        });
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String type = "t" + i;
                ids.add(pool.submit(() -> client.createJob(type)));
            }
            for (int i = 0; i < 16; i++) {
                assertEquals("job-t" + i, ids.get(i).get(10, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(16, server.getRequestCount());
    }

    @Test
    void theSchemaAndReaderOfATypeAreBuiltOnce() {
        assertSame(StructuredTypes.of(Contact.class), StructuredTypes.of(Contact.class));
    }
}
