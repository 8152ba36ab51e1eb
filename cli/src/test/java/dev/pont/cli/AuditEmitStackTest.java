package dev.pont.cli;

import static dev.pont.cli.CliTest.pont;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.audit.Audit;
import dev.pont.core.audit.AuditTarget;
import dev.pont.core.audit.StackSource;
import dev.pont.core.importer.PlanImporter;
import dev.pont.core.plan.Plan;
import dev.pont.core.platform.PontStack;
import dev.pont.core.platform.StackModel;
import dev.pont.core.preview.Preview;
import dev.pont.core.preview.PreviewConfig;
import dev.pont.stacks.Extractors;
import dev.pont.stacks.Targets;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pont audit --emit-stack}: the written stack compiles, loads, and previews to the neutral resources the audit inferred. */
class AuditEmitStackTest {
    @TempDir
    Path dir;

    @Test
    void theEmittedStackCompilesAndPreviewsToTheInferredModel() throws Exception {
        Path out = dir.resolve("stack");
        CliTest.Run run = pont("audit", AuditCommandTest.ESTATE.toString(), "--targets", "outscale", "--format", "json",
                "--emit-stack", out.toString());
        assertThat(run.err()).isEmpty();
        String cls = StackSource.className("health-platform");
        Path source = out.resolve("src/main/java/dev/pont/stacks/audited/" + cls + ".java");
        assertThat(source).exists();
        assertThat(out.resolve("README.md")).exists();

        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = javac.run(null, null, errors, "-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                source.toString());
        assertThat(code).as(errors.toString()).isZero();

        PontStack emitted;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            emitted = (PontStack) loader.loadClass(StackSource.PACKAGE + "." + cls).getDeclaredConstructor().newInstance();
        }
        PreviewConfig config = PreviewConfig.empty().with(AuditCommand.OFFLINE);
        StackModel inferred = Audit.run(PlanImporter.read(AuditCommandTest.ESTATE, null), "estate.json", Extractors.all(),
                List.of(new AuditTarget("outscale", () -> Targets.create("outscale"), config))).model();
        assertThat(emitted.model()).isEqualTo(inferred);

        Plan fromEmitted = Preview.of(emitted, Targets.create("outscale"), config);
        Plan fromInference = Preview.of(inferred, Targets.create("outscale"), config);
        assertThat(neutral(fromEmitted)).isNotEmpty().isEqualTo(neutral(fromInference));
        assertThat(neutral(fromEmitted)).hasSize(inferred.declarations().size());
    }

    private static List<String> neutral(Plan plan) {
        return plan.components().stream().map(c -> c.type() + " " + c.name() + " " + c.inputs().get("spec")).sorted().toList();
    }

    @Test
    void aNonEmptyDirectoryIsRefusedAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("taken");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");
        Path report = dir.resolve("report.json");
        CliTest.Run run = pont("audit", AuditCommandTest.ESTATE.toString(), "--targets", "outscale", "--emit-stack", out.toString(),
                "--out", report.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--emit-stack").contains("not empty");
        assertThat(report).doesNotExist();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("keep.txt");
        }
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("taken");
        }
    }
}
