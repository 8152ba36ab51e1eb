package dev.pont.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pont.sandbox.live.LiveSandbox;
import dev.pont.sandbox.live.SandboxWorkspace;
import dev.pont.sandbox.live.WorkspaceSpec;
import dev.pont.sandbox.local.LocalSandboxes;
import dev.pont.sandbox.local.StandIns;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pont sandbox} in-process, with a recording workspace in place of the Pulumi CLI. */
class SandboxCommandTest {
    static final Path ROOT = Path.of(System.getProperty("pont.root.dir", ".."));
    static final Map<String, String> OUTSCALE = Map.of("OUTSCALE_ACCESSKEYID", "AK", "OUTSCALE_SECRETKEYID", "outscale-secret",
            "AWS_ACCESS_KEY_ID", "AK", "AWS_SECRET_ACCESS_KEY", "oos-secret", "PULUMI_CONFIG_PASSPHRASE", "passphrase-secret",
            "PONT_SANDBOX_BACKEND", "s3://pont-state?endpoint=oos.cloudgouv-eu-west-1.outscale.com&s3ForcePathStyle=true");

    @TempDir
    Path dir;
    final List<String> calls = new ArrayList<>();
    final List<WorkspaceSpec> opened = new ArrayList<>();

    record Run(int code, String out, String err) {}

    Run pont(Map<String, String> env, boolean pulumi, String... args) {
        SandboxWorkspace ws = new SandboxWorkspace() {
            @Override public void setConfig(String key, String value, boolean secret) { calls.add("config " + key + (secret ? " (secret)" : "")); }
            @Override public void up() { calls.add("up"); }
            @Override public Map<String, Object> outputs() { return Map.of(); }
            @Override public void destroy() { calls.add("destroy"); }
            @Override public void removeStack() { calls.add("rm"); }
            @Override public String cliVersion() { return "fake"; }
            @Override public void close() {}
        };
        SandboxCommand.Environment environment = new SandboxCommand.Environment(env, cmd -> pulumi,
                spec -> { opened.add(spec); calls.add("open " + spec.stackName()); return ws; },
                Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC), () -> "run00001", LiveSandbox.Hooks.RUNTIME, dir);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        System.setProperty("pont.home", ROOT.toString());
        int code = Pont.run(args, new PrintWriter(out, true), new PrintWriter(err, true), environment);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void withoutTheCliOrCredentialsUpExits2NamingWhatIsMissing() {
        Run r = pont(Map.of(), false, "sandbox", "up", "starter", "--target", "outscale", "--evidence", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("pont: live sandbox on outscale cannot start, missing: the pulumi CLI on the PATH")
                .contains("OUTSCALE_ACCESSKEYID").contains("PONT_SANDBOX_BACKEND").contains("PULUMI_CONFIG_PASSPHRASE");
        assertThat(calls).isEmpty();
    }

    @Test
    void upDeploysProbesAndDestroysThroughTheWorkspace() {
        Run r = pont(OUTSCALE, true, "sandbox", "up", "starter", "--target", "outscale", "--evidence", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("sandbox pont-sandbox-starter-outscale-run00001: starter on outscale")
                .contains("not-verifiable  files object-store/round-trip").contains("destroyed pont-sandbox-starter-outscale-run00001");
        assertThat(calls).startsWith("open pont-sandbox-starter-outscale-run00001", "config pont:target", "config pont:stack")
                .contains("config pont:adminSshPublicKey").endsWith("up", "destroy", "rm");
        assertThat(opened.get(0).backendUrl()).startsWith("s3://pont-state?endpoint=oos.cloudgouv-eu-west-1.outscale.com");
        assertThat(opened.get(0).secretsProvider()).isEqualTo("passphrase");
        assertThat(dir.resolve("pont-sandbox-starter-outscale-run00001/evidence.json")).exists();
        assertThat(r.out() + r.err()).doesNotContain("oos-secret").doesNotContain("passphrase-secret");
    }

    @Test
    void downRefusesAStackNotNamedAsASandbox() {
        Run r = pont(OUTSCALE, true, "sandbox", "down", "starter", "--target", "outscale", "--name", "outscale");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("pont: refusing to touch Pulumi stack 'outscale': it is not named as a sandbox");
        assertThat(calls).isEmpty();
    }

    @Test
    void localWithoutSandboxesExits2() {
        Run r = pont(Map.of(), false, "sandbox", "local", "starter", "--target", "outscale");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no local sandboxes: run .ci/sandboxes up");
    }

    @Test
    void localProbesTheStandInsAndWritesEvidence() throws Exception {
        Optional<LocalSandboxes> found = StandIns.ensure(System.getenv(), ROOT);
        if (found.isEmpty()) {
            String why = "LOCAL SANDBOXES NOT RUNNING (" + StandIns.failure() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why + " (CI=true)");
            }
            System.err.println("*** " + why + " ***");
            Assumptions.abort(why);
        }
        Map<String, String> env = new HashMap<>(System.getenv());
        Files.readAllLines(ROOT.resolve(LocalSandboxes.ENV_FILE).toFile().exists() ? ROOT.resolve(LocalSandboxes.ENV_FILE) : Path.of("/dev/null"))
                .forEach(l -> { if (l.contains("=")) { env.putIfAbsent(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)); } });
        Run r = pont(env, false, "sandbox", "local", "starter", "--target", "azure", "--evidence", dir.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("passed          files object-store/round-trip")
                .contains("not-verifiable  files object-store/versioning");
        assertThat(dir.resolve("local-starter-azure/evidence.json")).exists();
    }
}
