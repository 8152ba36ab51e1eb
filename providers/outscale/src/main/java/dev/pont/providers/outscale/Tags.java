package dev.pont.providers.outscale;

import dev.pont.core.spec.Labels;
import dev.pont.providers.outscale.bindings.TagArgs;
import java.util.List;

/** Labels as Outscale tags (a list of key/value pairs), in label order so plans are stable. */
final class Tags {
    private Tags() {}

    static List<TagArgs> of(Labels labels) {
        return labels.asMap().entrySet().stream()
                .map(e -> TagArgs.builder().key(e.getKey()).value(e.getValue()).build())
                .toList();
    }
}
