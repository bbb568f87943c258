/**
 * Quotation marks as mainland Simplified text writes them. No OpenCC preset converts punctuation: Traditional
 * text uses corner brackets 「」『』, Simplified news uses “” and ‘’. One character for one, so text keeps its
 * length (the HTML walker relies on that to map text back onto nodes).
 */
const SIMPLIFIED_PUNCTUATION: Readonly<Record<string, string>> = {
  '「': '“',
  '」': '”',
  '『': '‘',
  '』': '’',
};

export function simplifiedPunctuation(text: string): string {
  return text.replace(/[「」『』]/g, (mark) => SIMPLIFIED_PUNCTUATION[mark] ?? mark);
}
