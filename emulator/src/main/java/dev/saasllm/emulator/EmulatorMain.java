package dev.saasllm.emulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator as a standalone server:
 * {@code java -jar saasllm-emulator-<version>-standalone.jar --port 8003 --team acme-corp --key sk-... --credits 1000}.
 */
public final class EmulatorMain {
    static final String USAGE = String.join("\n",
            "Usage: java -jar saasllm-emulator-standalone.jar [options]",
            "",
            "An offline SaaS LiteLLM server with a deterministic model.",
            "",
            "Options:",
            "  --port <n>       port on 127.0.0.1 (default 8003; 0 picks a free one)",
            "  --team <id>      the team id (default acme-corp)",
            "  --key <key>      the team's virtual key (default sk-emulator-0123456789abcdef)",
            "  --credits <n>    the team's starting credits (default 1000)",
            "  --help           print this help",
            "",
            "Stops on Ctrl-C.");

    private EmulatorMain() {}

    public static void main(String[] args) throws InterruptedException {
        SaasLlmEmulator.Builder builder;
        try {
            builder = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (builder == null) {
            System.out.println(USAGE);
            return;
        }
        SaasLlmEmulator emulator = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.stop();
            stopped.countDown();
        }, "saasllm-emulator-shutdown"));
        printBanner(emulator, System.out);
        stopped.await();
    }

    static void printBanner(SaasLlmEmulator emulator, PrintStream out) {
        // The standalone user asked for this key on the command line (or needs the default).
        out.println("SaaS LiteLLM emulator listening on " + emulator.baseUrl());
        out.println("  SAAS_LITELLM_API_URL=" + emulator.baseUrl());
        out.println("  SAAS_LITELLM_TEAM_ID=" + emulator.teamId());
        out.println("  SAAS_LITELLM_VIRTUAL_KEY=" + emulator.virtualKey());
        out.println("  credits: " + emulator.creditsRemaining());
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    /** The configured builder, or null when help was asked for. */
    static SaasLlmEmulator.Builder parse(String[] args) {
        SaasLlmEmulator.Builder builder = SaasLlmEmulator.builder().port(SaasLlmEmulator.DEFAULT_PORT);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) return null;
            String name = arg;
            String value;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("Missing value for " + arg);
            }
            switch (name) {
                case "--port" -> builder.port(number(name, value));
                case "--team" -> builder.teamId(value);
                case "--key" -> builder.virtualKey(value);
                case "--credits" -> builder.credits(number(name, value));
                default -> throw new IllegalArgumentException("Unknown option " + name);
            }
        }
        return builder;
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " expects a number, got '" + value + "'");
        }
    }
}
