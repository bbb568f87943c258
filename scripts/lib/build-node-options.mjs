// @ts-check
/**
 * The Node options the site's production build runs with (`npm run build`, and the bench's builds of this commit,
 * which measure the build as `npm run build` runs it).
 *
 * A larger young generation: `--max-semi-space-size=64` (MiB; Node 22's default is 16). The old generation, the
 * heap limit the archive targets speak of, is left at Node's default. Why: on Node 22 (V8 12.4) every scavenge of
 * the young generation costs a fixed time that grows with the size of the old generation, about 5 ms per GiB held,
 * even when nothing in the old generation points at young objects (scripts/bench/scavenge-cost.mjs shows it in a
 * few seconds). A build holds an archive's content store in the old generation (about 1.5 GiB at 10,000
 * articles), so with 16 MiB semi-spaces it spent a fifth of its time in scavenges and its time per page grew with
 * the archive. Four times larger semi-spaces mean a quarter as many scavenges for the same work; measured in
 * docs/benchmarks.md ("What the profiles show"). The cost: about 120 MiB more resident memory at the peak.
 *
 * The operator's own NODE_OPTIONS come last, so a value set there wins (V8 takes the last of a repeated flag).
 */
export const BUILD_NODE_OPTIONS = ['--max-semi-space-size=64'];

/**
 * NODE_OPTIONS for a build of this site: the build's options, then whatever the environment already set.
 * @param {string | undefined} nodeOptions The environment's NODE_OPTIONS.
 * @returns {string}
 */
export function buildNodeOptions(nodeOptions) {
  return [...BUILD_NODE_OPTIONS, nodeOptions ?? ''].join(' ').trim();
}
