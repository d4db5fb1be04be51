package org.potctl.controller.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NmtSummaryTest {

  /** Cut from a real {@code jcmd PID VM.native_memory summary} of a JDK 25 watcher. */
  private static final String SUMMARY =
      """
      7712:

      Native Memory Tracking:

      Total: reserved=1336950KB, committed=58802KB
             malloc: 3197KB #4153, peak=3124KB #4155

      -                 Java Heap (reserved=131072KB, committed=16384KB)
                                  (mmap: reserved=131072KB, committed=16384KB, at peak)

      -                     Class (reserved=1048942KB, committed=2606KB)
                                  (classes #4366)

      -                    Thread (reserved=17609KB, committed=1565KB)
                                  (threads #18)

      -                     Other (reserved=42KB, committed=42KB)
      -        Shared class space (reserved=16384KB, committed=13908KB, readonly=0KB)
      -                 Metaspace (reserved=65608KB, committed=13960KB)
      """;

  @Test
  void categoriesLargestFirstWithCountsAndNoneUnderATenthOfAMegabyte() {
    assertEquals(
        "total 57.4 MB committed, Java Heap 16.0, Metaspace 13.6, Shared class space 13.6,"
            + " Class 2.5, Thread 1.5; 4366 classes, 18 threads",
        NmtSummary.categories(SUMMARY));
  }

  @Test
  void whatJcmdSaidWhenThereIsNoSummary() {
    assertEquals(
        "no summary: 42: Native memory tracking is not enabled",
        NmtSummary.categories("42:\nNative memory tracking is not enabled\n"));
  }
}
