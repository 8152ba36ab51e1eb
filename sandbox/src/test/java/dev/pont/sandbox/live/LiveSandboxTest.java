package dev.pont.sandbox.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.automation.LocalWorkspaceOptions;
import dev.pont.core.PontException;
import dev.pont.core.plan.Plan;
import dev.pont.sandbox.probe.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live mode up to the Pulumi CLI boundary, with a fake workspace standing in for the Automation API. */
class LiveSandboxTest {
    static final String BACKEND = "s3://pont-state?endpoint=oos.cloudgouv-eu-west-1.outscale.com&s3ForcePathStyle=true";
    static final Map<String, String> OUTSCALE_ENV = Map.of(
            "OUTSCALE_ACCESSKEYID", "AKOUT", "OUTSCALE_SECRETKEYID", "outscale-secret",
            "AWS_ACCESS_KEY_ID", "AKOOS", "AWS_SECRET_ACCESS_KEY", "oos-secret",
            "PONT_SANDBOX_BACKEND", BACKEND, "PULUMI_CONFIG_PASSPHRASE", "correct horse");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);
    static Plan starter;

    @TempDir
    Path dir;
    final FakeWorkspace fake = new FakeWorkspace();
    final List<Runnable> hooks = new ArrayList<>();
    final List<Object> removedHooks = new ArrayList<>();

    @BeforeAll
    static void plan() {
        starter = dev.pont.core.importer.PlanImporter.read(Path.of(System.getProperty("pont.root.dir", ".."))
                .resolve("stacks/src/test/resources/golden/starter.outscale.json"), dev.pont.core.importer.Format.PONT).plan();
    }

    LiveSandbox live(Map<String, String> env, boolean pulumiOnPath) {
        LiveSandbox.Hooks recording = new LiveSandbox.Hooks() {
            @Override
            public Object add(Runnable onShutdown) {
                hooks.add(onShutdown);
                return onShutdown;
            }

            @Override
            public void remove(Object handle) {
                removedHooks.add(handle);
            }
        };
        return new LiveSandbox(fake, env, cmd -> pulumiOnPath && cmd.equals("pulumi"), CLOCK, () -> "abc12345", recording, dir);
    }

    LiveSandbox.Options options() {
        return new LiveSandbox.Options(null, null, Map.of("pont:pseudonymisationSalt", "pepper"), Set.of("pont:pseudonymisationSalt"), dir.resolve("evidence"));
    }

    @Test
    void upDeploysAUniquelyNamedSandboxProbesItKeepsEvidenceAndDestroysIt() throws Exception {
        LiveSandbox.Result result = live(OUTSCALE_ENV, true).up(starter, options(), false);

        assertThat(result.sandbox()).isEqualTo("pont-sandbox-starter-outscale-abc12345");
        assertThat(fake.calls).containsExactly("open pont-sandbox-starter-outscale-abc12345 (create)",
                "config pont:target", "config pont:stack", "config pont:pseudonymisationSalt", "up", "outputs", "destroy", "rm", "close");
        assertThat(fake.config).containsEntry("pont:target", "outscale").containsEntry("pont:stack", "starter")
                .containsEntry("pont:pseudonymisationSalt", "[secret]");
        assertThat(hooks).hasSize(1);
        assertThat(removedHooks).containsExactly(hooks.get(0));
        assertThat(result.destroyed()).isTrue();
        // The fake stack exports no pontEndpoints: every probe says so instead of passing.
        assertThat(result.probes()).isNotEmpty().allMatch(p -> p.outcome() == Outcome.NOT_VERIFIABLE);
        String evidence = Files.readString(result.evidence().resolve("evidence.json"));
        assertThat(evidence).contains("\"mode\" : \"live\"", "\"pulumi-cli\" : \"3.0.0-fake\"", "\"startedAt\" : \"2026-11-28T02:00:00Z\"",
                "\"sandbox\" : \"pont-sandbox-starter-outscale-abc12345\"");
        assertThat(evidence).doesNotContain("oos-secret", "outscale-secret", "correct horse", "pepper");
    }

    @Test
    void theAutomationApiCallsCarryTheSovereignBackendSecretsProviderAndCredentials() {
        Map<String, String> env = new HashMap<>(OUTSCALE_ENV);
        env.remove("PULUMI_CONFIG_PASSPHRASE");
        env.put("PONT_SANDBOX_SECRETS_PROVIDER", "hashivault://pont-sandbox");
        env.put("VAULT_ADDR", "https://openbao.internal:8200");
        env.put("VAULT_TOKEN", "s.token");
        live(env, true).up(starter, options(), false);

        WorkspaceSpec spec = fake.opened.get(0);
        assertThat(spec.backendUrl()).isEqualTo(BACKEND);
        assertThat(spec.secretsProvider()).isEqualTo("hashivault://pont-sandbox");
        assertThat(spec.environment()).containsEntry("OUTSCALE_ACCESSKEYID", "AKOUT").containsEntry("AWS_SECRET_ACCESS_KEY", "oos-secret")
                .containsEntry("VAULT_ADDR", "https://openbao.internal:8200").containsKey("VAULT_TOKEN")
                .doesNotContainKey("PONT_SANDBOX_BACKEND");
        assertThat(spec.toString()).doesNotContain("oos-secret").doesNotContain("s.token");

        // What the real workspace hands to the Automation API.
        LocalWorkspaceOptions options = AutomationWorkspace.options(spec);
        assertThat(options.secretsProvider()).isEqualTo("hashivault://pont-sandbox");
        assertThat(options.environmentVariables()).containsEntry("PULUMI_BACKEND_URL", BACKEND).containsEntry("VAULT_ADDR", "https://openbao.internal:8200");
        assertThat(options.projectSettings().backend().url()).isEqualTo(BACKEND);
        assertThat(options.projectSettings().name()).isEqualTo("pont");
        assertThat(options.workDir()).isEqualTo(dir);
        assertThat(options.program()).isNotNull();
    }

    @Test
    void aFailedUpStillDestroysTheSandbox() {
        fake.upFails = new PontException(PontException.FINDINGS, "pulumi up failed: quota exceeded");
        assertThatThrownBy(() -> live(OUTSCALE_ENV, true).up(starter, options(), false)).hasMessageContaining("quota exceeded");
        assertThat(fake.calls).endsWith("up", "destroy", "rm", "close");
    }

    @Test
    void anInterruptDuringUpDestroysOnceThroughTheShutdownHook() {
        fake.duringUp = () -> hooks.get(0).run(); // the JVM runs the hook on SIGINT while up is in flight
        fake.upFails = new IllegalStateException("interrupted");
        assertThatThrownBy(() -> live(OUTSCALE_ENV, true).up(starter, options(), false)).hasMessage("interrupted");
        assertThat(fake.calls.stream().filter("destroy"::equals)).hasSize(1);
        assertThat(fake.calls).containsSubsequence("up", "destroy", "rm", "close");
    }

    @Test
    void keepLeavesTheSandboxUpWithoutAHook() {
        LiveSandbox.Result result = live(OUTSCALE_ENV, true).up(starter, options(), true);
        assertThat(fake.calls).doesNotContain("destroy");
        assertThat(hooks).isEmpty();
        assertThat(result.destroyed()).isFalse();
    }

    @Test
    void withoutTheCliOrCredentialsNothingIsTouchedAndEverythingMissingIsNamed() {
        assertThatThrownBy(() -> live(Map.of(), false).up(starter, options(), false))
                .isInstanceOfSatisfying(PontException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessageContaining("the pulumi CLI on the PATH")
                .hasMessageContaining("credentials for outscale (OUTSCALE_ACCESSKEYID, OUTSCALE_SECRETKEYID, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)")
                .hasMessageContaining("a state backend: --backend or PONT_SANDBOX_BACKEND")
                .hasMessageContaining("the passphrase secrets provider (PULUMI_CONFIG_PASSPHRASE; or PULUMI_CONFIG_PASSPHRASE_FILE)");
        assertThat(fake.calls).isEmpty();
    }

    @Test
    void theCliAloneMissingIsNamedAlone() {
        assertThatThrownBy(() -> live(OUTSCALE_ENV, false).up(starter, options(), false))
                .hasMessage("live sandbox on outscale cannot start, missing: the pulumi CLI on the PATH (https://www.pulumi.com/docs/install/)");
    }

    @Test
    void aBackendOrSecretsProviderThatIsNotSovereignIsRefused() {
        Map<String, String> cloud = new HashMap<>(OUTSCALE_ENV);
        cloud.put("PONT_SANDBOX_BACKEND", "https://api.pulumi.com");
        assertThatThrownBy(() -> live(cloud, true).up(starter, options(), false)).hasMessageStartingWith("state backend 'https://api.pulumi.com' is not a self-managed one");
        Map<String, String> kms = new HashMap<>(OUTSCALE_ENV);
        kms.put("PONT_SANDBOX_SECRETS_PROVIDER", "awskms://alias/pont");
        assertThatThrownBy(() -> live(kms, true).up(starter, options(), false)).hasMessageStartingWith("secrets provider 'awskms' is not accepted");
        assertThat(fake.calls).isEmpty();
    }

    @Test
    void verifyAndDownRefuseAStackNotNamedAsASandbox() {
        LiveSandbox live = live(OUTSCALE_ENV, true);
        assertThatThrownBy(() -> live.down(starter, "production", options()))
                .isInstanceOfSatisfying(PontException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessageStartingWith("refusing to touch Pulumi stack 'production': it is not named as a sandbox");
        assertThatThrownBy(() -> live.verify(starter, "pont-sandbox-health-data-outscale-abc12345", options()))
                .hasMessageContaining("it is a sandbox of health-data on outscale, not of starter on outscale");
        assertThat(fake.calls).isEmpty();
    }

    @Test
    void downDestroysANamedSandboxWithoutCreatingIt() {
        live(OUTSCALE_ENV, true).down(starter, "pont-sandbox-starter-outscale-abc12345", options());
        assertThat(fake.calls).containsExactly("open pont-sandbox-starter-outscale-abc12345", "destroy", "rm", "close");
    }
}
