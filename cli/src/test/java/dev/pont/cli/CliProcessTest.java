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
}
