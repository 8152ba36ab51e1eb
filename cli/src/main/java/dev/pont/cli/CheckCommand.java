package dev.pont.cli;

import dev.pont.core.PontException;
import dev.pont.core.importer.Format;
import dev.pont.core.plan.Plan;
import dev.pont.core.platform.Platform;
import dev.pont.core.platform.PontStack;
import dev.pont.core.platform.Realiser;
import dev.pont.core.platform.SourceLocation;
import dev.pont.core.policy.Finding;
import dev.pont.core.policy.PolicyCheck;
import dev.pont.core.policy.PolicyReport;
import dev.pont.core.policy.Profile;
import dev.pont.core.policy.Waiver;
import dev.pont.core.preview.Preview;
import dev.pont.stacks.Extractors;
import dev.pont.stacks.StackRegistry;
import dev.pont.stacks.Targets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a stack (previewed offline on one target) or an imported estate against a policy profile.",
                "Exit 1 on error-level findings not waived, 0 otherwise, 2 on bad input. See docs/policy.md."})
final class CheckCommand implements Callable<Integer> {
    static final String WAIVERS_FILE = "pont-waivers.yaml";

    enum OutputFormat { text, json, sarif, junit }

    @ParentCommand
    Pont root;

    @Parameters(index = "0", paramLabel = "STACK|ESTATE", description = "A stack name (see `pont stacks`) or an estate file (a Pont plan or a `pulumi stack export`).")
    String subject;

    @Option(names = {"-t", "--target"}, paramLabel = "TARGET",
            description = "The target a stack is previewed on (default: azure); for an estate, the target its resources are on (default: the plan's).")
    String target;

    @Option(names = {"-p", "--profile"}, required = true, paramLabel = "PROFILE", description = "secnumcloud, hds or baseline.")
    String profile;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT", description = "text, json, sarif or junit (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout (atomically).")
    Path out;

    @Option(names = "--from", paramLabel = "FORMAT", converter = DiffCommand.FormatConverter.class,
            description = "The format of an estate file: pont, stack-export, preview-json or arm (default: detected from the content).")
    Format from;

    @Option(names = "--waivers", paramLabel = "FILE", description = "Waivers to apply (default: " + WAIVERS_FILE + " next to the stack source or the estate file).")
    Path waivers;

    @Option(names = "--config-file", paramLabel = "FILE", description = "Stack config to use instead of Pulumi.<target>.yaml.")
    Path configFile;

    @Option(names = {"-c", "--config"}, paramLabel = "KEY=VALUE", description = "A config value for the preview (repeatable).")
    List<String> config = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Profile chosen = Profile.named(profile);
        PolicyCheck check = PolicyCheck.profile(chosen).clock(root.clock);
        Plan plan;
        Path waiverFile = waivers;
        if (StackRegistry.names().contains(subject)) {
            String id = target == null ? "azure" : target;
            if (!Targets.ids().contains(id)) {
                throw new PontException("unknown target '" + id + "': use one of " + Targets.ids() + " (see `pont targets`)");
            }
            PontStack stack = StackRegistry.get(subject);
            plan = Preview.of(stack, Targets.create(id), StackConfigFiles.resolve(id, configFile, config));
            Map<String, Finding.Location> locations = new TreeMap<>();
            Finding.Location whole = declaredAt(stack, locations);
            check.locations(locations, whole);
            if (waiverFile == null && whole != null) {
                Path beside = root().resolve(whole.file()).resolveSibling(WAIVERS_FILE);
                waiverFile = Files.isRegularFile(beside) ? beside : null;
            }
        } else {
            Path file = Path.of(subject);
            if (!Files.isRegularFile(file)) {
                throw new PontException("'" + subject + "' is neither a stack (" + String.join(", ", StackRegistry.names())
                        + ") nor an estate file: give a stack name or the path of a plan or stack export");
            }
            plan = readEstate(file);
            if (target != null) {
                plan = new Plan(plan.stack(), target, plan.resources(), plan.deviations(), plan.choices(), plan.warnings());
            }
            check.locations(Map.of(), new Finding.Location(display(file), null));
            if (waiverFile == null) {
                Path beside = file.toAbsolutePath().resolveSibling(WAIVERS_FILE);
                waiverFile = Files.isRegularFile(beside) ? beside : null;
            }
        }
        if (waiverFile != null) {
            if (!Files.isRegularFile(waiverFile)) {
                throw new PontException("--waivers " + waiverFile + " does not exist");
            }
            check.waivers(Waiver.load(waiverFile));
        }
        PolicyReport report = check.run(plan, Extractors.all());
        String rendered = switch (format) {
            case json -> report.json();
            case sarif -> report.sarif();
            case junit -> report.junit();
            default -> report.text();
        };
        OutputFile.write(rendered, out, spec.commandLine().getOut());
        return report.failed() ? PontException.FINDINGS : 0;
    }

    /** The one place an estate is read: every format the importers know, skipped parts warned about. */
    private Plan readEstate(Path file) {
        return EstateFiles.read(file, from, spec.commandLine().getErr()).plan();
    }

    /**
     * Where each resource of the stack is declared: the stack is defined once more, as a model only,
     * and the platform records each declaring call. Returns the stack's source file (findings about
     * the whole stack point there).
     */
    private static Finding.Location declaredAt(PontStack stack, Map<String, Finding.Location> locations) {
        Platform platform = new Platform(stack.name(), stack.placement(), Realiser.NONE);
        stack.define(platform);
        Finding.Location whole = null;
        for (Map.Entry<String, SourceLocation> e : platform.sources().entrySet()) {
            String file = sourceFile(e.getValue());
            locations.put(e.getKey(), new Finding.Location(file, e.getValue().line() > 0 ? e.getValue().line() : null));
            if (whole == null && e.getValue().className().equals(stack.getClass().getName())) {
                whole = new Finding.Location(file, null);
            }
        }
        return whole;
    }

    /** A source file relative to the repository root: the first module whose src/main/java holds it. */
    static String sourceFile(SourceLocation source) {
        Path root = root();
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("src/main/java"));
        try (var dirs = Files.list(root)) {
            dirs.filter(Files::isDirectory).sorted().forEach(d -> {
                candidates.add(root.relativize(d).resolve("src/main/java"));
            });
        } catch (java.io.IOException e) {
            // an unreadable root only means the path stays relative to a source root
        }
        for (Path c : candidates) {
            if (Files.isRegularFile(root.resolve(c).resolve(source.path()))) {
                return c.resolve(source.path()).toString().replace('\\', '/');
            }
        }
        return source.path();
    }

    /** The repository root: Pont's home when run through the launcher, else the working directory. */
    static Path root() {
        for (String property : new String[] {"pont.root.dir", "pont.home"}) {
            String value = System.getProperty(property);
            if (value != null && Files.isDirectory(Path.of(value))) {
                return Path.of(value).toAbsolutePath().normalize();
            }
        }
        return Path.of("").toAbsolutePath();
    }

    private static String display(Path file) {
        return file.normalize().toString().replace('\\', '/');
    }
}
