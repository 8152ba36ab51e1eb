package dev.pont.providers.s3ns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.catalog.Catalog;
import dev.pont.core.plan.CatalogChoice;
import dev.pont.core.plan.Plan;
import dev.pont.core.spec.Labels;
import dev.pont.core.spec.ObjectStoreSpec;
import dev.pont.core.spec.OsImage;
import dev.pont.core.spec.Refs;
import dev.pont.core.spec.Size;
import dev.pont.core.spec.VirtualMachineSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogAndLabelsTest {
    static final Catalog CATALOG = S3nsAdapter.catalog();

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
        assertThat(choice.chosen()).isEqualTo("n2-standard-4");
        assertThat(choice.note()).doesNotContain("over-provisioned");
        assertThat(choice.verified()).isFalse();
    }

    @Test
    void overProvisioningIsShownAndNeverSmaller() {
        CatalogChoice choice = sizeFor(Size.of(3, 12));
        assertThat(choice.chosen()).isEqualTo("n2-standard-4");
        assertThat(choice.note()).startsWith("over-provisioned to 4 vCPU / 16 GiB");
        assertThat(sizeFor(Size.of(1, 2)).chosen()).isEqualTo("n2-highcpu-2");
        assertThat(sizeFor(Size.of(2, 12)).chosen()).isEqualTo("n2-highmem-2");
    }

    @Test
    void anImpossibleSizeIsAOneLineError() {
        assertThatThrownBy(() -> sizeFor(Size.of(64, 256))).isInstanceOf(PontException.class)
                .hasMessage("target s3ns, virtual-machine 'vm': no s3ns size has 64 vCPU / 256 GiB or more"
                        + " (largest: 32 vCPU / 256 GiB): ask for a smaller size");
    }

    @Test
    void nothingIsClaimedVerifiedWithoutASource() {
        assertThat(CATALOG.sizes()).allSatisfy(f -> assertThat(f.verified()).isFalse());
        assertThat(CATALOG.databaseSizes()).allSatisfy(f -> {
            assertThat(f.verified()).isFalse();
            assertThat(f.name()).isEqualTo("db-custom-" + f.vcpu() + "-" + f.memoryGiB() * 1024);
            assertThat(f.memoryGiB()).isBetween((int) Math.ceil(0.9 * f.vcpu()), (int) (6.5 * f.vcpu()));
        });
        assertThat(CATALOG.images().values()).allSatisfy(e -> assertThat(e.verified()).isFalse());
        assertThat(CATALOG.volumeClasses().values()).extracting(Catalog.Entry::value).containsExactlyInAnyOrder("pd-standard", "pd-balanced", "pd-ssd");
        assertThat(CATALOG.versionsVerified()).isFalse();
        assertThat(S3nsData.KMS_KEYS.values()).allSatisfy(k -> assertThat(k.verified()).isFalse());
    }

    @Test
    void labelsThatGcpAcceptsPassUnchanged() {
        assertThat(GcpLabels.value("health")).isEqualTo("health");
        assertThat(GcpLabels.key("data-class")).isEqualTo("data-class");
    }

    @Test
    void otherLabelsAreRewrittenTheSameWayAndTheRewriteIsDeclared() {
        assertThat(GcpLabels.key("team.name")).isEqualTo("team_name");
        assertThat(GcpLabels.value("Health Data/FR")).isEqualTo("health_data_fr");
        assertThat(GcpLabels.value("x".repeat(70))).hasSize(63).startsWith("x".repeat(54) + "-");
        Plan plan = Stacks.preview(Stacks.stack(p -> p.objectStore("store", ObjectStoreSpec.privateStore()
                .labels(Labels.of(Map.of("owner", "Data Team"))))));
        assertThat(Stacks.named(plan, "store-bucket").inputs().get("labels")).isEqualTo(Map.of("owner", "data_team",
                "pont-resource", "store", "pont-stack", "demo"));
        assertThat(Stacks.reasons(plan, "store")).contains("label owner=Data Team is written owner=data_team: GCP labels take lower-case"
                + " letters, digits, '_' and '-' only, at most 63 characters");
    }

    @Test
    void twoLabelsBecomingOneIsAnError() {
        assertThatThrownBy(() -> Stacks.preview(Stacks.stack(p -> p.objectStore("store", ObjectStoreSpec.privateStore()
                .labels(Labels.of(Map.of("a.b", "1", "a_b", "2"))))))).isInstanceOf(PontException.class)
                .hasMessage("target s3ns, object-store 'store': labels 'a.b' and 'a_b' both become GCP label 'a_b': rename one of them");
    }

    @Test
    void namesAreValidGcpNamesAndLongOnesKeepAHash() {
        assertThat(GcpNames.of("demo-core", 63)).isEqualTo("demo-core");
        assertThat(GcpNames.of("9lives", 63)).isEqualTo("p9lives");
        String longName = GcpNames.of("a".repeat(80), 63);
        assertThat(longName).hasSize(63).matches("[a-z]([-a-z0-9]*[a-z0-9])?");
        assertThat(GcpNames.accountId("demo", "a1")).isEqualTo("demo-a1");
        assertThat(GcpNames.accountId("d", "ab")).isEqualTo("d-ab-sa");
        assertThat(GcpNames.accountId("health-data", "analysis-runner-long-name")).hasSize(30);
    }
}
