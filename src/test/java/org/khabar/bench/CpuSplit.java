package org.khabar.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where the CPU time of a timed section went in this JVM: per kind of thread (Java threads by
 * name, digits folded: "neo4j.BoltWorker-N"), the JIT compilers and the garbage collector's
 * pauses. JFR's execution samples do not see the JIT and GC threads; this does (roughly: the
 * process's CPU time minus the Java threads' is the JVM's own threads, GC and JIT).
 *
 * <pre>{@code
 * CpuSplit s = CpuSplit.start();
 * work();
 * String line = s.stop().line();   // "process 5.1 s: neo4j.BoltWorker-N 2.4 s, JVM (GC, JIT) 1.9 s, ..."
 * }</pre>
 */
final class CpuSplit {
    /** The process's CPU seconds over the section, and the line that splits them. */
    record Result(double processSeconds, String line) {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> threadsBefore;
    private final Map<Long, String> names;
    private final double processBefore;
    private final long gcBefore;
    private final long jitBefore;
    private final long classesBefore;
    private final Map<String, Long> nativeBefore;

    private CpuSplit() {
        threadsBefore = new HashMap<>();
        names = new HashMap<>();
        snapshot(threadsBefore, names);
        processBefore = processCpuSeconds();
        gcBefore = gcMillis();
        jitBefore = jitMillis();
        classesBefore = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        nativeBefore = jvmThreads();
    }

    static CpuSplit start() {
        return new CpuSplit();
    }

    /**
     * Waits (at most 15 s) until the JIT compilers have been idle for 300 ms: code the previous
     * step made hot (emptying the database, counting) is then compiled before a timed section
     * starts, not during it.
     */
    static void awaitJitIdle() {
        long until = System.nanoTime() + 15_000_000_000L;
        long before = jitMillis();
        int quiet = 0;
        while (quiet < 3 && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long now = jitMillis();
            quiet = now == before ? quiet + 1 : 0;
            before = now;
        }
    }

    /** The process's CPU seconds and its biggest shares since {@link #start}. */
    Result stop() {
        double process = processCpuSeconds() - processBefore;
        Map<Long, Long> after = new HashMap<>();
        snapshot(after, names);
        Map<String, Double> byKind = new TreeMap<>();
        double java = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            double s = (e.getValue() - threadsBefore.getOrDefault(e.getKey(), 0L)) / 1e9;
            java += s;
            byKind.merge(names.get(e.getKey()).replaceAll("\\d+", "N"), s, Double::sum);
        }
        Map<String, Long> nativeAfter = jvmThreads();
        if (nativeAfter.isEmpty()) {
            byKind.put("JVM threads (GC, JIT, …)", Math.max(0, process - java));
        } else {
            // measured per native thread (Linux): the compilers, the GC, the VM's own threads
            double measured = 0;
            for (Map.Entry<String, Long> e : nativeAfter.entrySet()) {
                double s = (e.getValue() - nativeBefore.getOrDefault(e.getKey(), 0L)) / TICKS_PER_SECOND;
                measured += s;
                byKind.merge(e.getKey(), s, Double::sum);
            }
            byKind.put("other (threads that ended)", Math.max(0, process - java - measured));
        }
        String top = byKind.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(6).map(e -> String.format(Locale.ROOT, "%s %.2f s", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        return new Result(process, String.format(Locale.ROOT, "process %.2f s CPU: %s; GC pauses %.2f s, JIT compiling %.2f s (elapsed,"
                        + " all compiler threads), %,d classes loaded", process, top, (gcMillis() - gcBefore) / 1e3,
                (jitMillis() - jitBefore) / 1e3,
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classesBefore));
    }

    /** Linux's clock ticks per second for /proc/…/stat times (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100;

    /**
     * CPU ticks of the JVM's own (non-Java) threads by kind, from {@code /proc/self/task} (Linux;
     * empty elsewhere): JIT compilers, GC threads, and the VM's other threads.
     */
    private static Map<String, Long> jvmThreads() {
        Map<String, Long> m = new HashMap<>();
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        if (!java.nio.file.Files.isDirectory(tasks)) return m;
        try (var ds = java.nio.file.Files.newDirectoryStream(tasks)) {
            for (java.nio.file.Path t : ds) {
                try {
                    String comm = java.nio.file.Files.readString(t.resolve("comm")).strip();
                    String kind = comm.startsWith("C2 Compiler") ? "JIT C2" : comm.startsWith("C1 Compiler") ? "JIT C1"
                            : comm.startsWith("GC Thread") || comm.startsWith("G1 ") || comm.startsWith("VM Thread")
                            ? "GC and VM thread" : null;
                    if (kind == null) continue;
                    String stat = java.nio.file.Files.readString(t.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    m.merge(kind, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (java.io.IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        } catch (java.io.IOException e) {
            return Map.of();
        }
        return m;
    }

    /** CPU seconds this JVM has used so far, all threads. */
    private static double processCpuSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() / 1e9;
    }

    private static void snapshot(Map<Long, Long> cpu, Map<Long, String> names) {
        for (var info : THREADS.dumpAllThreads(false, false)) {
            long t = THREADS.getThreadCpuTime(info.getThreadId());
            if (t < 0) continue;
            cpu.put(info.getThreadId(), t);
            names.putIfAbsent(info.getThreadId(), info.getThreadName());
        }
    }

    private static long gcMillis() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) ms += Math.max(0, gc.getCollectionTime());
        return ms;
    }

    private static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }
}
