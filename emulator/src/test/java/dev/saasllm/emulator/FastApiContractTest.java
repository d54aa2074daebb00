package dev.saasllm.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.saasllm.emulator.RawHttp.Reply;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What FastAPI 0.115, Starlette 0.46 and pydantic 2.12 answer before the server's own code runs, and
 * how the server parses its key and job ids: bodies taken from those versions' source and behaviour.
 */
class FastApiContractTest extends RawHttpTest {
    @RegisterExtension
    static final SaasLlmEmulatorExtension EMULATOR = new SaasLlmEmulatorExtension();

    private static final String CREATE = "{\"team_id\":\"acme-corp\",\"job_type\":\"t\"}";


    private Reply withHeader(String authorization) {
        return http.execute(new Request.Builder().url(emulator.baseUrl() + "/api/jobs/create")
                .header("Authorization", authorization).post(RequestBody.create(CREATE, RawHttp.JSON)).build());
    }

    // ---- Bodies --------------------------------------------------------------------------------

    @Test
    void malformedJsonIsA422WithPythonsMessageAndPosition() {
        assertEquals("{\"detail\":[{\"type\":\"json_invalid\",\"loc\":[\"body\",29],\"msg\":\"JSON decode error\","
                + "\"input\":{},\"ctx\":{\"error\":\"Expecting value\"}}]}",
                http.post("/api/jobs/create", "{\"team_id\": \"a\", \"job_type\": ").body());
        assertEquals("{\"detail\":[{\"type\":\"json_invalid\",\"loc\":[\"body\",40],\"msg\":\"JSON decode error\","
                + "\"input\":{},\"ctx\":{\"error\":\"Extra data\"}}]}",
                http.post("/api/jobs/create", CREATE + "  x").body());
        assertEquals("{\"detail\":[{\"type\":\"json_invalid\",\"loc\":[\"body\",38],\"msg\":\"JSON decode error\","
                + "\"input\":{},\"ctx\":{\"error\":\"Expecting property name enclosed in double quotes\"}}]}",
                http.post("/api/jobs/create", "{\"team_id\":\"acme-corp\",\"job_type\":\"t\",}").body());
        assertEquals("{\"detail\":[{\"type\":\"json_invalid\",\"loc\":[\"body\",13],\"msg\":\"JSON decode error\","
                + "\"input\":{},\"ctx\":{\"error\":\"Invalid control character at\"}}]}",
                http.post("/api/jobs/create", "{\"team_id\":\"a\nb\"}").body());
    }

    @Test
    void aJsonBodySentAsTextIsNotReadAsJson() {
        Reply reply = http.post("/api/jobs/create", CREATE, "text/plain");
        assertEquals(422, reply.status());
        assertEquals("{\"detail\":[{\"type\":\"model_attributes_type\",\"loc\":[\"body\"],\"msg\":\"Input should be a valid "
                + "dictionary or object to extract fields from\",\"input\":\"{\\\"team_id\\\":\\\"acme-corp\\\","
                + "\\\"job_type\\\":\\\"t\\\"}\"}]}", reply.body());
        assertEquals(0, emulator.jobs().size());
        // application/*+json is JSON; a body without a content type is read as JSON too.
        assertEquals(200, http.post("/api/jobs/create", CREATE, "application/vnd.api+json").status());
        Reply untyped = http.execute(http.request("/api/jobs/create")
                .post(RequestBody.create(CREATE.getBytes(StandardCharsets.UTF_8), (MediaType) null)).build());
        assertEquals(200, untyped.status());
    }

    @Test
    void bodiesDecodeAsPythonDetectsTheirEncoding() {
        byte[] utf16 = CREATE.getBytes(StandardCharsets.UTF_16LE);
        assertEquals(200, http.execute(http.request("/api/jobs/create")
                .post(RequestBody.create(utf16, RawHttp.JSON)).build()).status());
        // NaN and Infinity are JSON to Python.
        assertEquals(200, http.post("/api/jobs/create",
                "{\"team_id\":\"acme-corp\",\"job_type\":\"t\",\"metadata\":{\"x\":NaN}}").status());
        Reply nullBody = http.post("/api/jobs/create", "null");
        assertEquals("{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\"],\"msg\":\"Field required\",\"input\":null}]}",
                nullBody.body());
    }

    @Test
    void pydanticLaxModeConvertsAndNamesEachFailure() {
        String id = http.createJob();
        String base = "{\"model\":\"m\",\"messages\":[],";
        assertEquals(200, http.post("/api/jobs/" + id + "/llm-call",
                base + "\"temperature\":\" 0.5 \",\"max_tokens\":\"2.00\",\"top_p\":true}").status());
        assertEquals("{\"detail\":[{\"type\":\"int_parsing\",\"loc\":[\"body\",\"max_tokens\"],\"msg\":\"Input should be a "
                + "valid integer, unable to parse string as an integer\",\"input\":\"2.5\"},{\"type\":\"list_type\",\"loc\":"
                + "[\"body\",\"tools\"],\"msg\":\"Input should be a valid list\",\"input\":{}},{\"type\":\"float_type\",\"loc\":"
                + "[\"body\",\"top_p\"],\"msg\":\"Input should be a valid number\",\"input\":[1]},{\"type\":\"list_type\","
                + "\"loc\":[\"body\",\"stop\"],\"msg\":\"Input should be a valid list\",\"input\":\"x\"},{\"type\":\"dict_type\","
                + "\"loc\":[\"body\",\"call_metadata\"],\"msg\":\"Input should be a valid dictionary\",\"input\":\"x\"}]}",
                http.post("/api/jobs/" + id + "/llm-call", base + "\"max_tokens\":\"2.5\",\"tools\":{},\"top_p\":[1],"
                        + "\"stop\":\"x\",\"call_metadata\":\"x\"}").body());
        assertEquals("{\"detail\":[{\"type\":\"int_parsing_size\",\"loc\":[\"body\",\"max_tokens\"],\"msg\":\"Unable to parse "
                + "input string as an integer, exceeded maximum size\",\"input\":1e+20}]}",
                http.post("/api/jobs/" + id + "/llm-call", base + "\"max_tokens\":1e20}").body());
        assertEquals("{\"detail\":[{\"type\":\"literal_error\",\"loc\":[\"body\",\"status\"],\"msg\":\"Input should be "
                + "'completed' or 'failed'\",\"input\":\"COMPLETED\",\"ctx\":{\"expected\":\"'completed' or 'failed'\"}}]}",
                http.complete(id, "COMPLETED").body());
    }

    // ---- Routing -------------------------------------------------------------------------------

    @Test
    void aTrailingSlashRedirectsWith307() {
        OkHttpClient noRedirects = RawHttp.SHARED.newBuilder().followRedirects(false).build();
        RawHttp raw = new RawHttp(emulator, noRedirects);
        Reply create = raw.execute(raw.request("/api/jobs/create/?x=1").post(RequestBody.create(CREATE, RawHttp.JSON)).build());
        assertEquals(307, create.status());
        assertEquals(emulator.baseUrl() + "/api/jobs/create?x=1", create.headers().get("location"));
        assertEquals("", create.body());
        assertEquals("0", create.headers().get("content-length"));
        assertEquals(emulator.baseUrl() + "/health", raw.get("/health/").headers().get("location"));
        String id = http.createJob();
        assertEquals(emulator.baseUrl() + "/api/jobs/" + id, raw.get("/api/jobs/" + id + "/").headers().get("location"));
        // A redirect target that only matches another method still redirects (then the 405 follows).
        assertEquals(307, raw.post("/api/jobs/" + id + "/", "{}").status());
        assertEquals(404, raw.get("/api/jobs/").status());
        assertEquals(1, emulator.jobs().size(), "no redirected request reached an endpoint");
        // OkHttp follows a 307 with the same method and body.
        assertEquals(200, http.post("/api/jobs/create/", CREATE).status());
    }

    @Test
    void aWrongMethodIs405NamingTheFirstRouteOfThatPath() {
        Reply put = http.execute(http.request("/api/jobs/create").put(RequestBody.create(CREATE, RawHttp.JSON)).build());
        assertEquals(405, put.status());
        assertEquals("POST", put.headers().get("allow"));
        assertEquals("{\"detail\":\"Method Not Allowed\"}", put.body());
        // GET /api/jobs/create is GET /api/jobs/{job_id} with the id "create": not a UUID.
        Reply get = http.get("/api/jobs/create");
        assertEquals(500, get.status());
        assertEquals("Internal Server Error", get.body());
        Reply head = http.execute(new Request.Builder().url(emulator.baseUrl() + "/health").head().build());
        assertEquals(405, head.status(), "FastAPI's GET routes do not answer HEAD");
        assertEquals("GET", head.headers().get("allow"));
        String id = http.createJob();
        assertEquals("POST", http.get("/api/jobs/" + id + "/complete").headers().get("allow"));
        assertEquals("PATCH", http.get("/api/jobs/" + id + "/metadata").headers().get("allow"));
        assertEquals("{\"detail\":\"Not Found\"}", http.get("/api/jobs/" + id + "/other").body());
    }

    // ---- Job ids -------------------------------------------------------------------------------

    @Test
    void jobIdsAreWhateverPythonsUuidAccepts() {
        String id = http.createJob();
        String hex = id.replace("-", "");
        for (String form : java.util.List.of(hex, hex.toUpperCase(java.util.Locale.ROOT), "%7B" + id + "%7D",
                "urn:uuid:" + id, hex.substring(0, 4) + "-" + hex.substring(4))) {
            Reply reply = http.get("/api/jobs/" + form);
            assertEquals(200, reply.status(), form);
            assertEquals(id, reply.string("job_id"), form);
        }
        for (String bad : java.util.List.of("not-a-uuid", hex.substring(1), "-" + hex.substring(1))) {
            Reply reply = http.get("/api/jobs/" + bad);
            assertEquals(500, reply.status(), bad);
            assertEquals("text/plain; charset=utf-8", reply.headers().get("content-type"));
        }
    }

    // ---- The key -------------------------------------------------------------------------------

    @Test
    void theAuthorizationHeaderIsSplitOnWhitespaceWithTheSchemeInAnyCase() {
        String key = emulator.virtualKey();
        assertEquals(200, withHeader("bearer " + key).status());
        assertEquals(200, withHeader("BEARER\t  " + key + "  ").status());
        String format = "{\"detail\":\"Invalid Authorization header format. Expected: 'Authorization: Bearer sk-xxx...'\"}";
        assertEquals(format, withHeader("Bearer " + key + " extra").body());
        assertEquals(format, withHeader("Bearer").body());
        assertEquals(format, withHeader("Token " + key).body());
        assertEquals("{\"detail\":\"Invalid API key\"}", withHeader("Bearer " + key + "x").body());
        assertEquals(401, withHeader("Bearer " + key + "x").status());
    }
}
