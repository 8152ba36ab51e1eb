package dev.pont.core.policy;

import dev.pont.core.facts.FactExtractor;
import dev.pont.core.plan.Plan;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a profile's rules (and any custom rules) over a plan, points findings at their source,
 * applies waivers as of today's date from the given clock, and returns the report.
 */
public final class PolicyCheck {
    public static final Rule.Info EXPIRED_WAIVER = new Rule.Info("expired-waiver", "Waivers not expired", Severity.ERROR, "PONT-WAIVER",
            "A waiver accepts a finding for a limited time; once it expires the finding counts again and the waiver must be reviewed.",
            "Fix the finding, or renew the waiver with a new reason and expiry date in pont-waivers.yaml.", BuiltInRules.ANSSI);

    private final Profile profile;
    private final List<Rule> rules = new ArrayList<>(BuiltInRules.all());
    private Attestations attestations = Attestations.builtIn();
    private List<Waiver> waivers = List.of();
    private Map<String, Finding.Location> locations = Map.of();
    private Finding.Location fallback;
    private Clock clock = Clock.systemUTC();

    private PolicyCheck(Profile profile) {
        this.profile = profile;
    }

    public static PolicyCheck profile(Profile profile) {
        return new PolicyCheck(profile);
    }

    /** Adds custom rules; they run in every profile at their own severity. */
    public PolicyCheck with(Rule... custom) {
        for (Rule r : custom) {
            if (rules.stream().anyMatch(x -> x.info().id().equals(r.info().id()))) {
                throw new IllegalArgumentException("rule id " + r.info().id() + " is already used");
            }
            rules.add(r);
        }
        return this;
    }

    public PolicyCheck attestations(Attestations a) {
        this.attestations = a;
        return this;
    }

    public PolicyCheck waivers(List<Waiver> w) {
        this.waivers = List.copyOf(w);
        return this;
    }

    /** Where each resource is declared, and where findings about the whole plan point. */
    public PolicyCheck locations(Map<String, Finding.Location> byResource, Finding.Location whole) {
        this.locations = Map.copyOf(byResource);
        this.fallback = whole;
        return this;
    }

    public PolicyCheck clock(Clock c) {
        this.clock = c;
        return this;
    }

    /** A rule as this profile runs it: with the profile's severity. */
    private Rule.Info asRun(Rule.Info r) {
        return new Rule.Info(r.id(), r.title(), profile.severity(r), r.requirement(), r.rationale(), r.remediation(), r.link());
    }

    public PolicyReport run(Plan plan, List<FactExtractor> extractors) {
        PolicyContext ctx = PolicyContext.of(plan, extractors, profile, attestations);
        LocalDate today = LocalDate.now(clock);
        Map<String, Rule.Info> ran = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            if (!profile.runs(rule)) {
                continue;
            }
            ran.put(rule.info().id(), asRun(rule.info()));
            for (Finding f : rule.evaluate(ctx)) {
                findings.add(f.at(locations.getOrDefault(f.resource(), fallback)));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Optional<Waiver> valid = waivers.stream().filter(w -> w.matches(f) && !w.expiredOn(today)).findFirst();
            if (valid.isPresent()) {
                out.add(f.waivedBy(valid.get()));
                continue;
            }
            out.add(f);
            waivers.stream().filter(w -> w.matches(f) && w.expiredOn(today)).findFirst().ifPresent(w -> {
                ran.putIfAbsent(EXPIRED_WAIVER.id(), asRun(EXPIRED_WAIVER));
                out.add(new Finding(EXPIRED_WAIVER.id(), profile.severity(EXPIRED_WAIVER), f.resource(), "the waiver of " + f.rule()
                        + " (" + w.origin().substring(w.origin().lastIndexOf(": ") + 2) + ") expired on " + w.expires() + ": " + w.reason(),
                        EXPIRED_WAIVER.remediation(), null, f.location(), null));
            });
        }
        out.sort(Finding.ORDER);
        return new PolicyReport(PolicyReport.VERSION, plan.stack(), plan.target(), profile.name(), List.copyOf(ran.values()),
                List.copyOf(new java.util.LinkedHashSet<>(out)));
    }
}
