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
        java.util.Properties built = new java.util.Properties();
        try (java.io.InputStream in = Versions.class.getResourceAsStream("versions.properties")) {
            built.load(in);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("versions.properties is missing from the build", e);
        }
        tools.put("pont", built.getProperty("pont"));
        tools.put("pulumi-java-sdk", built.getProperty("pulumi-java-sdk"));
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
