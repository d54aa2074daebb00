package dev.saasllm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.saasllm.fixtures.Greeter;
import dev.saasllm.fixtures.SaasLlm_Greeter;
import dev.saasllm.fixtures.SaasLlm_Greeter_Nested;
import org.junit.jupiter.api.Test;

class CreateServiceTest extends MockServerSupport {

    @Test
    void findsAndConstructsTheGeneratedClass() {
        assertInstanceOf(SaasLlm_Greeter.class, client.create(Greeter.class));
    }

    @Test
    void nestedInterfacesUseTheJoinedName() throws Exception {
        Greeter.Nested nested = client.create(Greeter.Nested.class);
        assertInstanceOf(SaasLlm_Greeter_Nested.class, nested);
        assertEquals("dev.saasllm.fixtures.SaasLlm_Greeter_Nested", nested.getClass().getName());

        enqueueJson(200, created(JOB_ID));
        enqueueJson(200, callAnswer("hi"));
        enqueueJson(200, completion("COMPLETED"));
        assertEquals("hi", nested.echo("hi"));
        assertTrue(take("POST", "/api/jobs/create").getBody().utf8().contains("\"job_type\":\"echo\""));
        assertTrue(take("POST", "/api/jobs/" + JOB_ID + "/llm-call").getBody().utf8()
                .contains("\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]"));
        take("POST", "/api/jobs/" + JOB_ID + "/complete");
    }

    @Test
    void eachCreateMakesANewInstance() {
        assertTrue(client.create(Greeter.class) != client.create(Greeter.class));
    }

    @Test
    void aMissingImplementationSaysHowToGenerateIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> client.create(Greeter.NotGenerated.class));
        assertEquals("No generated implementation dev.saasllm.fixtures.SaasLlm_Greeter_NotGenerated for "
                + "dev.saasllm.fixtures.Greeter$NotGenerated. Annotate the interface with @LlmJob and put saasllm-processor "
                + "on the annotation processor path (maven-compiler-plugin <annotationProcessorPaths>).", e.getMessage());
        assertSame(ClassNotFoundException.class, e.getCause().getClass());
    }

    @Test
    void aClosedClientCreatesNothing() {
        client.close();
        assertThrows(IllegalStateException.class, () -> client.create(Greeter.class));
    }
}
