package dev.pont.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.adapter.Scope;
import dev.pont.core.adapter.Session;
import dev.pont.core.platform.Declaration;
import dev.pont.core.plan.CatalogChoice;
import dev.pont.core.spec.BlockVolumeSpec;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.OsImage;
import dev.pont.core.spec.Placement;
import dev.pont.core.spec.Size;
import dev.pont.core.spec.VolumeClass;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogTest {
    final Catalog catalog = Catalog.load(CatalogTest.class, "test-catalog.json");
    final Scope scope = new Scope(new Declaration("disk", BlockVolumeSpec.of(10, VolumeClass.BALANCED_SSD)), null,
            new Session("demo", "fake", Placement.in(Jurisdiction.FR), null), Map.of(), List.of());

    @Test
    void exactFitIsChosenAndRecorded() {
        assertThat(catalog.size(scope, Size.of(4, 16))).isEqualTo("m-4-16");
        assertThat(scope.choices()).containsExactly(new CatalogChoice("disk", "fake", "size", "4 vCPU / 16 GiB", "m-4-16", true, ""));
    }

    @Test
    void nearestFitIsNeverSmallerAndShowsTheOverProvisioning() {
        assertThat(catalog.size(scope, Size.of(3, 10))).isEqualTo("m-4-16");
        assertThat(scope.choices().get(0).note()).isEqualTo("over-provisioned to 4 vCPU / 16 GiB");
        assertThat(catalog.size(scope, Size.of(4, 8))).isEqualTo("c-4-8");
        assertThat(scope.choices().get(1).verified()).isFalse();
        assertThat(scope.choices().get(1).note()).isEqualTo("burstable");
        assertThat(catalog.size(scope, Size.of(1, 12))).isEqualTo("r-2-16");
    }

    @Test
    void aSizeNoFlavourSatisfiesIsAOneLineError() {
        assertThatThrownBy(() -> catalog.size(scope, Size.of(16, 64)))
                .isInstanceOf(PontException.class)
                .hasMessage("target fake, block-volume 'disk': no fake size has 16 vCPU / 64 GiB or more (largest: 8 vCPU / 32 GiB): ask for a smaller size");
    }

    @Test
    void regionsFollowTheJurisdiction() {
        assertThat(catalog.region(Placement.in(Jurisdiction.FR))).isEqualTo("fr-1");
        assertThat(catalog.region(Placement.in(Jurisdiction.FR).region("fake", "fr-2"))).isEqualTo("fr-2");
        assertThatThrownBy(() -> catalog.region(Placement.in(Jurisdiction.FR).region("fake", "us-1")))
                .hasMessage("target fake: region us-1 is outside jurisdiction FR: use one of [fr-1, fr-2]");
        assertThatThrownBy(() -> catalog.region(Placement.in(Jurisdiction.EU)))
                .hasMessageContaining("target fake has no region in jurisdiction EU");
    }

    @Test
    void imagesVolumeClassesAndVersions() {
        assertThat(catalog.image(scope, OsImage.ubuntu("24.04"))).isEqualTo(Map.of("publisher", "Canonical", "sku", "server"));
        assertThat(scope.choices().get(0).chosen()).isEqualTo("Canonical:server");
        assertThatThrownBy(() -> catalog.image(scope, OsImage.debian("12")))
                .hasMessageContaining("no fake image for debian-12: use one of [ubuntu-24.04]");
        assertThat(catalog.volumeClass(scope, VolumeClass.BALANCED_SSD)).isEqualTo("ssd");
        assertThatThrownBy(() -> catalog.volumeClass(scope, VolumeClass.PERFORMANCE_SSD)).hasMessageContaining("no fake volume type for class performance-ssd");
        assertThat(catalog.kubernetesVersion(scope, "1.30")).isEqualTo("1.30");
        assertThat(scope.choices().get(2).verified()).isFalse();
        assertThatThrownBy(() -> catalog.kubernetesVersion(scope, "1.31")).hasMessageContaining("kubernetes-version 1.31 is not offered: use one of [1.29, 1.30]");
    }
}
