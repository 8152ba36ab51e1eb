package dev.pont.providers.ovhcloud;

import dev.pont.core.catalog.Catalog;
import dev.pont.core.spec.Cidr;
import dev.pont.providers.ovhcloud.bindings.openstack.FloatingIp;
import dev.pont.providers.ovhcloud.bindings.openstack.Instance;
import dev.pont.providers.ovhcloud.bindings.openstack.Port;
import dev.pont.providers.ovhcloud.bindings.openstack.VolumeAttach;
import dev.pont.providers.ovhcloud.bindings.ovh.CloudProjectFunctions;
import dev.pont.providers.ovhcloud.bindings.ovh.CloudProjectUser;
import dev.pont.providers.ovhcloud.bindings.ovh.Database;
import dev.pont.providers.ovhcloud.bindings.ovh.Gateway;
import dev.pont.providers.ovhcloud.bindings.ovh.Kube;
import dev.pont.providers.ovhcloud.bindings.ovh.LogsOutputGraylogStream;
import dev.pont.providers.ovhcloud.bindings.ovh.NetworkPrivate;
import dev.pont.providers.ovhcloud.bindings.ovh.NetworkPrivateSubnetV2;
import dev.pont.providers.ovhcloud.bindings.ovh.Okms;
import dev.pont.providers.ovhcloud.bindings.ovh.PostgresSqlUser;
import dev.pont.providers.ovhcloud.bindings.ovh.S3Credential;
import dev.pont.providers.ovhcloud.bindings.ovh.ServiceKey;
import dev.pont.providers.ovhcloud.bindings.ovh.Storage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Plausible outputs for the offline preview, by type token: ids in each service's own shape
 * (UUIDs for OpenStack, {@code pn-} for vRack networks), endpoints in OVHcloud's host name
 * patterns, addresses from the subnet or from TEST-NET-3 for public IPs. All derived from the
 * resource's type and name, so that two previews are byte-identical. Placeholders for secret
 * outputs (kubeconfig, passwords, keys) are never real and are marked secret by the bindings.
 */
final class PreviewAnswers {
    private final Catalog catalog;
    /** Subnet id to CIDR, so that ports get an address inside their subnet. */
    private final Map<String, String> subnets = new ConcurrentHashMap<>();
    private final Map<String, BiFunction<String, Map<String, Object>, Map<String, Object>>> byType = new LinkedHashMap<>();

    PreviewAnswers(Catalog catalog) {
        this.catalog = catalog;
        byType.put(NetworkPrivate.TYPE, (name, in) -> Map.of(
                "id", "pn-" + Math.floorMod(name.hashCode(), 100000),
                "regionsOpenstackIds", regionIds(name, in)));
        byType.put(NetworkPrivateSubnetV2.TYPE, (name, in) -> {
            String id = uuid(NetworkPrivateSubnetV2.TYPE, name);
            String cidr = String.valueOf(in.get("cidr"));
            subnets.put(id, cidr);
            return Map.of("id", id, "gatewayIp", Cidr.parse(cidr).host(1));
        });
        byType.put(Gateway.TYPE, (name, in) -> Map.of("status", "active"));
        byType.put(Storage.TYPE, (name, in) -> Map.of(
                "id", String.valueOf(in.get("name")),
                "region", String.valueOf(in.get("regionName")),
                "virtualHost", "https://" + in.get("name") + ".s3." + lower(in.get("regionName")) + ".io.cloud.ovh.net"));
        byType.put(CloudProjectUser.TYPE, (name, in) -> Map.of(
                "id", String.valueOf(Math.floorMod(name.hashCode(), 1000000)),
                "username", "user-" + hash(name, 10),
                "password", "preview-placeholder"));
        byType.put(S3Credential.TYPE, (name, in) -> Map.of(
                "id", hash(name, 32),
                "accessKeyId", hash(name, 32),
                "secretAccessKey", "preview-placeholder"));
        byType.put(Database.TYPE, (name, in) -> Map.of(
                "status", "READY",
                "endpoints", List.of(Map.of(
                        "component", "postgresql",
                        "domain", "postgresql-" + hash(name, 8) + ".database.cloud.ovh.net",
                        "port", 20184,
                        "ssl", true,
                        "sslMode", "require",
                        "uri", "postgresql://postgresql-" + hash(name, 8) + ".database.cloud.ovh.net:20184/defaultdb?sslmode=require"))));
        byType.put(PostgresSqlUser.TYPE, (name, in) -> Map.of("password", "preview-placeholder"));
        byType.put(Kube.TYPE, (name, in) -> Map.of(
                "url", "https://" + hash(name, 6) + ".c1." + lower(in.get("region")) + ".k8s.ovh.net",
                "kubeconfig", "# preview placeholder: the real kubeconfig is a secret output of the cluster\n"));
        byType.put(Okms.TYPE, (name, in) -> {
            String id = uuid(Okms.TYPE, name);
            String region = lower(in.get("region"));
            return Map.of(
                    "id", id,
                    "restEndpoint", "https://" + region + ".okms.ovh.net",
                    "kmipEndpoint", region + ".okms.ovh.net:5696");
        });
        byType.put(ServiceKey.TYPE, (name, in) -> Map.of("state", "active"));
        byType.put(LogsOutputGraylogStream.TYPE, (name, in) -> Map.of(
                "streamId", uuid(LogsOutputGraylogStream.TYPE, name),
                "writeToken", "preview-placeholder"));
        byType.put(Port.TYPE, (name, in) -> Map.of("allFixedIps", List.of(portAddress(name, in))));
        byType.put(Instance.TYPE, (name, in) -> Map.of());
        byType.put(VolumeAttach.TYPE, (name, in) -> Map.of("device", "/dev/vdb"));
        byType.put(FloatingIp.TYPE, (name, in) -> Map.of("address", "203.0.113." + (10 + Math.floorMod(name.hashCode(), 200))));
    }

    Map<String, Object> outputs(String type, String name, Map<String, Object> inputs) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!type.startsWith("pulumi:providers:")) {
            out.put("id", uuid(type, name));
        }
        var answer = byType.get(type);
        if (answer != null) {
            out.putAll(answer.apply(name, inputs));
        }
        return out;
    }

    Map<String, Object> invoke(String token, Map<String, Object> args) {
        if (!CloudProjectFunctions.GET_IMAGES.equals(token)) {
            return Map.of();
        }
        String region = String.valueOf(args.get("region"));
        List<Map<String, Object>> images = new ArrayList<>();
        catalog.images().values().stream().map(e -> String.valueOf(e.value())).sorted().forEach(imageName -> images.add(Map.of(
                "id", uuid("image/" + region, imageName),
                "name", imageName,
                "region", region,
                "status", "active")));
        return Map.of("images", images, "region", region);
    }

    private static Map<String, Object> regionIds(String name, Map<String, Object> inputs) {
        Map<String, Object> ids = new LinkedHashMap<>();
        if (inputs.get("regions") instanceof List<?> regions) {
            regions.forEach(r -> ids.put(String.valueOf(r), uuid("network/" + r, name)));
        }
        return ids;
    }

    private String portAddress(String name, Map<String, Object> inputs) {
        if (inputs.get("fixedIps") instanceof List<?> fixed && !fixed.isEmpty() && fixed.get(0) instanceof Map<?, ?> ip) {
            String cidr = subnets.get(String.valueOf(ip.get("subnetId")));
            if (cidr != null) {
                Cidr subnet = Cidr.parse(cidr);
                int hosts = (int) Math.min(250, subnet.last() - subnet.first() - 2);
                return subnet.host(2 + Math.floorMod(name.hashCode(), Math.max(1, hosts)));
            }
        }
        return "192.0.2." + (10 + Math.floorMod(name.hashCode(), 200));
    }

    private static String lower(Object value) {
        return String.valueOf(value).toLowerCase(Locale.ROOT);
    }

    static String uuid(String type, String name) {
        return UUID.nameUUIDFromBytes((type + "/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String hash(String name, int length) {
        return uuid("hash", name).replace("-", "").substring(0, length);
    }
}
