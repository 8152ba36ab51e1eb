package dev.pont.core.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An IPv4 CIDR block such as {@code 10.20.0.0/16}. Host bits must be zero so that two specs
 * meaning the same block are written the same way.
 */
public record Cidr(long address, int prefix) implements Comparable<Cidr> {

    public static final Cidr ANY = parse("0.0.0.0/0");

    public Cidr {
        if (prefix < 0 || prefix > 32) {
            throw new SpecException("CIDR prefix must be 0-32, was /" + prefix);
        }
        if ((address & ~mask(prefix) & 0xFFFFFFFFL) != 0) {
            throw new SpecException("CIDR " + format(address) + "/" + prefix + " has host bits set: use "
                    + format(address & mask(prefix)) + "/" + prefix);
        }
    }

    @JsonCreator
    public static Cidr parse(String text) {
        if (text == null) {
            throw new SpecException("CIDR is required (e.g. 10.0.0.0/16)");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new SpecException("invalid CIDR '" + text + "': expected a.b.c.d/prefix, e.g. 10.0.0.0/16");
        }
        String[] octets = text.substring(0, slash).split("\\.", -1);
        if (octets.length != 4) {
            throw new SpecException("invalid CIDR '" + text + "': expected four dotted octets, e.g. 10.0.0.0/16");
        }
        long address = 0;
        for (String octet : octets) {
            int value = number(text, octet, 255);
            address = (address << 8) | value;
        }
        return new Cidr(address, number(text, text.substring(slash + 1), 32));
    }

    private static int number(String text, String part, int max) {
        if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
            throw new SpecException("invalid CIDR '" + text + "': '" + part + "' is not a number 0-" + max);
        }
        int value = Integer.parseInt(part);
        if (value > max) {
            throw new SpecException("invalid CIDR '" + text + "': " + value + " is out of range 0-" + max);
        }
        return value;
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    private static String format(long a) {
        return ((a >> 24) & 255) + "." + ((a >> 16) & 255) + "." + ((a >> 8) & 255) + "." + (a & 255);
    }

    public long first() {
        return address;
    }

    public long last() {
        return address | (~mask(prefix) & 0xFFFFFFFFL);
    }

    public boolean contains(Cidr other) {
        return other.prefix >= prefix && other.first() >= first() && other.last() <= last();
    }

    public boolean overlaps(Cidr other) {
        return first() <= other.last() && other.first() <= last();
    }

    public boolean isAny() {
        return prefix == 0;
    }

    /** The n-th host address (1 = the first usable one), used for gateways and static IPs. */
    public String host(int n) {
        return format(address + n);
    }

    @Override
    public int compareTo(Cidr o) {
        int c = Long.compare(address, o.address);
        return c != 0 ? c : Integer.compare(prefix, o.prefix);
    }

    @JsonValue
    @Override
    public String toString() {
        return format(address) + "/" + prefix;
    }
}
