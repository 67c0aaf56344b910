import { franc } from 'franc-min';

/**
 * ISO 639-3 codes of the languages franc-min knows, to the ISO 639-1 code where one exists.
 * Languages with no two-letter code keep their three-letter one, as BCP 47 does.
 */
const TO_639_1: Readonly<Record<string, string>> = {
  amh: 'am', arb: 'ar', azj: 'az', bel: 'be', ben: 'bn', bos: 'bs', bul: 'bg', ces: 'cs', ckb: 'ku',
  cmn: 'zh', deu: 'de', ell: 'el', eng: 'en', fra: 'fr', fuv: 'ff', guj: 'gu', hau: 'ha', hin: 'hi',
  hrv: 'hr', hun: 'hu', ibo: 'ig', ind: 'id', ita: 'it', jav: 'jv', jpn: 'ja', kan: 'kn', kaz: 'kk',
  kin: 'rw', kor: 'ko', lin: 'ln', mal: 'ml', mar: 'mr', mya: 'my', nld: 'nl', npi: 'ne', nya: 'ny',
  pan: 'pa', pbu: 'ps', pes: 'fa', plt: 'mg', pol: 'pl', por: 'pt', qug: 'qu', ron: 'ro', run: 'rn',
  rus: 'ru', sin: 'si', som: 'so', spa: 'es', srp: 'sr', sun: 'su', swe: 'sv', swh: 'sw', tam: 'ta',
  tel: 'te', tgl: 'tl', tha: 'th', tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz', vie: 'vi', yor: 'yo',
  zlm: 'ms', zul: 'zu', zyb: 'za',
};

/** Fewer letters than this and a trigram guess is noise. */
const MIN_LETTERS = 40;
/**
 * franc's time grows with the sample (about 5 ms for 1,000 characters of news prose, 10 ms for
 * 2,000, measured in bench/text-extraction.ts); 1,000 characters are plenty to tell a language.
 */
const SAMPLE_CHARS = 1000;

/**
 * Words frequent in English and rare in the other languages franc knows (no "in", "a", "is",
 * "was", "on", "die": those are words elsewhere too). In English news prose they are a fifth of
 * the words or more; in French, German or Spanish prose well under a twentieth.
 */
const ENGLISH_MARKERS = new Set(
  'the and of to that for with said from this which by were are has have it its his their been would will'.split(' '),
);
const ENGLISH_SHARE = 0.15;

/** The language of a text as an ISO 639-1 code, or null when the text is too short to tell. */
export function detectLanguage(text: string): string | null {
  // Digits, punctuation and runs of spaces carry no signal; dropping them fits more words in the sample.
  const sample = text
    .slice(0, SAMPLE_CHARS * 3)
    .replace(/[^\p{L}\p{M}'’]+/gu, ' ')
    .trim()
    .slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  // Most documents are English: a cheap count settles them without the trigram comparison.
  const words = sample.toLowerCase().split(' ');
  const markers = words.filter((w) => ENGLISH_MARKERS.has(w)).length;
  if (words.length >= 20 && markers / words.length >= ENGLISH_SHARE) return 'en';
  const code = franc(sample, { minLength: MIN_LETTERS });
  if (code === 'und') return null;
  return TO_639_1[code] ?? code;
}
