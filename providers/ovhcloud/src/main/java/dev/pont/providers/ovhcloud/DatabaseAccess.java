package dev.pont.providers.ovhcloud;

import dev.pont.core.adapter.Scope;
import dev.pont.core.platform.Declaration;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.DatabaseSpec;
import dev.pont.core.spec.Exposure;
import dev.pont.core.spec.FirewallRule;
import dev.pont.core.spec.FirewallSpec;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.providers.ovhcloud.bindings.ovh.DatabaseEndpoint;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who may connect to a managed PostgreSQL service. Security groups do not apply to Public Cloud
 * Databases (their ports belong to the service), so the exposure and the firewall become the
 * service's IP allow-list: the exposure's subnet and CIDRs, plus the sources of the firewall rules
 * declared before the database that let TCP into that subnet. Ports are not compared: the service
 * listens on a port OVHcloud picks, not on 5432.
 */
final class DatabaseAccess {

    /** One allow-list entry and why it is there. */
    record Restriction(Cidr cidr, String why) {
    }

    private DatabaseAccess() {}

    static List<Restriction> ipRestrictions(Scope scope, DatabaseSpec spec, Handles.Network network) {
        Exposure exposure = spec.exposure();
        Map<Cidr, String> allowed = new TreeMap<>();
        if (exposure.publicEndpoint()) {
            if (exposure.openToInternet()) {
                allowed.put(Cidr.ANY, "public endpoint open to the internet, as asked");
            }
        } else if (exposure.subnet() != null) {
            NetworkSpec net = network.spec();
            var subnet = network.subnet(exposure.subnet().subnet());
            allowed.put(subnet.cidr(), "subnet " + subnet.name());
            for (FirewallRule r : rulesOf(scope.before(), exposure.subnet().network())) {
                if (r.direction() == FirewallRule.Direction.INBOUND && reachesSubnet(r, subnet.name(), subnet.cidr())
                        && (r.protocol() == FirewallRule.Protocol.TCP || r.protocol() == FirewallRule.Protocol.ANY)) {
                    Cidr source = r.source().isAny() ? net.addressSpace()
                            : r.source().subnet() != null ? net.subnet(r.source().subnet().subnet()).orElseThrow().cidr()
                            : r.source().cidr();
                    allowed.putIfAbsent(source, "firewall rule " + r.name());
                }
            }
        }
        exposure.allowedCidrs().stream().filter(c -> !c.isAny()).forEach(c -> allowed.putIfAbsent(c, "allowed CIDR"));
        return allowed.entrySet().stream().map(e -> new Restriction(e.getKey(), e.getValue())).toList();
    }

    private static boolean reachesSubnet(FirewallRule r, String subnet, Cidr cidr) {
        var d = r.destination();
        return d.isAny() || (d.subnet() != null && d.subnet().subnet().equals(subnet)) || (d.cidr() != null && d.cidr().overlaps(cidr));
    }

    private static List<FirewallRule> rulesOf(List<Declaration> before, String network) {
        return before.stream()
                .filter(d -> d.spec() instanceof FirewallSpec f && f.network().equals(network))
                .flatMap(d -> ((FirewallSpec) d.spec()).rules().stream())
                .toList();
    }

    /** {@code host:port} of the first endpoint, the way clients connect (TLS is required by the service). */
    static String hostAndPort(List<DatabaseEndpoint> endpoints) {
        if (endpoints == null || endpoints.isEmpty()) {
            return "";
        }
        DatabaseEndpoint e = endpoints.get(0);
        return e.domain().orElse("") + e.port().map(p -> ":" + p).orElse("");
    }

    /** Where probes connect: the first endpoint's host and port, and the database and user of its URI. */
    record Connection(String host, Integer port, String database, String user) {
    }

    /** OVHcloud's PostgreSQL services create the database {@code defaultdb}; a URI naming another wins. */
    static final String DEFAULT_DATABASE = "defaultdb";

    /**
     * The connection of the first endpoint. The URI's path names the database and its user-info the
     * user; a password in the user-info is dropped, never read.
     */
    static Connection connection(List<DatabaseEndpoint> endpoints) {
        if (endpoints == null || endpoints.isEmpty()) {
            return new Connection("", DEFAULT_PORT, DEFAULT_DATABASE, "");
        }
        DatabaseEndpoint e = endpoints.get(0);
        String database = DEFAULT_DATABASE;
        String user = "";
        if (e.uri().isPresent()) {
            try {
                java.net.URI uri = java.net.URI.create(e.uri().get());
                if (uri.getPath() != null && uri.getPath().length() > 1) {
                    database = uri.getPath().substring(1);
                }
                if (uri.getRawUserInfo() != null) {
                    user = uri.getRawUserInfo().split(":", 2)[0];
                }
            } catch (IllegalArgumentException malformed) {
                // A URI the provider formats oddly: keep the defaults rather than guess.
            }
        }
        return new Connection(e.domain().orElse(""), e.port().orElse(DEFAULT_PORT), database, user);
    }

    private static final int DEFAULT_PORT = 5432;
}
