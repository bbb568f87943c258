/**
 * The ids an article's Markdown gives its elements, kept unique on the page. One registry per file, shared by
 * every plugin that makes ids:
 *
 * - explicit ids (`:actor[…]{#name}`) are known before any id is generated, so a generated id never takes one;
 * - generated ids (`m-maduro-1`, `f-15`, `d-2025-12`, heading slugs) take the first free form of their base:
 *   `f-15`, then `f-15-2`, `f-15-3`… so figures of 15, 15 and 15.2 get `f-15`, `f-15-2` and `f-15-2-2`, never a
 *   clash; heading slugs also step around the ids the page itself uses (`## main` gets `h-main`).
 *
 * A clash that involves an explicit id is the editor's to fix: see src/lib/markdown/unique-ids.ts.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isPageId } from '../page-ids';

export class AnchorIds {
  readonly #explicit: ReadonlySet<string>;
  readonly #generated = new Set<string>();

  constructor(explicit: Iterable<string>) {
    this.#explicit = new Set(explicit);
  }

  /** Whether the editor wrote `id` themselves. */
  isExplicit(id: string): boolean {
    return this.#explicit.has(id);
  }

  /** `base` if no id has it yet, else the first free `base-2`, `base-3`… */
  generate(base: string): string {
    let id = base;
    for (let count = 2; this.#explicit.has(id) || this.#generated.has(id); count += 1) id = `${base}-${count}`;
    this.#generated.add(id);
    return id;
  }

  /** A generated id that must also keep clear of the page's own ids (heading slugs come from free text). */
  generateBesidePage(base: string): string {
    return this.generate(isPageId(base) ? `h-${base}` : base);
  }
}

interface AnchorIdsData {
  anchorIds?: AnchorIds;
}

/** The file's registry, made on first use from the explicit ids in its tree (annotations' `{#name}`). */
export function anchorIdsOf(file: VFile, tree: Root): AnchorIds {
  const data = file.data as AnchorIdsData;
  if (!data.anchorIds) {
    const explicit: string[] = [];
    visit(tree, 'textDirective', (node) => {
      const id = node.attributes?.id;
      if (typeof id === 'string' && id !== '') explicit.push(id);
    });
    data.anchorIds = new AnchorIds(explicit);
  }
  return data.anchorIds;
}

/** The registry for a file whose Markdown plugins made none (a caller rendering hast alone). */
export function existingAnchorIds(file: VFile): AnchorIds {
  const data = file.data as AnchorIdsData;
  data.anchorIds ??= new AnchorIds([]);
  return data.anchorIds;
}
