/**
 * The bench's process measurement (scripts/bench/measure-process.mjs): CPU time is counted for the whole process
 * tree, including a child that has already ended, and time spent waiting is not CPU time.
 */
import { describe, expect, it } from 'vitest';
import { measureProcess } from '../../scripts/bench/measure-process.mjs';

// Half a second of work in a grandchild (sh → node), so the time must come through sh's count of its children.
const BUSY = `const end = Date.now() + 500; while (Date.now() < end);`;

describe('measureProcess', () => {
  it('counts the CPU time of processes the command started', async () => {
    const measure = await measureProcess('sh', ['-c', `"${process.execPath}" -e '${BUSY}'; sleep 0.2`]);
    expect(measure.ok).toBe(true);
    expect(measure.cpuSeconds).toBeGreaterThanOrEqual(0.4);
    expect(measure.cpuSeconds).toBeLessThanOrEqual(measure.seconds + 0.1);
  });

  it('does not count waiting as CPU time', async () => {
    const measure = await measureProcess('sleep', ['0.5']);
    expect(measure.seconds).toBeGreaterThanOrEqual(0.5);
    expect(measure.cpuSeconds).toBeLessThan(0.1);
  });
});
