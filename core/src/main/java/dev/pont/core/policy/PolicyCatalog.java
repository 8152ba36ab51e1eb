package dev.pont.core.policy;

import java.util.List;
import java.util.Map;

/** docs/policy.md's generated part: the rule catalogue per profile and the attestations with their sources. */
public final class PolicyCatalog {
    private PolicyCatalog() {}

    public static String markdown() {
        StringBuilder md = new StringBuilder();
        List<String> profiles = Profile.names();
        md.append("| rule | requirement | ").append(String.join(" | ", profiles)).append(" | title |\n|---|---|");
        profiles.forEach(p -> md.append("---|"));
        md.append("---|\n");
        for (Rule r : BuiltInRules.all()) {
            md.append("| `").append(r.info().id()).append("` | ").append(r.info().requirement()).append(" | ");
            for (String p : profiles) {
                Severity s = Profile.named(p).rules().get(r.info().id());
                md.append(s == null ? "—" : s.wire()).append(" | ");
            }
            md.append(r.info().title()).append(" |\n");
        }
        Rule.Info expired = PolicyCheck.EXPIRED_WAIVER;
        md.append("| `").append(expired.id()).append("` | ").append(expired.requirement()).append(" | ");
        profiles.forEach(p -> md.append(Profile.named(p).severity(expired).wire()).append(" | "));
        md.append(expired.title()).append(" |\n\n");
        for (Rule r : BuiltInRules.all()) {
            Rule.Info i = r.info();
            md.append("### ").append(i.id()).append("\n\n")
                    .append("**").append(i.title()).append("** — requirement ").append(i.requirement()).append(" (").append(i.link()).append(")\n\n")
                    .append("- Why: ").append(i.rationale()).append('\n')
                    .append("- Fix: ").append(i.remediation()).append("\n\n");
        }
        md.append("## Attestations\n\n").append(Attestations.builtIn().snapshot()).append(".\n\n")
                .append("| target | jurisdiction | allowed regions | qualification | region | service | status | source | date |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, Attestations.Provider> e : Attestations.builtIn().providers().entrySet()) {
            Attestations.Provider p = e.getValue();
            for (Attestations.Attestation a : p.attestations()) {
                md.append("| ").append(e.getKey()).append(" | ").append(p.jurisdiction()).append(" | ").append(String.join(", ", p.allowedRegions()))
                        .append(" | ").append(a.qualification()).append(" | ").append(a.region()).append(" | ").append(a.service())
                        .append(" | ").append(a.status().wire()).append(" | ").append(a.source().replace("|", "\\|")).append(" | ").append(a.date()).append(" |\n");
            }
        }
        return md.toString();
    }
}
