package dev.pont.core.audit;

import dev.pont.core.json.Json;
import dev.pont.core.platform.Declaration;
import dev.pont.core.platform.StackModel;
import dev.pont.core.spec.Specs;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Java source of a Pont stack reproducing an inferred neutral model: one class implementing
 * {@code PontStack} whose {@code define} declares each resource with its spec (as the spec's JSON, read
 * back with {@link Specs#fromJson}, so every value the audit inferred is visible and validated again), and
 * a README saying where it came from and what to check. Deterministic: same model, same bytes.
 */
public final class StackSource {
    public static final String PACKAGE = "dev.pont.stacks.audited";

    private StackSource() {}

    /** The class name for a stack: {@code health-platform} → {@code HealthPlatformStack}. */
    public static String className(String stack) {
        StringBuilder out = new StringBuilder();
        for (String part : stack.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        String name = out.length() == 0 || !Character.isLetter(out.charAt(0)) ? "Audited" + out : out.toString();
        return name + "Stack";
    }

    /** Relative path → content: the class and a README. */
    public static Map<String, String> files(StackModel model, AuditReport report) {
        String cls = className(model.stack());
        Map<String, String> files = new LinkedHashMap<>();
        files.put("src/main/java/" + PACKAGE.replace('.', '/') + "/" + cls + ".java", java(model, cls, report));
        files.put("README.md", readme(model, cls, report));
        return files;
    }

    private static String java(StackModel model, String cls, AuditReport report) {
        StringBuilder out = new StringBuilder();
        out.append("package ").append(PACKAGE).append(";\n\n")
                .append("import com.fasterxml.jackson.core.type.TypeReference;\n")
                .append("import dev.pont.core.json.Json;\n")
                .append("import dev.pont.core.platform.Platform;\n")
                .append("import dev.pont.core.platform.PontStack;\n")
                .append("import dev.pont.core.spec.Jurisdiction;\n")
                .append("import dev.pont.core.spec.Placement;\n")
                .append("import dev.pont.core.spec.ResourceKind;\n")
                .append("import dev.pont.core.spec.Spec;\n")
                .append("import dev.pont.core.spec.Specs;\n")
                .append("import java.util.Map;\n\n")
                .append("/**\n * The neutral model `pont audit` inferred from ").append(javadoc(report.source().file()))
                .append(" (").append(report.source().format()).append(").\n")
                .append(" * Values the estate did not state were given the secure default: see README.md and the audit report.\n */\n")
                .append("public final class ").append(cls).append(" implements PontStack {\n")
                .append("    @Override\n    public String name() {\n        return ").append(literal(model.stack())).append(";\n    }\n\n")
                .append("    @Override\n    public String description() {\n        return ").append(literal("inferred by pont audit from "
                        + report.source().file())).append(";\n    }\n\n")
                .append("    @Override\n    public Placement placement() {\n        return new Placement(Jurisdiction.")
                .append(model.placement().jurisdiction().name()).append(", Map.of(), ").append(model.placement().zoneRedundant())
                .append(");\n    }\n\n")
                .append("    @Override\n    public void define(Platform platform) {\n");
        for (Declaration d : model.declarations()) {
            out.append("        platform.declare(").append(literal(d.name())).append(", spec(ResourceKind.").append(d.spec().kind().name())
                    .append(", ").append(literal(Json.compact(Specs.toJson(d.spec())))).append("));\n");
        }
        out.append("    }\n\n")
                .append("    private static Spec spec(ResourceKind kind, String json) {\n")
                .append("        try {\n")
                .append("            return Specs.fromJson(kind, Json.mapper().readValue(json, new TypeReference<Map<String, Object>>() { }));\n")
                .append("        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {\n")
                .append("            throw new IllegalStateException(\"invalid spec JSON for \" + kind.role(), e);\n")
                .append("        }\n    }\n}\n");
        return out.toString();
    }

    private static String readme(StackModel model, String cls, AuditReport report) {
        StringBuilder out = new StringBuilder("# ").append(cls).append("\n\n")
                .append("Written by `pont audit --emit-stack` from `").append(report.source().file()).append("` (")
                .append(report.source().format()).append("): the neutral model Pont inferred from the estate, ")
                .append(model.declarations().size()).append(" resources, placement ").append(model.placement().jurisdiction().wire())
                .append(model.placement().zoneRedundant() ? " (zone-redundant)" : "").append(".\n\n")
                .append("To use it, copy `src/main/java/").append(PACKAGE.replace('.', '/')).append("/").append(cls)
                .append(".java` into `stacks/src/main/java/` of a Pont checkout, register it in `dev.pont.stacks.StackRegistry`, then\n")
                .append("`./pont preview ").append(model.stack()).append(" --target outscale` (or any target).\n\n")
                .append("Before deploying anything, review:\n\n")
                .append("- what the audit **assumed** (the estate did not state it: secure defaults, sizes not in a catalog, image, admin user);\n")
                .append("- secrets: values are never read from the estate; each secret reads stack config key `audit:<name>` (set it with `pulumi config set --secret`);\n")
                .append("- resources the audit could not express and lock-in services: they are not in this stack (see the audit report).\n\n")
                .append("| resource | role | assumed |\n|---|---|---|\n");
        for (Declaration d : model.declarations()) {
            var assumed = report.resources().stream().filter(r -> r.name().equals(d.name())).findFirst()
                    .map(AuditReport.Resource::assumed).orElse(java.util.List.of());
            out.append("| ").append(d.name()).append(" | ").append(d.spec().kind().role()).append(" | ")
                    .append(String.join("; ", assumed).replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }

    private static String javadoc(String text) {
        return text.replace("*/", "*&#47;").replace("\n", " ");
    }

    /** A Java string literal. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
