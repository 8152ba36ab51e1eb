package dev.pont.core.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The audit log of the stack: every other resource sends the chosen categories of events to it,
 * and they are kept {@code retentionDays}.
 */
public record AuditLogSpec(int retentionDays, Set<Category> categories, Labels labels) implements Spec {

    public enum Category {
        ADMINISTRATIVE, DATA_ACCESS, SECURITY;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        @JsonCreator
        public static Category of(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    public AuditLogSpec {
        Checks.range("audit log retentionDays", retentionDays, 1, 3650);
        if (categories == null || categories.isEmpty()) {
            throw new SpecException("audit log logs nothing: list at least one category (administrative, data-access, security)");
        }
        categories = java.util.Collections.unmodifiableSet(EnumSet.copyOf(categories));
        labels = labels == null ? Labels.NONE : labels;
    }

    /** Everything, kept {@code retentionDays}. */
    public static AuditLogSpec everything(int retentionDays) {
        return new AuditLogSpec(retentionDays, EnumSet.allOf(Category.class), Labels.NONE);
    }

    public AuditLogSpec labels(Labels labels) {
        return new AuditLogSpec(retentionDays, categories, labels);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.AUDIT_LOG;
    }

    @Override
    public List<Refs.Ref> references() {
        return List.of();
    }
}
