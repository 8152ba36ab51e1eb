package dev.pont.cli;

import dev.pont.core.importer.DiffReport;
import dev.pont.core.importer.Format;
import dev.pont.core.importer.ImportedPlan;
import dev.pont.core.importer.PlanDiff;
import dev.pont.core.PontException;
import dev.pont.stacks.Extractors;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two plans in neutral terms: Pont plans (pont preview --format json), `pulumi stack export`,",
                "`pulumi preview --json`, or ARM templates (also `az group export`); the format is detected from the content.",
                "Exit 0 when they do not differ, 1 when they differ, 2 on an input error. See docs/diff.md."})
final class DiffCommand implements Callable<Integer> {

    enum OutputFormat { text, json, markdown }

    @Parameters(index = "0", paramLabel = "A", description = "The first plan file.")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "The second plan file.")
    Path b;

    @Option(names = "--from", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "The format of both files: pont, stack-export, preview-json or arm (default: detected from the content).")
    Format from;

    @Option(names = "--raw", description = "Also show provider input differences of matched cloud resources.")
    boolean raw;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout (atomically).")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ImportedPlan left = EstateFiles.read(a, from, spec.commandLine().getErr());
        ImportedPlan right = EstateFiles.read(b, from, spec.commandLine().getErr());
        PlanDiff diff = PlanDiff.of(left.plan(), right.plan(), Extractors.all(), raw);
        String report = switch (format) {
            case json -> DiffReport.json(diff, left, right);
            case markdown -> DiffReport.markdown(diff, left, right);
            default -> DiffReport.text(diff, left, right);
        };
        OutputFile.write(report, out, spec.commandLine().getOut());
        return diff.hasDifferences() ? PontException.FINDINGS : 0;
    }

    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.of(value);
            } catch (PontException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
