package dev.pont.providers.outscale.facts;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outscale's naming grammars, as its documentation defines them: a Subregion is its Region plus a
 * letter ({@code cloudgouv-eu-west-1a}), a TINA VM type states its size
 * ({@code tinavW.cXrYpZ}: generation W, X vCores, Y GiB of memory, performance Z).
 */
final class OutscaleNames {
    private static final Pattern SUBREGION = Pattern.compile("([a-z0-9-]*\\d)[a-z]");
    private static final Pattern TINA = Pattern.compile("tinav\\d+\\.c(\\d+)r(\\d+)(p[1-3])?");

    /** A VM size read from its type name. */
    record Size(int vcpu, int memoryGiB) {
    }

    private OutscaleNames() {}

    /** The Region of a Subregion; a name that is not a Subregion is returned as is. */
    static String region(String subregion) {
        if (subregion == null) {
            return null;
        }
        Matcher m = SUBREGION.matcher(subregion);
        return m.matches() ? m.group(1) : subregion;
    }

    /**
     * The size of a TINA type. AWS-compatible names ({@code t2.small}, the provider's default) are
     * converted by Outscale to a TINA type this class does not know, so they state no size.
     */
    static Optional<Size> size(String vmType) {
        if (vmType == null) {
            return Optional.empty();
        }
        Matcher m = TINA.matcher(vmType);
        return m.matches() ? Optional.of(new Size(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))) : Optional.empty();
    }
}
