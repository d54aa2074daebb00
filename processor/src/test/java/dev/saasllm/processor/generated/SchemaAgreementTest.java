package dev.saasllm.processor.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.kitchen.KitchenSink;
import com.acme.kitchen.SaasLlm_KitchenSink;
import com.acme.nested.Outer;
import com.acme.nested.SaasLlm_Outer_SpamFilter;
import com.acme.resume.ResumeParser;
import com.acme.resume.SaasLlm_ResumeParser;
import dev.saasllm.annotations.Description;
import dev.saasllm.internal.PromptMethod;
import dev.saasllm.model.JsonSchemaWriter;
import dev.saasllm.internal.schema.ReflectiveSchemaReader;
import dev.saasllm.model.SchemaType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The processor's schema (a constant in the generated class) equals what the runtime's reflective
 * reader gives for the same return type, written by the same JsonSchemaWriter.
 */
class SchemaAgreementTest {

    static List<Arguments> structuredMethods() throws ReflectiveOperationException {
        List<Arguments> all = new ArrayList<>();
        add(all, ResumeParser.class, SaasLlm_ResumeParser.class);
        add(all, KitchenSink.class, SaasLlm_KitchenSink.class);
        add(all, Outer.SpamFilter.class, SaasLlm_Outer_SpamFilter.class);
        add(all, com.acme.reliable.ReliableService.class, com.acme.reliable.SaasLlm_ReliableService.class);
        return all;
    }

    private static void add(List<Arguments> all, Class<?> service, Class<?> generated) throws ReflectiveOperationException {
        for (Field field : generated.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == PromptMethod.class) {
                field.setAccessible(true);
                PromptMethod<?> method = (PromptMethod<?>) field.get(null);
                if (method.structured()) {
                    Method declared = find(service, method.method());
                    all.add(Arguments.of(service.getSimpleName() + "." + method.method(), declared, method));
                }
            }
        }
    }

    private static Method find(Class<?> service, String name) {
        for (Method m : service.getMethods()) {
            if (m.getName().equals(name)) return m;
        }
        throw new AssertionError(name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structuredMethods")
    void processorAndReflectionWriteTheSameSchema(String name, Method method, PromptMethod<?> generated) {
        SchemaType type = ReflectiveSchemaReader.read(method.getGenericReturnType());
        SchemaType.Object root = JsonSchemaWriter.rootObject(type);
        Description description = method.getAnnotation(Description.class);
        if (description != null) {
            root = new SchemaType.Object(root.javaType(), root.properties(), description.value());
        }
        assertEquals(JsonSchemaWriter.write(root), generated.schemaJson(), name);
        assertEquals(JsonSchemaWriter.schemaName(type), generated.schemaName(), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structuredMethods")
    void everyStructuredMethodIsCovered(String name, Method method, PromptMethod<?> generated) {
        assertTrue(generated.schemaJson().startsWith("{\"type\":\"object\""), name);
    }
}
