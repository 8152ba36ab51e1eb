package dev.pont.core.report;

import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Secrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The few inputs worth showing on one line of a preview: location, size, version, ranges… */
final class InputSummary {
    /** Input paths a platform engineer looks for first, in this order. */
    private static final List<String> KEYS = List.of(
            "location", "region", "regionName", "sku.name", "sku.tier", "kind", "version", "kubernetesVersion",
            "hardwareProfile.vmSize", "flavorName", "vmType", "flavor", "plan", "engine", "machineType", "databaseVersion",
            "tier", "addressSpace.addressPrefixes", "addressPrefix", "ipRange", "cidr", "ipCidrRange", "ipRanges",
            "size", "sizeGb", "diskSizeGB", "type", "volumeType", "diskSizeGb",
            "minimumTlsVersion", "publicNetworkAccess", "retentionInDays", "protocol", "direction", "access",
            "destinationPortRange", "portRangeMin", "fromPortRange", "sourceAddressPrefix", "ipRangeRef");
    private static final int MAX = 3;
    private static final int WIDTH = 40;

    private InputSummary() {}

    static String of(PlannedResource r) {
        if (!r.custom()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String key : KEYS) {
            Object value = at(r.inputs(), key);
            if (value != null && parts.size() < MAX) {
                parts.add(key.substring(key.lastIndexOf('.') + 1) + "=" + format(value));
            }
        }
        return String.join(" ", parts);
    }

    private static Object at(Map<String, Object> inputs, String path) {
        Object value = inputs;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map) || Secrets.isSecret(value)) {
                return null;
            }
            value = map.get(part);
        }
        return value instanceof Map<?, ?> && !Secrets.isSecret(value) ? null : value;
    }

    private static String format(Object value) {
        String text = Secrets.isSecret(value) ? "[secret]"
                : value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
        return text.length() > WIDTH ? text.substring(0, WIDTH - 1) + "…" : text;
    }
}
