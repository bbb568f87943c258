#!/usr/bin/env node
// @ts-check
/**
 * `npm run new -- article <slug>` writes `content/articles/<slug>.md` (with `--folder`, `content/articles/<slug>/index.md`,
 * the form an article with picture files takes: they sit beside it); `npm run new -- actor <id>` writes
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

const USAGE = 'usage: npm run new -- article <slug> [--folder] | npm run new -- actor <id>';
const KINDS = {
  article: { folder: 'articles', extension: '.md', template: 'article.md', fill: 'title and the source name' },
  actor: { folder: 'actors', extension: '.yaml', template: 'actor.yaml', fill: 'name and role' },
};

/** @param {string} line */
function refuse(line) {
  console.error(line);
  process.exit(2);
}

const args = process.argv.slice(2);
// `--folder` anywhere after the kind: the article in a folder of its own, for its pictures.
const inFolder = args.includes('--folder');
const [kind, name, ...rest] = args.filter((arg) => arg !== '--folder');
if (kind !== 'article' && kind !== 'actor') refuse(USAGE);
if (!name || rest.length > 0 || (inFolder && kind !== 'article')) refuse(USAGE);
const { folder, extension, template, fill } = KINDS[/** @type {'article' | 'actor'} */ (kind)];

const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const file = inFolder ? resolve(contentDir, folder, name, 'index.md') : resolve(contentDir, folder, `${name}${extension}`);
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
const taken = [
  file,
  ...(kind === 'article' ? [resolve(contentDir, folder, name, 'index.md'), resolve(contentDir, folder, `${name}.md`)] : []),
].find((path) => existsSync(path));
if (taken) refuse(`${relative(process.cwd(), taken)} already exists: choose another name, or edit that file`);

const today = new Date().toLocaleDateString('sv-SE'); // YYYY-MM-DD in the editor's own time zone
const text = readFileSync(resolve(import.meta.dirname, 'templates', template), 'utf8')
  .replaceAll('{{name}}', name)
  .replaceAll('{{file}}', shown)
  .replaceAll('{{today}}', today);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, text, { flag: 'wx' });
console.log(`Wrote ${shown}: fill in ${fill} (the build names what is missing).`);
if (inFolder) console.log(`Put its pictures beside it in ${relative(process.cwd(), dirname(file))}/ and give each image its file: src: ./<picture>.jpg`);
