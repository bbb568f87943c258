#!/usr/bin/env node
// @ts-check
/**
 * `npm run annotate -- <file>…`: wraps every unannotated mention of a known actor (its name, short name,
 * original name or an alias) in `:actor[…]{ref=<id>}`, in the body and in image captions, and prints each one
 * (`content/articles/x.md:12: 北京 → china`). Names two actors share, and names inside links, are printed and
 * left for the editor. Nothing else in the file changes, byte for byte; a second run changes nothing.
 *
 *   npm run annotate -- content/articles/x.md            write the annotations
 *   npm run annotate -- content/articles/x               an article in its folder (x/index.md)
 *   npm run annotate -- content/articles                 every article of the folder
 *   npm run annotate -- --check content/articles/*.md    write nothing; exit 1 if any file would change
 *
 * The work is TypeScript in src/commands/annotate-file.ts (with the coverage scan's own name matcher), loaded
 * through Vite's module runner as scripts/bench/conversion.mjs loads the converter: its imports are extensionless.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const USAGE = 'usage: npm run annotate -- [--check] <article.md or folder>…';
const args = process.argv.slice(2);
const check = args.includes('--check');
// npm runs scripts from the project root; paths are meant from where the editor typed the command.
const typedFrom = process.env.INIT_CWD ?? process.cwd();
const files = args.filter((arg) => arg !== '--check').map((arg) => (arg.startsWith('-') ? arg : resolve(typedFrom, arg)));

const unknown = files.find((arg) => arg.startsWith('-'));
if (files.length === 0 || unknown) {
  console.error(unknown ? `unknown option ${unknown}; ${USAGE}` : USAGE);
  process.exit(2);
}
const missing = files.find((file) => !existsSync(file));
if (missing) {
  console.error(`${relative(process.cwd(), missing)}: no such file`);
  process.exit(2);
}

/**
 * A folder is an article in its folder (`x/` holding `index.md`), or a folder of articles: each `.md` in it and
 * each `<slug>/index.md`, as the build lists them (names starting with `_` or `.` are the editor's notes).
 * @param {string} path
 * @returns {string[]}
 */
function articlesAt(path) {
  if (!statSync(path).isDirectory()) return [path];
  if (existsSync(join(path, 'index.md'))) return [join(path, 'index.md')];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !/^[_.]/.test(entry.name))
    .flatMap((entry) => {
      if (entry.isFile() && entry.name.endsWith('.md')) return [join(path, entry.name)];
      if (entry.isDirectory() && existsSync(join(path, entry.name, 'index.md'))) return [join(path, entry.name, 'index.md')];
      return [];
    })
    .sort();
}
const articles = files.flatMap(articlesAt);
if (articles.length === 0) {
  console.error(`${files.map((file) => relative(process.cwd(), file)).join(', ')}: no article in it (<slug>.md or <slug>/index.md)`);
  process.exit(2);
}

const { runnerImport } = await import('vite');
const entry = resolve(import.meta.dirname, '../src/commands/annotate-file.ts');
const { annotateFile } = /** @type {typeof import('../src/commands/annotate-file')} */ (
  (await runnerImport(entry, { configFile: false, logLevel: 'error' })).module
);

let changed = false;
for (const file of articles) {
  try {
    const run = annotateFile(file, { check });
    for (const line of run.lines) console.log(line);
    changed ||= run.changed;
  } catch (error) {
    // Content errors (an actor file with a bad name) are one line already; anything else is a bug worth its stack.
    console.error(error instanceof Error && error.name === 'ContentError' ? error.message : error);
    process.exit(2);
  }
}
process.exit(check && changed ? 1 : 0);
