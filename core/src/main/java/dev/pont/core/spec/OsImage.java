package dev.pont.core.spec;

import java.util.Set;

/** An operating system by family and version; catalogs map it to each cloud's image. */
public record OsImage(String family, String version) {
    private static final Set<String> FAMILIES = Set.of("ubuntu", "debian", "rhel", "rocky", "alma");

    public OsImage {
        if (family == null || !FAMILIES.contains(family)) {
            throw new SpecException("unknown OS family '" + family + "': use one of " + new java.util.TreeSet<>(FAMILIES));
        }
        if (version == null || !version.matches("[0-9]+(\\.[0-9]+)?")) {
            throw new SpecException("OS version '" + version + "' must look like 24.04 or 12");
        }
    }

    public static OsImage ubuntu(String version) {
        return new OsImage("ubuntu", version);
    }

    public static OsImage debian(String version) {
        return new OsImage("debian", version);
    }

    /** The catalog key, e.g. {@code ubuntu-24.04}. */
    public String key() {
        return family + "-" + version;
    }

    @Override
    public String toString() {
        return key();
    }
}
