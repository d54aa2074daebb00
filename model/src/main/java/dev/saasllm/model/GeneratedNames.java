package dev.saasllm.model;

/** The one place that names generated classes; the processor and the runtime loader both call it. */
public final class GeneratedNames {
    /** Prefix of every generated implementation class. */
    public static final String PREFIX = "SaasLlm_";

    /**
     * The class-path resource the processor writes in each compilation unit it runs in: the binary
     * names of the {@code @LlmJob} interfaces it generated an implementation for, one a line,
     * sorted. The Spring Boot starter reads every copy of it to register the services as beans
     * without scanning the class path.
     */
    public static final String SERVICE_INDEX = "META-INF/saasllm/services";

    private GeneratedNames() {}

    /**
     * The binary name of the implementation generated for an interface, a top-level sibling in
     * its package: {@code com.acme.ResumeParser} gives {@code com.acme.SaasLlm_ResumeParser},
     * nested {@code com.acme.Outer.Inner} gives {@code com.acme.SaasLlm_Outer_Inner}.
     *
     * @param packageName the interface's package, empty for the unnamed package
     * @param nestedSimpleNames the simple names from the top-level type down to the interface, joined by '.'
     * @return the generated class's binary name, e.g. {@code com.acme.SaasLlm_Outer_Inner}
     */
    public static String implementationName(String packageName, String nestedSimpleNames) {
        String simple = PREFIX + nestedSimpleNames.replace('.', '_');
        return packageName.isEmpty() ? simple : packageName + "." + simple;
    }

    /**
     * Same as {@link #implementationName(String, String)} for a loaded interface.
     *
     * @param service the {@code @LlmJob} interface
     * @return the generated class's binary name
     */
    public static String implementationName(Class<?> service) {
        String packageName = service.getPackageName();
        String binary = service.getName();
        String nested = (packageName.isEmpty() ? binary : binary.substring(packageName.length() + 1)).replace('$', '.');
        return implementationName(packageName, nested);
    }
}
