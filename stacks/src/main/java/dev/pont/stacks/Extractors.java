package dev.pont.stacks;

import dev.pont.core.facts.FactExtractor;
import dev.pont.providers.azure.facts.AzureFacts;
import dev.pont.providers.azure.facts.EntraFacts;
import dev.pont.providers.outscale.facts.KubernetesFacts;
import dev.pont.providers.outscale.facts.OosFacts;
import dev.pont.providers.outscale.facts.OutscaleFacts;
import dev.pont.providers.ovhcloud.facts.OvhcloudFacts;
import dev.pont.providers.s3ns.facts.GcpFacts;
import java.util.List;

/**
 * Every fact extractor Pont knows, one per provider package family. Plans from any source
 * (previews, imported estates) are read through all of them.
 */
public final class Extractors {
    private Extractors() {}

    public static List<FactExtractor> all() {
        return List.of(
                new AzureFacts(),
                new EntraFacts(),
                new OvhcloudFacts(),
                new OutscaleFacts(),
                new OosFacts(),
                new KubernetesFacts(),
                new GcpFacts());
    }
}
