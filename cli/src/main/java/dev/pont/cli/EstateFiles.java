package dev.pont.cli;

import dev.pont.core.importer.Format;
import dev.pont.core.importer.ImportedPlan;
import dev.pont.stacks.Estates;
import java.io.PrintWriter;
import java.nio.file.Path;

/** How every command reads an estate file: through the importers' facade, warning on stderr about what was skipped. */
final class EstateFiles {

    private EstateFiles() {
    }

    /** Reads {@code file} (format detected unless {@code forced}); each skipped part is one warning line on {@code err}. */
    static ImportedPlan read(Path file, Format forced, PrintWriter err) {
        ImportedPlan imported = Estates.read(file, forced);
        for (String skipped : imported.skipped()) {
            err.println("pont: warning: " + file + ": skipped " + skipped + " (the report covers an incomplete estate)");
        }
        return imported;
    }
}
