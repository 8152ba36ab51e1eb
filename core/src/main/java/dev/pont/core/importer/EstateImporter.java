package dev.pont.core.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.core.plan.Plan;

/**
 * One input format read into a {@link Plan}. Core holds the Pulumi formats; a provider module may add
 * its own (the ARM template importer lives in providers/azure) and {@code dev.pont.stacks.Estates}
 * assembles them, so core never imports a provider. {@link PlanImporter} reads the bytes, checks
 * encoding, size and depth, detects the format with {@link #recognises} and hands over the parsed root.
 */
public interface EstateImporter {

    /** The format this importer reads. */
    Format format();

    /**
     * Whether a parsed document is in this format, from markers that format always has (its schema,
     * version or top-level keys), so that another format is never mistaken for it.
     */
    boolean recognises(JsonNode root);

    /** The plan in the document; every problem is {@link ImportContext#fail}, every skipped part {@link ImportContext#skip}. */
    Plan read(JsonNode root, ImportContext context);
}
