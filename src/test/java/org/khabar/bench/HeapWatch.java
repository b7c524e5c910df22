package org.khabar.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap used while some work runs: the peak of the heap in use sampled every 10 ms (garbage
 * included), and the peak of the heap still in use right after each garbage collection (close to
 * what the work really keeps). Both are measured from a collected heap at the start.
 *
 * <pre>{@code
 * HeapWatch.Peak p = HeapWatch.during(() -> export());
 * }</pre>
 */
final class HeapWatch {
    /** Bytes: heap in use after a full GC before the work, peak sampled, peak after any GC during it. */
    record Peak(long before, long sampled, long afterGc) {
        String describe() {
            return String.format(java.util.Locale.ROOT, "peak heap after GC %d MB (%d MB before the run), sampled peak %d MB",
                    afterGc >> 20, before >> 20, sampled >> 20);
        }
    }

    private HeapWatch() {}

    static Peak during(Runnable work) {
        System.gc();
        long before = used();
        AtomicLong sampled = new AtomicLong(before);
        AtomicLong afterGc = new AtomicLong(before);
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) heapPools.add(p.getName());
        }
        NotificationListener listener = (Notification n, Object handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long u = 0;
            for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(e.getKey())) u += e.getValue().getUsed();
            }
            afterGc.accumulateAndGet(u, Math::max);
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampled.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            work.run();
        } finally {
            sampler.interrupt();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                try {
                    ((NotificationEmitter) gc).removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // already gone
                }
            }
        }
        sampled.accumulateAndGet(used(), Math::max);
        return new Peak(before, sampled.get(), afterGc.get());
    }

    private static long used() {
        MemoryUsage u = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return u.getUsed();
    }
}
