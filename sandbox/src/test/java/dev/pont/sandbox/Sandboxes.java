package dev.pont.sandbox;

import dev.pont.core.plan.Plan;
import dev.pont.core.importer.Format;
import dev.pont.core.importer.PlanImporter;
import dev.pont.sandbox.local.LocalSandboxes;
import dev.pont.sandbox.local.StandIns;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The local sandboxes for tests. Not running: a FAILURE under CI=true, otherwise the test is
 * skipped with a loud reason on stderr (never a silent pass).
 */
final class Sandboxes {
    static final Path ROOT = Path.of(System.getProperty("pont.root.dir", ".."));
    private static final Map<String, Plan> PLANS = new ConcurrentHashMap<>();

    private Sandboxes() {}

    static LocalSandboxes require() {
        Optional<LocalSandboxes> found = StandIns.ensure(System.getenv(), ROOT);
        if (found.isPresent()) {
            return found.get();
        }
        String message = "LOCAL SANDBOXES NOT RUNNING (" + StandIns.failure() + "): the sandbox probe tests need Azurite, "
                + "s3proxy and PostgreSQL 15, which `.ci/sandboxes up` installs and starts";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true: a missing sandbox fails the build)");
        }
        System.err.println("*** " + message + " ***");
        Assumptions.abort(message);
        throw new IllegalStateException("unreachable");
    }

    /**
     * The reference stack's plan: its golden preview (kept equal to a fresh preview by the stacks
     * module's ReferencePlansTest), read back through the importer — a second faster than previewing.
     */
    static Plan plan(String stack, String target) {
        return PLANS.computeIfAbsent(stack + "@" + target, k -> PlanImporter.read(
                ROOT.resolve("stacks/src/test/resources/golden/" + stack + "." + target + ".json"), Format.PONT).plan());
    }

    static String runId() {
        return Long.toString(System.nanoTime() & 0xffffffffL, 36);
    }
}
