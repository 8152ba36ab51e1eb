package dev.pont.providers.s3ns;

import com.pulumi.core.Output;
import com.pulumi.gcp.compute.Firewall;
import com.pulumi.gcp.compute.FirewallArgs;
import com.pulumi.gcp.compute.Network;
import com.pulumi.gcp.compute.NetworkArgs;
import com.pulumi.gcp.compute.Subnetwork;
import com.pulumi.gcp.compute.SubnetworkArgs;
import com.pulumi.gcp.compute.inputs.FirewallAllowArgs;
import com.pulumi.gcp.compute.inputs.FirewallDenyArgs;
import dev.pont.core.adapter.Realised;
import dev.pont.core.adapter.Scope;
import dev.pont.core.spec.Cidr;
import dev.pont.core.spec.FirewallSpec;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.SubnetSpec;
import dev.pont.providers.s3ns.Handles.NetworkHandle;
import dev.pont.providers.s3ns.Handles.SubnetHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Networks (a custom-mode VPC, its subnetworks, deny-all rules both ways) and firewalls (allow rules). */
final class Networks {
    /** Lowest priority a rule can take above the implied rules (65535), so every allow rule wins over it. */
    static final int DENY_ALL_PRIORITY = 65534;

    private final S3nsRun run;

    Networks(S3nsRun run) {
        this.run = run;
    }

    Realised network(Scope scope, NetworkSpec spec) {
        run.labels(scope); // VPC resources take no labels; the call still declares any label it would rewrite
        Network network = new Network(scope.child("vpc"), NetworkArgs.builder()
                .name(run.name(scope, ""))
                .project(run.project)
                .autoCreateSubnetworks(false)
                .routingMode("REGIONAL")
                .description("Pont: network " + scope.name() + " of stack " + run.session.stack() + " (" + spec.addressSpace() + ")")
                .build(), run.options(scope));
        Map<String, SubnetHandle> subnets = new LinkedHashMap<>();
        for (SubnetSpec s : spec.subnets()) {
            Subnetwork subnetwork = new Subnetwork(scope.child(s.name()), SubnetworkArgs.builder()
                    .name(run.name(scope, s.name()))
                    .project(run.project)
                    .region(run.region)
                    .network(network.id())
                    .ipCidrRange(s.cidr().toString())
                    .privateIpGoogleAccess(true)
                    .description("Pont: subnet " + scope.name() + "/" + s.name())
                    .build(), run.options(scope));
            subnets.put(s.name(), new SubnetHandle(s.name(), s.cidr(), subnetwork));
        }
        // A VPC allows all egress by default (implied rule): deny both ways explicitly, below every allow rule.
        new Firewall(scope.child("deny-all-in"), FirewallArgs.builder()
                .name(run.name(scope, "deny-all-in"))
                .project(run.project)
                .network(network.id())
                .direction("INGRESS")
                .priority(DENY_ALL_PRIORITY)
                .denies(FirewallDenyArgs.builder().protocol("all").build())
                .sourceRanges(FirewallRules.ANYWHERE)
                .description("Pont: deny by default, inbound")
                .build(), run.options(scope));
        new Firewall(scope.child("deny-all-out"), FirewallArgs.builder()
                .name(run.name(scope, "deny-all-out"))
                .project(run.project)
                .network(network.id())
                .direction("EGRESS")
                .priority(DENY_ALL_PRIORITY)
                .denies(FirewallDenyArgs.builder().protocol("all").build())
                .destinationRanges(FirewallRules.ANYWHERE)
                .description("Pont: deny by default, outbound (overrides the VPC's implied allow-all egress)")
                .build(), run.options(scope));
        return Realised.of(network.id(), new NetworkHandle(scope.name(), network, spec.addressSpace(), subnets,
                new Ranges(spec.addressSpace())));
    }

    Realised firewall(Scope scope, FirewallSpec spec) {
        NetworkHandle network = scope.lookup(spec.network(), NetworkHandle.class);
        run.labels(scope);
        Map<String, Cidr> cidrs = new HashMap<>();
        network.subnets().forEach((name, s) -> cidrs.put(name, s.cidr()));
        FirewallRules.Mapping mapping = FirewallRules.map(spec, network.addressSpace(), cidrs);
        if (!mapping.outside().isEmpty()) {
            throw scope.error("rules " + mapping.outside() + " concern no VM of network '" + spec.network()
                    + "': an inbound rule needs its destination, an outbound rule its source, inside " + network.addressSpace());
        }
        List<Output<String>> ids = new ArrayList<>();
        for (FirewallRules.GcpRule rule : mapping.rules()) {
            var allow = FirewallAllowArgs.builder().protocol(rule.protocol());
            if (!rule.ports().isEmpty()) {
                allow.ports(rule.ports());
            }
            var args = FirewallArgs.builder()
                    .name(run.name(scope, rule.rule() + "-" + rule.suffix()))
                    .project(run.project)
                    .network(network.network().id())
                    .direction(rule.direction())
                    .priority(rule.priority())
                    .allows(allow.build())
                    .description("Pont: " + scope.name() + "/" + rule.rule()
                            + (rule.suffix().contains("-") ? " (mirror: the other end of the flow is in the network too)" : ""));
            if (!rule.sourceRanges().isEmpty()) {
                args.sourceRanges(rule.sourceRanges());
            }
            if (!rule.destinationRanges().isEmpty()) {
                args.destinationRanges(rule.destinationRanges());
            }
            ids.add(new Firewall(scope.child(rule.rule() + "-" + rule.suffix()), args.build(), run.options(scope)).id());
        }
        return Realised.of(ids.isEmpty() ? network.network().id() : Output.all(ids).applyValue(l -> String.join(",", l)), network);
    }
}
