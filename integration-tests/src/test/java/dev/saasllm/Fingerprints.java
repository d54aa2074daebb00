package dev.saasllm;

import dev.saasllm.internal.PromptMethod;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * The compile-time fingerprints that saasllm-processor wrote into a generated class, for tests that
 * pin the exact job metadata ({@code saasllm_fingerprint}) of a call. The interface's own is its
 * public {@code SERVICE.fingerprint()}; a method's is held by the class's {@link PromptMethod} constant
 * for that method, found here by the method's name.
 */
final class Fingerprints {
    private Fingerprints() {}

    static String ofMethod(Class<?> generated, String method) {
        for (Field field : generated.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != PromptMethod.class) continue;
            try {
                field.setAccessible(true);
                PromptMethod<?> prompt = (PromptMethod<?>) field.get(null);
                if (prompt.method().equals(method)) {
                    if (prompt.fingerprint() == null || !prompt.fingerprint().matches("[0-9a-f]{16}")) {
                        throw new AssertionError("not a fingerprint: " + prompt.fingerprint());
                    }
                    return prompt.fingerprint();
                }
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(generated.getName() + " has no PromptMethod for " + method);
    }
}
