package dev.saasllm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GeneratedNamesTest {
    interface Inner {
        interface Deeper {}
    }

    @Test
    void aTopLevelInterfaceGetsAPrefixedSibling() {
        assertEquals("com.acme.SaasLlm_ResumeParser", GeneratedNames.implementationName("com.acme", "ResumeParser"));
    }

    @Test
    void nestedNamesAreJoinedWithUnderscores() {
        assertEquals("com.acme.SaasLlm_Outer_Inner", GeneratedNames.implementationName("com.acme", "Outer.Inner"));
    }

    @Test
    void theUnnamedPackageHasNoDot() {
        assertEquals("SaasLlm_Top", GeneratedNames.implementationName("", "Top"));
    }

    @Test
    void aLoadedInterfaceGetsTheSameNameAsItsSource() {
        assertEquals("dev.saasllm.model.SaasLlm_GeneratedNamesTest_Inner_Deeper",
                GeneratedNames.implementationName(Inner.Deeper.class));
        assertEquals(GeneratedNames.implementationName("dev.saasllm.model", "GeneratedNamesTest.Inner.Deeper"),
                GeneratedNames.implementationName(Inner.Deeper.class));
    }
}
