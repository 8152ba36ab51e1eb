package dev.pont.sandbox.evidence;

import dev.pont.core.PontException;
import dev.pont.core.json.Json;
import dev.pont.core.plan.Plan;
import dev.pont.sandbox.probe.Outcome;
import dev.pont.sandbox.probe.ProbeResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evidence of one sandbox run, suitable to attach to an exit plan: {@code plan.json} (the
 * canonical plan), {@code probes.json} and {@code evidence.json} naming the tools and provider
 * versions, the plan digest, the probe results, the run's timestamps and the SHA-256 of every
 * other file in the bundle.
 */
public record EvidenceBundle(String schema, String mode, String stack, String target, String sandbox,
                             Map<String, String> tools, List<String> providers, String planDigest,
                             String startedAt, String finishedAt, Map<String, Integer> summary,
                             List<ProbeResult> probes, List<Artefact> artefacts) {
    public static final String SCHEMA = "pont.sandbox.evidence/v1";
    public static final String FILE = "evidence.json";

    public record Artefact(String file, String sha256) {}

    public EvidenceBundle {
        tools = new TreeMap<>(tools);
        providers = providers.stream().sorted().toList();
        probes = probes.stream().sorted(Comparator.comparing(ProbeResult::service).thenComparing(ProbeResult::resource)
                .thenComparing(ProbeResult::probe)).toList();
    }

    /** The plan's canonical JSON (sorted keys, two-space indent, LF): what {@code planDigest} hashes. */
    public static String canonical(Plan plan) {
        return Json.pretty(plan);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
    }

    public boolean failed() {
        return probes.stream().anyMatch(p -> p.outcome() == Outcome.FAILED);
    }

    /**
     * Writes the bundle into {@code dir} (created if needed): every file is written to a temporary
     * name and moved into place, so a failed run leaves no half-written file.
     */
    public static EvidenceBundle write(Path dir, String mode, String sandbox, Plan plan, Map<String, String> tools,
                                       List<String> providers, List<ProbeResult> probes, Instant startedAt, Instant finishedAt) {
        String planJson = canonical(plan);
        String probesJson = Json.pretty(probes.stream().sorted(Comparator.comparing(ProbeResult::service)
                .thenComparing(ProbeResult::resource).thenComparing(ProbeResult::probe)).toList());
        Map<String, String> files = new LinkedHashMap<>();
        files.put("plan.json", planJson);
        files.put("probes.json", probesJson);
        List<Artefact> artefacts = new ArrayList<>();
        files.forEach((name, text) -> artefacts.add(new Artefact(name, sha256(text.getBytes(StandardCharsets.UTF_8)))));
        Map<String, Integer> summary = new TreeMap<>();
        for (Outcome o : Outcome.values()) {
            summary.put(o.id(), (int) probes.stream().filter(p -> p.outcome() == o).count());
        }
        EvidenceBundle bundle = new EvidenceBundle(SCHEMA, mode, plan.stack(), plan.target(), sandbox, tools, providers,
                sha256(planJson.getBytes(StandardCharsets.UTF_8)), startedAt.toString(), finishedAt.toString(), summary, probes, artefacts);
        files.put(FILE, Json.pretty(bundle));
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path tmp = Files.createTempFile(dir, "." + f.getKey(), ".tmp");
                Files.writeString(tmp, f.getValue(), StandardCharsets.UTF_8);
                Files.move(tmp, dir.resolve(f.getKey()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new PontException(dir + ": cannot write the evidence bundle (" + e.getMessage() + "): give a writable --evidence directory");
        }
        return bundle;
    }
}
