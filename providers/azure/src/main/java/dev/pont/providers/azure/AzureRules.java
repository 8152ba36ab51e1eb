package dev.pont.providers.azure;

import dev.pont.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Azure facts the adapter needs besides the catalog (fixed steps, limits, required network rules,
 * log categories), loaded once from {@code azure-rules.json} so that they are reviewed as data.
 */
record AzureRules(Map<String, String> notes, List<Integer> postgresStorageSizesGiB, Map<String, String> postgresTiers,
                  Bounds postgresBackupRetentionDays, Map<String, String> zoneRedundantDisks,
                  Bounds logAnalyticsRetentionDays, int keyRotationMinDays, Map<String, String> privateDnsZones,
                  Kubernetes kubernetes, Map<String, Diagnostics> diagnostics) {

    /** An inclusive range Azure accepts. */
    record Bounds(int min, int max) {
    }

    /** AKS networking facts. */
    record Kubernetes(int maxPodsPerNode, int reservedSubnetAddresses, List<String> serviceCidrs, List<NetworkRule> networkRules) {
    }

    /**
     * A rule AKS needs on its subnet's NSG. {@code {subnet}} stands for the cluster subnet's CIDR and
     * {@code {region}} for the Azure region; {@code egress} marks traffic leaving the network.
     */
    record NetworkRule(String name, String direction, String protocol, String ports, String source, String destination,
                       String why, boolean egress) {
    }

    /** Resource log categories of one kind of log source, per neutral audit category. */
    record Diagnostics(Map<String, List<String>> categories, Map<String, List<String>> implies) {
    }

    static AzureRules load() {
        try (InputStream in = AzureRules.class.getResourceAsStream("azure-rules.json")) {
            if (in == null) {
                throw new IllegalStateException("azure-rules.json not found next to " + AzureRules.class.getName());
            }
            return Json.mapper().readValue(in, AzureRules.class);
        } catch (IOException e) {
            throw new IllegalStateException("azure-rules.json is invalid: " + e.getMessage(), e);
        }
    }
}
