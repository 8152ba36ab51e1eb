package dev.pont.cli;

import dev.pont.core.PontException;
import dev.pont.core.adapter.Adapter;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import dev.pont.core.platform.PontStack;
import dev.pont.core.preview.Preview;
import dev.pont.core.report.PlanMarkdown;
import dev.pont.core.report.PlanText;
import dev.pont.core.report.SideBySide;
import dev.pont.stacks.StackRegistry;
import dev.pont.stacks.Targets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Show, offline and without credentials, which resources a stack gets on one or more clouds.",
                "Reads Pulumi.<target>.yaml for stack config when present."})
final class PreviewCommand implements Callable<Integer> {

    enum Format { text, json, markdown }

    @Parameters(index = "0", paramLabel = "STACK", description = "A stack name (see `pont stacks`).")
    String stack;

    @Option(names = {"-t", "--target"}, defaultValue = "azure", paramLabel = "TARGET",
            description = "A target id, a comma-separated list, or all (default: ${DEFAULT-VALUE}; see `pont targets`).")
    String target;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout (atomically).")
    Path out;

    @Option(names = "--config-file", paramLabel = "FILE", description = "Stack config to use instead of Pulumi.<target>.yaml (one target only).")
    Path configFile;

    @Option(names = {"-c", "--config"}, paramLabel = "KEY=VALUE", description = "A config value, e.g. pont:ovhcloudProjectId=abc123 (repeatable).")
    List<String> config = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PontStack pontStack = StackRegistry.get(stack);
        List<String> targets = Targets.parse(target);
        if (configFile != null && targets.size() > 1) {
            throw new PontException("--config-file applies to one target; with several, put each config in Pulumi.<target>.yaml");
        }
        List<Plan> plans = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (String id : targets) {
            Adapter adapter = Targets.create(id);
            names.put(id, adapter.info().displayName());
            plans.add(Preview.of(pontStack, adapter, StackConfigFiles.resolve(id, configFile, config)));
        }
        OutputFile.write(render(plans, names), out, spec.commandLine().getOut());
        return 0;
    }

    private String render(List<Plan> plans, Map<String, String> names) {
        switch (format) {
            case json:
                if (plans.size() == 1) {
                    return Json.pretty(plans.get(0));
                }
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("stack", stack);
                doc.put("targets", plans.stream().map(Plan::target).toList());
                doc.put("plans", plans);
                doc.put("sideBySide", SideBySide.rows(plans));
                return Json.pretty(doc);
            case markdown: {
                StringBuilder md = new StringBuilder();
                plans.forEach(p -> md.append(PlanMarkdown.render(p, names.get(p.target()))).append('\n'));
                if (plans.size() > 1) {
                    md.append(SideBySide.markdown(plans));
                }
                return md.toString();
            }
            default: {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < plans.size(); i++) {
                    if (i > 0) {
                        text.append("\n").append("=".repeat(78)).append("\n\n");
                    }
                    text.append(PlanText.render(plans.get(i), names.get(plans.get(i).target())));
                }
                if (plans.size() > 1) {
                    text.append("\n").append(SideBySide.text(plans));
                }
                return text.toString();
            }
        }
    }
}
