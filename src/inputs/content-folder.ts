/**
 * Where the site's content lives: the one place that reads `CONTENT_DIR`. Tests and the bench build fixture
 * folders by setting it (`CONTENT_DIR=tests/fixtures/sites/two-articles`); everything else asks here.
 *
 *   <root>/articles/<slug>.md, <root>/articles/<slug>/index.md   articles (pictures beside them)
 *   <root>/actors/<id>.yaml                                      one file per actor
 *   <root>/tags.yaml                                             every tag: its word and its id
 *   <root>/conversion.yaml                                       the Simplified edition's site-wide overrides
 */
import { basename, dirname, relative, resolve } from 'node:path';
import type { ContentFolderSpec } from './list-content-files';
import { PICTURE_EXTENSIONS } from './picture-files';

export interface ContentFolder {
  /** The folder as given (`./content`, or `$CONTENT_DIR`): Astro's loaders and messages use it as written. */
  root: string;
  articles: ContentFolderSpec;
  actors: ContentFolderSpec;
  /** `<root>/tags.yaml`. */
  tagsFile: string;
  /** `<root>/conversion.yaml`. */
  conversionFile: string;
}

const DEFAULT_ROOT = './content';

/** The content folder of this process: `$CONTENT_DIR`, else `./content`. */
export function contentFolder(env: NodeJS.ProcessEnv = process.env): ContentFolder {
  return contentFolderAt(env.CONTENT_DIR ?? DEFAULT_ROOT);
}

/** The content folder holding `file` (an article under `<root>/articles/`), else this process's. */
export function contentFolderOf(file: string): ContentFolder {
  for (let folder = dirname(resolve(file)); folder !== dirname(folder); folder = dirname(folder)) {
    if (basename(folder) === 'articles') return contentFolderAt(relative(process.cwd(), dirname(folder)) || '.');
  }
  return contentFolder();
}

export function contentFolderAt(root: string): ContentFolder {
  return {
    root,
    articles: {
      folder: `${root}/articles`,
      noun: 'articles',
      entryExtension: '.md',
      assetExtensions: PICTURE_EXTENSIONS,
      nested: true,
      required: true,
    },
    actors: {
      folder: `${root}/actors`,
      noun: 'actor files',
      entryExtension: '.yaml',
      nested: false,
      // `/zh-hant/actors/page/2/` is the actor index's second page, so no actor's page can be `/zh-hant/actors/page/`;
      // `/zh-hant/actors/names/` is the index by name.
      reservedIds: {
        page: 'the actor index uses /actors/page/<n>/ for its later pages',
        names: 'the actor index by name is /actors/names/',
      },
    },
    tagsFile: `${root}/tags.yaml`,
    conversionFile: `${root}/conversion.yaml`,
  };
}
