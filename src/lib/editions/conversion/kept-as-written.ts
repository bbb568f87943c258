/**
 * What the Simplified edition never converts, in one place for every format the site writes: the HTML tree
 * (html-tree.ts), JSON files and the JSON-LD in pages (json.ts), and feeds (xml.ts).
 *
 * - Code, scripts and data: `<code>`, `<pre>`, `<script>`… in HTML.
 * - Names in an actor's own language, and labels that name their own script: in HTML any element marked
 *   `translate="no"` (components put it on every original name and on the edition toggle's labels); in JSON the
 *   keys that carry an actor's `original` (`original` in annotations.json, `alternateName` in the JSON-LD).
 * - Identifiers and addresses: ids, refs, slugs, dates, URLs, in JSON keys and feed elements, and any JSON string
 *   that is an address. Ids and anchors are therefore the same in both editions.
 *
 * Its neighbour article-words.ts marks the other exception, in the same three formats: what is converted with one
 * article's own map rather than the page's.
 */

/** The HTML attribute, and its value, that keeps an element's text as written. */
export const KEPT_ATTRIBUTE = { translate: 'no' } as const;

/** HTML elements whose content is code, script or data, never prose. */
const KEPT_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'template', 'math', 'textarea']);

/** Whether an HTML element's content stays as written: by its kind, or because it is marked `translate="no"`. */
export function isKeptElement(tagName: string, properties: Readonly<Record<string, unknown>>): boolean {
  return KEPT_ELEMENTS.has(tagName) || properties.translate === KEPT_ATTRIBUTE.translate;
}

/** JSON keys whose values hold a name in its own language: an actor's `original`, and the JSON-LD's copy of it. */
const ORIGINAL_NAME_KEYS = new Set(['original', 'alternateName']);

/** JSON keys whose values identify or locate something and must be equal in both editions. */
const IDENTIFIER_KEYS = new Set([
  'id', 'ref', 'by', 'via', 'slug', 'key', 'kind', 'type', 'edition', 'lang', 'inLanguage', 'href', 'url',
  'src', 'path', 'date', 'updated', 'datePublished', 'dateModified', 'value', '@id', '@type', '@context',
]);

/** camelCase or snake_case names ending in Id/Url/Href/Path (`actorId`, `image_url`) are identifiers too. */
const IDENTIFIER_SUFFIX = /(?:Id|Ids|Url|Href|Path|_id|_url)$/;

/** Whether the values under a JSON key stay as written. */
export function isKeptKey(key: string): boolean {
  return ORIGINAL_NAME_KEYS.has(key) || IDENTIFIER_KEYS.has(key) || IDENTIFIER_SUFFIX.test(key);
}

/** Addresses and fragments: `https://…`, `/zh-hans/…`, `#q-3`, `mailto:…`. */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i;

/** Whether a JSON string is an address, kept whatever its key. */
export function isAddress(value: string): boolean {
  return ADDRESS.test(value);
}

/** Feed elements whose text is an address, an identifier or a code (`<language>zh-Hans</language>`). */
const KEPT_XML_ELEMENTS = new Set(['link', 'guid', 'id', 'url', 'uri', 'loc', 'language', 'pubdate', 'lastbuilddate', 'updated', 'published', 'icon', 'logo']);

/** Whether an XML element's text stays as written; `name` is its local name, lower-case. */
export function isKeptXmlElement(name: string): boolean {
  return KEPT_XML_ELEMENTS.has(name);
}
