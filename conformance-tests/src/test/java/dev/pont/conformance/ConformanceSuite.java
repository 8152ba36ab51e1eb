package dev.pont.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pont.core.conformance.Assessment;
import dev.pont.core.conformance.Difference;
import dev.pont.core.conformance.Equivalence;
import dev.pont.core.plan.Plan;
import dev.pont.core.platform.PontStack;
import dev.pont.core.preview.Preview;
import dev.pont.core.preview.PreviewConfig;
import dev.pont.core.spec.ResourceKind;
import dev.pont.stacks.Extractors;
import dev.pont.stacks.Targets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Base of the conformance suites (jclouds style): an abstract suite per neutral service holds the
 * assertions; one subclass per target only names the target. Where a target differs from the
 * intent, only a deviation its adapter declared makes the difference acceptable; a subclass
 * can never weaken an assertion.
 */
public abstract class ConformanceSuite {
    private static final Map<String, Plan> PLANS = new ConcurrentHashMap<>();
    private static final Map<String, List<Assessment>> ASSESSMENTS = new ConcurrentHashMap<>();

    /** The target id this subclass runs the suite against. */
    protected abstract String target();

    /**
     * The offline preview of a stack on this target with the repository's {@code Pulumi.<target>.yaml},
     * as {@code pont preview} does, computed once per test run.
     */
    protected Plan plan(PontStack stack) {
        return PLANS.computeIfAbsent(stack.name() + "@" + target(), k -> Preview.of(stack, Targets.create(target()), config(target())));
    }

    static PreviewConfig config(String target) {
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("pont.root.dir", "..")).resolve("Pulumi." + target + ".yaml");
        return java.nio.file.Files.isRegularFile(file) ? PreviewConfig.load(file) : PreviewConfig.empty();
    }

    protected List<Assessment> assess(PontStack stack) {
        return ASSESSMENTS.computeIfAbsent(stack.name() + "@" + target(), k -> Equivalence.assess(plan(stack), Extractors.all()));
    }

    protected Assessment resource(PontStack stack, String name) {
        return assess(stack).stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no neutral resource '" + name + "' in " + stack.name() + " on " + target()));
    }

    /** Every resource of a kind in a stack conforms: no difference the adapter did not declare. */
    protected void assertKindConforms(PontStack stack, ResourceKind kind) {
        List<Assessment> ofKind = assess(stack).stream().filter(a -> a.type().equals(kind.token())).toList();
        assertThat(ofKind).as("%s resources in %s on %s", kind.role(), stack.name(), target()).isNotEmpty();
        ofKind.forEach(this::assertConforms);
    }

    protected void assertConforms(Assessment a) {
        List<Difference> undeclared = a.undeclared();
        if (!undeclared.isEmpty()) {
            StringBuilder message = new StringBuilder();
            for (Difference d : undeclared) {
                message.append("target ").append(d.target()).append(", resource ").append(a.name()).append(", property ")
                        .append(d.property()).append(": intent ").append(d.intent()).append(", fact ").append(d.fact())
                        .append(" (undeclared: fix the realisation or declare the deviation in the adapter)\n");
            }
            fail(message.toString());
        }
    }

    /** A property the spec promised holds on this target, unless the adapter declared a deviation. */
    protected void assertHolds(Assessment a, String property) {
        boolean differs = a.differences().stream().anyMatch(d -> d.property().equals(property));
        if (differs) {
            assertThat(a.declaredReasons()).as("%s on %s: %s differs from the intent without a declared deviation",
                    a.name(), target(), property).isNotEmpty();
        }
    }
}
