/**
 * The bench's process measurement (scripts/bench/measure-process.mjs): CPU time is counted for the whole process
 * tree, including a child that has already ended, and time spent waiting is not CPU time. No bound here depends on
 * how busy the machine is: the work is a fixed amount of CPU time, which a busy machine spreads over more wall
 * time but cannot shrink, and a sleeping process uses next to none however long it waits.
 */
import { describe, expect, it } from 'vitest';
import { measureProcess } from '../../scripts/bench/measure-process.mjs';

/** One clock tick of /proc's accounting, and a little for rounding on each side. */
const TICKS = 0.03;

// Half a second of CPU time (not of wall time) in a grandchild (sh → node), so it must come through sh's count of
// its children.
const BUSY = `const until = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1e6; }; while (until() < 0.5);`;

describe('measureProcess', () => {
  it('counts the CPU time of processes the command started', async () => {
    const measure = await measureProcess('sh', ['-c', `"${process.execPath}" -e '${BUSY}'`]);
    expect(measure.ok).toBe(true);
    expect(measure.cpuSeconds).toBeGreaterThanOrEqual(0.5 - TICKS);
  });

  it('does not count waiting as CPU time', async () => {
    const measure = await measureProcess('sleep', ['0.5']);
    expect(measure.ok).toBe(true);
    // Waiting half a second: if waiting counted, the CPU time would be at least that.
    expect(measure.seconds).toBeGreaterThanOrEqual(0.5);
    expect(measure.cpuSeconds).toBeLessThan(0.5 - TICKS);
  });
});
