package dev.pont.stacks;

import dev.pont.core.importer.EstateImporter;
import dev.pont.core.importer.Format;
import dev.pont.core.importer.ImportedPlan;
import dev.pont.core.importer.PlanImporter;
import dev.pont.providers.azure.arm.ArmImporter;
import java.nio.file.Path;
import java.util.List;

/**
 * Every plan format Pont reads, in one call: core's (Pont plans, {@code pulumi stack export},
 * {@code pulumi preview --json}) and the providers' (ARM templates and {@code az group export} from
 * providers/azure). Commands that read an estate call {@link #read}; next to {@link Extractors} and
 * {@link Targets}, this is the only place that names a provider's importer.
 */
public final class Estates {
    private Estates() {}

    /** The importers providers add to core's. */
    public static List<EstateImporter> providerImporters() {
        return List.of(new ArmImporter());
    }

    /** Reads a plan in any format Pont knows, detected from the content unless {@code forced} is given (null: detect). */
    public static ImportedPlan read(Path file, Format forced) {
        return PlanImporter.read(file, forced, providerImporters());
    }
}
