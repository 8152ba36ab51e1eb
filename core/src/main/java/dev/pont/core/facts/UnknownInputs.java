package dev.pont.core.facts;

import dev.pont.core.plan.Plan;
import dev.pont.core.plan.PlannedResource;
import dev.pont.core.plan.Unknowns;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Facts of resources whose inputs hold {@link Unknowns#UNKNOWN} (an ARM expression, a value a preview
 * has not computed). Extractors are written for known inputs and read an absent input as the cloud's
 * default, so reading an unknown as absent would state a default nobody chose. Instead the extractor
 * runs once per probe value put in place of the unknowns (never "absent": an unknown value is there,
 * only its value is not known) — true, false,
 * numbers, the enum values extractors compare with, see {@link FactExtractor#unknownProbes}); a
 * property whose value changes between runs depends on an unknown and is stated as
 * {@link Unknowns#UNKNOWN}. Properties that never change are stated as read. The unknowns considered
 * are the resource's own and those of its parent and the resources it depends on (where a child's
 * facts come from). Limit: a dependency no probe reveals (an unknown compared with a value not in the
 * probes) is read as the absent case; the probes cover every value the built-in extractors compare with.
 */
final class UnknownInputs {
    static final List<Object> PROBES = List.of(true, false, 0, 1, 7, 30, 90, 365, 3650, 36500, "", "*", "Enabled", "Disabled",
            "Allow", "Deny", "None", "Locked", "Unlocked", "on", "off", "0.0.0.0/0", "10.0.0.0/8", "1.2", "TLS1_2", "TLSv1.2",
            List.of(), List.of("0.0.0.0/0"), Map.of());

    private UnknownInputs() {}

    static Fact extract(FactExtractor extractor, PlannedResource r, Plan plan, Set<String> withUnknowns) {
        Set<String> probed = withUnknowns == null ? probed(r, plan) : probed(r, withUnknowns);
        if (probed.isEmpty()) {
            return Facts.extractKnown(extractor, r, plan);
        }
        List<Object> probes = new ArrayList<>(PROBES);
        extractor.unknownProbes().stream().filter(p -> !probes.contains(p)).forEach(probes::add);
        List<Fact> runs = new ArrayList<>();
        RuntimeException failure = null;
        for (Object probe : probes) {
            try {
                runs.add(run(extractor, r, plan, probed, probe));
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (runs.isEmpty()) {
            throw new IllegalStateException("the " + r.pkg() + " fact extractor fails on every value tried for the unknown inputs of "
                    + r.urn(), failure);
        }
        Fact base = runs.get(0);
        if (!base.mapped()) {
            return base;
        }
        Set<String> unknown = new HashSet<>();
        for (Fact variant : runs.subList(1, runs.size())) {
            Set<String> keys = new LinkedHashSet<>(base.properties().keySet());
            keys.addAll(variant.properties().keySet());
            for (String key : keys) {
                if (!Objects.equals(base.properties().get(key), variant.properties().get(key))) {
                    unknown.add(key);
                }
            }
        }
        if (failure != null) {
            // An extractor that fails on some values says nothing about which properties they reach: none is stated as known.
            runs.forEach(f -> unknown.addAll(f.properties().keySet()));
        }
        if (unknown.isEmpty()) {
            return base;
        }
        Map<String, Object> properties = new TreeMap<>(base.properties());
        unknown.forEach(key -> properties.put(key, Unknowns.UNKNOWN));
        return new Fact(base.urn(), base.type(), base.name(), base.role(), properties, base.reason());
    }

    /** The URNs of a plan whose inputs hold an unknown: one pass over the plan. */
    static Set<String> withUnknowns(Plan plan) {
        Set<String> out = new HashSet<>();
        for (PlannedResource r : plan.resources()) {
            if (Unknowns.contains(r.inputs())) {
                out.add(r.urn());
            }
        }
        return out;
    }

    /** Like {@link #probed(PlannedResource, Plan)}, with the plan's resources that hold unknowns already known. */
    private static Set<String> probed(PlannedResource r, Set<String> withUnknowns) {
        Set<String> out = new LinkedHashSet<>();
        if (withUnknowns.isEmpty()) {
            return out;
        }
        if (withUnknowns.contains(r.urn())) {
            out.add(r.urn());
        }
        if (r.parent() != null && withUnknowns.contains(r.parent())) {
            out.add(r.parent());
        }
        r.dependencies().stream().filter(withUnknowns::contains).forEach(out::add);
        return out;
    }

    /** The URNs whose unknowns may reach this resource's facts: itself, its parent, its dependencies. */
    private static Set<String> probed(PlannedResource r, Plan plan) {
        Set<String> out = new LinkedHashSet<>();
        if (Unknowns.contains(r.inputs())) {
            out.add(r.urn());
        }
        if (plan == null) {
            return out;
        }
        List<String> related = new ArrayList<>(r.dependencies());
        if (r.parent() != null) {
            related.add(r.parent());
        }
        if (related.isEmpty()) {
            return out;
        }
        Set<String> wanted = new HashSet<>(related);
        for (PlannedResource o : plan.resources()) {
            if (wanted.contains(o.urn()) && Unknowns.contains(o.inputs())) {
                out.add(o.urn());
            }
        }
        return out;
    }

    /** The fact with every unknown of the probed resources replaced by {@code probe}. */
    private static Fact run(FactExtractor extractor, PlannedResource r, Plan plan, Set<String> probed, Object probe) {
        PlannedResource self = probed.contains(r.urn()) ? with(r, probe) : r;
        Plan variant = null;
        if (plan != null) {
            List<PlannedResource> resources = new ArrayList<>(plan.resources().size());
            for (PlannedResource o : plan.resources()) {
                resources.add(o.urn().equals(r.urn()) ? self : probed.contains(o.urn()) ? with(o, probe) : o);
            }
            variant = new Plan(plan.stack(), plan.target(), resources, plan.deviations(), plan.choices(), plan.warnings());
        }
        return Facts.extractKnown(extractor, self, variant);
    }

    @SuppressWarnings("unchecked")
    private static PlannedResource with(PlannedResource r, Object probe) {
        Map<String, Object> inputs = (Map<String, Object>) Unknowns.replace(r.inputs(), probe);
        return new PlannedResource(r.urn(), r.type(), r.name(), r.parent(), r.custom(), r.id(), inputs, r.provider(), r.dependencies());
    }
}
