package dev.pont.cli;

import dev.pont.core.PontException;
import dev.pont.core.plan.Plan;
import dev.pont.core.preview.Preview;
import dev.pont.core.preview.PreviewConfig;
import dev.pont.sandbox.evidence.EvidenceBundle;
import dev.pont.sandbox.evidence.Versions;
import dev.pont.sandbox.live.AutomationWorkspace;
import dev.pont.sandbox.live.LiveSandbox;
import dev.pont.sandbox.live.Prerequisites;
import dev.pont.sandbox.live.SandboxWorkspace;
import dev.pont.sandbox.local.LocalRun;
import dev.pont.sandbox.local.LocalSandboxes;
import dev.pont.sandbox.probe.ProbeResult;
import dev.pont.stacks.StackRegistry;
import dev.pont.stacks.Targets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pont sandbox up|verify|down|local}: deploy a stack to a sandbox on the target cloud,
 * probe it against its intent, keep the evidence, destroy it (live, needs the pulumi CLI and the
 * cloud's credentials); or probe the local stand-ins started by {@code .ci/sandboxes up}.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Probe a deployed stack against its intent: live sandboxes on a target cloud (up, verify, down) or the local stand-ins (local).",
                "Exit 0 when no probe failed, 1 when one did, 2 when something is missing (CLI, credentials, backend). See docs/sandbox.md."},
        subcommands = {SandboxCommand.Up.class, SandboxCommand.Verify.class, SandboxCommand.Down.class, SandboxCommand.Local.class})
final class SandboxCommand implements Runnable {

    /** What live mode reaches outside the JVM; tests pass a fake workspace factory. */
    record Environment(Map<String, String> env, Predicate<String> onPath, SandboxWorkspace.Factory workspaces, Clock clock,
                       Supplier<String> suffixes, LiveSandbox.Hooks hooks, Path workDir) {
        static Environment system() {
            return new Environment(System.getenv(), Prerequisites::onPath, AutomationWorkspace::open, Clock.systemUTC(),
                    LiveSandbox::randomSuffix, LiveSandbox.Hooks.RUNTIME, Path.of(System.getProperty("pont.home", ".")));
        }
    }

    final Environment environment;

    SandboxCommand(Environment environment) {
        this.environment = environment;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every subcommand shares. */
    abstract static class Common implements Callable<Integer> {
        @ParentCommand
        SandboxCommand parent;

        @Parameters(index = "0", paramLabel = "STACK", description = "The Pont stack, e.g. health-data.")
        String stack;

        @Option(names = {"-t", "--target"}, required = true, paramLabel = "TARGET", description = "azure, ovhcloud, outscale or s3ns.")
        String target;

        @Option(names = "--evidence", paramLabel = "DIR", defaultValue = "sandbox-evidence",
                description = "Where the evidence bundle goes (default: ${DEFAULT-VALUE}/<sandbox>).")
        Path evidence;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Plan plan(List<String> config) {
            if (!Targets.ids().contains(target)) {
                throw new PontException("unknown target '" + target + "': use one of " + Targets.ids());
            }
            return Preview.of(StackRegistry.get(stack), Targets.create(target), StackConfigFiles.resolve(target, null, config));
        }

        int report(String sandbox, List<ProbeResult> probes, Path bundle) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("sandbox " + sandbox + ": " + stack + " on " + target);
            probes.forEach(p -> out.println("  " + p.line()));
            out.println("evidence: " + bundle.resolve(EvidenceBundle.FILE));
            return probes.stream().anyMatch(p -> p.outcome() == dev.pont.sandbox.probe.Outcome.FAILED) ? PontException.FINDINGS : 0;
        }
    }

    /** Options of the live subcommands. */
    abstract static class Live extends Common {
        @Option(names = "--backend", paramLabel = "URL",
                description = "Self-managed state backend (default: $PONT_SANDBOX_BACKEND), e.g. s3://bucket?endpoint=oos.cloudgouv-eu-west-1.outscale.com&s3ForcePathStyle=true")
        String backend;

        @Option(names = "--secrets-provider", paramLabel = "PROVIDER",
                description = "passphrase or hashivault://<key> (default: $PONT_SANDBOX_SECRETS_PROVIDER, else passphrase).")
        String secretsProvider;

        @Option(names = "--config", paramLabel = "KEY=VALUE", description = "Stack config for the sandbox; required for every secret key of Pulumi.<target>.yaml.")
        List<String> config = new ArrayList<>();

        LiveSandbox live() {
            Environment e = parent.environment;
            return new LiveSandbox(e.workspaces(), e.env(), e.onPath(), e.clock(), e.suffixes(), e.hooks(), e.workDir());
        }

        LiveSandbox.Options options(Plan plan, boolean forUp) {
            PreviewConfig file = StackConfigFiles.resolve(target, null, List.of());
            Map<String, String> overrides = new TreeMap<>();
            StackConfigFiles.overrides(config).forEach((k, v) -> overrides.put(k.contains(":") ? k : "pont:" + k, v));
            Map<String, String> values = new TreeMap<>();
            file.values().forEach((k, v) -> {
                if (!file.secretKeys().contains(k) && !k.equals("pont:target") && !k.equals("pont:stack")) {
                    values.put(k, v);
                }
            });
            values.putAll(overrides);
            if (forUp) {
                List<String> missing = file.secretKeys().stream().filter(k -> !overrides.containsKey(k)).sorted().toList();
                if (!missing.isEmpty()) {
                    throw new PontException("secret config " + missing + " must be given with --config KEY=VALUE: the ciphertext in Pulumi."
                            + target + ".yaml belongs to another stack");
                }
            }
            return new LiveSandbox.Options(backend, secretsProvider, values, file.secretKeys(), evidence);
        }
    }

    @Command(name = "up", mixinStandardHelpOptions = true,
            description = "Deploy STACK to a new sandbox stack (pont-sandbox-<stack>-<target>-<suffix>), probe it, write the evidence, destroy it (also on failure or interrupt).")
    static final class Up extends Live {
        @Option(names = "--keep", description = "Leave the sandbox up after probing (destroy it later with `pont sandbox down --name`).")
        boolean keep;

        @Override
        public Integer call() {
            Plan plan = plan(config);
            LiveSandbox.Result r = live().up(plan, options(plan, true), keep);
            int code = report(r.sandbox(), r.probes(), r.evidence());
            spec.commandLine().getOut().println(r.destroyed() ? "destroyed " + r.sandbox() : "kept " + r.sandbox() + " (pont sandbox down " + stack + " --target " + target + " --name " + r.sandbox() + ")");
            return code;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = "Probe a sandbox left up by `up --keep`.")
    static final class Verify extends Live {
        @Option(names = "--name", required = true, paramLabel = "SANDBOX", description = "The sandbox stack, pont-sandbox-<stack>-<target>-<suffix>.")
        String name;

        @Override
        public Integer call() {
            Plan plan = plan(config);
            LiveSandbox.Result r = live().verify(plan, name, options(plan, false));
            return report(r.sandbox(), r.probes(), r.evidence());
        }
    }

    @Command(name = "down", mixinStandardHelpOptions = true, description = "Destroy a sandbox and remove its stack; refuses any stack not named as a sandbox.")
    static final class Down extends Live {
        @Option(names = "--name", required = true, paramLabel = "SANDBOX", description = "The sandbox stack, pont-sandbox-<stack>-<target>-<suffix>.")
        String name;

        @Override
        public Integer call() {
            Plan plan = plan(config);
            live().down(plan, name, options(plan, false));
            spec.commandLine().getOut().println("destroyed " + name);
            return 0;
        }
    }

    @Command(name = "local", mixinStandardHelpOptions = true,
            description = "Probe STACK's intent on the local stand-ins started by `.ci/sandboxes up` (Azurite, s3proxy, PostgreSQL 15).")
    static final class Local extends Common {
        @Override
        public Integer call() {
            Environment e = parent.environment;
            LocalSandboxes sandboxes = LocalSandboxes.find(e.env(), e.workDir()).orElseThrow(() -> new PontException(
                    "no local sandboxes: run .ci/sandboxes up (it writes " + LocalSandboxes.ENV_FILE + ") or set the PONT_SANDBOX_* variables"));
            Plan plan = plan(List.of());
            Instant start = e.clock().instant();
            List<ProbeResult> probes = new LocalRun(sandboxes).probe(plan, e.suffixes().get());
            Path dir = evidence.resolve("local-" + stack + "-" + target);
            EvidenceBundle.write(dir, "local", "local", plan, Versions.tools(), Versions.providers(target), probes, start, e.clock().instant());
            return report("local", probes, dir);
        }
    }
}
