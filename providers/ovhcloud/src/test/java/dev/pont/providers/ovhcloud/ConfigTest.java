package dev.pont.providers.ovhcloud;

import static dev.pont.providers.ovhcloud.Previews.one;
import static dev.pont.providers.ovhcloud.Previews.preview;
import static dev.pont.providers.ovhcloud.Previews.stack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.adapter.TargetInfo;
import dev.pont.core.plan.Plan;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.Placement;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void theProjectIdIsRequired() {
        assertThatThrownBy(() -> preview(stack(Previews::network), Previews.configWithout(OvhcloudAdapter.PROJECT_ID)))
                .isInstanceOf(PontException.class)
                .hasMessage("target ovhcloud: missing config value pont:ovhcloudProjectId (OVHcloud Public Cloud project id, the ovh provider's serviceName): "
                        + "set it with `pulumi config set pont:ovhcloudProjectId <value>` or in Pulumi.ovhcloud.yaml")
                .satisfies(e -> assertThat(((PontException) e).exitCode()).isEqualTo(2));
    }

    @Test
    void theEndpointDefaultsToOvhEuAndCanBeChanged() {
        var config = new TreeMap<>(Previews.CONFIG);
        config.put(OvhcloudAdapter.ENDPOINT, "ovh-ca");
        Plan plan = preview(stack(Previews::network), config);
        assertThat(one(plan, "pulumi:providers:ovh", "ovhcloud").inputs()).containsEntry("endpoint", "ovh-ca");
    }

    @Test
    void theOpenstackProviderFollowsTheRegion() {
        Plan plan = preview(stack(Placement.in(Jurisdiction.FR).region("ovhcloud", "SBG"), Previews::network));
        assertThat(one(plan, "pulumi:providers:openstack", "ovhcloud-openstack").inputs()).containsEntry("region", "SBG5")
                .containsEntry("userDomainName", "Default").containsEntry("projectDomainName", "Default");
    }

    @Test
    void theTargetNamesItsPlugins() {
        TargetInfo info = new OvhcloudAdapter().info();
        assertThat(info.id()).isEqualTo("ovhcloud");
        assertThat(info.pulumiPackages()).containsExactly("ovh 2.13.0 (github://api.github.com/ovh/pulumi-ovh)", "openstack 5.5.1");
    }

    @Test
    void settingsAreLoadedAndComplete() {
        Settings s = OvhcloudAdapter.SETTINGS;
        assertThat(s.openstackAuthUrl()).isEqualTo("https://auth.cloud.ovh.net/v3");
        assertThat(s.publicNetwork()).isEqualTo("Ext-Net");
        assertThat(s.ecCurves()).containsKeys("256", "384", "521");
        assertThat(s.databasePlans().get("highAvailability").nodes()).isEqualTo(2);
    }
}
