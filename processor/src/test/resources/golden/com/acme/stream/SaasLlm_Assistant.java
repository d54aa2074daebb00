package com.acme.stream;

import com.squareup.moshi.JsonReader;
import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.PartialConsumer;
import dev.saasllm.TokenConsumer;
import dev.saasllm.internal.AnswerReaders;
import dev.saasllm.internal.Invocation;
import dev.saasllm.internal.JobRunner;
import dev.saasllm.internal.JsonValues;
import dev.saasllm.internal.PartialValues;
import dev.saasllm.internal.PromptMethod;
import dev.saasllm.internal.ServiceInfo;
import dev.saasllm.internal.Templates;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link Assistant}; obtain it with {@code SaasLlmClient.create}.
 */
@Generated("dev.saasllm.processor.LlmJobProcessor")
public final class SaasLlm_Assistant implements Assistant {
    private static final PromptMethod<String> STREAM = PromptMethod.chat("com.acme.stream.Assistant", "stream", "chat_session", CallOptions.builder().model("ChatAgent").build())
            .withFingerprint("52710dacd69f59cd");

    private static final PromptMethod<String> PUBLISH = PromptMethod.chat("com.acme.stream.Assistant", "publish", "chat_session", CallOptions.builder().model("ChatAgent").build())
            .withFingerprint("52710dacd69f59cd");

    private static final PromptMethod<String> ANSWER = PromptMethod.chat("com.acme.stream.Assistant", "answer", "chat_session", CallOptions.builder().model("ChatAgent").build())
            .withFingerprint("52710dacd69f59cd");

    private static final PromptMethod<Assistant.Contact> EXTRACT = PromptMethod.<Assistant.Contact>structured(
            "com.acme.stream.Assistant", "extract", "chat_session", CallOptions.builder().model("ChatAgent").build(),
            "Contact",
            "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"email\":{\"type\":\"string\"},\"skills\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[\"name\",\"email\",\"skills\"],\"additionalProperties\":false}",
            AnswerReaders.json(JsonCodec::readContact))
            .withFingerprint("7e40581cff4f1a43");

    private static final PromptMethod<Assistant.Contact> EXTRACT_WITH_PROGRESS = PromptMethod.<Assistant.Contact>structured(
            "com.acme.stream.Assistant", "extractWithProgress", "chat_session", CallOptions.builder().model("ChatAgent").build(),
            "Contact",
            "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"email\":{\"type\":\"string\"},\"skills\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[\"name\",\"email\",\"skills\"],\"additionalProperties\":false}",
            AnswerReaders.json(JsonCodec::readContact))
            .withFingerprint("7e40581cff4f1a43");

    private static final PromptMethod<String> STREAM_FOR = PromptMethod.chat("com.acme.stream.Assistant", "streamFor", "chat_session", CallOptions.builder().model("ChatAgent").build())
            .withFingerprint("52710dacd69f59cd")
            .withMetadata("channel", "chat");

    private static final PromptMethod<String> PUBLISH_FOR = PromptMethod.chat("com.acme.stream.Assistant", "publishFor", "chat_session", CallOptions.builder().model("ChatAgent").build())
            .withFingerprint("52710dacd69f59cd");

    private static final PromptMethod<String> ANSWER_WITH = PromptMethod.chat("com.acme.stream.Assistant", "answerWith", "chat_session", CallOptions.builder().model("ChatAgent").build())
            .withFingerprint("52710dacd69f59cd");

    private static final PromptMethod<Assistant.Contact> EXTRACT_FROM = PromptMethod.<Assistant.Contact>structured(
            "com.acme.stream.Assistant", "extractFrom", "chat_session", CallOptions.builder().model("ChatAgent").build(),
            "Contact",
            "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"email\":{\"type\":\"string\"},\"skills\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[\"name\",\"email\",\"skills\"],\"additionalProperties\":false}",
            AnswerReaders.json(JsonCodec::readContact))
            .withFingerprint("7e40581cff4f1a43");

    /**
     * The interface's job type, fingerprint and metadata, for {@code SaasLlmClient.openJob}.
     */
    public static final ServiceInfo SERVICE = ServiceInfo.of("com.acme.stream.Assistant", "chat_session", "e9fae274fc6d5c2c");

    private final JobRunner runner;

    /**
     * Called by the client with the runner that opens, calls and completes jobs.
     */
    public SaasLlm_Assistant(JobRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    @Override
    public Stream<String> stream(String question) {
        return this.runner.stream(STREAM, Invocation.of(List.of(
                ChatMessage.system("You are a helpful assistant."),
                ChatMessage.user(Templates.text(question)))));
    }

    @Override
    public Flow.Publisher<String> publish(String question) {
        return this.runner.publish(PUBLISH, Invocation.of(List.of(
                ChatMessage.system("You are a helpful assistant."),
                ChatMessage.user(Templates.text(question)))));
    }

    @Override
    public String answer(String question, TokenConsumer tokens) {
        return this.runner.runStreaming(ANSWER, Invocation.of(List.of(
                ChatMessage.system("You are a helpful assistant."),
                ChatMessage.user(Templates.text(question)))), tokens);
    }

    @Override
    public Assistant.Contact extract(TokenConsumer tokens, String text) {
        return this.runner.runStreaming(EXTRACT, Invocation.of(List.of(
                ChatMessage.system("You are a helpful assistant."),
                ChatMessage.user("Extract the contact:\n" + Templates.text(text)))), tokens);
    }

    @Override
    public Assistant.Contact extractWithProgress(String text,
            PartialConsumer<Assistant.Contact> progress) {
        return this.runner.runStreaming(EXTRACT_WITH_PROGRESS, Invocation.of(List.of(
                ChatMessage.system("You are a helpful assistant."),
                ChatMessage.user("Extract the contact:\n" + Templates.text(text)))), JsonCodec::partialContact, progress);
    }

    @Override
    public Stream<String> streamFor(String question, CallOptions options, String user,
            long ticket) {
        return this.runner.stream(STREAM_FOR, new Invocation(List.of(
                ChatMessage.system("You are a helpful assistant."),
                ChatMessage.user(Templates.text(question))),
                options, user, Invocation.metadata("ticket", ticket)));
    }

    @Override
    public Flow.Publisher<String> publishFor(String user, String question) {
        return this.runner.publish(PUBLISH_FOR, new Invocation(List.of(
                ChatMessage.system("You are a helpful assistant."),
                ChatMessage.user(Templates.text(question))),
                null, user, null));
    }

    @Override
    public String answerWith(String question, TokenConsumer tokens, CallOptions options) {
        return this.runner.runStreaming(ANSWER_WITH, new Invocation(List.of(
                ChatMessage.system("You are a helpful assistant."),
                ChatMessage.user(Templates.text(question))),
                options, null, null), tokens);
    }

    @Override
    public Assistant.Contact extractFrom(String source, String text,
            PartialConsumer<Assistant.Contact> progress) {
        return this.runner.runStreaming(EXTRACT_FROM, new Invocation(List.of(
                ChatMessage.system("You are a helpful assistant."),
                ChatMessage.user("Extract the contact:\n" + Templates.text(text))),
                null, null, Invocation.metadata("source", source)), JsonCodec::partialContact, progress);
    }

    /**
     * Reads answers without reflection.
     */
    private static final class JsonCodec {
        static final JsonReader.Options CONTACT_NAMES = JsonReader.Options.of("name", "email", "skills");

        private JsonCodec() {
        }

        static Assistant.Contact readContact(JsonReader reader) throws IOException {
            String name = null;
            boolean hasName = false;
            String email = null;
            boolean hasEmail = false;
            List<String> skills = null;
            boolean hasSkills = false;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(JsonCodec.CONTACT_NAMES)) {
                    case 0:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("name", reader);
                        }
                        name = reader.nextString();
                        hasName = true;
                        break;
                    case 1:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("email", reader);
                        }
                        email = reader.nextString();
                        hasEmail = true;
                        break;
                    case 2:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("skills", reader);
                        }
                        skills = JsonCodec.readListOfString(reader);
                        hasSkills = true;
                        break;
                    default:
                        reader.skipName();
                        reader.skipValue();
                }
            }
            reader.endObject();
            if (!hasName) {
                throw JsonValues.missingProperty("name", reader);
            }
            if (!hasEmail) {
                throw JsonValues.missingProperty("email", reader);
            }
            if (!hasSkills) {
                throw JsonValues.missingProperty("skills", reader);
            }
            return new Assistant.Contact(name, email, skills);
        }

        static List<String> readListOfString(JsonReader reader) throws IOException {
            List<String> items = new ArrayList<>();
            reader.beginArray();
            while (reader.hasNext()) {
                items.add(reader.nextString());
            }
            reader.endArray();
            return Collections.unmodifiableList(items);
        }

        static Assistant.Contact partialContact(Object tree) {
            Map<String, Object> object = PartialValues.asObject(tree);
            if (object == null) return null;
            String name = PartialValues.asString(object.get("name"));
            String email = PartialValues.asString(object.get("email"));
            List<String> skills = JsonCodec.partialListOfString(object.get("skills"));
            return new Assistant.Contact(name, email, skills);
        }

        static List<String> partialListOfString(Object tree) {
            List<?> values = PartialValues.asArray(tree);
            if (values == null) return null;
            List<String> items = new ArrayList<>();
            for (Object value : values) {
                String item = PartialValues.asString(value);
                if (item != null) items.add(item);
            }
            return Collections.unmodifiableList(items);
        }
    }
}
