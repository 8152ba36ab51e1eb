package dev.pont.providers.ovhcloud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.testing.RawRegistrations;
import dev.pont.core.testing.RawRegistrations.Registration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a Plan does not keep, read from the raw registration requests of the every-spec stack: the
 * plugin version and download URL every registration carries, the outputs kept secret, and the
 * resources protected from {@code pulumi destroy}.
 */
class RegistrationsTest {
    static List<Registration> registrations;

    @BeforeAll
    static void register() {
        registrations = RawRegistrations.of(Previews.stack(Previews::everything), new OvhcloudAdapter(), "ovhcloud", Previews.CONFIG).custom();
    }

    @Test
    void everyOvhRegistrationCarriesItsPluginVersionAndSource() {
        List<Registration> ovh = registrations.stream().filter(r -> r.type().startsWith("ovh:") || r.type().equals("pulumi:providers:ovh")).toList();
        assertThat(ovh).hasSizeGreaterThan(20).allSatisfy(r -> {
            assertThat(r.version()).as(r.type() + " " + r.name()).isEqualTo("2.13.0");
            assertThat(r.pluginDownloadUrl()).as(r.type() + " " + r.name()).isEqualTo("github://api.github.com/ovh/pulumi-ovh");
        });
    }

    @Test
    void everyOpenstackRegistrationCarriesItsPluginVersion() {
        List<Registration> openstack = registrations.stream()
                .filter(r -> r.type().startsWith("openstack:") || r.type().equals("pulumi:providers:openstack")).toList();
        assertThat(openstack).hasSizeGreaterThan(10).allSatisfy(r -> {
            assertThat(r.version()).as(r.type() + " " + r.name()).isEqualTo("5.5.1");
            assertThat(r.pluginDownloadUrl()).as("default plugin source").isEmpty();
        });
    }

    @Test
    void outputsTheSchemaMarksSecretStaySecret() {
        assertThat(one("ovh:CloudProject/kube:Kube", "analysis").secretOutputs()).contains("kubeconfig", "kubeconfigAttributes");
        assertThat(one("ovh:CloudProject/s3Credential:S3Credential", "ingestion-s3-key").secretOutputs()).contains("secretAccessKey");
        assertThat(one("ovh:CloudProjectDatabase/postgresSqlUser:PostgresSqlUser", "ingestion-catalog-login").secretOutputs()).contains("password");
    }

    @Test
    void kmsKeysAreProtectedFromDestroy() {
        assertThat(registrations.stream().filter(r -> r.type().equals("ovh:Okms/serviceKey:ServiceKey")))
                .hasSize(2).allMatch(Registration::protect);
        assertThat(registrations.stream().filter(r -> !r.type().equals("ovh:Okms/serviceKey:ServiceKey"))).noneMatch(Registration::protect);
    }

    static Registration one(String type, String name) {
        return registrations.stream().filter(r -> r.type().equals(type) && r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no registration " + type + " " + name));
    }
}
