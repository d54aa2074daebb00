package dev.saasllm.emulator;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
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
            "  --port <n>               port on 127.0.0.1 (default 8003; 0 picks a free one)",
            "  --release <name>         the server release to answer as: current (default, defects",
            "                           included), fixed, v1.0.0 or v0.2.0",
            "  --team <id>              the team id (default acme-corp)",
            "  --key <key>              the team's virtual key (default sk-emulator-0123456789abcdef)",
            "  --credits <n>            the team's starting credits (default 1000)",
            "  --team-status <status>   active (default), suspended, paused, ...: not active is a 403",
            "  --budget-mode <mode>     job_based (default), consumption_tokens or consumption_usd",
            "  --tokens-per-credit <n>  consumption_tokens rate (default 10000)",
            "  --credits-per-dollar <x> consumption_usd rate (default 10.0)",
            "  --markup <percent>       markup on provider costs in what teams are billed (default 0)",
            "  --add-team <id:key[:credits[:status]]>",
            "                           another team with its own key (repeatable)",
            "  --stream-format <name>   auto (default: by model name, claude/gemini/else OpenAI),",
            "                           openai, anthropic or gemini",
            "  --allowed-models <a,b>   the only models teams may call (default: any)",
            "  --help                   print this help",
            "",
            "Stops on Ctrl-C.");

    private EmulatorMain() {}

    /**
     * Runs the emulator until Ctrl-C; {@code --help} lists the options. A bad option prints the usage and exits with 2.
     *
     * @param args the command-line options
     * @throws InterruptedException when interrupted while serving
     */
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
        out.println("SaaS LiteLLM emulator listening on " + emulator.baseUrl()
                + " (release " + emulator.settings().release().wireName() + ")");
        out.println("  SAAS_LITELLM_API_URL=" + emulator.baseUrl());
        out.println("  SAAS_LITELLM_TEAM_ID=" + emulator.teamId());
        out.println("  SAAS_LITELLM_VIRTUAL_KEY=" + emulator.virtualKey());
        out.println("  credits: " + emulator.creditsRemaining());
        for (TeamSettings team : emulator.settings().teams()) {
            if (team.teamId().equals(emulator.teamId())) continue;
            out.println("  team " + team.teamId() + ": key " + team.virtualKey() + ", credits "
                    + emulator.creditsRemaining(team.teamId()) + ", " + team.status());
        }
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
            String n = name;
            String v = value;
            switch (name) {
                case "--port" -> builder.port((int) number(n, v));
                case "--release" -> builder.release(ServerRelease.named(v));
                case "--team" -> builder.teamId(v);
                case "--key" -> builder.virtualKey(v);
                case "--credits" -> builder.credits(number(n, v));
                case "--team-status" -> builder.team(t -> t.status(v));
                case "--budget-mode" -> builder.team(t -> t.budgetMode(BudgetMode.named(v)));
                case "--tokens-per-credit" -> builder.team(t -> t.tokensPerCredit((int) number(n, v)));
                case "--credits-per-dollar" -> builder.team(t -> t.creditsPerDollar(decimal(n, v)));
                case "--markup" -> builder.team(t -> t.costMarkupPercentage(decimal(n, v)));
                case "--add-team" -> addTeam(builder, v);
                case "--stream-format" -> builder.streamFormat(StreamFormat.named(v));
                case "--allowed-models" -> builder.allowedModels(
                        new LinkedHashSet<>(Arrays.asList(v.split("\\s*,\\s*"))));
                default -> throw new IllegalArgumentException("Unknown option " + name);
            }
        }
        return builder;
    }

    /** {@code id:key[:credits[:status]]}; the other team takes the main team's budget settings' defaults. */
    private static void addTeam(SaasLlmEmulator.Builder builder, String spec) {
        String[] parts = spec.split(":", -1);
        if (parts.length < 2 || parts.length > 4 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException("--add-team expects id:key[:credits[:status]], got '" + spec + "'");
        }
        builder.addTeam(parts[0], parts[1], t -> {
            if (parts.length > 2 && !parts[2].isEmpty()) t.credits(number("--add-team credits", parts[2]));
            if (parts.length > 3 && !parts[3].isEmpty()) t.status(parts[3]);
        });
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " expects a number, got '" + value + "'");
        }
    }

    private static double decimal(String name, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " expects a number, got '" + value + "'");
        }
    }
}
