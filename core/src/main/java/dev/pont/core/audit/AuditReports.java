package dev.pont.core.audit;

import dev.pont.core.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The audit as JSON, text, Markdown (for pull-request comments) and one self-contained HTML file (inline
 * CSS and SVG, no script, no external asset). Every format is deterministic: same estate, same bytes.
 */
public final class AuditReports {
    private static final Map<String, String> COLOURS = Map.of("equivalent", "#2e7d32", "degraded", "#ef8f00",
            "unsupported", "#c62828", "unmapped", "#6a1b9a");

    private AuditReports() {}

    public static String json(AuditReport report) {
        return Json.pretty(report);
    }

    // ---------------------------------------------------------------- text

    public static String text(AuditReport r) {
        StringBuilder out = new StringBuilder();
        out.append("Reversibility audit of ").append(r.source().file()).append(" (").append(r.source().format()).append(", stack ")
                .append(r.source().stack()).append(", Pulumi stack ").append(r.source().pulumiStack()).append(")\n");
        if (!r.source().complete()) {
            out.append("INCOMPLETE: the importer skipped part of the estate (see warnings)\n");
        }
        AuditReport.Summary s = r.summary();
        out.append(s.resources()).append(" resources: ").append(s.neutral()).append(" in ").append(s.inferred())
                .append(" neutral resources, ").append(s.plumbing()).append(" supporting, ").append(s.lockIns()).append(" lock-in, ")
                .append(s.unknown()).append(" unknown, ").append(s.pulumiInternal()).append(" Pulumi internals, ").append(s.components())
                .append(" components\n\n");
        out.append("Score per target (").append(s.counted()).append(" counted resources):\n");
        r.targets().forEach((t, v) -> out.append(String.format(Locale.ROOT, "  %-10s %.3f  %s%n", t, v.score(), counts(v))));
        out.append("\nMapping (neutral resource: grade per target):\n");
        for (AuditReport.Resource res : r.resources()) {
            out.append("  ").append(res.role()).append(' ').append(res.name()).append(" <- ").append(res.anchorType()).append('\n');
            r.targets().forEach((t, v) -> out.append("      ").append(t).append(": ").append(v.grades().get(res.name())).append('\n'));
        }
        out.append("\nLock-in (no SecNumCloud equivalent):\n");
        for (AuditReport.LockIn l : r.lockIns()) {
            out.append("  ").append(l.type()).append(' ').append(l.name()).append(": ").append(l.reason()).append('\n');
        }
        r.targets().forEach((t, v) -> {
            out.append("\nActions on ").append(t).append(":\n");
            v.actions().forEach(a -> out.append(String.format(Locale.ROOT, "  %3d. [%s] %s%n", a.order(), a.kind(), a.text())));
        });
        if (!r.warnings().isEmpty()) {
            out.append("\nWarnings:\n");
            r.warnings().forEach(w -> out.append("  - ").append(w).append('\n'));
        }
        out.append("\nScore: ").append(r.scoring().definition()).append('\n');
        return out.toString();
    }

    private static String counts(AuditReport.Target t) {
        List<String> parts = new ArrayList<>();
        t.counts().forEach((k, v) -> parts.add(v + " " + k));
        return String.join(", ", parts);
    }

    // ---------------------------------------------------------------- Markdown

    public static String markdown(AuditReport r) {
        StringBuilder out = new StringBuilder();
        out.append("## Reversibility audit: `").append(md(r.source().file())).append("`\n\n");
        AuditReport.Summary s = r.summary();
        if (!r.source().complete()) {
            out.append("> **Incomplete:** the importer skipped part of the estate (see warnings).\n\n");
        }
        out.append(s.resources()).append(" resources (").append(r.source().format()).append(", stack `").append(md(r.source().stack()))
                .append("`): ").append(s.neutral()).append(" read as ").append(s.inferred()).append(" neutral resources, ")
                .append(s.plumbing()).append(" supporting, **").append(s.lockIns()).append(" lock-in**, ").append(s.unknown())
                .append(" unknown, ").append(s.pulumiInternal()).append(" Pulumi internals, ").append(s.components()).append(s.components() == 1 ? " component.\n\n" : " components.\n\n");
        out.append("| target | score | equivalent | degraded | unsupported | unmapped |\n|---|---:|---:|---:|---:|---:|\n");
        r.targets().forEach((t, v) -> out.append("| ").append(t).append(String.format(Locale.ROOT, " | **%.3f**", v.score()))
                .append(" | ").append(v.counts().get("equivalent")).append(" | ").append(v.counts().get("degraded")).append(" | ")
                .append(v.counts().get("unsupported")).append(" | ").append(v.counts().get("unmapped")).append(" |\n"));
        out.append("\n<details><summary>How the score is computed</summary>\n\n").append(md(r.scoring().definition())).append("\n\n</details>\n\n");
        out.append("### Mapping\n\n| neutral resource | role | from |");
        r.targets().keySet().forEach(t -> out.append(' ').append(t).append(" |"));
        out.append("\n|---|---|---|");
        r.targets().keySet().forEach(t -> out.append("---|"));
        out.append('\n');
        for (AuditReport.Resource res : r.resources()) {
            out.append("| ").append(md(res.name())).append(" | ").append(res.role()).append(" | `").append(md(res.anchorType())).append("` |");
            r.targets().values().forEach(v -> out.append(' ').append(v.grades().get(res.name())).append(" |"));
            out.append('\n');
        }
        out.append("\n### Lock-in\n\n| type | name | replace with |\n|---|---|---|\n");
        for (AuditReport.LockIn l : r.lockIns()) {
            out.append("| `").append(md(l.type())).append("` | ").append(md(l.name())).append(" | ")
                    .append(md(l.alternative() == null ? l.reason() : l.alternative())).append(" |\n");
        }
        r.targets().forEach((t, v) -> {
            out.append("\n<details><summary>Actions on ").append(t).append(" (").append(v.actions().size()).append(")</summary>\n\n");
            v.actions().forEach(a -> out.append(a.order()).append(". **").append(a.kind()).append("** ").append(md(brief(a.text()))).append('\n'));
            out.append("\n</details>\n");
        });
        if (!r.warnings().isEmpty()) {
            out.append("\n### Warnings\n\n");
            r.warnings().forEach(w -> out.append("- ").append(md(w)).append('\n'));
        }
        return out.toString();
    }

    /** An action in a pull-request comment: at most 240 characters (the JSON and HTML reports have it whole). */
    private static String brief(String text) {
        return text.length() <= 240 ? text : text.substring(0, 237) + "...";
    }

    private static String md(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }

    // ---------------------------------------------------------------- HTML

    public static String html(AuditReport r) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Pont reversibility audit: ")
                .append(h(r.source().file())).append("</title>\n<style>")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;max-width:80em;color:#222;line-height:1.4}")
                .append("table{border-collapse:collapse;margin:1em 0;width:100%}th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top;font-size:.9em}")
                .append("th{background:#f3f3f3}code{font-size:.85em}.score{font-size:1.6em;font-weight:bold}")
                .append(".equivalent{background:#e8f5e9}.degraded{background:#fff3e0}.unsupported{background:#ffebee}.unmapped{background:#f3e5f5}")
                .append(".cards{display:flex;gap:1em;flex-wrap:wrap}.card{border:1px solid #ccc;border-radius:6px;padding:.8em 1.2em;min-width:12em}")
                .append("small{color:#555}ol li{margin:.3em 0}</style></head><body>\n");
        AuditReport.Summary s = r.summary();
        out.append("<h1>Reversibility audit</h1>\n<p><code>").append(h(r.source().file())).append("</code> (").append(h(r.source().format()))
                .append(", stack <code>").append(h(r.source().stack())).append("</code>, Pulumi stack <code>").append(h(r.source().pulumiStack()))
                .append("</code>)</p>\n");
        if (!r.source().complete()) {
            out.append("<p><strong>Incomplete:</strong> the importer skipped part of the estate (see the warnings below).</p>\n");
        }
        out.append("<h2>Summary</h2>\n<p>").append(s.resources()).append(" resources: ").append(s.neutral()).append(" read as ")
                .append(s.inferred()).append(" neutral resources, ").append(s.plumbing()).append(" supporting, <strong>").append(s.lockIns())
                .append(" lock-in</strong>, ").append(s.unknown()).append(" unknown, ").append(s.pulumiInternal()).append(" Pulumi internals, ")
                .append(s.components()).append(" components. ").append(s.counted()).append(" resources are counted in the score; ")
                .append(s.stateful()).append(" hold data.</p>\n<div class=\"cards\">\n");
        r.targets().forEach((t, v) -> out.append("<div class=\"card\"><div>").append(h(t)).append("</div><div class=\"score\">")
                .append(String.format(Locale.ROOT, "%.3f", v.score())).append("</div><small>").append(h(counts(v))).append("</small></div>\n"));
        out.append("</div>\n<p><small>").append(h(r.scoring().definition())).append("</small></p>\n");
        out.append("<h2>Grades</h2>\n").append(chart(r));
        out.append("<h2>Mapping</h2>\n<table><tr><th>estate resource</th><th>neutral resource</th>");
        r.targets().keySet().forEach(t -> out.append("<th>").append(h(t)).append("</th>"));
        out.append("</tr>\n");
        for (AuditReport.Resource res : r.resources()) {
            out.append("<tr><td><code>").append(h(res.anchorType())).append("</code><br>").append(h(nameOf(res.anchor())));
            if (res.members().size() > 1) {
                out.append(" <small>+").append(res.members().size() - 1).append(" more</small>");
            }
            out.append("</td><td>").append(h(res.role())).append(" <strong>").append(h(res.name())).append("</strong>");
            if (res.failure() != null) {
                out.append("<br><small>").append(h(res.failure())).append("</small>");
            }
            out.append("</td>");
            for (AuditReport.Target v : r.targets().values()) {
                AuditReport.Graded g = v.resources().stream().filter(x -> x.resource().equals(res.name()) && !x.role().equals(Audit.UNMAPPED))
                        .findFirst().orElseThrow();
                out.append("<td class=\"").append(g.grade()).append("\"><strong>").append(g.grade()).append("</strong>");
                if (!g.realisedAs().isEmpty()) {
                    out.append("<br><small>").append(h(String.join(", ", g.realisedAs()))).append("</small>");
                }
                g.reasons().forEach(reason -> out.append("<br><small>&#8226; ").append(h(reason)).append("</small>"));
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        for (AuditReport.LockIn l : r.lockIns()) {
            out.append("<tr><td><code>").append(h(l.type())).append("</code><br>").append(h(l.name())).append("</td><td>unmapped</td>");
            r.targets().keySet().forEach(t -> out.append("<td class=\"unmapped\"><strong>unmapped</strong></td>"));
            out.append("</tr>\n");
        }
        out.append("</table>\n<h2>Lock-in</h2>\n<table><tr><th>type</th><th>name</th><th>why</th><th>replace with</th><th>data export</th></tr>\n");
        for (AuditReport.LockIn l : r.lockIns()) {
            out.append("<tr><td><code>").append(h(l.type())).append("</code></td><td>").append(h(l.name())).append("</td><td>")
                    .append(h(l.reason())).append("</td><td>").append(h(l.alternative())).append("</td><td>")
                    .append(l.export() == null ? "none" : h(l.export().format() + ": " + l.export().tool())).append("</td></tr>\n");
        }
        out.append("</table>\n<h2>Data export paths</h2>\n<table><tr><th>resource</th><th>format</th><th>tool</th><th>what to copy</th></tr>\n");
        for (AuditReport.Resource res : r.resources()) {
            if (res.export() != null) {
                out.append("<tr><td>").append(h(res.role())).append(" <strong>").append(h(res.name())).append("</strong></td><td>")
                        .append(h(res.export().format())).append("</td><td>").append(h(res.export().tool())).append("</td><td>")
                        .append(h(res.export().copy())).append("</td></tr>\n");
            }
        }
        out.append("</table>\n");
        r.targets().forEach((t, v) -> {
            out.append("<h2>Actions on ").append(h(t)).append("</h2>\n<ol>\n");
            v.actions().forEach(a -> out.append("<li><strong>").append(h(a.kind())).append("</strong> ").append(h(a.text())).append("</li>\n"));
            out.append("</ol>\n");
        });
        if (!r.warnings().isEmpty()) {
            out.append("<h2>Warnings</h2>\n<ul>\n");
            r.warnings().forEach(w -> out.append("<li>").append(h(w)).append("</li>\n"));
            out.append("</ul>\n");
        }
        out.append("</body></html>\n");
        return out.toString();
    }

    /** A stacked bar per target: the share of counted resources in each grade. */
    private static String chart(AuditReport r) {
        int width = 600;
        int bar = 26;
        int left = 90;
        int height = r.targets().size() * (bar + 12) + 40;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(left + width + 20)
                .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"grades per target\">\n");
        int y = 10;
        for (Map.Entry<String, AuditReport.Target> e : r.targets().entrySet()) {
            int total = e.getValue().counts().values().stream().mapToInt(Integer::intValue).sum();
            svg.append("<text x=\"0\" y=\"").append(y + 18).append("\" font-size=\"13\">").append(h(e.getKey())).append("</text>\n");
            int x = left;
            for (Map.Entry<String, Integer> c : e.getValue().counts().entrySet()) {
                int w = total == 0 ? 0 : (int) Math.round((double) width * c.getValue() / total);
                if (w > 0) {
                    svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w).append("\" height=\"")
                            .append(bar).append("\" fill=\"").append(COLOURS.get(c.getKey())).append("\"><title>").append(c.getValue())
                            .append(' ').append(c.getKey()).append("</title></rect>\n");
                    if (w > 24) {
                        svg.append("<text x=\"").append(x + 4).append("\" y=\"").append(y + 18).append("\" font-size=\"12\" fill=\"#fff\">")
                                .append(c.getValue()).append("</text>\n");
                    }
                }
                x += w;
            }
            y += bar + 12;
        }
        int x = left;
        for (String grade : Audit.VALUES.keySet()) {
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y + 4).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLOURS.get(grade)).append("\"/><text x=\"").append(x + 16).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"12\">").append(grade).append("</text>\n");
            x += 120;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String nameOf(String urn) {
        int cut = urn.lastIndexOf("::");
        return cut < 0 ? urn : urn.substring(cut + 2);
    }

    static String h(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
