/** Well-formed XML as a strict XML 1.0 parser reads it (saxes): disallowed characters, bad entities, broken CDATA. */
import { SaxesParser } from 'saxes';

/** The first well-formedness error in `xml`, or `undefined` when a strict parser reads it to the end. */
export function xmlError(xml: string): string | undefined {
  const parser = new SaxesParser();
  let first: string | undefined;
  parser.on('error', (error) => {
    first ??= error.message;
  });
  parser.write(xml).close();
  return first;
}
