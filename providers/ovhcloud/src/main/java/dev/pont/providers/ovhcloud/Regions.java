package dev.pont.providers.ovhcloud;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.pont.core.adapter.Scope;
import java.util.List;
import java.util.Map;

/**
 * What each OVHcloud service calls a location: the catalog picks a location (GRA, SBG, RBX,
 * EU-WEST-PAR); this table gives the OpenStack, object storage, database and KMS region names,
 * each recorded on the scope as a catalog choice so previews show which ones are unverified.
 */
@JsonIgnoreProperties({"_comment", "sources"})
record Regions(Map<String, Location> locations) {

    /** The services whose region names differ. */
    enum Service {
        OPENSTACK("openstack", "OpenStack region"),
        OBJECT_STORAGE("objectStorage", "object storage region"),
        DATABASE("database", "database region"),
        KMS("kms", "KMS region");

        final String key;
        final String what;

        Service(String key, String what) {
            this.key = key;
            this.what = what;
        }
    }

    /** A service-specific name and whether a source confirms it. */
    record Name(String value, boolean verified, String note) {
    }

    /** One location: its availability zones (empty: a 1-AZ region) and its names per service. */
    record Location(List<String> zones, boolean zonesVerified, Map<String, Name> services) {
        Location {
            zones = List.copyOf(zones);
            services = Map.copyOf(services);
        }
    }

    Regions {
        locations = Map.copyOf(locations);
        locations.forEach((location, l) -> {
            for (Service s : Service.values()) {
                if (!l.services().containsKey(s.key)) {
                    throw new IllegalStateException("regions.json: location " + location + " has no " + s.key + " name");
                }
            }
        });
    }

    static Regions load() {
        return DataFiles.load("regions.json", Regions.class);
    }

    Location location(String location) {
        Location l = locations.get(location);
        if (l == null) {
            throw new IllegalStateException("regions.json has no location " + location + " (the catalog allows it)");
        }
        return l;
    }

    /** The name {@code service} uses for {@code location}, recorded on the scope. */
    String name(Scope scope, String location, Service service) {
        Name name = location(location).services().get(service.key);
        scope.choice("region", location + " (" + service.what + ")", name.value(), name.verified(), name.note());
        return name.value();
    }

    /** The name without recording it (provider configuration, before any resource). */
    String name(String location, Service service) {
        return location(location).services().get(service.key).value();
    }
}
