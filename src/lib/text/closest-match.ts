/**
 * "Did you mean": the known word closest to one mistyped (an actor id, a tag, a frontmatter field), by edit
 * distance counted in characters (a swap of two neighbours is one edit: `bylin` → `byline`, `maudro` → `maduro`).
 * Only a near miss is offered: at most a third of the word's length wrong (and at least one edit allowed), so a
 * word that is simply new gets no wrong suggestion.
 */
export function closestMatch(word: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor([...word].length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of known) {
    if (candidate === word) continue;
    const distance = editDistance(word, candidate);
    if (distance <= limit && (!best || distance < best.distance || (distance === best.distance && candidate < best.candidate))) best = { candidate, distance };
  }
  return best?.candidate;
}

/** `: did you mean "maduro"?`, or nothing when no known word is near. */
export function didYouMean(word: string, known: Iterable<string>): string {
  const match = closestMatch(word, known);
  return match === undefined ? '' : `: did you mean "${match}"?`;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const rows = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
    }
  }
  return rows[x.length]![y.length]!;
}
