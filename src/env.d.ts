// Lets mdast nodes carry `data.hName` / `data.hProperties`, the fields remark plugins use to choose the HTML
// element a node becomes (declared by mdast-util-to-hast).
/// <reference types="mdast-util-to-hast" />

declare namespace App {
  interface Locals {
    /** The article's own Simplified overrides (its `conversion` frontmatter), read by src/middleware.ts. */
    conversionOverrides?: Readonly<Record<string, string>>;
  }
}
