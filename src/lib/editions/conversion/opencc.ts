import * as OpenCC from 'opencc-js';

/**
 * The one OpenCC converter of a build, Traditional (Taiwan) → Simplified (mainland). `tw` rather than `t`: only
 * the Taiwan variant table turns 著 into 着 in 面臨著 / 隨著 / 冒著 (measured on the seed: docs/seed.md); `twp` is not used
 * because its phrase table rewrites news vocabulary (簡報→演示文稿, 文件→文檔); what is right in that table is in the
 * mainland vocabulary instead (vocabulary.ts). Built lazily, once: loading the dictionaries is the expensive part,
 * converting is cheap.
 */
let traditionalToSimplified: ((text: string) => string) | undefined;

export function openccTraditionalToSimplified(text: string): string {
  traditionalToSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return traditionalToSimplified(text);
}
