package dev.saasllm.emulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes server-sent events, flushing each so the client sees it at once. */
final class SseWriter {
    private final OutputStream out;

    SseWriter(OutputStream out) {
        this.out = out;
    }

    void comment(String text) throws IOException {
        write(": " + text + "\n\n");
    }

    void data(String payload) throws IOException {
        write("data: " + payload + "\n\n");
    }

    void done() throws IOException {
        data("[DONE]");
    }

    void error(String message) throws IOException {
        data(Json.write(Json.obj("error", message)));
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    void close() throws IOException {
        out.close();
    }
}
