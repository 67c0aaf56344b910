import { normaliseSpace } from './build-article.js';

/** "IMAGE SOURCE: Reuters", "Photo: AP", "Credit: Getty Images" as a line of its own. */
const CREDIT_LINE = /^(?:image|images|photo|photos|photograph|picture|pictures|pic|credit|credits|image source|photo credit|source|foto|fotos|bild|bildquelle|quelle|фото|источник|crédit photo|crédit)\s*:\s*(.{2,80})$/i;
/** A credit at the end of a caption: "… in Kyiv. Photo: AP", "… (Reuters)", "… © Getty Images". */
const TRAILING_CREDIT = /\s*(?:(?:image|photo|photograph|picture|credit|image source|foto|bild|фото)\s*:\s*|©\s*|\(\s*(?:photo|image|foto|credit)?\s*:?\s*)([^()]{2,60}?)\)?\s*$/i;
const AGENCY = /^(?:reuters|ap|afp|getty images?|epa|ap photo|shutterstock|anadolu|tass|ria novosti|xinhua|dpa|pa|pa wire|bloomberg|alamy|efe|ansa|kremlin\.ru|sputnik)(?:\b.*)?$/i;

export function creditLine(text: string): string | null {
  const m = CREDIT_LINE.exec(normaliseSpace(text));
  return m ? m[1]!.trim() : null;
}

/** Splits a caption into its text and the credit written at its end. */
export function splitCaption(text: string): { caption: string | null; credit: string | null } {
  const t = normaliseSpace(text);
  const whole = creditLine(t);
  if (whole) return { caption: null, credit: whole };
  const m = TRAILING_CREDIT.exec(t);
  if (m && m.index > 0) {
    const credit = m[1]!.trim();
    const marker = m[0].trim();
    // A parenthesis only counts as a credit when it names an agency or says it is one.
    if (!marker.startsWith('(') || AGENCY.test(credit) || /^\(\s*(?:photo|image|foto|credit)/i.test(marker)) {
      return { caption: t.slice(0, m.index).trim() || null, credit };
    }
  }
  return { caption: t || null, credit: null };
}
