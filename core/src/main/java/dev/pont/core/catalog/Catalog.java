package dev.pont.core.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pont.core.PontException;
import dev.pont.core.adapter.Scope;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.OsImage;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.Size;
import dev.pont.core.spec.VolumeClass;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A cloud's catalog as data: regions per jurisdiction, VM flavours, database tiers, OS images,
 * volume classes and service versions, each entry marked verified or not. Adapters make every
 * mapping through it, and each choice is recorded on the scope so previews show it.
 *
 * <p>Sizes are chosen nearest-fit and never smaller than asked: the smallest flavour with at
 * least the vCPUs and memory asked for, and the over-provisioning is shown.
 */
@JsonIgnoreProperties({"_comment", "sources"})
public record Catalog(String target, Map<Jurisdiction, RegionSet> regions, List<Flavour> sizes,
                      List<Flavour> databaseSizes, Map<String, Entry> images, Map<VolumeClass, Entry> volumeClasses,
                      List<String> kubernetesVersions, List<String> postgresVersions,
                      boolean versionsVerified) {

    /** Regions allowed in a jurisdiction, and the one used when the stack does not pin one. */
    public record RegionSet(String defaultRegion, List<String> allowed) {
        public RegionSet {
            allowed = List.copyOf(allowed);
        }
    }

    /** A VM or database flavour. */
    public record Flavour(String name, int vcpu, int memoryGiB, boolean verified, String note) {
    }

    /** A catalog value (a string or a small map of strings) with its verification status. */
    public record Entry(Object value, boolean verified, String note) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public Catalog {
        sizes = sizes == null ? List.of() : sizes.stream()
                .sorted(Comparator.comparingInt(Flavour::vcpu).thenComparingInt(Flavour::memoryGiB).thenComparing(Flavour::name)).toList();
        databaseSizes = databaseSizes == null ? List.of() : databaseSizes.stream()
                .sorted(Comparator.comparingInt(Flavour::vcpu).thenComparingInt(Flavour::memoryGiB).thenComparing(Flavour::name)).toList();
        images = images == null ? Map.of() : Map.copyOf(images);
        volumeClasses = volumeClasses == null ? Map.of() : Map.copyOf(volumeClasses);
        kubernetesVersions = kubernetesVersions == null ? List.of() : List.copyOf(kubernetesVersions);
        postgresVersions = postgresVersions == null ? List.of() : List.copyOf(postgresVersions);
        regions = regions == null ? Map.of() : Map.copyOf(regions);
        for (Map.Entry<Jurisdiction, RegionSet> e : regions.entrySet()) {
            if (!e.getValue().allowed().contains(e.getValue().defaultRegion())) {
                throw new IllegalStateException(target + " catalog: default region " + e.getValue().defaultRegion()
                        + " of " + e.getKey() + " is not in its allowed list");
            }
        }
    }

    /** Loads a catalog shipped as a resource next to {@code anchor}; a broken file is a build bug. */
    public static Catalog load(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalog resource " + resource + " not found next to " + anchor.getName());
            }
            return MAPPER.readValue(in, Catalog.class);
        } catch (IOException e) {
            throw new IllegalStateException("catalog " + resource + " is invalid: " + e.getMessage(), e);
        }
    }

    /** The region for a placement: the pinned one if it is allowed in the jurisdiction, else the default. */
    public String region(Placement placement) {
        RegionSet set = regions.get(placement.jurisdiction());
        if (set == null) {
            throw new PontException("target " + target + " has no region in jurisdiction " + placement.jurisdiction().wire()
                    + ": choose another target or jurisdiction");
        }
        Optional<String> pinned = placement.regionFor(target);
        if (pinned.isPresent() && !set.allowed().contains(pinned.get())) {
            throw new PontException("target " + target + ": region " + pinned.get() + " is outside jurisdiction "
                    + placement.jurisdiction().wire() + ": use one of " + set.allowed());
        }
        return pinned.orElse(set.defaultRegion());
    }

    /** The smallest VM flavour at least as large as {@code size}, recorded on the scope. */
    public String size(Scope scope, Size size) {
        return fit(scope, "size", sizes, size);
    }

    /** The smallest database tier at least as large as {@code size}, recorded on the scope. */
    public String databaseSize(Scope scope, Size size) {
        return fit(scope, "database-size", databaseSizes, size);
    }

    private String fit(Scope scope, String kind, List<Flavour> flavours, Size size) {
        Flavour best = flavours.stream()
                .filter(f -> f.vcpu() >= size.vcpu() && f.memoryGiB() >= size.memoryGiB())
                .min(Comparator.comparingInt((Flavour f) -> waste(f, size)).thenComparingInt(Flavour::vcpu).thenComparing(Flavour::name))
                .orElseThrow(() -> scope.error("no " + target + " " + kind + " has " + size + " or more (largest: "
                        + flavours.stream().map(f -> f.vcpu() + " vCPU / " + f.memoryGiB() + " GiB").reduce((a, b) -> b).orElse("none")
                        + "): ask for a smaller size"));
        String note = best.vcpu() == size.vcpu() && best.memoryGiB() == size.memoryGiB() ? ""
                : "over-provisioned to " + best.vcpu() + " vCPU / " + best.memoryGiB() + " GiB";
        if (best.note() != null && !best.note().isEmpty()) {
            note = note.isEmpty() ? best.note() : note + "; " + best.note();
        }
        scope.choice(kind, size.toString(), best.name(), best.verified(), note);
        return best.name();
    }

    /** Relative excess, in percent of what was asked, summed over vCPU and memory. */
    private static int waste(Flavour f, Size size) {
        return (f.vcpu() - size.vcpu()) * 100 / size.vcpu() + (f.memoryGiB() - size.memoryGiB()) * 100 / size.memoryGiB();
    }

    /** The image for an OS, recorded on the scope; an OS the cloud lacks is an input error. */
    public Object image(Scope scope, OsImage os) {
        Entry entry = images.get(os.key());
        if (entry == null) {
            throw scope.error("no " + target + " image for " + os + ": use one of " + new java.util.TreeSet<>(images.keySet()));
        }
        scope.choice("image", os.key(), display(entry.value()), entry.verified(), entry.note() == null ? "" : entry.note());
        return entry.value();
    }

    public String volumeClass(Scope scope, VolumeClass volumeClass) {
        Entry entry = volumeClasses.get(volumeClass);
        if (entry == null) {
            throw scope.error("no " + target + " volume type for class " + volumeClass);
        }
        scope.choice("volume-class", volumeClass.wire(), display(entry.value()), entry.verified(), entry.note() == null ? "" : entry.note());
        return String.valueOf(entry.value());
    }

    /** The Kubernetes version to ask for: the requested minor if the catalog lists it, else an error. */
    public String kubernetesVersion(Scope scope, String version) {
        return version(scope, "kubernetes-version", kubernetesVersions, version);
    }

    public String postgresVersion(Scope scope, String version) {
        return version(scope, "postgres-version", postgresVersions, version);
    }

    private String version(Scope scope, String kind, List<String> known, String version) {
        if (!known.contains(version)) {
            throw scope.error(kind + " " + version + " is not offered: use one of " + known);
        }
        scope.choice(kind, version, version, versionsVerified, versionsVerified ? "" : "version list not confirmed for this cloud");
        return version;
    }

    private static String display(Object value) {
        if (value instanceof Map<?, ?> m) {
            return String.join(":", m.values().stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
