package org.khabar.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What a benchmark ran on: CPU, cores, memory, JDK, heap, load; printed at the top of every report. */
final class Machine {
    private Machine() {}

    static String describe() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT,
                "date: %s%ncpu: %s, %d cores (nproc)%nmemory: %s total%njdk: %s %s (%s)%nheap: -Xmx %d MB%n"
                        + "jvm args: %s%nload average at start: %s",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), cpuModel(),
                rt.availableProcessors(), memTotal(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.vendor"),
                rt.maxMemory() >> 20, ManagementFactory.getRuntimeMXBean().getInputArguments(), loadAverage());
    }

    /** The 1, 5 and 15 minute load averages, e.g. {@code 1.02 0.87 0.90}. */
    static String loadAverage() {
        String l = read("/proc/loadavg");
        if (l.isEmpty()) return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        String[] p = l.trim().split("\\s+");
        return p.length >= 3 ? p[0] + " " + p[1] + " " + p[2] : l.trim();
    }

    private static String cpuModel() {
        for (String line : read("/proc/cpuinfo").split("\n")) {
            if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).trim();
        }
        return System.getProperty("os.arch");
    }

    private static String memTotal() {
        for (String line : read("/proc/meminfo").split("\n")) {
            if (line.startsWith("MemTotal:")) {
                long kb = Long.parseLong(line.replaceAll("\\D", ""));
                return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
            }
        }
        return "unknown";
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
