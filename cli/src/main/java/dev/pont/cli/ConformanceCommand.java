package dev.pont.cli;

import dev.pont.core.PontException;
import dev.pont.core.conformance.Assessment;
import dev.pont.core.conformance.ConformanceReport;
import dev.pont.core.conformance.Equivalence;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import dev.pont.core.platform.PontStack;
import dev.pont.core.preview.Preview;
import dev.pont.stacks.Extractors;
import dev.pont.stacks.StackRegistry;
import dev.pont.stacks.Targets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "conformance", mixinStandardHelpOptions = true,
        description = {"Prove, offline, that a stack lands equivalently on each target: the equivalence matrix.",
                "Exit 1 when a target differs from the intent where its adapter declared no deviation."})
final class ConformanceCommand implements Callable<Integer> {

    enum Format { text, json, markdown, html, junit }

    @Parameters(index = "0", paramLabel = "STACK", description = "A stack name (see `pont stacks`).")
    String stack;

    @Option(names = {"-t", "--targets", "--target"}, defaultValue = "all", paramLabel = "TARGETS",
            description = "Comma-separated target ids, or all (default: ${DEFAULT-VALUE}).")
    String targets;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, markdown, html or junit (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report to FILE (atomically).")
    Path out;

    @Option(names = {"-c", "--config"}, paramLabel = "KEY=VALUE", description = "A config value for every target (repeatable).")
    List<String> config = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PontStack pontStack = StackRegistry.get(stack);
        List<String> ids = Targets.parse(targets);
        List<Assessment> assessments = new ArrayList<>();
        for (String id : ids) {
            Plan plan = Preview.of(pontStack, Targets.create(id), StackConfigFiles.resolve(id, null, config));
            assessments.addAll(Equivalence.assess(plan, Extractors.all()));
        }
        ConformanceReport report = ConformanceReport.of(stack, ids, assessments);
        String content = switch (format) {
            case json -> Json.pretty(report);
            case markdown -> report.markdown();
            case html -> report.html();
            case junit -> report.junit();
            default -> report.text();
        };
        OutputFile.write(content, out, spec.commandLine().getOut());
        if (!report.passed()) {
            spec.commandLine().getErr().println("pont: " + report.undeclared() + " undeclared difference(s): see the report");
            return PontException.FINDINGS;
        }
        return 0;
    }
}
