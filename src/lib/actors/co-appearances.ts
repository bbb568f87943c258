/**
 * Who appears with whom: for every actor, the actors named in the same articles most often, with the number of
 * articles they share. "Named" is the actor index's sense (mentioned, quoted or reporting a quote), so the counts
 * agree with the actor pages' lists. Built once per build, one article at a time (src/queries/archive.ts); each
 * article adds one to every pair of actors it names, so the pass costs the sum over articles of (actors named)².
 */

/** One actor seen from another's page. */
export interface CoAppearance {
  id: string;
  /** Articles naming both. */
  articles: number;
}

/** The most co-appearing actors an actor page shows. */
export const CO_APPEARANCE_LIMIT = 10;

export function coAppearanceBuilder(): { add(actorIds: readonly string[]): void; finish(limit?: number): ReadonlyMap<string, CoAppearance[]> } {
  const counts = new Map<string, Map<string, number>>();
  const countsOf = (id: string) => {
    let row = counts.get(id);
    if (!row) counts.set(id, (row = new Map()));
    return row;
  };
  return {
    add: (actorIds) => {
      const ids = [...new Set(actorIds)];
      for (let i = 0; i < ids.length; i++) {
        const row = countsOf(ids[i]!);
        for (let j = 0; j < ids.length; j++) if (i !== j) row.set(ids[j]!, (row.get(ids[j]!) ?? 0) + 1);
      }
    },
    /** Per actor, the `limit` most co-appearing, most shared articles first, ties by id. */
    finish: (limit = CO_APPEARANCE_LIMIT) =>
      new Map(
        [...counts].map(([id, row]) => [
          id,
          [...row]
            .map(([other, articles]) => ({ id: other, articles }))
            .sort((a, b) => b.articles - a.articles || a.id.localeCompare(b.id))
            .slice(0, limit),
        ]),
      ),
  };
}
