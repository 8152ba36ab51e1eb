package dev.pont.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** {@code pont audit} in-process, for the benchmark: the same command line, its JSON report as a string. */
public final class AuditRun {
    private AuditRun() {}

    public static String json(Path estate, String targets) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Pont.run(new String[] {"audit", estate.toString(), "--targets", targets, "--format", "json"},
                new PrintWriter(out), new PrintWriter(err));
        if (code == 2 || out.toString().isEmpty()) {
            throw new IllegalStateException("pont audit failed (" + code + "): " + err);
        }
        return out.toString();
    }
}
