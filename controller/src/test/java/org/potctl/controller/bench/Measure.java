package org.potctl.controller.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times a phase: warm-up runs, then the median wall time of measured runs, the peak heap of the
 * measured runs (sum of the heap pools' peak usage, reset before each run after a GC) and the
 * median bytes allocated by the measuring thread.
 */
final class Measure {

  private Measure() {}

  /**
   * A measured phase: median milliseconds, peak heap bytes, the median of the bytes the measuring
   * thread allocated per run (the phase's own allocation when it runs on that thread), the last
   * run's value.
   */
  record Result<T>(double medianMs, long peakHeapBytes, long allocatedBytes, T value) {
    double peakHeapMb() {
      return peakHeapBytes / (1024.0 * 1024.0);
    }

    double allocatedMb() {
      return allocatedBytes / (1024.0 * 1024.0);
    }
  }

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  static <T> Result<T> run(int warmups, int runs, Supplier<T> phase) {
    T value = null;
    for (int i = 0; i < warmups; i++) {
      value = phase.get();
    }
    List<Double> times = new ArrayList<>();
    List<Double> allocated = new ArrayList<>();
    long peak = 0;
    for (int i = 0; i < runs; i++) {
      resetPeaks();
      long bytes = THREADS.getCurrentThreadAllocatedBytes();
      long start = System.nanoTime();
      value = phase.get();
      times.add((System.nanoTime() - start) / 1e6);
      allocated.add((double) (THREADS.getCurrentThreadAllocatedBytes() - bytes));
      peak = Math.max(peak, heapPeak());
    }
    return new Result<>(median(times), peak, (long) median(allocated), value);
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  static long heapPeak() {
    long total = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        total += pool.getPeakUsage().getUsed();
      }
    }
    return total;
  }
}
