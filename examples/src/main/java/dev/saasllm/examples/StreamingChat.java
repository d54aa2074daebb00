package dev.saasllm.examples;

import dev.saasllm.ChatMessage;
import dev.saasllm.JobCompletion;
import dev.saasllm.JobScope;
import dev.saasllm.PartialJson;
import dev.saasllm.SaasLlmClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seed's interactive "Streaming Chat": one {@code chat_session} job for the whole
 * conversation, each answer printed token by token as it arrives. Type {@code quit}, {@code exit}
 * or {@code bye} to end. When stdin is not a terminal it plays a scripted conversation, so it also
 * runs unattended. First, the streamed shapes of a generated {@link StreamingAssistant}.
 */
public final class StreamingChat {
    static final List<String> SCRIPT = List.of("What is Java?", "And what is a stream?", "bye");

    public static void main(String[] args) throws IOException {
        try (ExampleServer server = ExampleServer.open()) {
            run(server, System.console() != null ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)) : null);
        }
    }

    static void run(ExampleServer server) throws IOException {
        run(server, null);
    }

    /** @param terminal where the user types, or null for the scripted conversation */
    static void run(ExampleServer server, BufferedReader terminal) throws IOException {
        try (SaasLlmClient client = server.client()) {
            generated(client);
            chat(client, terminal);
        }
    }

    /**
     * The conversation as one declared service in one job: each turn is a streamed call of
     * {@link StreamingAssistant#reply} on the scope's service, so the whole chat costs one credit.
     * An exception leaves the try block before {@code complete()}, and closing the scope fails the job.
     */
    private static void chat(SaasLlmClient client, BufferedReader terminal) throws IOException {
        // tag::session[]
        try (JobScope<StreamingAssistant> session = client.openJob(StreamingAssistant.class)) {
            List<ChatMessage> history = new ArrayList<>();
            Iterator<String> script = SCRIPT.iterator();
            while (true) {
                System.out.print("\nYou: ");
                String input = terminal != null ? terminal.readLine() : script.next();
                if (terminal == null) System.out.println(input);
                if (input == null || List.of("quit", "exit", "bye").contains(input.strip().toLowerCase())) break;
                System.out.print("Assistant: ");
                String answer = session.service().reply(history, input, token -> {
                    System.out.print(token);
                    System.out.flush();
                });
                history.add(ChatMessage.user(input));
                history.add(ChatMessage.assistant(answer));
                System.out.println();
            }
            JobCompletion result = session.complete();
                System.out.println("\nChat ended: one job, " + history.size() / 2 + " streamed turns. Credits remaining: "
                    + result.creditsRemaining());
        }
        // end::session[]
    }

    private static void generated(SaasLlmClient client) {
        StreamingAssistant assistant = client.create(StreamingAssistant.class);
        System.out.print("\nGenerated, callback: ");
        String whole = assistant.answer("Tell me about tokens", token -> System.out.print("[" + token + "]"));
        System.out.println("\n  (whole answer: " + whole.length() + " characters)");

        System.out.print("Generated, Stream<String>, first 3 tokens then close: ");
        try (Stream<String> tokens = assistant.stream("Tell me a long story")) {
            tokens.limit(3).forEach(token -> System.out.print("[" + token + "]"));
        }
        System.out.println("\n  (the job of the closed stream is failed, not charged)");

        String text = "Name: Ada Lovelace\nEmail: ada@example.com\nSkills: math, poetry";
        System.out.println("Generated, streamed record, typed snapshots:");
        StreamingAssistant.Contact contact = assistant.extractWithProgress(text, snapshot -> System.out.println("  snapshot: " + snapshot));
        System.out.println("  final:    " + contact);

        System.out.println("Generated, streamed record, raw JSON tokens read leniently:");
        StringBuilder json = new StringBuilder();
        assistant.extract(text, token -> {
            json.append(token);
            if (json.length() % 16 < token.length()) System.out.println("  partial JSON: " + PartialJson.parse(json));
        });
    }
}
