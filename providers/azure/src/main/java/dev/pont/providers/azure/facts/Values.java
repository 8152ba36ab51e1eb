package dev.pont.providers.azure.facts;

import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.SpecException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Azure's ways of writing TLS versions, durations, address prefixes and regions, read into neutral values. */
final class Values {
    private static final Pattern TLS = Pattern.compile("(?i)^(?:tls)?[ _v]?(1)[._]?([0-3])?$");
    private static final Pattern DURATION = Pattern.compile("^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?$");

    private Values() {}

    /**
     * A TLS version as a number: {@code TLS1_2} (storage), {@code TLSv1.2} (PostgreSQL), {@code 1.2}
     * (Key Vault, AKS) all read 1.2; {@code TLSv1} and {@code TLS1_0} read 1.0. Unknown text gives null.
     */
    static Double tls(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TLS.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        return Double.valueOf(m.group(1) + "." + (m.group(2) == null ? "0" : m.group(2)));
    }

    /**
     * Days in an ISO 8601 duration as Key Vault writes rotation triggers ({@code P365D}, {@code P1Y},
     * {@code P6M}, {@code P2W}): a year counts 365 days and a month 30, as Key Vault's own arithmetic
     * is not documented; time components ({@code PT12H}) are not used by rotation policies and give null.
     */
    static Integer days(String iso) {
        if (iso == null) {
            return null;
        }
        Matcher m = DURATION.matcher(iso.trim().toUpperCase(Locale.ROOT));
        if (!m.matches() || iso.trim().equalsIgnoreCase("P")) {
            return null;
        }
        int[] unit = {365, 30, 7, 1};
        int days = 0;
        for (int i = 0; i < 4; i++) {
            if (m.group(i + 1) != null) {
                days += Integer.parseInt(m.group(i + 1)) * unit[i];
            }
        }
        return days;
    }

    /** An address prefix as a CIDR: a bare IP is a /32; anything that is not an IPv4 CIDR is kept as written (service tags, IPv6). */
    static String cidr(String prefix) {
        String p = prefix.trim();
        String candidate = p.contains("/") ? p : p + "/32";
        try {
            return Cidr.parse(candidate).toString();
        } catch (SpecException e) {
            return p;
        }
    }

    /** A quantity as facts print it: {@code 16} rather than {@code 16.0}, {@code 0.5} as is. */
    static Number whole(double value) {
        return value == Math.rint(value) ? (Number) (int) value : (Number) value;
    }

    /**
     * Azure regions as ARM names: {@code France Central} and {@code francecentral} are the same region.
     * {@code global} is not a region (DNS zones, Front Door): no location rather than a false one.
     */
    static String region(String location) {
        if (location == null || location.isBlank() || location.trim().equalsIgnoreCase("global")) {
            return null;
        }
        return location.replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
