/**
 * The loader of this site's collections: one part of the site's inputs (the articles, the actor files), read
 * through src/inputs/site-inputs.ts as an editor wrote it and checked before anything is rendered or stored.
 *
 * For every file: the text is normalised (byte-order mark, Windows line ends, blank lines above the frontmatter),
 * the YAML read as YAML 1.2 with located errors, control characters refused, the schema checked, and `checkEntry`
 * run (pictures, captions, tags). Only then is a Markdown entry rendered, through the project's own pipeline, and
 * kept in Astro's data store. A file whose bytes, and everything its checks read, are what the last build checked
 * and stored is not read further (src/loaders/checked-entries.ts): the same checks would find the same.
 *
 * Every content problem takes one path: it becomes a `file:line: field: message` line here, whatever found it
 * (the folder listing, YAML, the schema, the checks, the Markdown plugins, tags.yaml and conversion.yaml), and is
 * handed to src/lib/content/current-issues.ts. In a build (and `astro check`) the last collection to load fails
 * with all of them at once and nothing is published; in `astro dev` they are kept and the middleware answers every
 * request with them until the files are fixed. Never a stack trace.
 *
 * The render cache never lies: an entry is rendered again when its own text changes or when anything in
 * `dependsOn` does (the actor files, which decide what a mention may name; the pipeline's own code).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { siteInputs, siteInputsChanged, type SiteInputs } from '../inputs/site-inputs';
import type { ContentFolderSpec, ContentListing, ListedEntry } from '../inputs/list-content-files';
import { controlCharacterMessage, controlCharactersInData, controlCharactersInText } from '../lib/content/control-characters';
import { expectCollection, loadFinished, loadStarted, reloadFinished, reloadStarted, setCollectionIssues } from '../lib/content/current-issues';
import { devServerAppMade } from '../lib/content/dev-server-app';
import { commitLiveStore, publishCollection } from '../lib/content/live-store';
import { recordedIssues } from '../lib/content/file-issues';
import { ContentError, formatIssues, locateIssues, readYamlPart, type ContentIssue } from '../lib/content/locate-issues';
import { splitMarkdown } from '../lib/content/source-text';
import { unknownFieldIssues } from '../lib/content/unknown-fields';
import { checksKey, fileSignature, filesUnchanged, readCheckedEntries, writeCheckedEntries, type CheckedEntry } from './checked-entries';

/** A rendered Markdown entry's frontmatter as the plugins leave it (annotations, timeline, coverage…). */
export type RenderedFrontmatter = Record<string, unknown>;

/** The part of the site's inputs a collection holds: its files, and how to read one. */
export interface CollectionFiles {
  listing: ContentListing;
  read: (entry: ListedEntry) => Promise<string>;
  /** The folder the entries are in: `astro dev` reads again only the entry files that change there. */
  folder: ContentFolderSpec;
  /**
   * The same read in two steps, the file's bytes then its text from them: with it, an entry whose bytes and whose
   * checks' inputs are what the last check found is not read as text nor checked again (checked-entries.ts).
   */
  source?: { bytes: (entry: ListedEntry) => Buffer; text: (entry: ListedEntry, bytes: Buffer) => string };
}

/**
 * `astro dev`: each entry's last result, given again on the next load unless its own file is among those that
 * changed. Only while nothing but the collection's entry files has changed: a change to anything else an entry
 * depends on (the actor files, tags.yaml, conversion.yaml, a picture, the pipeline's code) loads every entry again.
 */
interface Remembered {
  results: Map<string, EntryResult>;
  /** The entry files changed since the last load, absolute; undefined: everything is read again. */
  changed: ReadonlySet<string> | undefined;
  /** The digest of what every rendering depends on, as the last full load found it. */
  dependencies?: string;
}

export interface ContentLoaderOptions {
  /** The collection's name, as `collections` in src/content.config.ts calls it. */
  collection: string;
  /** The collection's files, from the site's inputs. */
  files: (inputs: SiteInputs) => CollectionFiles;
  /** The schema of what the editor writes (image files as paths); the collection keeps its own for Astro. */
  schema: z.ZodType;
  /** Render Markdown entries while loading (articles); data entries (actors) are stored as they are. */
  render?: boolean;
  /** Checks of one entry whose data is valid, against the rest of the inputs (pictures, tags). */
  checkEntry?: (entry: ListedEntry, data: unknown, text: string, inputs: SiteInputs) => Promise<ContentIssue[]>;
  /**
   * An entry with problems is still rendered for its text's own (not stored), from this data: the frontmatter
   * without what its problems already name, so nothing is reported twice (a caption placed in the text).
   */
  dataForTextCheck?: (data: unknown, issues: readonly ContentIssue[]) => unknown;
  /**
   * Checks of one entry against what its rendering collected (the actors an article names), with the problems of
   * its text: for every rendered entry, whatever other problems it has, so one run names them all.
   */
  checkRendered?: (entry: ListedEntry, text: string, frontmatter: RenderedFrontmatter, inputs: SiteInputs) => ContentIssue[];
  /**
   * `astro dev`: the part of the content folder whose changes load this collection again (the actor files: an
   * article saved leaves them as they are); by default the whole folder.
   */
  reloadsOn?: (inputs: SiteInputs) => string;
  /** Problems of inputs the collection depends on but does not hold (tags.yaml, conversion.yaml). */
  siteIssues?: (inputs: SiteInputs) => readonly ContentIssue[];
  /**
   * What `checkEntry`, `notes` and `stores` read besides the entry, `dependsOn` and the code: an entry is checked
   * again when any of it changes (with `files.source`; src/loaders/checked-entries.ts).
   */
  checksRead?: {
    /** The text of the inputs they read (tags.yaml, conversion.yaml, the build's settings). */
    inputs?: (inputs: SiteInputs) => string;
    /** The other files one entry's checks read (its pictures), from its frontmatter as written. */
    files?: (entry: ListedEntry, data: unknown) => string[];
    /** Code the checks run that `dependsOn.code` leaves out (this loader, the content config). */
    code?: readonly string[];
  };
  /** What rendered entries depend on besides their own text: a change in any renders every entry again. */
  dependsOn?: {
    /** The text of inputs the rendering reads (the actor files). */
    inputs?: (inputs: SiteInputs) => string;
    /** Folders of code the rendering runs (the Markdown pipeline). */
    code?: readonly string[];
  };
  /**
   * Checks across the collection, once every entry has loaded (an article's links to the others): the rendered
   * entries, and the ids of every listed entry, rendered or not.
   */
  checkTogether?: (rendered: readonly { entry: ListedEntry; frontmatter: RenderedFrontmatter }[], inputs: SiteInputs) => ContentIssue[];
  /** Lines to print after each load about the rendered entries (annotation coverage); `fresh` are the ones rendered now. */
  report?: (rendered: readonly { entry: ListedEntry; frontmatter: RenderedFrontmatter; fresh: boolean }[]) => string[];
  /**
   * Lines to print after each load about one valid entry, from its text, its data and what its rendering collected
   * (the Taiwan words left in an article's Simplified text); run on every load, rendered afresh or not.
   */
  notes?: (entry: { entry: ListedEntry; text: string; data: unknown; frontmatter?: RenderedFrontmatter }, inputs: SiteInputs) => string[];
  /**
   * Whether a checked entry goes into the store (default: every one). One that does not (an article this build does
   * not publish: a draft, an embargo) is still checked and rendered, so its problems show, but leaves nothing behind:
   * Astro copies the pictures of every stored entry into the site, whether a page shows them or not.
   */
  stores?: (data: unknown, inputs: SiteInputs) => boolean;
}

/** What Astro's Markdown entry type renders with (see markdownRenderer). */
type RenderFunction = (entry: { id: string; data: unknown; body: string; filePath: string; digest: string }) => Promise<{
  html: string;
  metadata?: { frontmatter?: RenderedFrontmatter; imagePaths?: string[] };
}>;

/** How many files are read and rendered at once. */
const CONCURRENCY = 8;

export function contentLoader(options: ContentLoaderOptions): Loader {
  // Declared now, while the content config is read: a build reports every collection's problems once all have loaded.
  expectCollection(options.collection);
  return {
    name: 'content-loader',
    load: (context) => (context.watcher ? loadAndWatch(context, options, context.watcher) : loadForBuild(context, options)),
  };
}

/** A build (or `astro check`): fail with every collection's problems, once the last collection has loaded. */
async function loadForBuild(context: LoaderContext, options: ContentLoaderOptions): Promise<void> {
  if (context.collection !== options.collection) {
    throw new Error(`content-loader: declared for "${options.collection}" but loading "${context.collection}" (src/content.config.ts)`);
  }
  loadStarted(context.collection);
  let issues: ContentIssue[] = [];
  try {
    issues = await loadFolder(context, options);
  } finally {
    const allProblems = loadFinished(context.collection, issues);
    if (allProblems.length > 0) throw new ContentError(allProblems);
  }
}

/**
 * `astro dev`: problems stay on show, in the terminal and (through the middleware) on every request, until a
 * reload finds the files fixed. The folder loads again whenever a file it reads changes; cheaply, since
 * unchanged entries keep their rendering.
 */
async function loadAndWatch(context: LoaderContext, options: ContentLoaderOptions, watcher: NonNullable<LoaderContext['watcher']>): Promise<void> {
  const remembered: Remembered = { results: new Map(), changed: undefined };
  let changedSince: Set<string> | 'everything' = 'everything';
  const load = async () => {
    remembered.changed = changedSince === 'everything' ? undefined : changedSince;
    changedSince = new Set();
    const issues = await loadFolder(context, options, remembered).catch((error: unknown) => [
      { file: siteInputs().folder.root, line: 1, field: '', message: firstLine(error) },
    ]);
    setCollectionIssues(context.collection, issues);
    // What the pages read (src/lib/content/live-store.ts): committed once every collection loading has finished.
    publishCollection(context.collection, context.store.entries());
    for (const line of formatIssues(issues).split('\n').filter(Boolean)) console.error(line);
  };
  // Not while Astro is still making the app that answers requests: a sync that renders every article starved it
  // (src/lib/content/dev-server-app.ts).
  await devServerAppMade();
  let queue = load();
  await queue;
  commitLiveStore();
  let timer: NodeJS.Timeout | undefined;
  // After the first load, each reload is a change an open tab has to show: a problem, or the page fixed; told
  // once no change is waiting for its own reload.
  const reload = async () => {
    await load();
    if (timer === undefined) reloadFinished(context.collection);
  };
  // The whole content folder (or the part `reloadsOn` names): a change to an article, an actor, tags.yaml or
  // conversion.yaml can change what the articles report.
  const content = resolve(siteInputs().folder.root);
  const reloadsOn = resolve(options.reloadsOn?.(siteInputs()) ?? content);
  const watched = [content, ...(options.dependsOn?.code ?? [])].map((path) => resolve(path));
  const reloading = [reloadsOn, ...(options.dependsOn?.code ?? [])].map((path) => resolve(path));
  const { folder, entryExtension } = options.files(siteInputs()).folder;
  const entries = `${resolve(folder)}${sep}`;
  watcher.add(watched);
  watcher.on('all', (event, changed) => {
    siteInputsChanged(event, changed);
    if (!reloading.some((path) => changed === path || changed.startsWith(`${path}${sep}`))) return;
    if (changedSince !== 'everything') {
      // One of this collection's entry files: only it is read again. Anything else: every entry is.
      const path = resolve(changed);
      if (path.startsWith(entries) && path.toLowerCase().endsWith(entryExtension)) changedSince.add(path);
      else changedSince = 'everything';
    }
    reloadStarted(context.collection);
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      queue = queue.then(reload);
    }, 50);
  });
}

/**
 * Loads every file of the folder and returns its problems, sorted. With `remembered` (`astro dev`), an entry whose
 * file has not changed since the last load gets its last result without being read again.
 */
async function loadFolder(context: LoaderContext, options: ContentLoaderOptions, remembered?: Remembered): Promise<ContentIssue[]> {
  const inputs = siteInputs();
  const files = options.files(inputs);
  const { entries } = files.listing;
  const issues = [...files.listing.issues, ...(options.siteIssues?.(inputs) ?? [])];
  // Only entry files changed: what the renderings depend on has not, and its code need not be read again.
  const reusing = remembered?.changed !== undefined && remembered.dependencies !== undefined;
  const dependencies = reusing
    ? remembered.dependencies!
    : context.generateDigest(`${options.dependsOn?.inputs?.(inputs) ?? ''}\n${codeText(options.dependsOn?.code ?? [])}`);
  if (remembered) {
    if (!reusing) remembered.results.clear();
    remembered.dependencies = dependencies;
  }
  const checks = files.source ? entryChecks(context, options, inputs, dependencies) : undefined;
  const render = options.render ? await markdownRenderer(context) : undefined;
  const rendered: { entry: ListedEntry; frontmatter: RenderedFrontmatter; fresh: boolean }[] = [];
  const notes: { entry: ListedEntry; lines: readonly string[] }[] = [];
  const loaded = new Set<string>();
  const renderedWithIssues: { entry: ListedEntry; frontmatter: RenderedFrontmatter }[] = [];

  let read = 0;
  await forEachAtOnce(entries, CONCURRENCY, async (entry) => {
    const known = reusing && !remembered!.changed!.has(resolve(entry.path)) ? remembered!.results.get(entry.id) : undefined;
    if (!known) read += 1;
    // `astro dev`: an entry given again keeps what its check found (the file is written whole, below).
    if (known && checks) {
      const checkedBefore = checks.before.get(entry.id);
      if (checkedBefore) checks.now.set(entry.id, checkedBefore);
      checks.reused += 1;
    }
    const result = known ? sameAgain(context, entry, known) : await loadEntry(context, options, { entry, files, inputs, checks }, dependencies, render);
    remembered?.results.set(entry.id, result);
    if ('issues' in result) {
      issues.push(...result.issues);
      // Rendered with problems: still checked with the others, so one run names every problem.
      if (result.frontmatter) renderedWithIssues.push({ entry, frontmatter: result.frontmatter });
      // In dev the last good version stays for the pages; the middleware shows the problem on every request.
      if (context.watcher) loaded.add(entry.id);
      return;
    }
    // Not stored (a draft in a build): checked with the others, and any version stored before is removed below.
    if (result.stored) loaded.add(entry.id);
    if (result.frontmatter) rendered.push({ entry, frontmatter: result.frontmatter, fresh: result.fresh });
    // As with the report, `astro dev` prints only what it has just rendered.
    if (result.notes.length > 0 && (!context.watcher || result.fresh)) notes.push({ entry, lines: result.notes });
  });

  if (checks) {
    writeCheckedEntries(checks.file, checks.now);
    // How much of the folder this load had to read and check (tests/build/content-cache.test.ts).
    context.logger.info(`checked ${entries.length - checks.reused} of ${entries.length} files of ${context.collection}; the others as the last load checked them`);
  }
  // `astro dev --verbose` says how much a save cost: the files read again (tests/build/dev-reload.test.ts).
  if (remembered) context.logger.debug(`read ${read} of ${entries.length} files of ${context.collection}${reusing ? '' : ' (all of them)'}`);
  for (const id of context.store.keys()) if (!loaded.has(id)) context.store.delete(id);
  rendered.sort((a, b) => a.entry.entry.localeCompare(b.entry.entry));
  const checked = [...rendered, ...renderedWithIssues].sort((a, b) => a.entry.entry.localeCompare(b.entry.entry));
  issues.push(...(options.checkTogether?.(checked, inputs) ?? []));
  // Only for a collection without problems: an editor with problems to fix reads those lines alone. Printed as
  // they are, not through Astro's logger: `file:line:` at the start of a line is what editors and their terminals
  // recognise.
  if (issues.length === 0) {
    const printed = options.report?.(context.watcher ? rendered.filter(({ fresh }) => fresh) : rendered) ?? [];
    notes.sort((a, b) => a.entry.entry.localeCompare(b.entry.entry));
    for (const line of [...printed, ...notes.flatMap(({ lines }) => lines)]) console.warn(line);
  }
  return sortIssues(issues);
}

/**
 * An unchanged entry's last result, given again (`astro dev`). Astro gathers the pictures to build from what each
 * load declares, so the entry declares its own again, as loadEntry does for an entry it finds stored unchanged.
 */
function sameAgain(context: LoaderContext, entry: ListedEntry, result: EntryResult): EntryResult {
  const stored = context.store.get(entry.id);
  if (stored) declareAssetImports(context, stored);
  return 'issues' in result ? result : { ...result, fresh: false };
}

type EntryResult =
  | { issues: ContentIssue[]; frontmatter?: RenderedFrontmatter }
  | { frontmatter?: RenderedFrontmatter; fresh: boolean; notes: readonly string[]; stored: boolean };

/**
 * The remembered checks of a collection read in two steps (`files.source`), for one load: what the last load
 * found (`before`), what this one finds (`now`, written when it ends), and what every entry's key holds besides
 * the entry's own name and bytes.
 */
interface EntryChecks {
  file: string;
  before: ReadonlyMap<string, CheckedEntry>;
  now: Map<string, CheckedEntry>;
  shared: readonly string[];
  /** How many entries this load took as the last one checked them. */
  reused: number;
}

function entryChecks(context: LoaderContext, options: ContentLoaderOptions, inputs: SiteInputs, dependencies: string): EntryChecks {
  const file = fileURLToPath(new URL(`content-checks/${options.collection}.json`, context.config.cacheDir));
  // The packages the checks run (the YAML reader, opencc-js's dictionaries for the notes), as installed.
  const lockFile = fileURLToPath(new URL('package-lock.json', context.config.root));
  const packages = existsSync(lockFile) ? context.generateDigest(readFileSync(lockFile, 'utf8')) : 'none';
  const shared = [dependencies, options.checksRead?.inputs?.(inputs) ?? '', context.generateDigest(codeText(options.checksRead?.code ?? [])), packages];
  return { file, before: readCheckedEntries(file), now: new Map(), shared, reused: 0 };
}

/**
 * An entry whose check is remembered for exactly these bytes and inputs, still stored as that check stored it
 * and still to be stored: its last result, not read further. Undefined: read and check it.
 */
function checkedAgain(context: LoaderContext, options: ContentLoaderOptions, entry: ListedEntry, inputs: SiteInputs, checks: EntryChecks, key: string): EntryResult | undefined {
  const before = checks.before.get(entry.id);
  if (before?.key !== key) return undefined;
  const stored = context.store.get(entry.id);
  if (stored?.digest !== before.digest || !filesUnchanged(before.files)) return undefined;
  // Stored, so published when last checked; the build's clock or settings may say otherwise now.
  if (!(options.stores?.(stored.data, inputs) ?? true)) return undefined;
  declareAssetImports(context, stored);
  checks.now.set(entry.id, before);
  checks.reused += 1;
  // `astro dev` prints the notes of what it has just rendered only (loadFolder).
  return { frontmatter: stored.rendered?.metadata?.frontmatter, fresh: false, notes: context.watcher ? [] : before.notes, stored: true };
}

/**
 * Astro gathers the pictures to build from what each load declares: an unchanged entry declares its own again,
 * as glob does. The store has the method, but Astro's public DataStore type leaves it out.
 */
function declareAssetImports(context: LoaderContext, stored: { assetImports?: string[]; filePath?: string }): void {
  const store = context.store as typeof context.store & { addAssetImports(assets: string[], filePath: string): void };
  if (stored.assetImports?.length) store.addAssetImports(stored.assetImports, stored.filePath ?? '');
}

async function loadEntry(
  context: LoaderContext,
  options: ContentLoaderOptions,
  { entry, files, inputs, checks }: { entry: ListedEntry; files: CollectionFiles; inputs: SiteInputs; checks: EntryChecks | undefined },
  dependencies: string,
  render: RenderFunction | undefined,
): Promise<EntryResult> {
  let text: string;
  let key: string | undefined;
  try {
    if (checks && files.source) {
      const bytes = files.source.bytes(entry);
      key = checksKey([entry.id, entry.label, entry.path, ...checks.shared], bytes);
      const again = checkedAgain(context, options, entry, inputs, checks, key);
      if (again) return again;
      text = files.source.text(entry, bytes);
    } else {
      text = await files.read(entry);
    }
  } catch (error) {
    // The inputs say what the file is and what to do (src/inputs/content-file.ts).
    if (error instanceof ContentError) return { issues: [...error.issues] };
    return { issues: [{ file: entry.label, line: 1, field: '', message: `cannot be read: ${firstLine(error)}` }] };
  }
  const markdown = options.render ? splitMarkdown(text) : undefined;
  if (markdown && !markdown.hasFrontmatter) {
    return { issues: [{ file: entry.label, line: 1, field: 'frontmatter', message: 'an article starts with its frontmatter: YAML between two --- lines (title, date, sources…)' }] };
  }
  let data: unknown;
  try {
    data = readYamlPart(entry.label, text);
  } catch (error) {
    if (error instanceof ContentError) return { issues: [...error.issues] };
    throw error;
  }
  // Taken before the checks read them: a file changed meanwhile is checked again next time.
  const checkedFiles = key ? (options.checksRead?.files?.(entry, data) ?? []).map((path) => [path, fileSignature(path)] as const) : [];
  const remember = (digest: string, notes: readonly string[]) => {
    if (key && checks) checks.now.set(entry.id, { key, digest, notes, files: checkedFiles });
  };

  const issues = locateIssues(
    entry.label,
    text,
    controlCharactersInData(data).map(({ path, codePoint }) => ({ path, message: controlCharacterMessage(codePoint) })),
  );
  if (markdown) {
    for (const { line, codePoint } of controlCharactersInText(markdown.body)) {
      issues.push({ file: entry.label, line, field: 'body', message: controlCharacterMessage(codePoint) });
    }
  }
  const checked = await options.schema.safeParseAsync(data);
  if (!checked.success) issues.push(...locateIssues(entry.label, text, unknownFieldIssues(checked.error.issues, options.schema)));
  // Checked even when the frontmatter has problems (on what it holds as written), so one run names them all:
  // the frontmatter's, the tags', the pictures'.
  issues.push(...((await options.checkEntry?.(entry, checked.success ? checked.data : data, text, inputs)) ?? []));
  if (issues.length > 0) {
    // The text's own problems (annotations, dates, images) in the same round: rendered, not stored.
    if (render && markdown) {
      const textData = options.dataForTextCheck?.(data, issues) ?? data;
      const ofText = await problemsOfText(render, { id: entry.id, data: textData, body: markdown.body, filePath: entry.path });
      issues.push(...ofText.issues);
      if (ofText.frontmatter) issues.push(...(options.checkRendered?.(entry, text, ofText.frontmatter, inputs) ?? []));
    }
    return { issues };
  }

  const digest = context.generateDigest(`${text}\n${dependencies}`);
  const storing = options.stores?.(checked.data, inputs) ?? true;
  const stored = context.store.get(entry.id);
  if (storing && stored?.digest === digest) {
    declareAssetImports(context, stored);
    const frontmatter = stored.rendered?.metadata?.frontmatter;
    // `astro dev` prints the notes of what it has just rendered only (loadFolder): none to make for this one,
    // and so no check to remember (it would remember no notes).
    if (context.watcher) return { frontmatter, fresh: false, notes: [], stored: true };
    const notes = options.notes?.({ entry, text, data: checked.data, frontmatter }, inputs) ?? [];
    remember(digest, notes);
    return { frontmatter, fresh: false, notes, stored: true };
  }

  try {
    // parseData resolves the entry's pictures for Astro to build: only for an entry that is stored.
    const parsed = storing ? await context.parseData({ id: entry.id, data: data as Record<string, unknown>, filePath: entry.path }) : undefined;
    const rendering = render && markdown ? await render({ id: entry.id, data, body: markdown.body, filePath: entry.path, digest }) : undefined;
    const renderedFrontmatter = rendering?.metadata?.frontmatter;
    const recorded = [
      ...recordedIssues(renderedFrontmatter),
      ...(renderedFrontmatter ? (options.checkRendered?.(entry, text, renderedFrontmatter, inputs) ?? []) : []),
    ];
    if (recorded.length > 0) return { issues: recorded, frontmatter: renderedFrontmatter };
    if (parsed) {
      context.store.set({
        id: entry.id,
        data: parsed,
        filePath: relative(fileURLToPath(context.config.root), entry.path).split(sep).join('/'),
        digest,
        ...(rendering ? { rendered: rendering, assetImports: rendering.metadata?.imagePaths } : {}),
      });
    }
    const frontmatter = rendering?.metadata?.frontmatter;
    const notes = options.notes?.({ entry, text, data: checked.data, frontmatter }, inputs) ?? [];
    if (parsed) remember(digest, notes);
    return { frontmatter, fresh: true, notes, stored: parsed !== undefined };
  } catch (error) {
    if (error instanceof ContentError) return { issues: [...error.issues] };
    // Not the editor's doing (a bug, a broken dependency): still one line naming the file; the stack with --verbose.
    context.logger.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return { issues: [{ file: entry.label, line: 1, field: '', message: firstLine(error) }] };
  }
}

/**
 * What rendering finds wrong with an entry's text, for an entry whose other problems keep it from being stored, and
 * what the rendering collected (for the checks against it).
 */
async function problemsOfText(
  render: RenderFunction,
  entry: { id: string; data: unknown; body: string; filePath: string },
): Promise<{ issues: ContentIssue[]; frontmatter?: RenderedFrontmatter }> {
  try {
    const rendering = await render({ ...entry, digest: '' });
    const frontmatter = rendering.metadata?.frontmatter;
    return { issues: recordedIssues(frontmatter), ...(frontmatter ? { frontmatter } : {}) };
  } catch (error) {
    // A plugin tripping over frontmatter already reported is no news for the editor; a ContentError is.
    return { issues: error instanceof ContentError ? [...error.issues] : [] };
  }
}

/**
 * Astro's own Markdown renderer, running the project's unified pipeline (astro.config.mjs), as Astro's glob
 * loader uses it. Astro passes it to loaders as `entryTypes` but leaves it out of `LoaderContext`'s public type;
 * if a future Astro stops, the build stops here rather than publish articles without their text.
 */
async function markdownRenderer(context: LoaderContext): Promise<RenderFunction> {
  const { entryTypes } = context as LoaderContext & {
    entryTypes?: Map<string, { getRenderFunction?: (config: unknown) => Promise<RenderFunction> }>;
  };
  const markdown = entryTypes?.get('.md');
  if (!markdown?.getRenderFunction) {
    throw new Error('content-loader: Astro no longer passes its Markdown renderer to loaders (entryTypes); see src/loaders/content-loader.ts');
  }
  return markdown.getRenderFunction(context.config);
}

/** The text of every file under `paths`, in a stable order: what a rendered entry's digest includes. */
function codeText(paths: readonly string[]): string {
  const parts: string[] = [];
  for (const path of paths) {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) parts.push(`${path}: none`);
    else if (stats.isFile()) parts.push(`${path}\n${readFileSync(path, 'utf8')}`);
    else {
      const files = readdirSync(path, { recursive: true, withFileTypes: true })
        .filter((dirent) => dirent.isFile())
        .map((dirent) => join(dirent.parentPath, dirent.name))
        .sort();
      for (const file of files) parts.push(`${file}\n${readFileSync(file, 'utf8')}`);
    }
  }
  return parts.join('\n');
}

/** In file and line order, each problem once (two checks may find the same one). */
function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  const seen = new Set<string>();
  const once = issues.filter((issue) => {
    const key = `${issue.file}\n${issue.line}\n${issue.field}\n${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return once.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Astro's renderer puts `Failed to parse Markdown file "…":` in front of a plugin's own message.
  const lines = message.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('Failed to parse Markdown file'));
  return lines[0] ?? message;
}

async function forEachAtOnce<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
