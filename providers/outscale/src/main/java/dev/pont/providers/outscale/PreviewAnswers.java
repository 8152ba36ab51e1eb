package dev.pont.providers.outscale;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plausible outputs for the offline preview, keyed by type token, so that dependent resources
 * resolve: Outscale ids in their real shapes ({@code vpc-}, {@code subnet-}, {@code sg-},
 * {@code i-}, {@code vol-}...), bucket ARNs and domain names, a placeholder kubeconfig. Every
 * value derives from the resource name, so previews are byte-identical run to run.
 */
final class PreviewAnswers {

    Map<String, Object> outputs(String type, String name, Map<String, Object> inputs, String region) {
        String h = hash(type + "/" + name);
        Map<String, Object> out = new LinkedHashMap<>();
        switch (type) {
            case "outscale:index/net:Net" -> id(out, "netId", "vpc-" + h);
            case "outscale:index/subnet:Subnet" -> id(out, "subnetId", "subnet-" + h);
            case "outscale:index/routeTable:RouteTable" -> id(out, "routeTableId", "rtb-" + h);
            case "outscale:index/routeTableLink:RouteTableLink" -> id(out, "linkRouteTableId", "rtbassoc-" + h);
            case "outscale:index/route:Route" -> out.put("state", "active");
            case "outscale:index/internetService:InternetService" -> id(out, "internetServiceId", "igw-" + h);
            case "outscale:index/internetServiceLink:InternetServiceLink" -> {
                out.put("state", "available");
                out.put("internetServiceId", inputs.get("internetServiceId"));
            }
            case "outscale:index/publicIp:PublicIp" -> {
                id(out, "publicIpId", "eipalloc-" + h);
                out.put("publicIP", "198.51.100." + (Integer.parseInt(h.substring(0, 2), 16) % 254 + 1));
            }
            case "outscale:index/publicIpLink:PublicIpLink" -> id(out, "linkPublicIpId", "eipassoc-" + h);
            case "outscale:index/natService:NatService" -> id(out, "natServiceId", "nat-" + h);
            case "outscale:index/securityGroup:SecurityGroup" -> id(out, "securityGroupId", "sg-" + h);
            case "outscale:index/securityGroupRule:SecurityGroupRule" -> id(out, "securityGroupName", "sgr-" + h);
            case "outscale:index/keypair:Keypair" -> {
                out.put("id", inputs.get("keypairName"));
                out.put("keypairFingerprint", "preview:" + h);
            }
            case "outscale:index/vm:Vm" -> {
                id(out, "vmId", "i-" + h);
                out.put("privateIp", "10.0.0." + (Integer.parseInt(h.substring(0, 2), 16) % 250 + 4));
            }
            case "outscale:index/volume:Volume" -> id(out, "volumeId", "vol-" + h);
            case "outscale:index/volumeLink:VolumeLink" -> out.put("state", "attached");
            case "outscale:index/oksProject:OksProject" -> {
                out.put("id", uuid(h));
                out.put("status", "ready");
            }
            case "outscale:index/oksCluster:OksCluster" -> {
                out.put("id", uuid(hash(h)));
                out.put("kubeconfig", "apiVersion: v1\nkind: Config\n# preview placeholder for " + name + "\n");
            }
            case "outscale:index/user:User" -> id(out, "userId", "preview" + h.toUpperCase());
            case "outscale:index/policy:Policy" -> {
                out.put("policyId", "preview" + h.toUpperCase());
                out.put("orn", "orn:ows:idauth::000000000000:policy/pont/" + inputs.get("policyName"));
            }
            case "outscale:index/accessKey:AccessKey" -> {
                id(out, "accessKeyId", "PREVIEW" + h.toUpperCase());
                out.put("secretKey", "preview-placeholder");
            }
            case "aws:s3/bucketV2:BucketV2" -> {
                Object bucket = inputs.get("bucket");
                out.put("id", bucket);
                out.put("arn", "arn:aws:s3:::" + bucket);
                out.put("bucketDomainName", bucket + ".oos." + region + ".outscale.com");
                out.put("bucketRegionalDomainName", bucket + ".oos." + region + ".outscale.com");
                out.put("region", region);
            }
            default -> {
            }
        }
        return out;
    }

    /** Outscale resources use their own id as the Pulumi id. */
    private static void id(Map<String, Object> out, String key, String value) {
        out.put("id", value);
        out.put(key, value);
    }

    private static String uuid(String h) {
        String hex = (h + h + h).substring(0, 32);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
