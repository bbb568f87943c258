import { ContentError } from '../lib/content/locate-issues';
import { KEBAB_CASE } from '../schemas/ids';

/**
 * The id of a content file from its path under the collection folder: `<slug>.md` and `<slug>/index.md` become
 * `<slug>`, `<id>.yaml` becomes `<id>`. Ids become URLs and anchors, so they must be ASCII kebab-case; anything
 * else stops the build with the file named rather than publishing an address nobody chose.
 */
export function entryId(entry: string, folder: string): string {
  const id = entry.replace(/(\/index)?\.(md|ya?ml)$/, '');
  if (!KEBAB_CASE.test(id)) {
    throw new ContentError([
      {
        file: `${folder.replace(/^\.\//, '')}/${entry}`,
        line: 1,
        field: 'file name',
        message: `"${id}" must be ASCII kebab-case (e.g. venezuela-allies): it becomes the address`,
      },
    ]);
  }
  return id;
}
