package dev.saasllm.e2e;

import dev.saasllm.emulator.SaasLlmEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Plain HTTP to the emulator, bypassing our client: shows which server variant is really on. */
final class RawHttp {
    private static final OkHttpClient HTTP = new OkHttpClient();
    private static final MediaType JSON = MediaType.get("application/json");

    private RawHttp() {}

    static String get(SaasLlmEmulator emulator, String path) {
        return send(emulator, new Request.Builder().url(emulator.baseUrl() + path).get());
    }

    static String post(SaasLlmEmulator emulator, String path, String json) {
        return send(emulator, new Request.Builder().url(emulator.baseUrl() + path).post(RequestBody.create(json, JSON)));
    }

    private static String send(SaasLlmEmulator emulator, Request.Builder request) {
        request.header("Authorization", "Bearer " + emulator.virtualKey());
        try (Response response = HTTP.newCall(request.build()).execute()) {
            String body = response.body().string();
            if (!response.isSuccessful()) throw new IllegalStateException("HTTP " + response.code() + ": " + body);
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
