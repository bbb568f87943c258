/**
 * Whether an actor's name in its own language tells a reader of Chinese something: it does when it is written in
 * another script (Nicolás Maduro, Россия, 東京電力ホールディングス), not when it is Chinese characters only
 * (习近平 beside 習近平, 中华人民共和国 beside 中國), which read as the same name again, or as a conversion error, in
 * the other script. Pages show it (always as the actor file writes it) only where this holds; annotations.json
 * keeps every original as data.
 */
const LETTER = /\p{L}/u;
const HAN = /\p{Script=Han}/u;

export function originalTellsSomething(original: string | undefined): original is string {
  return original !== undefined && [...original].some((character) => LETTER.test(character) && !HAN.test(character));
}
