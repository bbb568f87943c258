/**
 * Names the Traditional edition keeps apart and the Simplified edition would merge: 臺灣 and 台灣 are two tags in
 * Traditional, and both read 台湾 once converted, so the Simplified topic index would list one name twice (or two
 * actors, or two headings of one article, would read alike). Found with the converter the edition itself uses, so
 * what is found is what a reader would see.
 */

/** One name as an editor wrote it, and where. */
export interface WrittenName {
  text: string;
  /** Who the name is: `tags.yaml`, an actor's file, a heading's line… (messages name it). */
  where: string;
}

export interface Merged<Name extends WrittenName> {
  /** The name written later, which the Simplified edition merges with `first`. */
  name: Name;
  first: Name;
  /** What both read in the Simplified edition. */
  simplified: string;
}

/** Every name whose Simplified form another name, written differently, already has; in the order given. */
export function mergedInSimplified<Name extends WrittenName>(names: readonly Name[], convert: (text: string) => string): Merged<Name>[] {
  const firstBySimplified = new Map<string, Name>();
  const merged: Merged<Name>[] = [];
  for (const name of names) {
    const simplified = convert(name.text.trim());
    const first = firstBySimplified.get(simplified);
    if (first === undefined) firstBySimplified.set(simplified, name);
    else if (first.text.trim() !== name.text.trim()) merged.push({ name, first, simplified });
  }
  return merged;
}

/** The sentence for one merge: what both read and which other name it is. */
export function mergedMessage(merged: Merged<WrittenName>, kind: string, fix: string): string {
  return `"${merged.name.text}" reads "${merged.simplified}" in the Simplified edition, as "${merged.first.text}" (${merged.first.where}) does: two ${kind} would read alike there; ${fix}`;
}
