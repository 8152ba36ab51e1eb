package dev.pont.cli;

import dev.pont.core.PontException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a generated stack into a directory that does not exist or is empty: everything is written into
 * a hidden sibling directory first and moved into place at the end, so a failure leaves nothing behind.
 */
final class StackDirectory {
    private StackDirectory() {}

    static void checkWritable(Path dir) {
        Path parent = dir.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new PontException("cannot write --emit-stack " + dir + ": directory " + parent + " does not exist: create it first");
        }
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new PontException("cannot write --emit-stack " + dir + ": it is a file: give a new or empty directory");
            }
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new PontException("cannot write --emit-stack " + dir + ": the directory is not empty: give a new or empty directory");
                }
            } catch (IOException e) {
                throw new PontException("cannot read --emit-stack " + dir + ": " + e.getMessage());
            }
        }
    }

    static void write(Path dir, Map<String, String> files) {
        checkWritable(dir);
        Path target = dir.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = temp.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
            }
            if (Files.exists(target)) {
                Files.delete(target);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (IOException e) {
            throw new PontException("cannot write --emit-stack " + dir + ": " + e.getMessage());
        } finally {
            if (temp != null) {
                try (Stream<Path> walk = Files.walk(temp)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // the error above is the one worth reporting
                }
            }
        }
    }
}
