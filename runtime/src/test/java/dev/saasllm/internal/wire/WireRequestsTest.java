package dev.saasllm.internal.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.JobStatus;
import java.util.Map;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** A body's bytes move to the socket once; any later write (an interceptor read it first, OkHttp resent it) is the same. */
class WireRequestsTest {
    @Test
    void everyWriteOfABodyGivesItsDeclaredBytes() throws Exception {
        RequestBody body = WireRequests.createJob("acme", "resume_parsing", null, Map.of("k", "v"));
        String expected = "{\"team_id\":\"acme\",\"job_type\":\"resume_parsing\",\"metadata\":{\"k\":\"v\"}}";
        for (int write = 0; write < 3; write++) {
            Buffer sink = new Buffer();
            body.writeTo(sink);
            assertEquals(expected, sink.readUtf8(), "write " + write);
        }
        assertEquals(expected.length(), body.contentLength());
        assertEquals("application/json; charset=utf-8", body.contentType().toString());
        assertFalse(body.isOneShot());
    }

    @Test
    void onlyTheCompleteIsOneShot() throws Exception {
        RequestBody body = WireRequests.complete(JobStatus.FAILED, null, "boom");
        assertTrue(body.isOneShot());
        Buffer sink = new Buffer();
        body.writeTo(sink);
        assertEquals("{\"status\":\"failed\",\"error_message\":\"boom\"}", sink.readUtf8());
    }
}
