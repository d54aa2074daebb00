package dev.saasllm.micrometer;

import dev.saasllm.ChatMessage;
import dev.saasllm.ChatResponse;
import dev.saasllm.micrometer.SaasLlmObservationDocumentation.CallHighCardinalityKeys;
import dev.saasllm.micrometer.SaasLlmObservationDocumentation.CallLowCardinalityKeys;
import dev.saasllm.model.JsonSchemaWriter;
import io.micrometer.common.KeyValues;
import java.util.List;

/**
 * The call observation {@code gen_ai.client.operation}, named {@code chat <model>} as a span (the
 * OpenTelemetry GenAI client span's name): operation, model, job type, streamed and outcome as
 * tags; job id, call number, response id and model, finish reason, token usage, server latency,
 * retries and time to first token as attributes; prompt and answer only when recording content
 * was opted in.
 */
public class DefaultCallObservationConvention implements CallObservationConvention {
    /** Creates the default convention; subclass it to add or change key values. */
    public DefaultCallObservationConvention() {}

    @Override
    public String getName() {
        return "gen_ai.client.operation";
    }

    @Override
    public String getContextualName(CallObservationContext context) {
        return "chat " + context.call().model();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(CallObservationContext context) {
        String outcome = !context.ended() ? DefaultJobObservationConvention.UNKNOWN
                : context.getError() != null || context.response() == null ? "failed" : "answered";
        return KeyValues.of(
                CallLowCardinalityKeys.OPERATION_NAME.withValue("chat"),
                CallLowCardinalityKeys.REQUEST_MODEL.withValue(DefaultJobObservationConvention.orUnknown(context.call().model())),
                CallLowCardinalityKeys.JOB_TYPE.withValue(DefaultJobObservationConvention.orUnknown(context.job().jobType())),
                CallLowCardinalityKeys.STREAMED.withValue(String.valueOf(context.call().streamed())),
                CallLowCardinalityKeys.OUTCOME.withValue(outcome));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(CallObservationContext context) {
        KeyValues values = KeyValues.of(
                CallHighCardinalityKeys.JOB_ID.withValue(DefaultJobObservationConvention.orUnknown(context.job().jobId())),
                CallHighCardinalityKeys.CALL_NUMBER.withValue(String.valueOf(context.call().number())),
                CallHighCardinalityKeys.RETRIES.withValue(String.valueOf(context.retries())));
        if (context.timeToFirstToken() != null) {
            values = values.and(CallHighCardinalityKeys.TIME_TO_FIRST_TOKEN_MS.withValue(
                    String.valueOf(context.timeToFirstToken().toMillis())));
        }
        if (context.recordContent()) {
            values = values.and(CallHighCardinalityKeys.INPUT_MESSAGES.withValue(inputMessages(context.call().messages())));
        }
        ChatResponse response = context.response();
        if (response == null) return values;
        values = and(values, CallHighCardinalityKeys.RESPONSE_ID, response.callId());
        values = and(values, CallHighCardinalityKeys.RESPONSE_MODEL, response.model());
        values = and(values, CallHighCardinalityKeys.FINISH_REASONS, response.finishReason());
        values = and(values, CallHighCardinalityKeys.INPUT_TOKENS, response.promptTokens());
        values = and(values, CallHighCardinalityKeys.OUTPUT_TOKENS, response.completionTokens());
        values = and(values, CallHighCardinalityKeys.TOTAL_TOKENS, response.totalTokens());
        values = and(values, CallHighCardinalityKeys.SERVER_LATENCY_MS, response.latencyMs());
        if (context.recordContent() && response.content() != null) {
            values = values.and(CallHighCardinalityKeys.OUTPUT_MESSAGES.withValue(
                    outputMessage(response.content(), response.finishReason())));
        }
        return values;
    }

    private static KeyValues and(KeyValues values, CallHighCardinalityKeys key, Object value) {
        return value == null ? values : values.and(key.withValue(String.valueOf(value)));
    }

    /** The GenAI conventions' {@code gen_ai.input.messages}: role and text parts. */
    static String inputMessages(List<ChatMessage> messages) {
        StringBuilder json = new StringBuilder("[");
        for (ChatMessage message : messages) {
            if (json.length() > 1) json.append(',');
            message(json, message.role(), message.content());
            json.append('}');
        }
        return json.append(']').toString();
    }

    /** The GenAI conventions' {@code gen_ai.output.messages}: one assistant message and its finish reason. */
    static String outputMessage(String content, String finishReason) {
        StringBuilder json = new StringBuilder("[");
        message(json, "assistant", content);
        if (finishReason != null) {
            json.append(",\"finish_reason\":");
            JsonSchemaWriter.string(finishReason, json);
        }
        return json.append("}]").toString();
    }

    private static void message(StringBuilder json, String role, String content) {
        json.append("{\"role\":");
        JsonSchemaWriter.string(role, json);
        json.append(",\"parts\":[{\"type\":\"text\",\"content\":");
        JsonSchemaWriter.string(content == null ? "" : content, json);
        json.append("}]");
    }
}
