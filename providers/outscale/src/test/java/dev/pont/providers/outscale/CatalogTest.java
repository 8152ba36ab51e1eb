package dev.pont.providers.outscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.catalog.Catalog;
import dev.pont.core.plan.CatalogChoice;
import dev.pont.core.plan.Plan;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.OsImage;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.Size;
import dev.pont.core.spec.VirtualMachineSpec;
import org.junit.jupiter.api.Test;

class CatalogTest {
    static final Catalog CATALOG = OutscaleAdapter.catalog();

    static CatalogChoice sizeFor(Size size) {
        Plan plan = Stacks.preview(Stacks.stack(p -> {
            Stacks.network(p);
            p.virtualMachine("vm", VirtualMachineSpec.of(size, OsImage.ubuntu("24.04"), Refs.subnet("core", "admin")));
        }));
        return plan.choices().stream().filter(c -> c.kind().equals("size")).findFirst().orElseThrow();
    }

    @Test
    void anExactFitIsChosenAsIs() {
        CatalogChoice choice = sizeFor(Size.of(4, 16));
        assertThat(choice.chosen()).isEqualTo("tinav7.c4r16p2");
        assertThat(choice.note()).doesNotContain("over-provisioned");
        assertThat(choice.verified()).isFalse();
    }

    @Test
    void overProvisioningIsShownAndNeverSmaller() {
        CatalogChoice choice = sizeFor(Size.of(3, 12));
        assertThat(choice.chosen()).isEqualTo("tinav7.c4r16p2");
        assertThat(choice.note()).startsWith("over-provisioned to 4 vCPU / 16 GiB");
        assertThat(sizeFor(Size.of(1, 3)).chosen()).isEqualTo("tinav7.c1r4p2");
    }

    @Test
    void anImpossibleSizeIsAOneLineError() {
        assertThatThrownBy(() -> sizeFor(Size.of(32, 256))).isInstanceOf(PontException.class)
                .hasMessage("target outscale, virtual-machine 'vm': no outscale size has 32 vCPU / 256 GiB or more"
                        + " (largest: 16 vCPU / 128 GiB): ask for a smaller size");
    }

    @Test
    void regionsStayInFranceWithTheSecNumCloudRegionByDefault() {
        assertThat(CATALOG.region(Placement.in(Jurisdiction.FR))).isEqualTo("cloudgouv-eu-west-1");
        assertThat(CATALOG.region(Placement.in(Jurisdiction.EU))).isEqualTo("cloudgouv-eu-west-1");
        assertThat(CATALOG.region(Placement.in(Jurisdiction.FR).region("outscale", "eu-west-2"))).isEqualTo("eu-west-2");
        assertThatThrownBy(() -> CATALOG.region(Placement.in(Jurisdiction.FR).region("outscale", "us-east-2")))
                .isInstanceOf(PontException.class)
                .hasMessage("target outscale: region us-east-2 is outside jurisdiction FR: use one of [cloudgouv-eu-west-1, eu-west-2]");
    }

    @Test
    void aPreviewOutsideTheJurisdictionFailsBeforeAnyResource() {
        assertThatThrownBy(() -> Stacks.preview(Stacks.stack(Placement.in(Jurisdiction.EU).region("outscale", "ap-northeast-1"), Stacks::network)))
                .isInstanceOf(PontException.class).hasMessageContaining("region ap-northeast-1 is outside jurisdiction EU");
    }

    @Test
    void everyRegionTheCatalogAllowsHasSubregionsAndNothingIsClaimedVerifiedWithoutASource() {
        for (var set : CATALOG.regions().values()) {
            set.allowed().forEach(region -> assertThat(Subregions.load().of(region)).isNotEmpty());
        }
        assertThat(CATALOG.sizes()).allSatisfy(f -> assertThat(f.verified()).isFalse());
        assertThat(CATALOG.images().values()).allSatisfy(e -> assertThat(e.verified()).isFalse());
        assertThat(CATALOG.versionsVerified()).isFalse();
        assertThat(CATALOG.databaseSizes()).allSatisfy(f -> assertThat(f.memoryGiB()).isGreaterThanOrEqualTo(2 * f.vcpu()));
    }
}
