// @ts-check
/**
 * Runs a command and measures its wall time and peak memory. Memory is sampled from /proc every 50 ms for the
 * whole process tree (astro's node process plus the helper processes it starts, such as Pagefind's indexer):
 * the peak of the tree's sum, and the peak of each process on its own, since the budget holds per process.
 * `/usr/bin/time -v` would only report the largest single process, and is not installed everywhere.
 *
 * Every line the command prints is kept with the time it arrived, so callers can time the phases of a build from
 * its log (see build-phases.mjs).
 *
 * CPU time is measured beside wall time: on a shared machine wall time moves with whatever else runs, while the CPU
 * time a build consumes moves much less, so a ratio of CPU times says more about the build itself.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * @typedef {object} ProcessPeak
 * @property {number} pid
 * @property {string} name The program, e.g. `node` or `pagefind_extended`.
 * @property {number} peakRssMb
 */

/**
 * @typedef {object} ProcessMeasure
 * @property {boolean} ok Exit status 0.
 * @property {number} seconds Wall time.
 * @property {number} cpuSeconds CPU time (user + system) of the whole process tree: what the kernel counted for it
 *   once it ended (this process's reaped children), or the last sample's sum if that is more.
 * @property {number} peakRssMb Highest sampled resident memory of the process tree (all processes together), in MiB.
 * @property {ProcessPeak[]} processes Each process's own highest resident memory, largest first.
 * @property {string} output stdout and stderr, for error messages.
 * @property {{ seconds: number, text: string }[]} lines Each output line with the seconds since the start at which it arrived.
 * @property {{ seconds: number, rssMb: number }[]} memory The largest process's resident memory, once a second: where in
 *   the build memory peaks.
 */

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<ProcessMeasure>}
 */
export function measureProcess(command, args, options = {}) {
  return new Promise((done) => {
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
    const reapedBefore = reapedChildrenTicks();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    /** @type {{ seconds: number, text: string }[]} */
    const lines = [];
    let partial = '';
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      const text = chunk.toString('utf8');
      output += text;
      const parts = (partial + text).split('\n');
      partial = parts.pop() ?? '';
      const seconds = elapsed();
      for (const line of parts) lines.push({ seconds, text: line });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    let peakKb = 0;
    let cpuTicks = 0;
    /** @type {Map<number, { name: string, peakKb: number }>} */
    const peaks = new Map();
    /** @type {{ seconds: number, rssMb: number }[]} */
    const memory = [];
    const sample = () => {
      if (child.pid === undefined) return;
      const tree = processTree(child.pid);
      const seconds = elapsed();
      if (seconds >= memory.length) memory.push({ seconds, rssMb: Math.max(0, ...tree.map((entry) => entry.rssKb)) / 1024 });
      peakKb = Math.max(peakKb, tree.reduce((sum, entry) => sum + entry.rssKb, 0));
      cpuTicks = Math.max(cpuTicks, tree.reduce((sum, entry) => sum + entry.cpuTicks, 0));
      for (const entry of tree) {
        const known = peaks.get(entry.pid);
        if (!known || entry.rssKb > known.peakKb) peaks.set(entry.pid, { name: entry.name, peakKb: entry.rssKb });
      }
    };
    const timer = setInterval(sample, 50);
    child.on('close', (code) => {
      clearInterval(timer);
      if (partial) lines.push({ seconds: elapsed(), text: partial });
      const processes = [...peaks.entries()]
        .map(([pid, { name, peakKb: kb }]) => ({ pid, name, peakRssMb: kb / 1024 }))
        .filter((entry) => entry.peakRssMb > 1)
        .sort((a, b) => b.peakRssMb - a.peakRssMb);
      // Once reaped, the command's whole tree is in this process's count of its children (cutime, cstime): exact,
      // where a sample taken every 50 ms can miss the last moments of a short command.
      const reaped = reapedChildrenTicks() - reapedBefore;
      const cpuSeconds = Math.max(cpuTicks, reaped) / CLOCK_TICKS;
      done({ ok: code === 0, seconds: elapsed(), cpuSeconds, peakRssMb: peakKb / 1024, processes, output, lines, memory });
    });
  });
}

/** The unit of /proc/<pid>/stat's times (USER_HZ, 100 on Linux unless the kernel says otherwise). */
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/** CPU time of the children this process has reaped, in clock ticks (0 where /proc is missing). */
function reapedChildrenTicks() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[13]) + Number(fields[14]);
  } catch {
    return 0;
  }
}

/**
 * CPU time a process has used, in clock ticks: its own (utime, stime) and that of the children it has waited for
 * (cutime, cstime). Summed over a tree this counts every process once: a child's time moves into its parent's
 * cutime/cstime only when it is reaped, and then it is no longer in /proc.
 * @param {string} pid
 */
function cpuTicksOf(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces and brackets): state is field 3, utime..cstime 14..17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields.slice(11, 15).reduce((sum, field) => sum + Number(field), 0);
}

/**
 * `rootPid` and all its descendants with their resident memory (VmRSS) and CPU time; empty where /proc is missing.
 * @param {number} rootPid
 * @returns {{ pid: number, name: string, rssKb: number, cpuTicks: number }[]}
 */
function processTree(rootPid) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  /** @type {Map<number, { name: string, rssKb: number, cpuTicks: number }>} */
  const status = new Map();
  let entries;
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  for (const name of entries) {
    try {
      const text = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(text)?.[1] ?? -1);
      const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(text)?.[1] ?? 0);
      const pid = Number(name);
      status.set(pid, { name: /^Name:\s+(.*)$/m.exec(text)?.[1] ?? '?', rssKb, cpuTicks: cpuTicksOf(name) });
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = /** @type {number} */ (queue.pop());
    const entry = status.get(pid);
    if (entry) tree.push({ pid, ...entry });
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}
