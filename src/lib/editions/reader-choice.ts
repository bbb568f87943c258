/**
 * Where the browser keeps the reader's edition choice. Shared by the toggle script and `/`, which hands the key
 * to its (plain, unbundled) script in a data attribute.
 */
export const REMEMBERED_EDITION_KEY = 'news-analysis:edition';

/** Where the toggle leaves the reading position for the page it is switching to (sessionStorage). */
export const CARRIED_POSITION_KEY = 'news-analysis:edition-position';
