/**
 * Runs of three or more words ending a sentence: what news has and a password file, a CSV table,
 * JSON or source code do not. Words may be numbers ("killed 12 people.") but a run starts with a letter.
 */
const SENTENCE = /(?<![\p{L}\p{M}'’.-])\p{L}[\p{L}\p{M}'’.-]*[,;:]?(?:\s+[\p{L}\p{N}("“‘](?:[\p{L}\p{M}\p{N}'’.%)”’-]|,(?=[\p{L}\p{N}]))*[,;:]?){2,150}[.!?][”"’)]?(?=\s|$)/gu;

/** Whether a text reads as prose: sentences make up at least a sixth of its visible characters (a page with a large table still passes). */
export function hasProse(text: string): boolean {
  const visible = text.replace(/\s+/g, '').length;
  if (visible === 0) return false;
  let inSentences = 0;
  for (const m of text.matchAll(SENTENCE)) inSentences += m[0].replace(/\s+/g, '').length;
  return inSentences / visible >= 0.15;
}
