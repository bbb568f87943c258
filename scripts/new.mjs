#!/usr/bin/env node
// @ts-check
/**
 * `npm run new -- article <slug>` writes `content/articles/<slug>.md`; `npm run new -- actor <id>` writes
 * `content/actors/<id>.yaml` (under `$CONTENT_DIR` when set). Each file lists every field the schema knows, with
 * a comment on each (scripts/templates/); required fields are left empty, so the build names what is missing
 * until the editor fills them in.
 *
 * Refuses a name the build would refuse (not ASCII kebab-case: it becomes the address or the actor id) and a file
 * that already exists, in one line, exit code 2. Names are checked by the build's own rule (entryId in
 * src/inputs/entry-id.ts), loaded through Vite's module runner since its imports are extensionless.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const USAGE = 'usage: npm run new -- article <slug> | npm run new -- actor <id>';
const KINDS = {
  article: { folder: 'articles', extension: '.md', template: 'article.md', fill: 'title and the source name' },
  actor: { folder: 'actors', extension: '.yaml', template: 'actor.yaml', fill: 'name and role' },
};

/** @param {string} line */
function refuse(line) {
  console.error(line);
  process.exit(2);
}

const [kind, name, ...rest] = process.argv.slice(2);
if (kind !== 'article' && kind !== 'actor') refuse(USAGE);
if (!name || rest.length > 0) refuse(USAGE);
const { folder, extension, template, fill } = KINDS[/** @type {'article' | 'actor'} */ (kind)];

const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const file = resolve(contentDir, folder, `${name}${extension}`);
const shown = relative(process.cwd(), file);

const { runnerImport } = await import('vite');
const entryIdModule = resolve(import.meta.dirname, '../src/inputs/entry-id.ts');
const { entryId } = /** @type {typeof import('../src/inputs/entry-id')} */ (
  (await runnerImport(entryIdModule, { configFile: false, logLevel: 'error' })).module
);
try {
  entryId(`${name}${extension}`, relative(process.cwd(), resolve(contentDir, folder)));
} catch (error) {
  refuse(`${shown}: "${name}" must be ASCII kebab-case (lower-case letters, digits and single hyphens, e.g. venezuela-allies): it becomes the ${kind === 'article' ? 'address' : 'actor id'}`);
}

// An article may also live in a folder of its own, beside its pictures.
const taken = [file, ...(kind === 'article' ? [resolve(contentDir, folder, name, 'index.md')] : [])].find((path) => existsSync(path));
if (taken) refuse(`${relative(process.cwd(), taken)} already exists: choose another name, or edit that file`);

const today = new Date().toLocaleDateString('sv-SE'); // YYYY-MM-DD in the editor's own time zone
const text = readFileSync(resolve(import.meta.dirname, 'templates', template), 'utf8')
  .replaceAll('{{name}}', name)
  .replaceAll('{{file}}', shown)
  .replaceAll('{{today}}', today);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, text, { flag: 'wx' });
console.log(`Wrote ${shown}: fill in ${fill} (the build names what is missing).`);
