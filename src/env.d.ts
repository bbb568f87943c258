declare namespace App {
  interface Locals {
    /** The article's own Simplified overrides (its `conversion` frontmatter), read by src/middleware.ts. */
    conversionOverrides?: Readonly<Record<string, string>>;
  }
}
