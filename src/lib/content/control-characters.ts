/**
 * Control characters in content: invisible to the editor, and XML (the feeds) cannot carry them at all, so one
 * pasted from a PDF or a chat window would make both feeds unreadable. Tab and line feed are the only ones a
 * content file may hold (carriage returns are normalised away before this runs).
 */

/** C0 controls but tab and line feed, DEL, C1 controls, and the two noncharacters XML refuses. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/;


function codePointOf(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The message an editor reads, with the character named so they can find it. */
export function controlCharacterMessage(codePoint: string): string {
  return `control character ${codePoint} is not allowed: it is invisible in the text, and feeds cannot carry it`;
}

/** Every string in `data` holding a control character, with its path (`images[0].caption`). */
export function controlCharactersInData(data: unknown): { path: PropertyKey[]; codePoint: string }[] {
  const found: { path: PropertyKey[]; codePoint: string }[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const match = CONTROL_CHARACTER.exec(value);
      if (match) found.push({ path, codePoint: codePointOf(match[0]) });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, index]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const keyMatch = CONTROL_CHARACTER.exec(key);
        if (keyMatch) found.push({ path: [...path, key], codePoint: codePointOf(keyMatch[0]) });
        walk(item, [...path, key]);
      }
    }
  };
  walk(data, []);
  return found;
}

/** The lines of `text` (1-based) holding a control character, one find per line. */
export function controlCharactersInText(text: string): { line: number; codePoint: string }[] {
  const found: { line: number; codePoint: string }[] = [];
  text.split('\n').forEach((line, index) => {
    const match = CONTROL_CHARACTER.exec(line);
    if (match) found.push({ line: index + 1, codePoint: codePointOf(match[0]) });
  });
  return found;
}
