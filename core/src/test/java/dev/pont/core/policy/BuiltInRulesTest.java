package dev.pont.core.policy;

import static dev.pont.core.policy.Fixtures.evaluate;
import static dev.pont.core.policy.Fixtures.of;
import static dev.pont.core.policy.Fixtures.plan;
import static dev.pont.core.policy.Fixtures.raw;
import static dev.pont.core.policy.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.core.plan.Deviation;
import dev.pont.core.plan.Grade;
import dev.pont.core.plan.Plan;
import dev.pont.core.plan.Secrets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in rule with a passing and a failing fixture. */
class BuiltInRulesTest {
    static final String FR = "cloudgouv-eu-west-1";

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of(BuiltInRules.PROVIDER_JURISDICTION, plan("outscale", of("virtual-machine", Map.of("location", FR))),
                        plan("azure", of("virtual-machine", Map.of("location", "francecentral")))),
                Arguments.of(BuiltInRules.QUALIFIED_OFFER, plan("outscale", of("virtual-machine", Map.of("location", FR))),
                        plan("outscale", of("virtual-machine", Map.of("location", "eu-west-2")))),
                Arguments.of(BuiltInRules.QUALIFIED_SCOPE,
                        plan("outscale", resource("vm", "outscale:index/vm:Vm", "virtual-machine", Map.of("location", FR))),
                        plan("outscale", resource("lb", "outscale:index/loadBalancer:LoadBalancer", "load-balancer", Map.of("location", FR)))),
                Arguments.of(BuiltInRules.REGION_ALLOWED, plan("outscale", of("virtual-machine", Map.of("location", FR))),
                        plan("outscale", of("virtual-machine", Map.of("location", "us-east-2")))),
                Arguments.of(BuiltInRules.ENCRYPTION_AT_REST, plan("outscale", of("object-store", Map.of("encryptedAtRest", true))),
                        plan("outscale", of("object-store", Map.of("encryptedAtRest", false)))),
                Arguments.of(BuiltInRules.CUSTOMER_MANAGED_KEYS,
                        plan("outscale", of("object-store", Map.of("keyCustody", "customer-hsm")), of("key-vault", Map.of("rotationDays", 365))),
                        plan("outscale", of("object-store", Map.of("keyCustody", "provider")), of("key-vault", Map.of("rotationDays", 730)))),
                Arguments.of(BuiltInRules.KEY_CUSTODY, plan("outscale", of("key-vault", Map.of("hsmBacked", true, "purgeProtection", true))),
                        plan("outscale", of("key-vault", Map.of("hsmBacked", false, "purgeProtection", true)))),
                Arguments.of(BuiltInRules.TLS_MINIMUM, plan("outscale", of("database", Map.of("tlsMinimum", 1.2, "httpsOnly", true))),
                        plan("outscale", of("database", Map.of("tlsMinimum", 1.0, "httpsOnly", true)))),
                Arguments.of(BuiltInRules.NO_PUBLIC_DATA_ENDPOINT, plan("outscale", of("object-store", Map.of("publicEndpoint", false))),
                        plan("outscale", of("object-store", Map.of("publicEndpoint", true)))),
                Arguments.of(BuiltInRules.PRIVATE_ENDPOINT, plan("outscale", of("database", Map.of("privateEndpoint", true))),
                        plan("outscale", of("database", Map.of("privateEndpoint", false)))),
                Arguments.of(BuiltInRules.FIREWALL_DENY_BY_DEFAULT,
                        plan("outscale", of("firewall", Map.of("denyByDefault", true, "allowRules", List.of("inbound tcp 443 from 10.0.0.0/8")))),
                        plan("outscale", of("firewall", Map.of("denyByDefault", false, "allowRules", List.of())))),
                Arguments.of(BuiltInRules.ADMIN_ACCESS,
                        plan("outscale", of("kubernetes-cluster", Map.of("privateApi", false, "adminCidrs", List.of("10.20.4.0/24")))),
                        plan("outscale", of("firewall", Map.of("denyByDefault", true, "allowRules", List.of("inbound tcp 22 from any"))))),
                Arguments.of(BuiltInRules.LEAST_PRIVILEGE, plan("outscale", of("service-identity", Map.of("grants", List.of("read:datasets")))),
                        plan("outscale", of("service-identity", Map.of("grants", List.of("admin:catalog", "read:datasets"))))),
                Arguments.of(BuiltInRules.AUDIT_LOG_RETENTION, plan("outscale", of("audit-log", Map.of("logRetentionDays", 365))),
                        plan("outscale", of("audit-log", Map.of("logRetentionDays", 90)))),
                Arguments.of(BuiltInRules.BACKUPS, plan("outscale", of("database", Map.of("backupRetentionDays", 35, "backupLocation", FR))),
                        plan("outscale", of("database", Map.of("backupRetentionDays", 35, "backupLocation", "us-east-2")))),
                Arguments.of(BuiltInRules.NO_PLAINTEXT_SECRETS,
                        plan("outscale", raw("db", "test:index:Server", Map.of("administratorLoginPassword", Secrets.REDACTED, "name", "db"))),
                        plan("outscale", raw("db", "test:index:Server", Map.of("administratorLoginPassword", "hunter2", "name", "db")))),
                Arguments.of(BuiltInRules.CLASSIFICATION_LABELS, plan("outscale", of("object-store", Map.of("labels", List.of("data-class=health")))),
                        plan("outscale", of("object-store", Map.of("labels", List.of("team=data"))))),
                Arguments.of(BuiltInRules.EXIT_METADATA,
                        plan("outscale", of("object-store", Map.of("labels", List.of("exit-format=s3", "exit-path=s3://export/datasets")))),
                        plan("outscale", of("object-store", Map.of("labels", List.of("exit-format=s3"))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachRulePassesItsPassingFixtureAndFailsItsFailingOne(Rule.Info rule, Plan passing, Plan failing) {
        assertThat(evaluate(rule, passing, "secnumcloud")).as("%s on its passing fixture", rule.id()).isEmpty();
        List<Finding> found = evaluate(rule, failing, "secnumcloud");
        assertThat(found).as("%s on its failing fixture", rule.id()).isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.rule()).isEqualTo(rule.id());
                    assertThat(f.remediation()).isEqualTo(rule.remediation());
                });
    }

    @Test
    void everyBuiltInRuleHasFixtures() {
        assertThat(fixtures().map(a -> ((Rule.Info) a.get()[0]).id()).toList()).containsExactlyInAnyOrderElementsOf(BuiltInRules.ids());
    }

    @Test
    void aPublicDataStoreAndOldTlsAreErrorsInEveryProfile() {
        Plan open = plan("outscale", of("object-store", Map.of("publicEndpoint", true, "tlsMinimum", 1.0)));
        for (String profile : Profile.names()) {
            assertThat(evaluate(BuiltInRules.NO_PUBLIC_DATA_ENDPOINT, open, profile)).as(profile)
                    .extracting(Finding::severity).containsExactly(Severity.ERROR);
            assertThat(evaluate(BuiltInRules.TLS_MINIMUM, open, profile)).as(profile)
                    .extracting(Finding::severity).containsExactly(Severity.ERROR);
            assertThat(Profile.named(profile).rules()).containsEntry("no-public-data-endpoint", Severity.ERROR)
                    .containsEntry("tls-minimum", Severity.ERROR);
        }
    }

    @Test
    void anUnconfirmedAttestationIsAWarningNeverAPass() {
        Plan oos = plan("outscale", resource("bucket", "aws:s3/bucketV2:BucketV2", "object-store", Map.of("location", FR)));
        assertThat(evaluate(BuiltInRules.QUALIFIED_SCOPE, oos, "secnumcloud")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("unconfirmed").contains("aws:s3/bucketV2:BucketV2").contains("source:");
        });
        Plan ovh = plan("ovhcloud", of("virtual-machine", Map.of("location", "GRA11")));
        assertThat(evaluate(BuiltInRules.QUALIFIED_OFFER, ovh, "secnumcloud")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aFactNoResourceStatesIsAWarning() {
        Plan silent = plan("outscale", of("database", Map.of()));
        assertThat(evaluate(BuiltInRules.ENCRYPTION_AT_REST, silent, "secnumcloud")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("states");
        });
    }

    @Test
    void anUnknownValueNeitherPassesNorFailsAndIsNeverPrinted() {
        // An ARM template's expression: the backup location and encryption are unknown, not outside the regions.
        Plan unknown = plan("outscale", of("database", Map.of("backupLocation", dev.pont.core.plan.Unknowns.UNKNOWN,
                "encryptedAtRest", dev.pont.core.plan.Unknowns.UNKNOWN)));
        assertThat(evaluate(BuiltInRules.BACKUPS, unknown, "secnumcloud"))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING))
                .allSatisfy(f -> assertThat(f.message()).doesNotContain(dev.pont.core.plan.Unknowns.UNKNOWN));
        assertThat(evaluate(BuiltInRules.ENCRYPTION_AT_REST, unknown, "secnumcloud")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("states").doesNotContain(dev.pont.core.plan.Unknowns.UNKNOWN);
        });
    }

    @Test
    void aDeclaredDeviationIsAttachedButTheFindingStands() {
        Deviation dev = new Deviation("object-store-1", "outscale", Grade.DEGRADED, List.of("OOS is reached on its public endpoint"),
                List.of("publicEndpoint"));
        Plan p = plan("outscale", List.of(dev), of("object-store", Map.of("publicEndpoint", true, "encryptedAtRest", false)));
        assertThat(evaluate(BuiltInRules.NO_PUBLIC_DATA_ENDPOINT, p, "secnumcloud")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.deviation()).isEqualTo("degraded: OOS is reached on its public endpoint");
        });
        assertThat(evaluate(BuiltInRules.ENCRYPTION_AT_REST, p, "secnumcloud")).singleElement()
                .satisfies(f -> assertThat(f.deviation()).as("the deviation does not cover encryptedAtRest").isNull());
    }

    @Test
    void aPlaintextSecretIsReportedWithoutItsValue() {
        Plan p = plan("outscale", raw("db", "test:index:Server", Map.of("settings", Map.of("adminPassword", "hunter2"))));
        assertThat(evaluate(BuiltInRules.NO_PLAINTEXT_SECRETS, p, "baseline")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("settings.adminPassword").doesNotContain("hunter2");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void aReferenceToASecretIsNotAPlaintextSecret() {
        Plan p = plan("s3ns", raw("salt-value", "gcp:secretmanager/secretVersion:SecretVersion",
                Map.of("secret", "projects/p/secrets/salt", "secretData", Secrets.REDACTED)));
        assertThat(evaluate(BuiltInRules.NO_PLAINTEXT_SECRETS, p, "secnumcloud")).isEmpty();
    }

    @Test
    void profilesNameOnlyBuiltInRules() {
        for (String name : Profile.names()) {
            assertThat(BuiltInRules.ids()).as(name).containsAll(Profile.named(name).rules().keySet());
        }
        assertThat(Profile.names()).containsExactly("secnumcloud", "hds", "baseline");
    }
}
