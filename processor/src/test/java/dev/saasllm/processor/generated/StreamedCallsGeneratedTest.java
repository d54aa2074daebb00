package dev.saasllm.processor.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.acme.stream.Assistant;
import com.acme.stream.SaasLlm_Assistant;
import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.internal.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every streamed shape hands the runner an Invocation carrying its options, user id and metadata. */
class StreamedCallsGeneratedTest {
    private static final List<ChatMessage> QUESTION = List.of(ChatMessage.system("You are a helpful assistant."), ChatMessage.user("hi"));
    private static final String CONTACT_JSON = "{\"name\":\"Ada\",\"email\":\"a@x.io\",\"skills\":[]}";

    private final FakeJobRunner runner = new FakeJobRunner();
    private final Assistant assistant = new SaasLlm_Assistant(runner);

    @Test
    void plainStreamedCallsPassJustTheMessages() {
        runner.answering("hello");
        assertEquals("hello", assistant.stream("hi").collect(Collectors.joining()));
        assertEquals("stream", runner.called);
        assertEquals(Invocation.of(QUESTION), runner.invocation);

        assistant.publish("hi");
        assertEquals("publish", runner.called);
        assertEquals(Invocation.of(QUESTION), runner.invocation);

        List<String> tokens = new ArrayList<>();
        assertEquals("hello", assistant.answer("hi", tokens::add));
        assertEquals(List.of("hello"), tokens);
        assertEquals("runStreaming(tokens)", runner.called);
        assertEquals(Invocation.of(QUESTION), runner.invocation);
    }

    @Test
    void aStreamTakesOptionsUserIdAndMetadata() {
        runner.answering("hello");
        CallOptions options = CallOptions.builder().temperature(0.2).build();
        assertEquals(List.of("hello"), assistant.streamFor("hi", options, "user-7", 42L).toList());
        assertEquals("stream", runner.called);
        assertEquals(new Invocation(QUESTION, options, "user-7", Map.of("ticket", 42L)), runner.invocation);
        assertEquals(Map.of("channel", "chat"), runner.method.metadata(), "constant @Metadata stays on the method");
    }

    @Test
    void aPublisherTakesAUserId() {
        runner.answering("hello");
        List<String> received = new ArrayList<>();
        assistant.publishFor("user-8", "hi").subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(String item) {
                received.add(item);
            }

            @Override
            public void onError(Throwable throwable) {
                throw new AssertionError(throwable);
            }

            @Override
            public void onComplete() {}
        });
        assertEquals(List.of("hello"), received);
        assertEquals("publish", runner.called);
        assertEquals(new Invocation(QUESTION, CallOptions.NONE, "user-8", Map.of()), runner.invocation);
    }

    @Test
    void aTokenCallbackTakesOptions() {
        runner.answering("hello");
        CallOptions options = CallOptions.builder().maxTokens(5).build();
        assertEquals("hello", assistant.answerWith("hi", token -> { }, options));
        assertEquals("runStreaming(tokens)", runner.called);
        assertEquals(new Invocation(QUESTION, options, null, Map.of()), runner.invocation);
    }

    @Test
    void partialSnapshotsTakeMetadataAndTheGeneratedSnapshotReader() {
        runner.answering(CONTACT_JSON);
        assertEquals(new Assistant.Contact("Ada", "a@x.io", List.of()), assistant.extractFrom("crm", "Ada, a@x.io", partial -> { }));
        assertEquals("runStreaming(partials)", runner.called);
        assertNotNull(runner.snapshots);
        assertNull(runner.invocation.userId());
        assertEquals(Map.of("source", "crm"), runner.invocation.metadata());
        assertEquals(ChatMessage.user("Extract the contact:\nAda, a@x.io"), runner.messages.get(1));
    }
}
