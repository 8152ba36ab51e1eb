package dev.pont.providers.azure;

import static dev.pont.providers.azure.Previews.at;
import static dev.pont.providers.azure.Previews.named;
import static dev.pont.providers.azure.Previews.preview;
import static dev.pont.providers.azure.Previews.stack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.Placement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The target itself: identity, the stack's resource group, regions, and the client config invoke. */
class TargetTest {

    @Test
    void describesItselfWithThePulumiPackageItsPlansUse() {
        var info = new AzureAdapter().info();
        assertThat(info.id()).isEqualTo("azure");
        assertThat(info.displayName()).isEqualTo("Microsoft Azure");
        assertThat(info.pulumiPackages()).containsExactly("azure-native 2.10.0");
    }

    @Test
    void oneResourceGroupPerStackOutsideAnyComponentInTheDefaultFrenchRegion() {
        Plan plan = preview(stack(p -> p.objectStore("files", ObjectStoreSpec.privateStore())));
        PlannedResource rg = named(plan, "rg-demo");
        assertThat(rg.type()).isEqualTo("azure-native:resources:ResourceGroup");
        assertThat(plan.component(rg, plan.index())).isEmpty();
        assertThat(rg.parent()).endsWith("pulumi:pulumi:Stack::pont-azure");
        assertThat(rg.inputs()).containsEntry("resourceGroupName", "rg-demo").containsEntry("location", "francecentral")
                .containsEntry("tags", Map.of("pont-stack", "demo"));
        assertThat(plan.resources()).filteredOn(r -> r.type().equals("azure-native:resources:ResourceGroup")).hasSize(1);
        assertThat(at(named(plan, "files-account"), "location")).isEqualTo("francecentral");
        assertThat(named(plan, "files-account").dependencies()).contains(rg.urn());
        assertThat(plan.resources()).filteredOn(r -> r.type().equals("pulumi:providers:azure-native"))
                .singleElement().satisfies(p -> assertThat(p.inputs()).containsEntry("version", "2.10.0"));
    }

    @Test
    void euStacksDefaultToFranceCentralAndMayPinAnotherEuRegion() {
        Plan eu = preview(stack(Placement.in(Jurisdiction.EU), p -> p.objectStore("files", ObjectStoreSpec.privateStore())));
        assertThat(at(named(eu, "rg-demo"), "location")).isEqualTo("francecentral");
        Plan pinned = preview(stack(Placement.in(Jurisdiction.EU).region("azure", "westeurope"),
                p -> p.objectStore("files", ObjectStoreSpec.privateStore())));
        assertThat(at(named(pinned, "rg-demo"), "location")).isEqualTo("westeurope");
        assertThat(at(named(pinned, "files-account"), "location")).isEqualTo("westeurope");
    }

    @Test
    void aRegionOutsideTheJurisdictionIsAOneLineError() {
        var outside = stack(Placement.in(Jurisdiction.FR).region("azure", "westeurope"),
                p -> p.objectStore("files", ObjectStoreSpec.privateStore()));
        assertThatThrownBy(() -> preview(outside))
                .isInstanceOf(PontException.class)
                .hasMessage("target azure: region westeurope is outside jurisdiction FR: use one of [francecentral, francesouth]")
                .satisfies(e -> assertThat(((PontException) e).exitCode()).isEqualTo(PontException.USAGE));
    }

    @Test
    void answersTheClientConfigInvokeWithZeroGuidsOffline() {
        var adapter = new AzureAdapter();
        assertThat(adapter.invoke("azure-native:authorization:getClientConfig", Map.of())).isEqualTo(Map.of(
                "clientId", AzurePreview.ZERO, "objectId", AzurePreview.ZERO,
                "subscriptionId", AzurePreview.ZERO, "tenantId", AzurePreview.ZERO));
        assertThat(adapter.invoke("azure-native:storage:listStorageAccountKeys", Map.of())).isEmpty();
    }
}
