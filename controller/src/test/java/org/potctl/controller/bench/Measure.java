package org.potctl.controller.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times a phase: warm-up runs, then the median wall time of measured runs, and the peak heap of the
 * measured runs (sum of the heap pools' peak usage, reset before each run after a GC).
 */
final class Measure {

  private Measure() {}

  /** A measured phase: median milliseconds, peak heap bytes, the last run's value. */
  record Result<T>(double medianMs, long peakHeapBytes, T value) {
    double peakHeapMb() {
      return peakHeapBytes / (1024.0 * 1024.0);
    }
  }

  static <T> Result<T> run(int warmups, int runs, Supplier<T> phase) {
    T value = null;
    for (int i = 0; i < warmups; i++) {
      value = phase.get();
    }
    List<Double> times = new ArrayList<>();
    long peak = 0;
    for (int i = 0; i < runs; i++) {
      resetPeaks();
      long start = System.nanoTime();
      value = phase.get();
      times.add((System.nanoTime() - start) / 1e6);
      peak = Math.max(peak, heapPeak());
    }
    return new Result<>(median(times), peak, value);
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
