package dev.pont.providers.ovhcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.catalog.Catalog;
import dev.pont.core.plan.CatalogChoice;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.Size;
import dev.pont.core.spec.VolumeClass;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog as data: nearest fit, never smaller, verified flags carried through, regions per jurisdiction. */
class CatalogTest {
    static final Catalog CATALOG = OvhcloudAdapter.CATALOG;

    static CatalogChoice sizeChoice(Size size) {
        var plan = Previews.preview(Previews.stack(p -> {
            Previews.network(p);
            p.virtualMachine("vm", dev.pont.core.spec.VirtualMachineSpec.of(size, dev.pont.core.spec.OsImage.debian("12"),
                    dev.pont.core.spec.Refs.subnet("core", "admin")));
        }));
        return plan.choices().stream().filter(c -> c.kind().equals("size")).findFirst().orElseThrow();
    }

    @Test
    void anExactFitIsChosenAsIs() {
        CatalogChoice c = sizeChoice(Size.of(4, 16));
        assertThat(c.chosen()).isEqualTo("b3-16");
        assertThat(c.verified()).isTrue();
        assertThat(c.note()).isEmpty();
    }

    @Test
    void overProvisioningIsShownAndNeverSmaller() {
        CatalogChoice c = sizeChoice(Size.of(3, 12));
        assertThat(c.chosen()).isEqualTo("b3-16");
        assertThat(c.note()).isEqualTo("over-provisioned to 4 vCPU / 16 GiB");
        CatalogChoice memory = sizeChoice(Size.of(2, 12));
        assertThat(memory.chosen()).isEqualTo("r3-16");
        assertThat(memory.verified()).isFalse();
        assertThat(memory.note()).contains("over-provisioned to 2 vCPU / 16 GiB").contains("third-party");
    }

    @Test
    void flavourNamesAreUniqueAndOnlyDocumentedOnesAreVerified() {
        assertThat(CATALOG.sizes()).extracting(Catalog.Flavour::name).doesNotHaveDuplicates();
        assertThat(CATALOG.databaseSizes()).extracting(Catalog.Flavour::name).allMatch(n -> n.startsWith("db1-"));
        assertThat(CATALOG.sizes()).filteredOn(Catalog.Flavour::verified).extracting(Catalog.Flavour::name)
                .as("only b3 is documented by OVHcloud in our sources")
                .allMatch(n -> n.startsWith("b3-"));
        assertThat(CATALOG.databaseSizes()).noneMatch(Catalog.Flavour::verified);
    }

    @Test
    void everyVolumeClassIsEncrypted() {
        for (VolumeClass v : VolumeClass.values()) {
            assertThat(CATALOG.volumeClasses()).containsKey(v);
            assertThat(String.valueOf(CATALOG.volumeClasses().get(v).value())).endsWith("-luks");
        }
    }

    @Test
    void imagesAreGlanceNamesAndUnverified() {
        assertThat(CATALOG.images()).containsKeys("ubuntu-22.04", "ubuntu-24.04", "debian-12");
        assertThat(CATALOG.images().values()).allSatisfy(e -> {
            assertThat(e.value()).isInstanceOf(String.class);
            assertThat(e.verified()).isFalse();
        });
        assertThat(CATALOG.versionsVerified()).isFalse();
    }

    @Test
    void regionsStayInTheirJurisdiction() {
        assertThat(CATALOG.region(Placement.in(Jurisdiction.FR))).isEqualTo("GRA");
        assertThat(CATALOG.region(Placement.in(Jurisdiction.FR).region("ovhcloud", "EU-WEST-PAR"))).isEqualTo("EU-WEST-PAR");
        assertThatThrownBy(() -> CATALOG.region(Placement.in(Jurisdiction.FR).region("ovhcloud", "BHS")))
                .isInstanceOf(PontException.class)
                .hasMessage("target ovhcloud: region BHS is outside jurisdiction FR: use one of [GRA, SBG, RBX, EU-WEST-PAR]");
    }

    @Test
    void aRegionOutsideTheJurisdictionStopsThePreview() {
        var stack = Previews.stack(Placement.in(Jurisdiction.EU).region("ovhcloud", "BHS5"), Previews::network);
        assertThatThrownBy(() -> Previews.preview(stack))
                .isInstanceOf(PontException.class)
                .hasMessageContaining("region BHS5 is outside jurisdiction EU");
    }

    @Test
    void everyAllowedRegionHasEveryServiceName() {
        for (var set : CATALOG.regions().values()) {
            for (String location : set.allowed()) {
                for (Regions.Service s : Regions.Service.values()) {
                    assertThat(OvhcloudAdapter.REGIONS.name(location, s)).as(location + " " + s).isNotBlank();
                }
            }
        }
        assertThat(OvhcloudAdapter.REGIONS.location("EU-WEST-PAR").zones()).hasSize(3);
        assertThat(List.of("GRA", "SBG", "RBX")).allSatisfy(l -> assertThat(OvhcloudAdapter.REGIONS.location(l).zones()).isEmpty());
    }
}
