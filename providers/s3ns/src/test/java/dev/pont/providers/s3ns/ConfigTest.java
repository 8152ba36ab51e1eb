package dev.pont.providers.s3ns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pont.core.PontException;
import dev.pont.core.spec.Jurisdiction;
import dev.pont.core.spec.Placement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void aMissingProjectIsAOneLineErrorNamingTheKey() {
        assertThatThrownBy(() -> Stacks.preview(Stacks.stack(Stacks::network), Map.of("pont:s3nsProject", "")))
                .isInstanceOf(PontException.class)
                .hasMessage("target s3ns: missing config value pont:s3nsProject (the S3NS project id, with its s3ns: prefix):"
                        + " set it with `pulumi config set pont:s3nsProject <value>` or in Pulumi.s3ns.yaml")
                .satisfies(e -> assertThat(((PontException) e).exitCode()).isEqualTo(2));
    }

    @Test
    void aProjectWithoutTheUniversePrefixIsRefused() {
        assertThatThrownBy(() -> Stacks.preview(Stacks.stack(Stacks::network), Map.of("pont:s3nsProject", "my-project")))
                .isInstanceOf(PontException.class)
                .hasMessage("target s3ns: config value pont:s3nsProject 'my-project' is not an S3NS project id:"
                        + " set it to s3ns:<project-id> (6-30 lower-case letters, digits and dashes)");
    }

    @Test
    void aRegionOutsideTheJurisdictionFailsBeforeAnyResource() {
        assertThatThrownBy(() -> Stacks.preview(Stacks.stack(Placement.in(Jurisdiction.FR).region("s3ns", "europe-west1"), Stacks::network)))
                .isInstanceOf(PontException.class)
                .hasMessage("target s3ns: region europe-west1 is outside jurisdiction FR: use one of [u-france-east1]");
    }

    @Test
    void bothJurisdictionsLandInTheOneRegion() {
        assertThat(S3nsAdapter.catalog().region(Placement.in(Jurisdiction.FR))).isEqualTo("u-france-east1");
        assertThat(S3nsAdapter.catalog().region(Placement.in(Jurisdiction.EU))).isEqualTo("u-france-east1");
    }
}
