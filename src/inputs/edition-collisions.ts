/**
 * Tags and actors that become one in the Simplified edition (src/lib/editions/simplified-collisions.ts), found
 * with the site's inputs: the tags of tags.yaml, the names of the actor files, converted with the site's overrides
 * (conversion.yaml). Reported with the inputs' other problems, at the line of the later name.
 */
import { lstatSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { locateIssues, type ContentIssue } from '../lib/content/locate-issues';
import { simplifiedConverter } from '../lib/editions/conversion/converter';
import type { ConversionOverrides } from '../lib/editions/conversion/overrides';
import { mergedInSimplified, mergedMessage, type WrittenName } from '../lib/editions/simplified-collisions';
import type { TagVocabulary } from '../lib/topics/tag-vocabulary';
import type { ActorFiles } from './actor-files';
import { readContentText } from './content-file';

export function editionCollisionIssues(tagsFile: string, tags: TagVocabulary, actors: ActorFiles, conversion: ConversionOverrides): ContentIssue[] {
  const converter = simplifiedConverter(conversion);
  const convert = (text: string) => converter.convert(text);
  const issues: ContentIssue[] = [];

  const tagsText = tags.size > 1 && lstatSync(tagsFile, { throwIfNoEntry: false }) ? readTagsText(tagsFile) : undefined;
  if (tagsText !== undefined) {
    const file = relative(process.cwd(), resolve(tagsFile));
    const lineOf = (word: string) => locateIssues(file, tagsText, [{ path: [word], message: '' }])[0]?.line ?? 1;
    const words = [...tags.keys()].map((word) => ({ text: word, where: `line ${lineOf(word)}` }));
    for (const merged of mergedInSimplified(words, convert)) {
      const message = mergedMessage(merged, 'topics', 'write one of the two words in every article and keep its line alone');
      issues.push(...locateIssues(file, tagsText, [{ path: [merged.name.text], message }]));
    }
  }

  const names: (WrittenName & { id: string; label: string })[] = [];
  for (const entry of actors.entries) {
    const text = actors.texts.get(entry.id);
    const name = text === undefined ? undefined : nameOf(text);
    if (name !== undefined) names.push({ id: entry.id, label: entry.label, text: name, where: `actor "${entry.id}"` });
  }
  for (const merged of mergedInSimplified(names, convert)) {
    const source = actors.texts.get(merged.name.id) ?? '';
    const message = mergedMessage(merged, 'actors', 'give one a name that stays distinct, or a conversion for it in content/conversion.yaml');
    issues.push(...locateIssues(merged.name.label, source, [{ path: ['name'], message }]));
  }
  return issues;
}

/** tags.yaml was read already (tags-file.ts): its text again, for the lines; unreadable, it was reported there. */
function readTagsText(path: string): string | undefined {
  try {
    return readContentText(path, { root: dirname(path), label: path });
  } catch {
    return undefined;
  }
}

function nameOf(text: string): string | undefined {
  try {
    const data = parseYaml(text) as { name?: unknown } | null;
    return typeof data?.name === 'string' && data.name.trim() !== '' ? data.name : undefined;
  } catch {
    return undefined;
  }
}
