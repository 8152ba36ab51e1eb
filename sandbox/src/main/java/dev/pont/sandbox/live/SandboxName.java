package dev.pont.sandbox.live;

import dev.pont.core.PontException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a sandbox Pulumi stack: {@code pont-sandbox-<stack>-<target>-<suffix>}. Live mode
 * only ever touches stacks with such a name, so it cannot destroy a real environment by mistake.
 */
public record SandboxName(String stack, String target, String suffix) {
    public static final String PREFIX = "pont-sandbox-";
    private static final Pattern NAME = Pattern.compile("pont-sandbox-([a-z0-9][a-z0-9-]*)-(azure|ovhcloud|outscale|s3ns)-([a-z0-9]{6,12})");
    private static final Pattern SUFFIX = Pattern.compile("[a-z0-9]{6,12}");

    public SandboxName {
        if (!SUFFIX.matcher(suffix).matches()) {
            throw new IllegalArgumentException("sandbox suffix must be 6 to 12 lowercase letters or digits, was " + suffix);
        }
    }

    public String value() {
        return PREFIX + stack + "-" + target + "-" + suffix;
    }

    /** The sandbox named so, or exit 2 when the name is not a sandbox's: live mode refuses to touch any other stack. */
    public static SandboxName parse(String name, String stack, String target) {
        Matcher m = NAME.matcher(name == null ? "" : name);
        if (!m.matches()) {
            throw new PontException("refusing to touch Pulumi stack '" + name + "': it is not named as a sandbox "
                    + "(pont-sandbox-<stack>-<target>-<suffix>); live mode never touches another stack");
        }
        if (!m.group(1).equals(stack) || !m.group(2).equals(target)) {
            throw new PontException("refusing to touch Pulumi stack '" + name + "': it is a sandbox of " + m.group(1) + " on " + m.group(2)
                    + ", not of " + stack + " on " + target + ": give the matching <stack> and --target");
        }
        return new SandboxName(m.group(1), m.group(2), m.group(3));
    }

    @Override
    public String toString() {
        return value();
    }
}
