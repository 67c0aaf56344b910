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
/** Enough text to tell; franc itself looks at no more than 2,048 characters. */
const SAMPLE_CHARS = 2000;

/** The language of a text as an ISO 639-1 code, or null when the text is too short to tell. */
export function detectLanguage(text: string): string | null {
  // Digits, punctuation and runs of spaces carry no signal; dropping them fits more words in the sample.
  const sample = text
    .slice(0, SAMPLE_CHARS * 2)
    .replace(/[^\p{L}\p{M}'’]+/gu, ' ')
    .trim()
    .slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  const code = franc(sample, { minLength: MIN_LETTERS });
  if (code === 'und') return null;
  return TO_639_1[code] ?? code;
}
