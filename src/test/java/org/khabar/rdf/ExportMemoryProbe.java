package org.khabar.rdf;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.khabar.cli.Khabar;

/**
 * Runs {@code khabar} with the given arguments in this (small-heap) JVM and prints the peak heap
 * used, summed over the heap pools: {@code peak-heap-bytes=N}. Forked by {@link ExportMemoryIT}.
 */
public final class ExportMemoryProbe {
    private ExportMemoryProbe() {}

    public static void main(String[] args) {
        int code = Khabar.run(args);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.out.println("peak-heap-bytes=" + peak);
        System.out.println("max-heap-bytes=" + Runtime.getRuntime().maxMemory());
        System.exit(code);
    }
}
