package dev.pont.providers.s3ns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plausible outputs for the offline preview, by type token, so that dependent resources resolve:
 * GCP resource ids ({@code projects/<p>/...}), self links on the S3NS compute endpoint, service
 * account emails in the S3NS format, a private IP for instances and databases. Every value derives
 * from the inputs and the resource name, so previews are byte-identical run to run. Service agent
 * emails are placeholders: a real deployment reads them from the API.
 */
final class PreviewAnswers {
    private final String project;
    private final String region;

    PreviewAnswers(String project, String region) {
        this.project = project;
        this.region = region;
    }

    Map<String, Object> outputs(String type, String name, Map<String, Object> inputs) {
        String h = GcpNames.hash(type + "/" + name, 12);
        String p = "projects/" + project;
        Object n = inputs.getOrDefault("name", name);
        Map<String, Object> out = new LinkedHashMap<>();
        switch (type) {
            case "gcp:compute/network:Network" -> compute(out, p + "/global/networks/" + n);
            case "gcp:compute/subnetwork:Subnetwork" -> compute(out, p + "/regions/" + region + "/subnetworks/" + n);
            case "gcp:compute/firewall:Firewall" -> compute(out, p + "/global/firewalls/" + n);
            case "gcp:compute/globalAddress:GlobalAddress" -> compute(out, p + "/global/addresses/" + n);
            case "gcp:compute/disk:Disk" -> compute(out, p + "/zones/" + inputs.get("zone") + "/disks/" + n);
            case "gcp:compute/instance:Instance" -> {
                compute(out, p + "/zones/" + inputs.get("zone") + "/instances/" + n);
                out.put("instanceId", String.valueOf(Long.parseLong(h.substring(0, 12), 16)));
                out.put("networkInterfaces", interfaces(inputs.get("networkInterfaces"), h));
            }
            case "gcp:servicenetworking/connection:Connection" -> {
                out.put("id", inputs.get("network") + ":" + inputs.get("service"));
                out.put("peering", "servicenetworking-googleapis-com");
            }
            case "gcp:kms/keyRing:KeyRing" -> out.put("id", p + "/locations/" + inputs.get("location") + "/keyRings/" + n);
            case "gcp:kms/cryptoKey:CryptoKey" -> out.put("id", inputs.get("keyRing") + "/cryptoKeys/" + n);
            case "gcp:secretmanager/secret:Secret" -> {
                out.put("id", p + "/secrets/" + inputs.get("secretId"));
                out.put("name", "projects/000000000000/secrets/" + inputs.get("secretId"));
            }
            case "gcp:secretmanager/secretVersion:SecretVersion" -> {
                out.put("id", inputs.get("secret") + "/versions/1");
                out.put("version", "1");
            }
            case "gcp:storage/bucket:Bucket" -> {
                out.put("id", n);
                out.put("url", "gs://" + n);
                out.put("selfLink", "https://storage." + S3nsData.UNIVERSE.domain() + "/storage/v1/b/" + n);
            }
            case "gcp:container/cluster:Cluster" -> {
                out.put("id", p + "/locations/" + inputs.get("location") + "/clusters/" + n);
                out.put("endpoint", privateIp(h));
            }
            case "gcp:sql/databaseInstance:DatabaseInstance" -> {
                out.put("id", n);
                out.put("connectionName", project + ":" + region + ":" + n);
                out.put("privateIpAddress", privateIp(h));
            }
            case "gcp:serviceaccount/account:Account" -> {
                String email = inputs.get("accountId") + "@" + bare(project) + ".s3ns.iam.gserviceaccount.com";
                out.put("id", p + "/serviceAccounts/" + email);
                out.put("name", p + "/serviceAccounts/" + email);
                out.put("email", email);
                out.put("member", "serviceAccount:" + email);
                out.put("uniqueId", String.valueOf(Long.parseLong(h.substring(0, 12), 16)));
            }
            case "gcp:projects/serviceIdentity:ServiceIdentity" ->
                out.put("email", "service-000000000000@preview-agent-" + String.valueOf(inputs.get("service")).split("\\.")[0]
                        + ".invalid");
            case "gcp:logging/projectBucketConfig:ProjectBucketConfig" ->
                out.put("id", p + "/locations/" + inputs.get("location") + "/buckets/" + inputs.get("bucketId"));
            case "gcp:logging/projectSink:ProjectSink" -> {
                out.put("id", p + "/sinks/" + n);
                out.put("writerIdentity", "serviceAccount:service-000000000000@preview-agent-logging.invalid");
            }
            default -> {
            }
        }
        return out;
    }

    /** Answers to provider functions: only Cloud Storage's service agent is asked for. */
    Map<String, Object> invoke(String token, Map<String, Object> args) {
        if (token.equals("gcp:storage/getProjectServiceAccount:getProjectServiceAccount")) {
            String email = "service-000000000000@preview-agent-storage.invalid";
            return Map.of("emailAddress", email, "member", "serviceAccount:" + email, "project", project,
                    "id", email);
        }
        return Map.of();
    }

    private void compute(Map<String, Object> out, String id) {
        out.put("id", id);
        out.put("selfLink", "https://compute." + S3nsData.UNIVERSE.domain() + "/compute/v1/" + id);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> interfaces(Object inputs, String h) {
        List<Object> out = new ArrayList<>();
        if (inputs instanceof List<?> list) {
            for (Object nic : list) {
                Map<String, Object> copy = new LinkedHashMap<>(nic instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of());
                copy.put("networkIp", privateIp(h));
                out.add(copy);
            }
        }
        return out;
    }

    private static String privateIp(String h) {
        return "10.0." + Integer.parseInt(h.substring(0, 2), 16) + "." + (Integer.parseInt(h.substring(2, 4), 16) % 250 + 2);
    }

    /** The project id without its universe prefix, as it appears in service account emails. */
    static String bare(String project) {
        String prefix = S3nsData.UNIVERSE.projectPrefix();
        return project.startsWith(prefix) ? project.substring(prefix.length()) : project;
    }
}
