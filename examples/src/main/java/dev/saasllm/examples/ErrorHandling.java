package dev.saasllm.examples;

import dev.saasllm.AuthenticationException;
import dev.saasllm.ChatMessage;
import dev.saasllm.InvalidOutputException;
import dev.saasllm.NotFoundException;
import dev.saasllm.PermissionDeniedException;
import dev.saasllm.RateLimitException;
import dev.saasllm.SaasLlmClient;
import dev.saasllm.SaasLlmException;
import java.util.List;
import java.util.UUID;

/**
 * The seed's "Error Handling": every failure is a typed {@link SaasLlmException} carrying the
 * server's message, the endpoint and the job id — and a generated service completes its job
 * {@code failed} before the exception reaches you.
 */
public final class ErrorHandling {
    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.open()) {
            run(server);
        }
    }

    static void run(ExampleServer server) {
        // A wrong virtual key: 401.
        try (SaasLlmClient client = server.client(b -> b.virtualKey("sk-wrong-key"))) {
            client.createJob("test");
        } catch (SaasLlmException e) {
            System.out.println("Wrong key -> " + describe(e));
        }

        try (SaasLlmClient client = server.client()) {
            // A job id the server does not know: 404.
            try {
                client.chat(UUID.randomUUID().toString(), List.of(ChatMessage.user("Hello")));
            } catch (SaasLlmException e) {
                System.out.println("Unknown job -> " + describe(e));
            }

            // A model answer that does not fit the record (the emulator can be told to send one).
            if (server.emulator() != null) {
                server.emulator().enqueueAnswer("{\"name\": \"John Doe\"}");
                try {
                    client.create(ResumeParser.class).parse(ResumeParsing.RESUME_TEXT);
                } catch (InvalidOutputException e) {
                    System.out.println("Incomplete answer -> " + describe(e));
                    System.out.println("  raw content: " + e.rawContent());
                    System.out.println("  job " + e.jobId() + " is now " + client.getJob(e.jobId()).status());
                }
            }
        }
    }

    private static String describe(SaasLlmException e) {
        String kind;
        if (e instanceof AuthenticationException) kind = "authentication failed, check your virtual key";
        else if (e instanceof PermissionDeniedException) kind = "access denied, check credits or team status";
        else if (e instanceof NotFoundException) kind = "not found";
        else if (e instanceof RateLimitException) kind = "rate limited, wait and retry";
        else if (e instanceof InvalidOutputException) kind = "the model's answer does not fit the type";
        else kind = "error";
        return e.getClass().getSimpleName() + " (" + kind + "): " + e.getMessage();
    }
}
