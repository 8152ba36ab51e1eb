package dev.pont.sandbox.live;

import com.pulumi.Context;
import dev.pont.core.PontException;
import dev.pont.core.adapter.ContextConfig;
import dev.pont.core.adapter.PontProgram;
import dev.pont.core.plan.Plan;
import dev.pont.sandbox.evidence.EvidenceBundle;
import dev.pont.sandbox.evidence.Versions;
import dev.pont.sandbox.probe.ProbeResult;
import dev.pont.stacks.StackRegistry;
import dev.pont.stacks.Targets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Live mode: deploy the stack to a uniquely named sandbox stack on the target cloud, probe it
 * against the Plan's intent, keep the evidence, destroy it — always: in a finally block and, for
 * an interrupt, in a shutdown hook. Only stacks named as sandboxes are ever touched.
 */
public final class LiveSandbox {
    public static final String PROJECT = "pont";

    /** Registers and removes the interrupt guard (the JVM's shutdown hooks in production). */
    public interface Hooks {
        Object add(Runnable onShutdown);

        void remove(Object handle);

        Hooks RUNTIME = new Hooks() {
            @Override
            public Object add(Runnable onShutdown) {
                Thread t = new Thread(onShutdown, "pont-sandbox-destroy");
                Runtime.getRuntime().addShutdownHook(t);
                return t;
            }

            @Override
            public void remove(Object handle) {
                try {
                    Runtime.getRuntime().removeShutdownHook((Thread) handle);
                } catch (IllegalStateException shuttingDown) {
                    // The hook is running: it destroys the sandbox.
                }
            }
        };
    }

    /** What a run produced: the sandbox, its probe results and where the evidence is. */
    public record Result(String sandbox, List<ProbeResult> probes, Path evidence, boolean destroyed) {
        public boolean failed() {
            return probes.stream().anyMatch(p -> p.outcome() == dev.pont.sandbox.probe.Outcome.FAILED);
        }
    }

    private final SandboxWorkspace.Factory workspaces;
    private final Map<String, String> env;
    private final Predicate<String> onPath;
    private final Clock clock;
    private final Supplier<String> suffixes;
    private final Hooks hooks;
    private final Path workDir;

    public LiveSandbox(SandboxWorkspace.Factory workspaces, Map<String, String> env, Predicate<String> onPath, Clock clock,
                       Supplier<String> suffixes, Hooks hooks, Path workDir) {
        this.workspaces = workspaces;
        this.env = Map.copyOf(env);
        this.onPath = onPath;
        this.clock = clock;
        this.suffixes = suffixes;
        this.hooks = hooks;
        this.workDir = workDir;
    }

    /** Settings of one command: the backend and secrets provider (null: from the environment), stack config, evidence directory. */
    public record Options(String backend, String secretsProvider, Map<String, String> config, java.util.Set<String> secretConfig, Path evidenceDir) {
        public Options {
            config = new TreeMap<>(config);
            secretConfig = java.util.Set.copyOf(secretConfig);
        }
    }

    /** up → verify → destroy; with {@code keep} the sandbox survives the run (destroy it with {@link #down}). */
    public Result up(Plan plan, Options options, boolean keep) {
        Prerequisites.Checked checked = Prerequisites.check(plan.target(), options.backend(), options.secretsProvider(), env, onPath);
        SandboxName name = new SandboxName(plan.stack(), plan.target(), suffixes.get());
        Instant start = clock.instant();
        SandboxWorkspace ws = workspaces.open(spec(plan, name, checked, true));
        AtomicBoolean destroyed = new AtomicBoolean();
        Runnable destroy = () -> {
            if (destroyed.compareAndSet(false, true)) {
                ws.destroy();
                ws.removeStack();
            }
        };
        Object hook = keep ? null : hooks.add(destroy);
        try {
            ws.setConfig("pont:target", plan.target(), false);
            ws.setConfig("pont:stack", plan.stack(), false);
            options.config().forEach((k, v) -> ws.setConfig(k, v, options.secretConfig().contains(k)));
            ws.up();
            List<ProbeResult> probes = LiveProbes.run(plan, ws.outputs(), env, name.suffix());
            Path evidence = evidence(plan, name, ws, probes, start, options.evidenceDir());
            return new Result(name.value(), probes, evidence, !keep);
        } finally {
            try {
                if (!keep) {
                    destroy.run();
                }
            } finally {
                if (hook != null) {
                    hooks.remove(hook);
                }
                ws.close();
            }
        }
    }

    /** Probes a sandbox that {@code up --keep} left running. */
    public Result verify(Plan plan, String sandbox, Options options) {
        SandboxName name = SandboxName.parse(sandbox, plan.stack(), plan.target());
        Prerequisites.Checked checked = Prerequisites.check(plan.target(), options.backend(), options.secretsProvider(), env, onPath);
        Instant start = clock.instant();
        try (SandboxWorkspace ws = workspaces.open(spec(plan, name, checked, false))) {
            List<ProbeResult> probes = LiveProbes.run(plan, ws.outputs(), env, name.suffix());
            return new Result(name.value(), probes, evidence(plan, name, ws, probes, start, options.evidenceDir()), false);
        }
    }

    /** Destroys a sandbox and removes its stack. */
    public void down(Plan plan, String sandbox, Options options) {
        SandboxName name = SandboxName.parse(sandbox, plan.stack(), plan.target());
        Prerequisites.Checked checked = Prerequisites.check(plan.target(), options.backend(), options.secretsProvider(), env, onPath);
        try (SandboxWorkspace ws = workspaces.open(spec(plan, name, checked, false))) {
            ws.destroy();
            ws.removeStack();
        }
    }

    private WorkspaceSpec spec(Plan plan, SandboxName name, Prerequisites.Checked checked, boolean create) {
        return new WorkspaceSpec(PROJECT, name.value(), workDir, checked.backendUrl(), checked.secretsProvider(),
                checked.environment(), create, program(plan.stack(), plan.target()));
    }

    /** Pont's Pulumi program, as {@code PontApp} runs it, for one stack on one target. */
    static Consumer<Context> program(String stack, String target) {
        return ctx -> PontProgram.run(ctx, StackRegistry.get(stack), Targets.create(target), new ContextConfig(ctx, false, new ArrayList<>()));
    }

    private Path evidence(Plan plan, SandboxName name, SandboxWorkspace ws, List<ProbeResult> probes, Instant start, Path dir) {
        Map<String, String> tools = new TreeMap<>(Versions.tools());
        tools.put("pulumi-cli", ws.cliVersion());
        Path out = dir.resolve(name.value());
        EvidenceBundle.write(out, "live", name.value(), plan, tools, Versions.providers(plan.target()), probes, start, clock.instant());
        return out;
    }

    /** A random sandbox suffix: 8 lowercase letters and digits. */
    public static String randomSuffix() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        java.security.SecureRandom r = new java.security.SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    static void requireNotBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new PontException(what + " is required");
        }
    }
}
