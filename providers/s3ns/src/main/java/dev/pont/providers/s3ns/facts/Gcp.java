package dev.pont.providers.s3ns.facts;

import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading {@code gcp} inputs as a stack export holds them (nested maps and lists addressed by dotted
 * paths), and Google Cloud's ways of writing locations, durations and resource paths.
 */
final class Gcp {
    private static final Pattern ZONE = Pattern.compile("^([a-z]+(?:-[a-z]+)*[0-9]+)-[a-z]$");
    private static final Pattern PATH_LOCATION = Pattern.compile("/(?:locations|regions|zones)/([a-z0-9-]+)(?:/|$)");
    private static final Pattern DURATION = Pattern.compile("^(\\d+(?:\\.\\d+)?)s$");

    private Gcp() {}

    static Object at(Object root, String path) {
        return dev.pont.core.facts.Inputs.at(root, path);
    }

    static String str(Object root, String path) {
        return dev.pont.core.facts.Inputs.str(root, path);
    }

    static Boolean bool(Object root, String path) {
        return dev.pont.core.facts.Inputs.bool(root, path);
    }

    /** A whole number written as a JSON number or as digits in a string (the provider writes int64 fields as strings). */
    static Long number(Object root, String path) {
        return dev.pont.core.facts.Inputs.number(root, path);
    }

    static Integer integer(Object root, String path) {
        return dev.pont.core.facts.Inputs.integer(root, path);
    }

    static List<String> strings(Object root, String path) {
        return dev.pont.core.facts.Inputs.strings(root, path);
    }

    static List<Map<String, Object>> maps(Object root, String path) {
        return dev.pont.core.facts.Inputs.maps(root, path);
    }

    /**
     * The region of a location as Google writes it: a region ({@code u-france-east1}) as is, a zone
     * ({@code u-france-east1-a}) as its region. Multi-regions ({@code EU}), dual-regions and
     * {@code global} are not one region: no location rather than a false one.
     */
    static String region(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        String l = location.trim().toLowerCase(Locale.ROOT);
        Matcher zone = ZONE.matcher(l);
        if (zone.matches()) {
            return zone.group(1);
        }
        return l.matches("^[a-z]+(?:-[a-z]+)*[0-9]+$") ? l : null;
    }

    /** The region a resource path names ({@code projects/p/locations/r/keyRings/k}, {@code …/zones/z/disks/d}). */
    static String regionOfPath(String path) {
        if (path == null) {
            return null;
        }
        Matcher m = PATH_LOCATION.matcher(path);
        return m.find() ? region(m.group(1)) : null;
    }

    /** Whole days in a protobuf duration ({@code "31536000s"}); null if not one. */
    static Integer days(String duration) {
        if (duration == null) {
            return null;
        }
        Matcher m = DURATION.matcher(duration.trim());
        return m.matches() ? (int) (Double.parseDouble(m.group(1)) / 86_400) : null;
    }

    /** The last segment of a resource path or self link. */
    static String last(String path) {
        return path == null ? null : path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * Whether two references name the same resource: equal, or one is a suffix path of the other
     * (a self link {@code https://…/projects/p/global/networks/n} and {@code projects/p/global/networks/n}),
     * or a bare name equal to the other's last segment.
     */
    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.equals(b) || a.endsWith("/" + b) || b.endsWith("/" + a)) {
            return true;
        }
        return (!a.contains("/") || !b.contains("/")) && last(a).equals(last(b));
    }

    static List<PlannedResource> ofType(Plan plan, String type) {
        return plan.resources().stream().filter(r -> type.equals(r.type())).toList();
    }
}
