package dev.pont.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pont.cli.AuditRun;
import dev.pont.core.json.Json;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark of {@code pont audit} on a generated estate (issue 5 goal: 20,000 resources in under 5 s and
 * 1 GiB, within 3x of merely parsing the file with Jackson). In one JVM: generates the estate (not timed),
 * times the bare Jackson parse of the file (the anchor), then the whole audit as the command runs it
 * (import, facts, inference, re-realisation on three targets, JSON report), with the heap's peak from the
 * memory pool beans. Prints figures; asserts nothing. Usage: AuditBench [resources] [file]
 */
public final class AuditBench {
    private AuditBench() {}

    private static long totalCpu(java.lang.management.ThreadMXBean threads) {
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            if (t > 0) {
                sum += t;
            }
        }
        return sum;
    }

    public static void main(String[] args) throws Exception {
        int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("pont-audit-bench", ".json");
        Path one = Files.createTempFile("pont-audit-one", ".json");
        int perCopy = EstateGenerator.write(one, 1) - 3;
        Files.delete(one);
        int copies = (int) Math.ceil((wanted - 3.0) / perCopy);
        long g0 = System.nanoTime();
        int resources = EstateGenerator.write(file, copies);
        while (resources < wanted) {
            resources = EstateGenerator.write(file, ++copies);
        }
        System.out.printf(Locale.ROOT, "estate: %d resources (%d copies of the health-data estate), %.1f MiB, generated in %.1f s%n",
                resources, copies, Files.size(file) / 1048576.0, (System.nanoTime() - g0) / 1e9);

        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] parse = new double[3];
        double[] parseCpu = new double[3];
        for (int i = 0; i < parse.length; i++) {
            System.gc();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            JsonNode root = Json.mapper().readTree(file.toFile());
            parse[i] = (System.nanoTime() - t0) / 1e9;
            parseCpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            if (root.get("deployment").get("resources").size() != resources) {
                throw new IllegalStateException("parse read the wrong number of resources");
            }
        }
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long cpu0 = totalCpu(threads);
        long t0 = System.nanoTime();
        String report = AuditRun.json(file, "ovhcloud,outscale,s3ns");
        double first = (System.nanoTime() - t0) / 1e9;
        double firstCpu = (totalCpu(threads) - cpu0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long cpu1 = totalCpu(threads);
        long t1 = System.nanoTime();
        AuditRun.json(file, "ovhcloud,outscale,s3ns");
        double second = (System.nanoTime() - t1) / 1e9;
        double secondCpu = (totalCpu(threads) - cpu1) / 1e9;
        JsonNode summary = Json.mapper().readTree(report).get("summary");
        System.out.printf(Locale.ROOT, "audit: %d inferred neutral resources in %d shapes, %d counted; report %.1f MiB%n",
                summary.get("inferred").asInt(), summary.get("shapes").asInt(), summary.get("counted").asInt(), report.length() / 1048576.0);
        System.out.printf(Locale.ROOT, "bare Jackson parse (anchor): %.2f s wall / %.2f s CPU first, %.2f s wall best of %d%n", parse[0],
                parseCpu[0], Math.min(parse[0], Math.min(parse[1], parse[2])), parse.length);
        System.out.printf(Locale.ROOT, "whole audit, 3 targets:      %.2f s wall / %.2f s CPU first run (goal < 5 s), %.2f s wall / %.2f s CPU second run%n",
                first, firstCpu, second, secondCpu);
        System.out.printf(Locale.ROOT, "ratio to the first parse:    %.1fx wall, %.1fx CPU first run; %.1fx wall second run (goal within 3x)%n",
                first / parse[0], firstCpu / parseCpu[0], second / parse[0]);
        System.out.printf(Locale.ROOT, "heap peak during the first audit: %.0f MiB (sum of heap pool peaks, goal < 1024 MiB)%n", peak / 1048576.0);
        System.out.printf(Locale.ROOT, "(CPU = live Java threads' CPU time, GC threads not included (see /usr/bin/time for the process); wall time counts waiting for a shared machine's cores)%n");
        if (args.length < 2) {
            Files.delete(file);
        }
    }
}
