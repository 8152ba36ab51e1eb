package dev.pont.core.adapter;

import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;
import dev.pont.core.PontException;
import dev.pont.core.facts.Property;
import dev.pont.core.platform.Declaration;
import dev.pont.core.plan.CatalogChoice;
import dev.pont.core.plan.Grade;
import dev.pont.core.spec.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything an adapter needs to realise one declaration: its name, the component to parent
 * children to, the session, earlier resources' handles, and where to declare deviations and
 * catalog choices.
 */
public final class Scope {
    private final Declaration declaration;
    private final ComponentResource component;
    private final Session session;
    private final Map<String, Realised> earlier;
    private final List<Declaration> before;
    private final List<String> reasons = new ArrayList<>();
    private final List<CatalogChoice> choices = new ArrayList<>();
    private Grade grade = Grade.EQUIVALENT;
    private final java.util.Set<String> covered = new java.util.TreeSet<>();
    private boolean wholeResource;

    public Scope(Declaration declaration, ComponentResource component, Session session,
                 Map<String, Realised> earlier, List<Declaration> before) {
        this.declaration = declaration;
        this.component = component;
        this.session = session;
        this.earlier = earlier;
        this.before = before;
    }

    public String name() {
        return declaration.name();
    }

    public Session session() {
        return session;
    }

    public ComponentResource component() {
        return component;
    }

    /** The resource name for a child: {@code <resource>-<suffix>}, or the resource name alone. */
    public String child(String suffix) {
        return suffix.isEmpty() ? name() : name() + "-" + suffix;
    }

    /** Options for a child: parented to the component, on the given provider (null: default). */
    public CustomResourceOptions options(ProviderResource provider, Resource... dependsOn) {
        var builder = CustomResourceOptions.builder().parent(component);
        if (provider != null) {
            builder.provider(provider);
        }
        if (dependsOn.length > 0) {
            builder.dependsOn(dependsOn);
        }
        return builder.build();
    }

    /** Session labels, then the spec's labels. */
    public Labels labels() {
        return session.baseLabels().with("pont-resource", name()).merge(declaration.spec().labels());
    }

    /** The handle an earlier declaration's adapter call returned. */
    public <T> T lookup(String name, Class<T> type) {
        Realised realised = earlier.get(name);
        if (realised == null || !type.isInstance(realised.handle())) {
            throw new IllegalStateException("no " + type.getSimpleName() + " realised for '" + name + "' before '" + name() + "'");
        }
        return type.cast(realised.handle());
    }

    public Realised realised(String name) {
        Realised realised = earlier.get(name);
        if (realised == null) {
            throw new IllegalStateException("'" + name + "' is not realised before '" + name() + "'");
        }
        return realised;
    }

    /** Declarations made before this one, in order (the audit log wires diagnostics to them). */
    public List<Declaration> before() {
        return before;
    }

    /**
     * The realisation works but loses something the spec asked for. Name the neutral properties it
     * affects so that conformance accepts differences on those only; with none, the deviation
     * covers the whole resource.
     */
    public void degraded(String reason, Property... affects) {
        grade = grade.worst(Grade.DEGRADED);
        declare(reason, affects);
    }

    /** The target cannot realise what the spec asked for at all. */
    public void unsupported(String reason, Property... affects) {
        grade = Grade.UNSUPPORTED;
        declare(reason, affects);
    }

    private void declare(String reason, Property... affects) {
        reasons.add(reason);
        if (affects.length == 0) {
            wholeResource = true;
        }
        for (Property p : affects) {
            covered.add(p.key());
        }
    }

    /** The neutral properties the declared deviations cover; empty when they cover the whole resource. */
    public List<String> covered() {
        return wholeResource ? List.of() : List.copyOf(covered);
    }

    public void choice(String kind, String requested, String chosen, boolean verified, String note) {
        choices.add(new CatalogChoice(name(), session.target(), kind, requested, chosen, verified, note));
    }

    /** A user-facing error about this resource, naming the target and the fix. */
    public PontException error(String message) {
        return new PontException("target " + session.target() + ", " + declaration.spec().kind().role() + " '" + name() + "': " + message);
    }

    public Grade grade() {
        return grade;
    }

    public List<String> reasons() {
        return List.copyOf(reasons);
    }

    public List<CatalogChoice> choices() {
        return List.copyOf(choices);
    }
}
