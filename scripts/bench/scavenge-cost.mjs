// @ts-check
/**
 * What one scavenge (V8's collection of the young generation) costs as the old generation grows, on this Node,
 * with Node's default young generation and with the one the site's build sets (scripts/lib/build-node-options.mjs).
 * Nothing of the site runs: a child process holds N GiB of small live objects, then allocates short-lived objects
 * and times that, adding up its scavenges with Node's `gc` performance entries. This is the measurement behind the
 * build's Node options: on Node 22 a scavenge's cost grows with the old generation even though nothing there points
 * at the young objects, so a build holding a large content store pays it on every scavenge.
 *
 * `node scripts/bench/scavenge-cost.mjs` prints the table; `npm run bench` puts it in docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { BUILD_NODE_OPTIONS } from '../lib/build-node-options.mjs';

/** Sizes of the old generation held (GiB) and the Node options each is measured with. */
const HELD_GIB = [0.05, 1, 2];
const CONFIGURATIONS = [
  { name: "Node's default", flags: [] },
  { name: `the build's (${BUILD_NODE_OPTIONS.join(' ')})`, flags: BUILD_NODE_OPTIONS },
];
/** Short-lived objects allocated in the timed part: the same work in every configuration. */
const ALLOCATIONS = 30_000_000;

/**
 * @typedef {object} ScavengeCostRow
 * @property {number} heldGib
 * @property {string} configuration
 * @property {number} scavenges
 * @property {number} msPerScavenge
 * @property {number} allocationMs Time to allocate the short-lived objects, scavenges included.
 */

/** @returns {ScavengeCostRow[]} */
export function measureScavengeCost() {
  const rows = [];
  for (const heldGib of HELD_GIB) {
    for (const { name, flags } of CONFIGURATIONS) {
      // Without the environment's NODE_OPTIONS: a young-generation size set there would overrule "Node's default".
      const env = { ...process.env, NODE_OPTIONS: '' };
      const child = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), '--probe', String(heldGib)], { encoding: 'utf8', env });
      if (child.status !== 0) throw new Error(`scavenge probe failed (${heldGib} GiB, ${name}):\n${child.stderr}`);
      rows.push({ heldGib, configuration: name, ...JSON.parse(child.stdout) });
    }
  }
  return rows;
}

/** The child: hold `heldGib` of live objects, then time the allocation of short-lived ones. @param {number} heldGib */
function probe(heldGib) {
  const held = [];
  // About 120 bytes a record (an object, a short string, a two-element array).
  for (let bytes = 0; bytes < heldGib * 1024 ** 3; bytes += 10_000 * 120) {
    const block = [];
    for (let i = 0; i < 10_000; i++) block.push({ index: i, label: `x${i}`, pair: [i, i + 1] });
    held.push(block);
  }
  let scavenges = 0;
  let scavengeMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = /** @type {{ detail?: { kind?: number } }} */ (entry).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) {
        scavenges += 1;
        scavengeMs += entry.duration;
      }
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  // A small ring the objects escape into, so V8 cannot optimise the allocations away, and almost all die young.
  const ring = new Array(1024);
  const started = performance.now();
  for (let i = 0; i < ALLOCATIONS; i++) ring[i & 1023] = { i, pair: [i, i] };
  const allocationMs = performance.now() - started;
  // Entries are delivered asynchronously: collect them once the timed part is over.
  setTimeout(() => {
    observer.disconnect();
    process.stdout.write(JSON.stringify({ scavenges, msPerScavenge: scavenges > 0 ? scavengeMs / scavenges : 0, allocationMs, held: held.length }));
  }, 100);
}

/** @param {ScavengeCostRow[]} rows */
export function scavengeCostTable(rows) {
  return [
    '| old generation held | young generation | scavenges | ms per scavenge | allocating 30 M short-lived objects |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) => `| ${row.heldGib} GiB | ${row.configuration} | ${row.scavenges} | ${row.msPerScavenge.toFixed(2)} | ${(row.allocationMs / 1000).toFixed(2)} s |`,
    ),
  ];
}

if (process.argv[2] === '--probe') probe(Number(process.argv[3]));
else if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(scavengeCostTable(measureScavengeCost()).join('\n'));
