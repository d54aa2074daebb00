package dev.saasllm.processor.model;

import java.util.List;

/**
 * Call options from annotations ({@code @Temperature}, ...); null where none is given.
 *
 * @param temperature {@code @Temperature}, or null
 * @param maxTokens {@code @MaxTokens}, or null
 * @param topP {@code @TopP}, or null
 * @param frequencyPenalty {@code @FrequencyPenalty}, or null
 * @param presencePenalty {@code @PresencePenalty}, or null
 * @param stop {@code @Stop}, or null
 * @param purpose {@code @Purpose}, or null
 */
public record OptionsModel(Double temperature, Integer maxTokens, Double topP, Double frequencyPenalty,
                           Double presencePenalty, List<String> stop, String purpose) {
    /** No option set. */
    public static final OptionsModel NONE = new OptionsModel(null, null, null, null, null, null, null);

    /**
     * Copies {@code stop}.
     *
     * @param temperature the value for the {@code temperature} record component
     * @param maxTokens the value for the {@code maxTokens} record component
     * @param topP the value for the {@code topP} record component
     * @param frequencyPenalty the value for the {@code frequencyPenalty} record component
     * @param presencePenalty the value for the {@code presencePenalty} record component
     * @param stop the value for the {@code stop} record component
     * @param purpose the value for the {@code purpose} record component
     */
    public OptionsModel {
        stop = stop == null ? null : List.copyOf(stop);
    }

    /**
     * These options with every option set in {@code method} replaced by its value there.
     *
     * @param method the method's options
     * @return the merged options
     */
    public OptionsModel overriddenBy(OptionsModel method) {
        return new OptionsModel(
                method.temperature != null ? method.temperature : temperature,
                method.maxTokens != null ? method.maxTokens : maxTokens,
                method.topP != null ? method.topP : topP,
                method.frequencyPenalty != null ? method.frequencyPenalty : frequencyPenalty,
                method.presencePenalty != null ? method.presencePenalty : presencePenalty,
                method.stop != null ? method.stop : stop,
                method.purpose != null ? method.purpose : purpose);
    }

    /**
     * A stable text of the options, part of the fingerprint.
     *
     * @return the canonical text
     */
    public String canonical() {
        return "temperature=" + temperature + ";maxTokens=" + maxTokens + ";topP=" + topP + ";frequencyPenalty="
                + frequencyPenalty + ";presencePenalty=" + presencePenalty + ";stop=" + stop + ";purpose=" + purpose;
    }
}
