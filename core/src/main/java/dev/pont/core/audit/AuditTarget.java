package dev.pont.core.audit;

import dev.pont.core.adapter.Adapter;
import dev.pont.core.preview.PreviewConfig;
import java.util.function.Supplier;

/** A cloud an estate is audited against: its id, a fresh adapter per preview, and the offline config the previews use. */
public record AuditTarget(String id, Supplier<Adapter> adapter, PreviewConfig config) {
}
