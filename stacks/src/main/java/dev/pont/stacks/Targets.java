package dev.pont.stacks;

import dev.pont.core.PontException;
import dev.pont.core.adapter.Adapter;
import dev.pont.providers.azure.AzureAdapter;
import dev.pont.providers.outscale.OutscaleAdapter;
import dev.pont.providers.ovhcloud.OvhcloudAdapter;
import dev.pont.providers.s3ns.S3nsAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The clouds Pont can realise stacks on. Adding a cloud is one folder under {@code providers/}
 * and one line here.
 */
public final class Targets {
    private static final Map<String, Supplier<Adapter>> TARGETS = new TreeMap<>(Map.of(
            "azure", AzureAdapter::new,
            "ovhcloud", OvhcloudAdapter::new,
            "outscale", OutscaleAdapter::new,
            "s3ns", S3nsAdapter::new));

    /** The order targets appear in reports: the cloud being left first, then the alternatives. */
    private static final List<String> ORDER = List.of("azure", "ovhcloud", "outscale", "s3ns");

    /** The SecNumCloud-qualified targets (or whose offer is on that path): every target but the cloud being left. */
    private static final List<String> SECNUMCLOUD = List.of("ovhcloud", "outscale", "s3ns");

    private Targets() {}

    /** The SecNumCloud targets, in report order: the default targets of {@code pont audit}. */
    public static List<String> secNumCloud() {
        return ids().stream().filter(SECNUMCLOUD::contains).toList();
    }

    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        ORDER.stream().filter(TARGETS::containsKey).forEach(ids::add);
        TARGETS.keySet().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        return ids;
    }

    /** A fresh adapter for one run. */
    public static Adapter create(String id) {
        Supplier<Adapter> adapter = TARGETS.get(id);
        if (adapter == null) {
            throw new PontException("unknown target '" + id + "': use one of " + ids() + " or all (see `pont targets`)");
        }
        return adapter.get();
    }

    /** Parses {@code all}, one id, or a comma-separated list, keeping the report order. */
    public static List<String> parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new PontException("no target given: use --target with one of " + ids() + " or all");
        }
        if (spec.equals("all")) {
            return ids();
        }
        List<String> ids = new ArrayList<>();
        for (String id : spec.split(",")) {
            String trimmed = id.trim();
            create(trimmed);
            if (!ids.contains(trimmed)) {
                ids.add(trimmed);
            }
        }
        return ids;
    }
}
