// @ts-check
/**
 * Loaded into a measured build with `NODE_OPTIONS=--import=<this file>`: adds up the time V8 spends collecting
 * garbage in this process and, when the process exits, writes it to `$BENCH_GC_DIR/gc-<pid>.json`. The bench
 * reads it to tell how much of a build's time per page is garbage collection, the cost that grows with the live
 * heap (archive-scaling.mjs). Node's own `gc` performance entries, so the build runs unchanged and unprofiled.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver, constants } from 'node:perf_hooks';

const outDir = process.env.BENCH_GC_DIR;
if (outDir) {
  const totals = { ms: 0, majorMs: 0, minorMs: 0, incrementalMs: 0, count: 0, startedAt: Date.now() };
  /** @param {import('node:perf_hooks').PerformanceEntry[]} entries */
  const add = (entries) => {
    for (const entry of entries) {
      // Node's gc entries carry the kind of collection in `detail`, which the generic entry type leaves out.
      const kind = /** @type {{ detail?: { kind?: number } }} */ (entry).detail?.kind;
      totals.ms += entry.duration;
      totals.count += 1;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) totals.majorMs += entry.duration;
      else if (kind === constants.NODE_PERFORMANCE_GC_MINOR) totals.minorMs += entry.duration;
      else if (kind === constants.NODE_PERFORMANCE_GC_INCREMENTAL) totals.incrementalMs += entry.duration;
    }
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  process.on('exit', () => {
    // Entries still buffered in the observer have not reached the callback yet.
    add(observer.takeRecords());
    writeFileSync(join(outDir, `gc-${process.pid}.json`), JSON.stringify({ ...totals, seconds: (Date.now() - totals.startedAt) / 1000 }));
  });
}
