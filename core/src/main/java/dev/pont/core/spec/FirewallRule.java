package dev.pont.core.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One allow rule. Everything not allowed is denied: firewalls are deny by default. The
 * source and destination are each a CIDR, a subnet of the stack, or any address.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FirewallRule(String name, Direction direction, Protocol protocol, PortRange ports,
                           Endpoint source, Endpoint destination) {

    public enum Direction {
        INBOUND, OUTBOUND;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Direction of(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }
    }

    public enum Protocol {
        TCP, UDP, ICMP, ANY;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Protocol of(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }
    }

    /** An inclusive port range; {@code 0-0} stands for "no ports" (ICMP, any protocol). */
    public record PortRange(int from, int to) {
        public static final PortRange NONE = new PortRange(0, 0);

        public PortRange {
            if (!(from == 0 && to == 0)) {
                Checks.range("port", from, 1, 65535);
                Checks.range("port", to, 1, 65535);
                if (from > to) {
                    throw new SpecException("port range " + from + "-" + to + " is reversed: write " + to + "-" + from);
                }
            }
        }

        public static PortRange of(int port) {
            return new PortRange(port, port);
        }

        public static PortRange of(int from, int to) {
            return new PortRange(from, to);
        }

        public boolean single() {
            return from == to;
        }

        @Override
        public String toString() {
            return from == 0 ? "*" : single() ? String.valueOf(from) : from + "-" + to;
        }
    }

    /** A CIDR, a subnet of the stack, or any address (neither set). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Endpoint(Cidr cidr, Refs.SubnetRef subnet) {
        public Endpoint {
            if (cidr != null && subnet != null) {
                throw new SpecException("a firewall endpoint is either a CIDR or a subnet, not both");
            }
        }

        public static Endpoint any() {
            return new Endpoint(null, null);
        }

        public static Endpoint cidr(String cidr) {
            return new Endpoint(Cidr.parse(cidr), null);
        }

        public static Endpoint subnet(String network, String subnet) {
            return new Endpoint(null, Refs.subnet(network, subnet));
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isAny() {
            return (cidr == null && subnet == null) || (cidr != null && cidr.isAny());
        }

        @Override
        public String toString() {
            return isAny() ? "any" : cidr != null ? cidr.toString() : "subnet " + subnet;
        }
    }

    public FirewallRule {
        Checks.name("firewall rule name", name);
        Checks.notNull("firewall rule '" + name + "' direction", direction);
        Checks.notNull("firewall rule '" + name + "' protocol", protocol);
        ports = ports == null ? PortRange.NONE : ports;
        boolean portless = protocol == Protocol.ICMP || protocol == Protocol.ANY;
        if (portless && !ports.equals(PortRange.NONE)) {
            throw new SpecException("firewall rule '" + name + "': protocol " + protocol.wire() + " takes no ports; remove them");
        }
        if (!portless && ports.equals(PortRange.NONE)) {
            throw new SpecException("firewall rule '" + name + "': protocol " + protocol.wire() + " needs a port or range, e.g. PortRange.of(443)");
        }
        source = source == null ? Endpoint.any() : source;
        destination = destination == null ? Endpoint.any() : destination;
    }

    public static FirewallRule allowIn(String name, Protocol protocol, PortRange ports, Endpoint from, Endpoint to) {
        return new FirewallRule(name, Direction.INBOUND, protocol, ports, from, to);
    }

    public static FirewallRule allowOut(String name, Protocol protocol, PortRange ports, Endpoint from, Endpoint to) {
        return new FirewallRule(name, Direction.OUTBOUND, protocol, ports, from, to);
    }

    List<Refs.Ref> references() {
        List<Refs.Ref> refs = new ArrayList<>();
        if (source.subnet() != null) {
            refs.add(source.subnet());
        }
        if (destination.subnet() != null) {
            refs.add(destination.subnet());
        }
        return refs;
    }
}
