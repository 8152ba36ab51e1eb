package dev.pont.providers.ovhcloud;

import dev.pont.core.adapter.Scope;
import dev.pont.core.adapter.Session;
import dev.pont.core.facts.Property;
import dev.pont.core.spec.Labels;
import dev.pont.core.spec.ResourceKind;
import dev.pont.core.spec.Spec;
import dev.pont.providers.ovhcloud.Regions.Service;
import dev.pont.providers.ovhcloud.bindings.openstack.OpenstackProvider;
import dev.pont.providers.ovhcloud.bindings.openstack.OpenstackProviderArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.Gateway;
import dev.pont.providers.ovhcloud.bindings.ovh.GatewayArgs;
import dev.pont.providers.ovhcloud.bindings.ovh.OvhProvider;
import dev.pont.providers.ovhcloud.bindings.ovh.OvhProviderArgs;
import com.pulumi.resources.CustomResourceOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one run on OVHcloud: the session, the Public Cloud project, the location the
 * placement resolved to, the two explicit providers, and the gateways created so far. Each
 * service's recipe class works through it.
 */
final class OvhRun {
    private final Session session;
    private final String projectId;
    private final String location;
    private final OvhProvider ovh;
    private final OpenstackProvider openstack;
    /** One gateway per subnet that needs a way out, created by the first resource that needs it. */
    private final Map<String, Gateway> gateways = new HashMap<>();

    OvhRun(Session session) {
        this.session = session;
        this.projectId = session.config().require(OvhcloudAdapter.TARGET, OvhcloudAdapter.PROJECT_ID,
                "OVHcloud Public Cloud project id, the ovh provider's serviceName");
        this.location = OvhcloudAdapter.CATALOG.region(session.placement());
        String endpoint = session.config().get(OvhcloudAdapter.ENDPOINT).filter(v -> !v.isBlank()).orElse("ovh-eu");
        this.ovh = new OvhProvider(OvhcloudAdapter.TARGET, OvhProviderArgs.builder().endpoint(endpoint).userAgentExtra("pont").build(),
                CustomResourceOptions.Empty);
        Settings settings = OvhcloudAdapter.SETTINGS;
        this.openstack = new OpenstackProvider(OvhcloudAdapter.TARGET + "-openstack", OpenstackProviderArgs.builder()
                .authUrl(settings.openstackAuthUrl())
                .tenantId(projectId)
                .region(OvhcloudAdapter.REGIONS.name(location, Service.OPENSTACK))
                .userDomainName(settings.openstackDomain())
                .projectDomainName(settings.openstackDomain())
                .build(), CustomResourceOptions.Empty);
    }

    Session session() {
        return session;
    }

    String projectId() {
        return projectId;
    }

    /** The OVHcloud location (GRA, SBG, RBX, EU-WEST-PAR) the placement resolved to. */
    String location() {
        return location;
    }

    OvhProvider ovh() {
        return ovh;
    }

    OpenstackProvider openstack() {
        return openstack;
    }

    /** The name {@code service} gives this run's location, recorded on the scope. */
    String region(Scope scope, Service service) {
        return OvhcloudAdapter.REGIONS.name(scope, location, service);
    }

    /** The name of a cloud resource: stack and resource names, unique in a project. */
    String cloudName(Scope scope) {
        return session.stack() + "-" + scope.name();
    }

    /** Labels as OpenStack tags ({@code key=value}). */
    List<String> tags(Scope scope) {
        return scope.labels().asMap().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    List<String> zones() {
        return OvhcloudAdapter.REGIONS.location(location).zones();
    }

    /** In a 3-AZ region, instances and volumes go to the first zone so that they can be attached to each other; else null. */
    String zone(Scope scope) {
        List<String> zones = zones();
        if (zones.isEmpty()) {
            return null;
        }
        scope.choice("availability-zone", location, zones.get(0), OvhcloudAdapter.REGIONS.location(location).zonesVerified(),
                "instances and block volumes are pinned to the first zone so that volumes can be attached");
        return zones.get(0);
    }

    /** Declares the loss when the placement asks for zone redundancy in a 1-AZ location. */
    void zoneRedundancy(Scope scope, String what) {
        if (session.placement().zoneRedundant() && zones().isEmpty()) {
            scope.degraded("not zone-redundant: " + location + " has one availability zone, so " + what
                    + " does not survive its loss; use EU-WEST-PAR (3 zones)", Property.ZONE_REDUNDANT);
        }
    }

    /** The gateway giving {@code subnet} a way out (SNAT), created once per subnet, under the first component that needs it. */
    Gateway gateway(Scope scope, Handles.Network network, String subnet) {
        return gateways.computeIfAbsent(network.name() + "/" + subnet, key -> new Gateway(
                scope.child(network.name() + "-" + subnet + "-gateway"), GatewayArgs.builder()
                        .serviceName(projectId)
                        .name(session.stack() + "-" + network.name() + "-" + subnet)
                        .model(OvhcloudAdapter.SETTINGS.gatewayModel())
                        .region(OvhcloudAdapter.REGIONS.name(location, Service.OPENSTACK))
                        .networkId(network.openstackId())
                        .subnetId(network.subnet(subnet).subnet().id())
                        .build(), scope.options(ovh)));
    }

    /**
     * Classified data (a {@code data-class} label) asks for a qualified host. The reason names what
     * is unconfirmed for Public Cloud: SecNumCloud always, HDS for health data.
     */
    static void qualification(Scope scope, Spec spec) {
        var dataClass = spec.labels().get(Labels.DATA_CLASS);
        if (dataClass.isEmpty()) {
            return;
        }
        Settings.Qualification snc = OvhcloudAdapter.SETTINGS.qualification().get("secNumCloud");
        Settings.Qualification hds = OvhcloudAdapter.SETTINGS.qualification().get("hds");
        if (!snc.confirmed()) {
            scope.degraded(Labels.DATA_CLASS + "=" + dataClass.get() + " data on an unconfirmed qualification: " + snc.note(), Property.LOCATION);
        }
        if (dataClass.get().equals("health") && !hds.confirmed()) {
            scope.degraded(Labels.DATA_CLASS + "=health data on an unconfirmed certification: " + hds.note(), Property.LOCATION);
        }
    }

    static ResourceKind kindOf(Scope scope, String name) {
        return scope.before().stream().filter(d -> d.name().equals(name)).findFirst()
                .map(d -> d.spec().kind())
                .orElseThrow(() -> new IllegalStateException("'" + name + "' is not declared before '" + scope.name() + "'"));
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
