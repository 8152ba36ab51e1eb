package dev.pont.providers.ovhcloud;

import com.pulumi.core.Output;
import dev.pont.core.adapter.Realised;
import dev.pont.core.facts.Property;
import dev.pont.core.adapter.Scope;
import dev.pont.core.spec.FirewallSpec;
import dev.pont.core.spec.NetworkSpec;
import dev.pont.core.spec.SubnetSpec;
import dev.pont.providers.ovhcloud.Regions.Service;
import dev.pont.providers.ovhcloud.bindings.openstack.SecGroup;
import dev.pont.providers.ovhcloud.bindings.openstack.SecGroupArgs;
import dev.pont.providers.ovhcloud.bindings.openstack.SecGroupRule;
import dev.pont.providers.ovhcloud.bindings.openstack.SecGroupRuleArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.NetworkPrivate;
import dev.pont.providers.ovhcloud.bindings.ovh.NetworkPrivateArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.NetworkPrivateSubnetV2;
import dev.pont.providers.ovhcloud.bindings.ovh.NetworkPrivateSubnetV2Args;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Networks and firewalls: a vRack private network with one subnet per neutral subnet, each with
 * its own OpenStack security group, deny by default in both directions (the project's
 * {@code default} group allows everything and is never used). Firewall rules become security
 * group rules (see {@link SecurityGroupRules}), and a gateway is added where a rule lets traffic
 * leave the network.
 */
final class Networks {
    private final OvhRun run;

    Networks(OvhRun run) {
        this.run = run;
    }

    Realised network(Scope scope, NetworkSpec spec) {
        String region = run.region(scope, Service.OPENSTACK);
        var network = new NetworkPrivate(scope.child(""), NetworkPrivateArgs.builder()
                .serviceName(run.projectId())
                .name(run.cloudName(scope))
                .regions(region)
                .vlanId(vlan(scope))
                .build(), scope.options(run.ovh()));
        Output<String> openstackId = network.regionsOpenstackIds().applyValue(ids -> {
            String id = ids == null ? null : ids.get(region);
            if (id == null) {
                throw scope.error("the private network has no id in " + region + ": attach the Public Cloud project to a vRack, then run again");
            }
            return id;
        });
        Map<String, Handles.Subnet> subnets = new LinkedHashMap<>();
        for (SubnetSpec s : spec.subnets()) {
            var subnet = new NetworkPrivateSubnetV2(scope.child(s.name()), NetworkPrivateSubnetV2Args.builder()
                    .serviceName(run.projectId())
                    .networkId(openstackId)
                    .region(region)
                    .name(run.cloudName(scope) + "-" + s.name())
                    .cidr(s.cidr().toString())
                    .dhcp(true)
                    .enableGatewayIp(true)
                    .build(), scope.options(run.ovh()));
            // No rule: nothing in, nothing out, until a firewall allows it.
            var group = new SecGroup(scope.child(s.name() + "-sg"), SecGroupArgs.builder()
                    .name(run.cloudName(scope) + "-" + s.name())
                    .description("Pont: instances of subnet " + s.name() + " " + s.cidr() + "; deny by default, rules from firewall specs")
                    .region(region)
                    .deleteDefaultRules(true)
                    .stateful(true)
                    .tags(run.tags(scope))
                    .build(), scope.options(run.openstack()));
            subnets.put(s.name(), new Handles.Subnet(scope.name(), s.name(), s.cidr(), subnet, group));
        }
        return Realised.of(network.id(), new Handles.Network(scope.name(), spec, network, openstackId, Map.copyOf(subnets)));
    }

    /** A VLAN id for the network, stable for a stack and network name; it must be unused in the vRack. */
    private int vlan(Scope scope) {
        int vlan = 2 + Math.floorMod((run.session().stack() + "/" + scope.name()).hashCode(), 3999);
        scope.choice("vlan", "private network " + scope.name(), String.valueOf(vlan), false,
                "derived from the stack and network names; must not be used by another private network of the vRack");
        return vlan;
    }

    Realised firewall(Scope scope, FirewallSpec spec) {
        var network = scope.lookup(spec.network(), Handles.Network.class);
        String region = run.region(scope, Service.OPENSTACK);
        var plan = SecurityGroupRules.of(spec.network(), network.spec(), spec.rules());
        if (!plan.errors().isEmpty()) {
            throw scope.error(plan.errors().get(0));
        }
        for (SecurityGroupRules.Rule r : plan.rules()) {
            var args = SecGroupRuleArgs.builder()
                    .securityGroupId(network.subnet(r.subnet()).securityGroup().id())
                    .direction(r.ingress() ? "ingress" : "egress")
                    .ethertype("IPv4")
                    .remoteIpPrefix(r.remote().toString())
                    .description("Pont firewall " + scope.name() + ", rule " + r.rule())
                    .region(region);
            if (r.protocol() != null) {
                args.protocol(r.protocol());
            }
            if (r.portFrom() > 0) {
                args.portRangeMin(r.portFrom()).portRangeMax(r.portTo());
            }
            new SecGroupRule(scope.child(r.suffix()), args.build(), scope.options(run.openstack()));
        }
        plan.losses().forEach(loss -> scope.degraded(loss, Property.ALLOW_RULES));
        for (String subnet : new TreeSet<>(plan.egressOutside())) {
            run.gateway(scope, network, subnet);
        }
        return Realised.of(null, new Handles.Firewall(spec.network(), plan.rules().size()));
    }
}
