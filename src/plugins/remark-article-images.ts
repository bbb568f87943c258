/** unified adapter for `placeImages`: reads the article's `images` from the frontmatter Astro hands to plugins. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { recordingContentErrors } from '../lib/content/file-issues';
import { placeImages, type PlaceableImage } from '../lib/markdown/place-images';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export function remarkArticleImages() {
  return recordingContentErrors((tree: Root, file: VFile) => {
    const data = file.data as AstroFileData;
    const images = (data.astro?.frontmatter?.images ?? []) as PlaceableImage[];
    placeImages(tree, file, images);
  });
}
