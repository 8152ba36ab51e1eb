package dev.pont.providers.ovhcloud;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** OVHcloud facts the adapter relies on (settings.json), kept as data so they can be corrected. */
@JsonIgnoreProperties({"_comment", "sources"})
record Settings(String openstackAuthUrl, String openstackDomain, String publicNetwork, String gatewayModel,
                String kmsSubsidiary, Map<String, DatabasePlan> databasePlans, Map<String, String> kubePlans,
                Map<String, KeyType> keyTypes, Map<String, String> ecCurves, Map<String, Qualification> qualification,
                ColdStorage logsColdStorage) {

    /** A Public Cloud Databases plan and the node count it implies. */
    record DatabasePlan(String plan, int nodes, boolean verified, String note) {
    }

    /** How a neutral key algorithm maps to an OKMS service key. */
    record KeyType(String type, List<String> operations, boolean verified, String note) {
    }

    /** Whether OVHcloud Public Cloud holds a qualification or certification, and what is known. */
    record Qualification(boolean confirmed, String note) {
    }

    /** Logs Data Platform cold storage (archive) settings for the audit stream. */
    record ColdStorage(String target, String content, String compression, boolean verified, String note) {
    }

    Settings {
        for (String plan : List.of("single", "highAvailability", "zoneRedundant")) {
            if (!databasePlans.containsKey(plan)) {
                throw new IllegalStateException("settings.json: databasePlans." + plan + " is missing");
            }
        }
        for (String key : List.of("rsa", "ec")) {
            if (!keyTypes.containsKey(key)) {
                throw new IllegalStateException("settings.json: keyTypes." + key + " is missing");
            }
        }
        for (String key : List.of("secNumCloud", "hds")) {
            if (!qualification.containsKey(key)) {
                throw new IllegalStateException("settings.json: qualification." + key + " is missing");
            }
        }
        for (String key : List.of("singleZone", "multiZone")) {
            if (!kubePlans.containsKey(key)) {
                throw new IllegalStateException("settings.json: kubePlans." + key + " is missing");
            }
        }
    }

    static Settings load() {
        return DataFiles.load("settings.json", Settings.class);
    }
}
