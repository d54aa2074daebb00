package dev.saasllm.emulator;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link SaasLlmEmulator} for JUnit 5 tests.
 *
 * <p>Lifecycle: with {@code @ExtendWith(SaasLlmEmulatorExtension.class)} or a {@code static}
 * {@code @RegisterExtension} field, one emulator serves the whole test class (nested classes
 * included) and is {@link SaasLlmEmulator#reset() reset} before each test, so every test starts with
 * no jobs, full credits and the configured settings. With a non-static {@code @RegisterExtension}
 * field, each test gets its own emulator. Tests of one class must not run in parallel.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SaasLlmEmulatorExtension EMULATOR =
 *         new SaasLlmEmulatorExtension(b -> b.credits(5).lowerCaseStatuses(true));
 *
 * @Test
 * void parses(SaasLlmEmulator emulator, SaasLlmClient client) { ... }
 * }</pre>
 *
 * <p>Test methods may declare parameters of type {@link SaasLlmEmulator} and, when the runtime is on
 * the class path, {@code dev.saasllm.SaasLlmClient} — a client built for the emulator's URL, team
 * and key, closed after the test.
 */
public final class SaasLlmEmulatorExtension implements BeforeAllCallback, AfterAllCallback,
        BeforeEachCallback, AfterEachCallback, ParameterResolver {
    static final String CLIENT_CLASS = "dev.saasllm.SaasLlmClient";

    private final Consumer<SaasLlmEmulator.Builder> configuration;
    private SaasLlmEmulator emulator;
    private int classDepth;
    private boolean perTest;
    private final List<AutoCloseable> clients = new ArrayList<>();

    /** An emulator with the defaults (used by {@code @ExtendWith}). */
    public SaasLlmEmulatorExtension() {
        this(b -> {});
    }

    /**
     * An emulator configured by {@code configuration} (used with {@code @RegisterExtension}).
     *
     * @param configuration edits the emulator's builder
     */
    public SaasLlmEmulatorExtension(Consumer<SaasLlmEmulator.Builder> configuration) {
        this.configuration = configuration;
    }

    /**
     * The running emulator (null outside a test class's lifecycle).
     *
     * @return the emulator, or null
     */
    public SaasLlmEmulator emulator() {
        return emulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (classDepth++ == 0) emulator = start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (--classDepth == 0 && emulator != null) {
            emulator.stop();
            emulator = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (emulator == null) {
            perTest = true;
            emulator = start();
        } else {
            emulator.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        for (AutoCloseable client : clients) client.close();
        clients.clear();
        if (perTest) {
            emulator.stop();
            emulator = null;
            perTest = false;
        }
    }

    private SaasLlmEmulator start() {
        SaasLlmEmulator.Builder builder = SaasLlmEmulator.builder();
        configuration.accept(builder);
        return builder.start();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SaasLlmEmulator.class || type.getName().equals(CLIENT_CLASS);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (emulator == null) {
            throw new ParameterResolutionException("The SaaS LiteLLM emulator is not running here; "
                    + "inject it into test methods, not constructors of per-test registrations.");
        }
        Class<?> type = parameter.getParameter().getType();
        if (type == SaasLlmEmulator.class) return emulator;
        Object client = client(type, emulator);
        if (client instanceof AutoCloseable closeable) clients.add(closeable);
        return client;
    }

    /**
     * {@code SaasLlmClient.builder().baseUrl(..).teamId(..).virtualKey(..).build()}, called
     * reflectively so the emulator neither needs nor drags in the runtime.
     */
    static Object client(Class<?> clientType, SaasLlmEmulator emulator) {
        try {
            Method builderMethod = clientType.getMethod("builder");
            Object builder = builderMethod.invoke(null);
            Class<?> builderType = builderMethod.getReturnType();
            builderType.getMethod("baseUrl", String.class).invoke(builder, emulator.baseUrl());
            builderType.getMethod("teamId", String.class).invoke(builder, emulator.teamId());
            builderType.getMethod("virtualKey", String.class).invoke(builder, emulator.virtualKey());
            return builderType.getMethod("build").invoke(builder);
        } catch (InvocationTargetException e) {
            throw new ParameterResolutionException("Cannot build a " + clientType.getName()
                    + " for the emulator: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new ParameterResolutionException("Cannot build a " + clientType.getName()
                    + " for the emulator: its builder lacks " + e.getMessage(), e);
        }
    }
}
