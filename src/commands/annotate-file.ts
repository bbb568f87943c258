/**
 * `npm run annotate` for one file (scripts/annotate.mjs is the command line): reads the article and the actors it
 * can name, adds the missing `:actor` annotations (src/lib/annotations/auto-annotate.ts) and says what it did, one
 * line per name, in the form of the coverage warnings.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { contentFolderOf } from '../inputs/content-folder';
import { siteInputs } from '../inputs/site-inputs';
import { annotateSource, parseArticleBody } from '../lib/annotations/auto-annotate';
import { silentMistakes } from '../lib/annotations/silent-mistakes';

export interface FileRun {
  /** What happened, for the terminal: `file:line: 北京 → china`, names left alone, then a summary line. */
  lines: string[];
  /** Whether the file needs (or, without `check`, got) new annotations. */
  changed: boolean;
}

export function annotateFile(file: string, { check }: { check: boolean }): FileRun {
  const label = relative(process.cwd(), resolve(file));
  const source = readFileSync(file, 'utf8');
  // The actors of the content folder the article is in (a fixture folder has its own), else the site's.
  const actors = [...siteInputs(contentFolderOf(file)).actorNames.values()];
  const { text, added, left } = annotateSource(source, actors);
  const notes = [
    ...added.map((mention) => ({ line: mention.line, text: `${mention.name} → ${mention.actor}` })),
    ...left.map((name) => ({ line: name.line, text: `${name.name} left as it is: ${name.reason}` })),
  ].sort((a, b) => a.line - b.line);
  // The same warnings every build prints: mistakes that stop nothing but show; never changed without the editor.
  const { tree, body } = parseArticleBody(source);
  notes.push(...silentMistakes(tree, body).map((mistake) => ({ line: mistake.line, text: mistake.message })));
  notes.sort((a, b) => a.line - b.line);
  const lines = notes.map((note) => `${label}:${note.line}: ${note.text}`);
  if (added.length === 0) lines.push(`${label}: nothing to annotate`);
  else if (check) lines.push(`${label}: ${count(added.length)} to add (run: npm run annotate -- ${label})`);
  else {
    writeFileSync(file, text);
    lines.push(`${label}: ${count(added.length)} added`);
  }
  return { lines, changed: added.length > 0 };
}

function count(mentions: number): string {
  return `${mentions} ${mentions === 1 ? 'annotation' : 'annotations'}`;
}
