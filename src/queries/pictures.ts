/**
 * Picture files that live beside articles (`content/articles/<slug>/<file>`), imported through Vite so Astro can
 * optimise them. Body pictures go through the Markdown image pipeline; this is for the hero, which has no place
 * in the Markdown.
 */
import type { ImageMetadata } from 'astro';
import { posix } from 'node:path';
import type { ArticleEntry } from './articles';

const pictures = import.meta.glob<{ default: ImageMetadata }>('/content/articles/**/*.{avif,gif,jpeg,jpg,png,webp}', {
  eager: true,
});

export function findArticlePicture(entry: ArticleEntry, src: string): ImageMetadata {
  const folder = posix.dirname(`/${entry.filePath ?? ''}`);
  const path = posix.normalize(posix.join(folder, src));
  const picture = pictures[path]?.default;
  if (!picture) throw new Error(`${entry.filePath}: images: hero src "${src}" does not exist (looked for ${path})`);
  return picture;
}
