package dev.pont.cli;

import dev.pont.core.PontException;
import dev.pont.core.audit.Audit;
import dev.pont.core.audit.AuditReports;
import dev.pont.core.audit.AuditTarget;
import dev.pont.core.importer.Format;
import dev.pont.core.importer.ImportedPlan;
import dev.pont.core.preview.PreviewConfig;
import dev.pont.stacks.Extractors;
import dev.pont.stacks.Targets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Reversibility audit of an existing estate (a `pulumi stack export`, a `pulumi preview --json`, an ARM template or a Pont plan): what each resource",
                "becomes on each SecNumCloud target, what is degraded, what has no equivalent (lock-in), a score per target,",
                "data export paths and the actions to reach full reversibility. Offline. See docs/audit.md.",
                "Exit 0 when every target scores 1.0, 1 otherwise, 2 on an input error."})
final class AuditCommand implements Callable<Integer> {

    enum OutputFormat { text, json, markdown, html }

    @Parameters(index = "0", paramLabel = "ESTATE", description = "The estate: a `pulumi stack export` file or a Pont plan.")
    Path estate;

    @Option(names = {"-t", "--targets", "--target"}, paramLabel = "TARGETS",
            description = "Comma-separated target ids, or all (default: the SecNumCloud targets ovhcloud,outscale,s3ns).")
    String targets;

    @Option(names = "--from", paramLabel = "FORMAT", converter = DiffCommand.FormatConverter.class,
            description = "The estate's format: pont, stack-export, preview-json or arm (default: detected from the content).")
    Format from;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, markdown or html (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout (atomically).")
    Path out;

    @Option(names = "--emit-stack", paramLabel = "DIR",
            description = "Also write a Pont Java stack reproducing the inferred neutral model into DIR (which must not exist or be empty).")
    Path emitStack;

    @Option(names = {"-c", "--config"}, paramLabel = "KEY=VALUE",
            description = "A config value for every target's offline preview (repeatable); placeholders are used otherwise.")
    List<String> config = new ArrayList<>();

    /**
     * Placeholders for the config values a target refuses to preview without: an audit needs no real project,
     * and fixed values keep the report the same wherever it runs.
     */
    static final java.util.Map<String, String> OFFLINE = java.util.Map.of(
            "pont:ovhcloudProjectId", "audit-placeholder-project",
            "pont:s3nsProject", "s3ns:audit-placeholder-project",
            "pont:adminSshPublicKey", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINU+SvT9Y3n8uj9eTE7EWHyYOWno+4RilU+yAPZqM463 audit-placeholder");

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<String> ids = targets == null ? Targets.secNumCloud() : Targets.parse(targets);
        if (emitStack != null) {
            StackDirectory.checkWritable(emitStack);
        }
        if (out != null && (out.toAbsolutePath().getParent() == null || !java.nio.file.Files.isDirectory(out.toAbsolutePath().getParent()))) {
            // Checked before anything is written, so that a bad --out never leaves an emitted stack behind.
            throw new PontException("cannot write --out " + out + ": directory " + out.toAbsolutePath().getParent() + " does not exist: create it first");
        }
        ImportedPlan plan = load(estate, from);
        java.util.Map<String, String> values = new java.util.TreeMap<>(OFFLINE);
        values.putAll(StackConfigFiles.overrides(config));
        PreviewConfig offline = PreviewConfig.empty().with(values);
        List<AuditTarget> auditTargets = new ArrayList<>();
        for (String id : ids) {
            auditTargets.add(new AuditTarget(id, () -> Targets.create(id), offline));
        }
        Audit.Result result = Audit.run(plan, estate.getFileName().toString(), Extractors.all(), auditTargets);
        String report = switch (format) {
            case json -> AuditReports.json(result.report());
            case markdown -> AuditReports.markdown(result.report());
            case html -> AuditReports.html(result.report());
            default -> AuditReports.text(result.report());
        };
        if (emitStack != null) {
            StackDirectory.write(emitStack, dev.pont.core.audit.StackSource.files(result.model(), result.report()));
        }
        OutputFile.write(report, out, spec.commandLine().getOut());
        boolean reversible = result.report().targets().values().stream().allMatch(t -> t.score() >= 1.0);
        return reversible ? 0 : PontException.FINDINGS;
    }

    /** The one place estates are loaded: every format the importers know, skipped parts warned about. */
    private ImportedPlan load(Path file, Format forced) {
        return EstateFiles.read(file, forced, spec.commandLine().getErr());
    }
}
