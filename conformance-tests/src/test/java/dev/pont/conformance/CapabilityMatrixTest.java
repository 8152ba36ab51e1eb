package dev.pont.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.conformance.Assessment;
import dev.pont.core.conformance.CapabilityMatrix;
import dev.pont.core.conformance.ConformanceReport;
import dev.pont.core.conformance.Equivalence;
import dev.pont.core.platform.PontStack;
import dev.pont.core.preview.Preview;
import dev.pont.stacks.Extractors;
import dev.pont.stacks.StackRegistry;
import dev.pont.stacks.Targets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps docs/capability-matrix.md equal to what the reference stacks produce today. */
class CapabilityMatrixTest {
    static final Path ROOT = Path.of(System.getProperty("pont.root.dir", ".."));

    @Test
    void theCapabilityMatrixIsCurrent() throws IOException {
        List<ConformanceReport> reports = new ArrayList<>();
        for (String name : StackRegistry.names()) {
            PontStack stack = StackRegistry.get(name);
            List<Assessment> assessments = new ArrayList<>();
            for (String target : Targets.ids()) {
                assessments.addAll(Equivalence.assess(Preview.of(stack, Targets.create(target), ConformanceSuite.config(target)),
                        Extractors.all()));
            }
            reports.add(ConformanceReport.of(name, Targets.ids(), assessments));
        }
        String markdown = CapabilityMatrix.markdown(reports);
        Path file = ROOT.resolve("docs/capability-matrix.md");
        if (Boolean.getBoolean("pont.golden.update")) {
            Files.writeString(file, markdown);
        }
        assertThat(file).as("docs/capability-matrix.md (regenerate with -Dpont.golden.update=true)").exists();
        assertThat(Files.readString(file)).as("docs/capability-matrix.md is out of date: regenerate it with -Dpont.golden.update=true")
                .isEqualTo(markdown);
    }
}
