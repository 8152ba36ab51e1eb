package dev.pont.sandbox.evidence;

import dev.pont.stacks.Targets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The versions an evidence bundle records: Pont, the Pulumi SDK, the probes' client libraries, the target's provider packages. */
public final class Versions {
    private Versions() {}

    public static Map<String, String> tools() {
        Map<String, String> tools = new TreeMap<>();
        tools.put("pont", version(Versions.class, "development build"));
        tools.put("pulumi-java-sdk", version(com.pulumi.Pulumi.class, "unknown"));
        tools.put("aws-sdk-java-v2", software.amazon.awssdk.core.util.VersionInfo.SDK_VERSION);
        tools.put("azure-storage-blob", version(com.azure.storage.blob.BlobServiceClient.class, "unknown"));
        tools.put("postgresql-jdbc", org.postgresql.util.DriverInfo.DRIVER_VERSION);
        tools.put("java", System.getProperty("java.version"));
        return tools;
    }

    public static List<String> providers(String target) {
        return Targets.create(target).info().pulumiPackages();
    }

    private static String version(Class<?> c, String fallback) {
        String v = c.getPackage() == null ? null : c.getPackage().getImplementationVersion();
        return v == null ? fallback : v;
    }
}
