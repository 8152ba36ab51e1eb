package dev.pont.core.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ordered steps to full reversibility on one target: replace each lock-in with a named alternative
 * and export its data; redesign what the target cannot realise; accept or mitigate each degradation;
 * export the data of every stateful resource; confirm what the audit assumed. Within a step, resources
 * are in name order, so the list is the same for the same estate.
 */
final class Actions {
    private static final List<String> PHASES = List.of("replace", "export-lock-in", "redesign", "mitigate", "export", "confirm");

    private Actions() {}

    static List<AuditReport.Action> of(String target, List<AuditReport.Graded> graded, List<AuditReport.LockIn> lockIns,
                                       List<AuditReport.Resource> resources) {
        record Step(String phase, String resource, String text) {
        }
        List<Step> steps = new ArrayList<>();
        Map<String, AuditReport.LockIn> byKey = new TreeMap<>();
        int i = 0;
        List<AuditReport.Graded> unmapped = graded.stream().filter(g -> g.grade().equals(Audit.UNMAPPED)).toList();
        for (AuditReport.LockIn l : lockIns) {
            byKey.put(unmapped.get(i++).resource(), l);
        }
        // One replace step per alternative and one export step per export path, naming every resource they cover.
        Map<String, List<String>> replace = new TreeMap<>();
        Map<String, List<String>> export = new TreeMap<>();
        Map<String, String> firstKey = new TreeMap<>();
        byKey.forEach((key, l) -> {
            String alternative = l.alternative() != null ? l.alternative()
                    : l.reason() != null && l.reason().startsWith("lock-in") ? "the equivalent the reason names (" + l.reason() + ")"
                    : "a neutral design (" + (l.reason() == null ? "no neutral role is known" : l.reason()) + ")";
            replace.computeIfAbsent(alternative, k -> new ArrayList<>()).add(l.type() + " " + l.name());
            firstKey.putIfAbsent("replace:" + alternative, key);
            if (l.export() != null) {
                String text = l.export().format() + ", with " + l.export().tool() + "; copy " + l.export().copy();
                export.computeIfAbsent(text, k -> new ArrayList<>()).add(l.name());
                firstKey.putIfAbsent("export:" + text, key);
            }
        });
        replace.forEach((alternative, names) -> steps.add(new Step("replace", firstKey.get("replace:" + alternative),
                "Replace " + String.join(", ", names) + ": " + alternative + ".")));
        export.forEach((text, names) -> steps.add(new Step("export-lock-in", firstKey.get("export:" + text),
                "Export the data of " + String.join(", ", names) + ": " + text + ".")));
        for (AuditReport.Graded g : graded) {
            if (g.grade().equals("unsupported")) {
                steps.add(new Step("redesign", g.resource(), "Redesign " + g.resource() + " (" + g.role() + "): " + target
                        + " cannot realise it (" + String.join("; ", g.reasons()) + "); pick another target for it or change the design."));
            } else if (g.grade().equals("degraded")) {
                steps.add(new Step("mitigate", g.resource(), "Accept or mitigate the degradation of " + g.resource() + " (" + g.role()
                        + ") on " + target + ": " + String.join("; ", g.reasons()) + "."));
            }
        }
        for (AuditReport.Resource r : resources) {
            if (r.export() != null) {
                steps.add(new Step("export", r.name(), "Export the data of " + r.name() + " (" + r.role() + "): " + r.export().format()
                        + ", with " + r.export().tool() + "; copy " + r.export().copy() + "."));
            }
            if (!r.assumed().isEmpty()) {
                steps.add(new Step("confirm", r.name(), "Confirm what the audit assumed for " + r.name() + ": " + String.join("; ", r.assumed()) + "."));
            }
        }
        steps.sort(Comparator.comparing((Step s) -> PHASES.indexOf(s.phase())).thenComparing(Step::resource).thenComparing(Step::text));
        List<AuditReport.Action> out = new ArrayList<>();
        for (Step s : steps) {
            out.add(new AuditReport.Action(out.size() + 1, s.phase(), s.resource(), s.text()));
        }
        return out;
    }
}
