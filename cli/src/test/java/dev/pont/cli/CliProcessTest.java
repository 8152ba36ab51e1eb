package dev.pont.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command end to end as a separate process: exit codes, stdout, stderr, files. */
class CliProcessTest {
    record Result(int code, String out, String err) {
    }

    static Result run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dpont.home=" + Path.of(System.getProperty("pont.root.dir", "..")).toAbsolutePath(),
                Pont.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("pont finished").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void previewRunsOfflineAsAProcess(@TempDir Path dir) throws Exception {
        Result result = run(dir, "preview", "health-data", "--target", "azure", "--format", "json", "--out", "plan.json");
        assertThat(result.code()).as("exit code; stderr: %s", result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(Files.readString(dir.resolve("plan.json"))).contains("\"target\" : \"azure\"").contains("pont:storage:ObjectStore");
    }

    @Test
    void anInputErrorExitsTwoWithOneLine(@TempDir Path dir) throws Exception {
        Result result = run(dir, "preview", "health-data", "--target", "mars", "--out", "plan.json");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).startsWith("pont: unknown target 'mars'");
        assertThat(dir.resolve("plan.json")).doesNotExist();
    }

    @Test
    void diffReadsAnArmTemplateAndRejectsABadOneAsAProcess(@TempDir Path dir) throws Exception {
        Path root = Path.of(System.getProperty("pont.root.dir", "..")).toAbsolutePath();
        String export = root.resolve("corpus/estates/health-data-azure.az-export.json").toString();
        String golden = root.resolve("stacks/src/test/resources/golden/health-data.azure.json").toString();
        Result ok = run(dir, "diff", export, golden, "--format", "json", "--out", "diff.json");
        assertThat(ok.code()).as("exit code; stderr: %s", ok.err()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("diff.json"))).contains("\"source\" : \"arm\"");
        String bad = root.resolve("corpus/bad/invalid-utf8.arm.json").toString();
        Result rejected = run(dir, "diff", bad, golden, "--out", "bad.json");
        assertThat(rejected.code()).isEqualTo(2);
        assertThat(rejected.err()).isEqualTo("pont: " + bad + ": line 8, byte 17 (offset 253): not valid UTF-8; save the file as UTF-8"
                + System.lineSeparator());
        assertThat(dir.resolve("bad.json")).doesNotExist();
    }
}
