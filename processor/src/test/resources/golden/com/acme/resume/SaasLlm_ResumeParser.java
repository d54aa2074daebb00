package com.acme.resume;

import com.squareup.moshi.JsonReader;
import dev.saasllm.CallOptions;
import dev.saasllm.ChatMessage;
import dev.saasllm.internal.AnswerReaders;
import dev.saasllm.internal.Invocation;
import dev.saasllm.internal.JobRunner;
import dev.saasllm.internal.JsonValues;
import dev.saasllm.internal.PromptMethod;
import dev.saasllm.internal.ServiceInfo;
import dev.saasllm.internal.Templates;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link ResumeParser}; obtain it with {@code SaasLlmClient.create}.
 */
@Generated("dev.saasllm.processor.LlmJobProcessor")
public final class SaasLlm_ResumeParser implements ResumeParser {
    private static final PromptMethod<Resume> PARSE = PromptMethod.<Resume>structured(
            "com.acme.resume.ResumeParser", "parse", "resume_parsing", CallOptions.builder().model("ResumeAgent").build(),
            "Resume",
            "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"email\":{\"type\":\"string\"},\"phone\":{\"type\":\"string\"},\"yearsExperience\":{\"type\":\"integer\"},\"skills\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"education\":{\"type\":\"string\"}},\"required\":[\"name\",\"email\",\"phone\",\"yearsExperience\",\"skills\",\"education\"],\"additionalProperties\":false}",
            AnswerReaders.json(JsonCodec::readResume))
            .withFingerprint("68549875a6f8ccc4");

    private static final PromptMethod<String> SUMMARIZE = PromptMethod.chat("com.acme.resume.ResumeParser", "summarize", "resume_parsing", CallOptions.builder().model("ResumeAgent").build())
            .withFingerprint("78c0322b080c9364");

    /**
     * The interface's job type, fingerprint and metadata, for {@code SaasLlmClient.openJob}.
     */
    public static final ServiceInfo SERVICE = ServiceInfo.of("com.acme.resume.ResumeParser", "resume_parsing", "6f411f2bd3c49e66");

    private final JobRunner runner;

    /**
     * Called by the client with the runner that opens, calls and completes jobs.
     */
    public SaasLlm_ResumeParser(JobRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    @Override
    public Resume parse(String resumeText) {
        return this.runner.run(PARSE, Invocation.of(List.of(
                ChatMessage.system("You extract data from resumes."),
                ChatMessage.user("Extract structured data from this resume:\n"
                        + "\n" + Templates.text(resumeText)))));
    }

    @Override
    public String summarize(String text) {
        return this.runner.run(SUMMARIZE, Invocation.of(List.of(
                ChatMessage.user("Summarize in 2-3 sentences:\n"
                        + "\n" + Templates.text(text)))));
    }

    /**
     * Reads answers without reflection.
     */
    private static final class JsonCodec {
        static final JsonReader.Options RESUME_NAMES = JsonReader.Options.of("name", "email", "phone", "yearsExperience", "skills", "education");

        private JsonCodec() {
        }

        static Resume readResume(JsonReader reader) throws IOException {
            String name = null;
            boolean hasName = false;
            String email = null;
            boolean hasEmail = false;
            String phone = null;
            boolean hasPhone = false;
            int yearsExperience = 0;
            boolean hasYearsExperience = false;
            List<String> skills = null;
            boolean hasSkills = false;
            String education = null;
            boolean hasEducation = false;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(JsonCodec.RESUME_NAMES)) {
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
                            throw JsonValues.unexpectedNull("phone", reader);
                        }
                        phone = reader.nextString();
                        hasPhone = true;
                        break;
                    case 3:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("yearsExperience", reader);
                        }
                        yearsExperience = reader.nextInt();
                        hasYearsExperience = true;
                        break;
                    case 4:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("skills", reader);
                        }
                        skills = JsonCodec.readListOfString(reader);
                        hasSkills = true;
                        break;
                    case 5:
                        if (reader.peek() == JsonReader.Token.NULL) {
                            throw JsonValues.unexpectedNull("education", reader);
                        }
                        education = reader.nextString();
                        hasEducation = true;
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
            if (!hasPhone) {
                throw JsonValues.missingProperty("phone", reader);
            }
            if (!hasYearsExperience) {
                throw JsonValues.missingProperty("yearsExperience", reader);
            }
            if (!hasSkills) {
                throw JsonValues.missingProperty("skills", reader);
            }
            if (!hasEducation) {
                throw JsonValues.missingProperty("education", reader);
            }
            return new Resume(name, email, phone, yearsExperience, skills, education);
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
    }
}
