package dev.pont.cli;

import dev.pont.core.PontException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a report to stdout, or to a file atomically: a reader never sees half a report. */
final class OutputFile {
    private OutputFile() {}

    static void write(String content, Path out, PrintWriter stdout) {
        if (out == null) {
            stdout.print(content);
            stdout.flush();
            return;
        }
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new PontException("cannot write --out " + out + ": directory " + dir + " does not exist: create it first");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new PontException("cannot write --out " + out + ": " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the move succeeded or the error above is the one worth reporting
                }
            }
        }
    }
}
