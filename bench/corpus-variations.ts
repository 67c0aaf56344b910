// Pure variation logic for the synthetic ingest corpus: turns one sample article into many
// plausible variants by swapping actors, shifting dates and scaling numbers. No I/O here;
// bench/generate-corpus.ts does the reading and writing.

export interface Person {
  /** The title as it stands before the name: "President", "Prime Minister". */
  readonly title: string;
  readonly name: string;
  readonly surname: string;
}

export interface CountryProfile {
  readonly name: string;
  /** Whether the name takes "the" in running text ("the United States"). */
  readonly article?: boolean;
  /** Other names that mean the same country ("Britain"). */
  readonly aliases?: readonly string[];
  /** Short forms that are nouns only after "the" ("the U.S."); elsewhere they are adjectives. */
  readonly abbreviations?: readonly string[];
  /** The first adjective is the one written into variants; the others are only recognised. */
  readonly adjectives: readonly string[];
  readonly capital: string;
  /** Metonym for the government ("Kremlin"); without one, "<Adjective> government" is written. */
  readonly seat?: string;
  readonly leader: Person;
  readonly foreignMinister: Person;
  readonly cities: readonly string[];
}

const person = (title: string, name: string, surname: string): Person => ({ title, name, surname });

/**
 * Real countries with the leaders and foreign ministers in office in 2023. The sample articles'
 * actors are among them, so every actor a sample names can be swapped for any other.
 * Names are plain ASCII so that they are safe in HTML text, attributes and JSON strings alike.
 */
export const COUNTRY_PROFILES: readonly CountryProfile[] = [
  { name: 'Russia', adjectives: ['Russian'], capital: 'Moscow', seat: 'Kremlin', leader: person('President', 'Vladimir Putin', 'Putin'), foreignMinister: person('Foreign Minister', 'Sergei Lavrov', 'Lavrov'), cities: ['St Petersburg', 'Sochi', 'Rostov-on-Don'] },
  { name: 'Belarus', adjectives: ['Belarusian'], capital: 'Minsk', leader: person('President', 'Alexander Lukashenko', 'Lukashenko'), foreignMinister: person('Foreign Minister', 'Sergei Aleinik', 'Aleinik'), cities: ['Brest', 'Gomel'] },
  { name: 'Ukraine', adjectives: ['Ukrainian'], capital: 'Kyiv', leader: person('President', 'Volodymyr Zelensky', 'Zelensky'), foreignMinister: person('Foreign Minister', 'Dmytro Kuleba', 'Kuleba'), cities: ['Kherson', 'Odesa', 'Lviv', 'Kharkiv'] },
  { name: 'China', adjectives: ['Chinese'], capital: 'Beijing', leader: person('President', 'Xi Jinping', 'Xi'), foreignMinister: person('Foreign Minister', 'Wang Yi', 'Wang'), cities: ['Shanghai', 'Guangzhou'] },
  { name: 'Taiwan', adjectives: ['Taiwanese'], capital: 'Taipei', leader: person('President', 'Tsai Ing-wen', 'Tsai'), foreignMinister: person('Foreign Minister', 'Joseph Wu', 'Wu'), cities: ['Kaohsiung'] },
  { name: 'United States', article: true, abbreviations: ['U.S.', 'US'], adjectives: ['U.S.', 'US', 'American'], capital: 'Washington', seat: 'White House', leader: person('President', 'Joe Biden', 'Biden'), foreignMinister: person('Secretary of State', 'Antony Blinken', 'Blinken'), cities: ['San Francisco', 'New York', 'Woodside'] },
  { name: 'Iran', adjectives: ['Iranian'], capital: 'Tehran', leader: person('President', 'Ebrahim Raisi', 'Raisi'), foreignMinister: person('Foreign Minister', 'Hossein Amir-Abdollahian', 'Amir-Abdollahian'), cities: ['Saravan', 'Isfahan'] },
  { name: 'Pakistan', adjectives: ['Pakistani'], capital: 'Islamabad', leader: person('Prime Minister', 'Anwaar-ul-Haq Kakar', 'Kakar'), foreignMinister: person('Foreign Minister', 'Jalil Abbas Jilani', 'Jilani'), cities: ['Panjgur', 'Karachi'] },
  { name: 'Israel', adjectives: ['Israeli'], capital: 'Jerusalem', leader: person('Prime Minister', 'Benjamin Netanyahu', 'Netanyahu'), foreignMinister: person('Foreign Minister', 'Eli Cohen', 'Cohen'), cities: ['Tel Aviv', 'Haifa'] },
  { name: 'Hungary', adjectives: ['Hungarian'], capital: 'Budapest', leader: person('Prime Minister', 'Viktor Orban', 'Orban'), foreignMinister: person('Foreign Minister', 'Peter Szijjarto', 'Szijjarto'), cities: ['Debrecen'] },
  { name: 'Poland', adjectives: ['Polish'], capital: 'Warsaw', leader: person('Prime Minister', 'Mateusz Morawiecki', 'Morawiecki'), foreignMinister: person('Foreign Minister', 'Zbigniew Rau', 'Rau'), cities: ['Rzeszow', 'Krakow'] },
  { name: 'Finland', adjectives: ['Finnish'], capital: 'Helsinki', leader: person('President', 'Sauli Niinisto', 'Niinisto'), foreignMinister: person('Foreign Minister', 'Pekka Haavisto', 'Haavisto'), cities: ['Tampere'] },
  { name: 'Japan', adjectives: ['Japanese'], capital: 'Tokyo', leader: person('Prime Minister', 'Fumio Kishida', 'Kishida'), foreignMinister: person('Foreign Minister', 'Yoshimasa Hayashi', 'Hayashi'), cities: ['Osaka'] },
  { name: 'United Kingdom', article: true, aliases: ['Britain'], adjectives: ['British'], capital: 'London', leader: person('Prime Minister', 'Rishi Sunak', 'Sunak'), foreignMinister: person('Foreign Secretary', 'James Cleverly', 'Cleverly'), cities: ['Manchester'] },
  { name: 'France', adjectives: ['French'], capital: 'Paris', seat: 'Elysee', leader: person('President', 'Emmanuel Macron', 'Macron'), foreignMinister: person('Foreign Minister', 'Catherine Colonna', 'Colonna'), cities: ['Marseille', 'Lyon'] },
  { name: 'Germany', adjectives: ['German'], capital: 'Berlin', leader: person('Chancellor', 'Olaf Scholz', 'Scholz'), foreignMinister: person('Foreign Minister', 'Annalena Baerbock', 'Baerbock'), cities: ['Hamburg', 'Munich'] },
  { name: 'India', adjectives: ['Indian'], capital: 'New Delhi', leader: person('Prime Minister', 'Narendra Modi', 'Modi'), foreignMinister: person('External Affairs Minister', 'Subrahmanyam Jaishankar', 'Jaishankar'), cities: ['Mumbai'] },
  { name: 'Turkey', adjectives: ['Turkish'], capital: 'Ankara', leader: person('President', 'Recep Tayyip Erdogan', 'Erdogan'), foreignMinister: person('Foreign Minister', 'Hakan Fidan', 'Fidan'), cities: ['Istanbul'] },
  { name: 'Brazil', adjectives: ['Brazilian'], capital: 'Brasilia', leader: person('President', 'Luiz Inacio Lula da Silva', 'Lula'), foreignMinister: person('Foreign Minister', 'Mauro Vieira', 'Vieira'), cities: ['Sao Paulo'] },
  { name: 'South Africa', adjectives: ['South African'], capital: 'Pretoria', leader: person('President', 'Cyril Ramaphosa', 'Ramaphosa'), foreignMinister: person('Foreign Minister', 'Naledi Pandor', 'Pandor'), cities: ['Johannesburg'] },
  { name: 'Kazakhstan', adjectives: ['Kazakh'], capital: 'Astana', leader: person('President', 'Kassym-Jomart Tokayev', 'Tokayev'), foreignMinister: person('Foreign Minister', 'Murat Nurtleu', 'Nurtleu'), cities: ['Almaty'] },
  { name: 'Serbia', adjectives: ['Serbian'], capital: 'Belgrade', leader: person('President', 'Aleksandar Vucic', 'Vucic'), foreignMinister: person('Foreign Minister', 'Ivica Dacic', 'Dacic'), cities: ['Novi Sad'] },
  { name: 'Armenia', adjectives: ['Armenian'], capital: 'Yerevan', leader: person('Prime Minister', 'Nikol Pashinyan', 'Pashinyan'), foreignMinister: person('Foreign Minister', 'Ararat Mirzoyan', 'Mirzoyan'), cities: ['Gyumri'] },
  { name: 'Azerbaijan', adjectives: ['Azerbaijani'], capital: 'Baku', leader: person('President', 'Ilham Aliyev', 'Aliyev'), foreignMinister: person('Foreign Minister', 'Jeyhun Bayramov', 'Bayramov'), cities: ['Ganja'] },
  { name: 'South Korea', adjectives: ['South Korean'], capital: 'Seoul', leader: person('President', 'Yoon Suk Yeol', 'Yoon'), foreignMinister: person('Foreign Minister', 'Park Jin', 'Park'), cities: ['Busan'] },
  { name: 'Egypt', adjectives: ['Egyptian'], capital: 'Cairo', leader: person('President', 'Abdel Fattah al-Sisi', 'Sisi'), foreignMinister: person('Foreign Minister', 'Sameh Shoukry', 'Shoukry'), cities: ['Alexandria'] },
  { name: 'Mexico', adjectives: ['Mexican'], capital: 'Mexico City', leader: person('President', 'Andres Manuel Lopez Obrador', 'Lopez Obrador'), foreignMinister: person('Foreign Minister', 'Alicia Barcena', 'Barcena'), cities: ['Guadalajara'] },
  { name: 'Indonesia', adjectives: ['Indonesian'], capital: 'Jakarta', leader: person('President', 'Joko Widodo', 'Widodo'), foreignMinister: person('Foreign Minister', 'Retno Marsudi', 'Marsudi'), cities: ['Surabaya'] },
  { name: 'Lithuania', adjectives: ['Lithuanian'], capital: 'Vilnius', leader: person('President', 'Gitanas Nauseda', 'Nauseda'), foreignMinister: person('Foreign Minister', 'Gabrielius Landsbergis', 'Landsbergis'), cities: ['Kaunas'] },
  { name: 'Italy', adjectives: ['Italian'], capital: 'Rome', leader: person('Prime Minister', 'Giorgia Meloni', 'Meloni'), foreignMinister: person('Foreign Minister', 'Antonio Tajani', 'Tajani'), cities: ['Milan'] },
  { name: 'Canada', adjectives: ['Canadian'], capital: 'Ottawa', leader: person('Prime Minister', 'Justin Trudeau', 'Trudeau'), foreignMinister: person('Foreign Minister', 'Melanie Joly', 'Joly'), cities: ['Toronto'] },
];

// ---------------------------------------------------------------------------------------------
// Seeded randomness

export { seededRandom as createRng } from '../src/seeded-random.js';

/** Mixes several integers into one 32-bit seed, so that (seed, document index) gives independent streams. */
export function hashSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    let x = Math.trunc(part) >>> 0;
    for (let i = 0; i < 4; i++) {
      h ^= x & 0xff;
      h = Math.imul(h, 0x01000193) >>> 0;
      x >>>= 8;
    }
  }
  return h;
}

// ---------------------------------------------------------------------------------------------
// Actors and places

export type DocumentKind = 'html' | 'text';

type Render = (target: CountryProfile) => string;

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const theName = (p: CountryProfile): string => (p.article === true ? `the ${p.name}` : p.name);
const seatOf = (p: CountryProfile): string => p.seat ?? `${p.adjectives[0] ?? p.name} government`;

/** Every way a sample can name the profile's country, leader, minister or places, with how to write the target's. */
function termsOf(p: CountryProfile): Array<[string, Render]> {
  const terms: Array<[string, Render]> = [];
  for (const n of [p.name, ...(p.aliases ?? [])]) {
    if (p.article === true) {
      terms.push([`the ${n}`, theName], [`The ${n}`, (t) => capitalise(theName(t))]);
    }
    terms.push([n, theName], [n.toUpperCase(), (t) => t.name.toUpperCase()]);
  }
  for (const n of p.abbreviations ?? []) terms.push([`the ${n}`, theName], [`The ${n}`, (t) => capitalise(theName(t))]);
  for (const a of p.adjectives) terms.push([a, (t) => t.adjectives[0] ?? t.name]);
  terms.push([p.capital, (t) => t.capital], [p.capital.toUpperCase(), (t) => t.capital.toUpperCase()]);
  if (p.seat !== undefined) {
    terms.push([`the ${p.seat}`, (t) => `the ${seatOf(t)}`], [`The ${p.seat}`, (t) => `The ${seatOf(t)}`], [p.seat, seatOf]);
  }
  for (const role of ['leader', 'foreignMinister'] as const) {
    const who = p[role];
    terms.push(
      [`${who.title} ${who.name}`, (t) => `${t[role].title} ${t[role].name}`],
      [`${who.title} ${who.surname}`, (t) => `${t[role].title} ${t[role].surname}`],
      [who.name, (t) => t[role].name],
      [who.surname, (t) => t[role].surname],
    );
  }
  p.cities.forEach((city, i) => {
    const pick = (t: CountryProfile): string => t.cities[i % t.cities.length] ?? t.capital;
    terms.push([city, pick], [city.toUpperCase(), (t) => pick(t).toUpperCase()]);
  });
  return terms;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Whole-word match: a term never matches inside a longer word ("Russia" in "Russian"). */
function wordPattern(terms: readonly string[]): RegExp {
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // The leading class lets the engine skip most positions without trying every alternative.
  const firsts = [...new Set(terms.map((t) => escapeRegExp(t.charAt(0))))].join('').replace(/[\]^-]/g, '\\$&');
  return new RegExp(`(?=[${firsts}])(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

export interface SourceDocument {
  readonly name: string;
  readonly text: string;
  readonly kind: DocumentKind;
  /** Publication date, YYYY-MM-DD: anchors dates the text gives without a year. */
  readonly published: string;
}

/** A source with its actor terms found once, so that each variant costs one pass per kind of change. */
export interface PreparedSource extends SourceDocument {
  /** Indexes into the profile list of the countries the source names. */
  readonly present: readonly number[];
  readonly pattern: RegExp | null;
  readonly terms: ReadonlyMap<string, readonly [number, Render]>;
  readonly profiles: readonly CountryProfile[];
}

export function prepareSource(doc: SourceDocument, profiles: readonly CountryProfile[] = COUNTRY_PROFILES): PreparedSource {
  const present: number[] = [];
  const terms = new Map<string, readonly [number, Render]>();
  profiles.forEach((profile, index) => {
    const own = termsOf(profile);
    if (!wordPattern(own.map(([term]) => term)).test(doc.text)) return;
    present.push(index);
    // First writer wins: a longer, more specific term listed earlier keeps its renderer.
    for (const [term, render] of own) if (!terms.has(term)) terms.set(term, [index, render]);
  });
  return { ...doc, present, terms, profiles, pattern: terms.size > 0 ? wordPattern([...terms.keys()]) : null };
}

function startsSentence(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 8), offset).trimEnd();
  return before === '' || /[.!?>"\n:]$/.test(before);
}

/**
 * Replaces every name of every country the source mentions with the mapped country's
 * corresponding name, in one pass, so that swaps never cascade (Russia -> Belarus -> Russia).
 */
export function swapActors(source: PreparedSource, text: string, mapping: ReadonlyMap<number, number>): string {
  if (source.pattern === null) return text;
  return text.replace(source.pattern, (match: string, offset: number) => {
    const entry = source.terms.get(match);
    if (entry === undefined) return match;
    const target = source.profiles[mapping.get(entry[0]) ?? entry[0]];
    if (target === undefined) return match;
    let out = entry[1](target);
    // "Russia imposed ..." becomes "The United States imposed ..." at the start of a sentence.
    if (out.startsWith('the ') && startsSentence(text, offset)) out = capitalise(out);
    return source.kind === 'html' ? escapeHtml(out) : out;
  });
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Associated Press abbreviations: March to July are never shortened. */
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTH_INDEX = new Map<string, number>([
  ...MONTHS.map((m, i) => [m, i] as const),
  ...AP_MONTHS.map((m, i) => [m, i] as const),
  ['Sep.', 8],
]);
const MONTH_RE = [...MONTH_INDEX.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

const DAY_MS = 86_400_000;
const pad = (n: number): string => String(n).padStart(2, '0');

const DATE_PATTERN = new RegExp(
  '(?=[\\dJFMASOND])(?:' +
  [
    String.raw`(?<![\d])(?<isoY>\d{4})-(?<isoM>\d{2})-(?<isoD>\d{2})(?!\d)`,
    String.raw`(?<![\d])(?<slY>\d{4})/(?<slM>\d{2})/(?<slD>\d{2})(?!\d)`,
    String.raw`(?<![\d])(?<pathY>\d{4})/(?<pathM>\d{2})(?=/)`,
    String.raw`(?<myM>${MONTH_RE}) (?<myY>(?:19|20)\d{2})(?!\d)`,
    String.raw`(?<usM>${MONTH_RE}) (?<usD>\d{1,2})(?!\d)(?:, (?<usY>(?:19|20)\d{2})(?!\d))?`,
    String.raw`(?<![\d])(?<ukD>\d{1,2}) (?<ukM>${MONTH_RE})(?: (?<ukY>(?:19|20)\d{2})(?!\d))?`,
    String.raw`(?<![\d.,:/\-])(?<year>(?:19|20)\d{2})(?![\d]|[.,/\-]\d)`,
  ].join('|') + ')',
  'g',
);

/** The year closest to the publication date for a day and month given without one. */
function inferYear(month: number, day: number, published: Date): number {
  const y = published.getUTCFullYear();
  let best = y;
  for (const candidate of [y - 1, y, y + 1]) {
    const distance = Math.abs(Date.UTC(candidate, month, day) - published.getTime());
    if (distance < Math.abs(Date.UTC(best, month, day) - published.getTime())) best = candidate;
  }
  return best;
}

function shifted(year: number, month: number, day: number, days: number): Date {
  return new Date(Date.UTC(year, month, day) + days * DAY_MS);
}

function monthName(source: string, month: number): string {
  return MONTHS.includes(source) ? (MONTHS[month] ?? source) : (AP_MONTHS[month] ?? source);
}

/**
 * Moves every date in the text by the same number of days, keeping each date's format.
 * Callers pass a multiple of 7 so that "on Tuesday" still matches the dates around it.
 */
export function shiftDates(text: string, days: number, published: string): string {
  const anchor = new Date(`${published}T00:00:00Z`);
  const yearDelta = shifted(anchor.getUTCFullYear(), anchor.getUTCMonth(), anchor.getUTCDate(), days).getUTCFullYear() - anchor.getUTCFullYear();
  return text.replace(DATE_PATTERN, (match, ...args: unknown[]) => {
    const g = args[args.length - 1] as Record<string, string | undefined>;
    if (g.isoY !== undefined || g.slY !== undefined) {
      const sep = g.isoY !== undefined ? '-' : '/';
      const d = shifted(Number(g.isoY ?? g.slY), Number(g.isoM ?? g.slM) - 1, Number(g.isoD ?? g.slD), days);
      return [d.getUTCFullYear(), pad(d.getUTCMonth() + 1), pad(d.getUTCDate())].join(sep);
    }
    if (g.pathY !== undefined && g.pathM !== undefined) {
      const d = shifted(Number(g.pathY), Number(g.pathM) - 1, 15, days);
      return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}`;
    }
    if (g.myM !== undefined && g.myY !== undefined) {
      const d = shifted(Number(g.myY), MONTH_INDEX.get(g.myM) ?? 0, 15, days);
      return `${monthName(g.myM, d.getUTCMonth())} ${d.getUTCFullYear()}`;
    }
    const monthText = g.usM ?? g.ukM;
    const dayText = g.usD ?? g.ukD;
    if (monthText !== undefined && dayText !== undefined) {
      const month = MONTH_INDEX.get(monthText) ?? 0;
      const day = Number(dayText);
      const yearText = g.usY ?? g.ukY;
      const d = shifted(yearText !== undefined ? Number(yearText) : inferYear(month, day, anchor), month, day, days);
      const m = monthName(monthText, d.getUTCMonth());
      const year = yearText !== undefined ? d.getUTCFullYear() : null;
      if (g.usM !== undefined) return year === null ? `${m} ${d.getUTCDate()}` : `${m} ${d.getUTCDate()}, ${year}`;
      return year === null ? `${d.getUTCDate()} ${m}` : `${d.getUTCDate()} ${m} ${year}`;
    }
    if (g.year !== undefined) return String(Number(g.year) + yearDelta);
    return match;
  });
}

// ---------------------------------------------------------------------------------------------
// Numbers

const UNITS = [
  'billion', 'million', 'thousand', 'percent', 'per cent', 'people', 'missiles', 'drones', 'aircraft', 'ships',
  'targets', 'individuals', 'entities', 'children', 'troops', 'soldiers', 'dollars', 'euros', 'warheads',
];
const NUMBER_PATTERN = new RegExp(
  String.raw`(?=\d)(?<![\d.,:/\-#])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?=bn\b|%|\s+(?:[A-Z][a-z]+\s+)?(?:${UNITS.join('|')})\b)`,
  'g',
);

/** Scales a count, keeping its precision: 500 stays a round hundred, 16,000 a round thousand. */
function scaleNumber(whole: string, fraction: string | undefined, factor: number, isPercent: boolean): string {
  const digits = whole.replace(/,/g, '');
  const value = Number(digits + (fraction ?? ''));
  if (fraction !== undefined) {
    const out = Math.max(0, value * factor);
    return (isPercent ? Math.min(out, 99) : out).toFixed(fraction.length - 1);
  }
  const trailingZeros = /0*$/.exec(digits)?.[0].length ?? 0;
  const unit = 10 ** Math.min(trailingZeros, Math.max(0, digits.length - 1));
  let out = Math.max(unit, Math.round((value * factor) / unit) * unit);
  if (isPercent) out = Math.min(out, 99);
  return whole.includes(',') || (out >= 10_000 && digits.length >= 5) ? out.toLocaleString('en-US') : String(out);
}

/** Multiplies every count followed by a unit ("500 targets", "$106bn", "40 percent") by the same factor. */
export function scaleNumbers(text: string, factor: number): string {
  return text.replace(NUMBER_PATTERN, (match: string, whole: string, fraction: string | undefined, offset: number) => {
    const after = text.slice(offset + match.length, offset + match.length + 12);
    const isPercent = after.startsWith('%') || /^\s+per(?:cent| cent)/.test(after);
    return scaleNumber(whole, fraction, factor, isPercent);
  });
}

// ---------------------------------------------------------------------------------------------
// Whole documents

export interface Variation {
  /** Whole weeks, so weekdays in the text stay right. */
  readonly shiftDays: number;
  /** Source profile index -> target profile index; distinct targets, so two actors never merge. */
  readonly mapping: ReadonlyMap<number, number>;
  readonly numberFactor: number;
}

/** Draws an actor mapping and a number factor; the date shift comes from the caller (it keeps variants distinct). */
export function chooseVariation(source: PreparedSource, rng: () => number, shiftWeeks: number): Variation {
  const order = source.profiles.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j] ?? i, order[i] ?? j];
  }
  const mapping = new Map<number, number>();
  source.present.forEach((from, k) => mapping.set(from, order[k] ?? from));
  const numberFactor = Math.round((0.6 + rng()) * 100) / 100;
  return { shiftDays: shiftWeeks * 7, mapping, numberFactor };
}

const isPrime = (n: number): boolean => {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
};

/**
 * The date shift, in weeks, for the variant-th variant of a sample when each sample gets
 * `variants` variants. No two variants of a sample share a shift. Every sample names at least
 * one day in its body, so the bodies almost always differ too, and a content-hash deduplicating
 * ingest stores them all. A day named without a year ("on 17 March") can land on the same day and
 * month for two shifts that are whole years apart. The body then repeats only if the actors and the
 * figures drawn also match: 10 bodies in 100,000 with seed 1. The range has at least 521 weeks (about ten years). It ends 52 weeks after the
 * sample's date, so no variant is dated in the future of a 2023-24 sample by more than about a
 * year; bigger corpora reach further back. A stride of 197 over a prime-sized range reaches
 * every shift once and scatters neighbouring variants across the range.
 */
export function shiftWeeksFor(variant: number, variants: number): number {
  let range = Math.max(521, variants);
  while (!isPrime(range)) range++;
  return ((variant * 197) % range) - (range - 1) + 52;
}

export interface Variant {
  readonly text: string;
  /** The shifted publication date, YYYY-MM-DD. */
  readonly published: string;
}

export function varyDocument(source: PreparedSource, variation: Variation): Variant {
  const dated = shiftDates(source.text, variation.shiftDays, source.published);
  const counted = scaleNumbers(dated, variation.numberFactor);
  const text = swapActors(source, counted, variation.mapping);
  return { text, published: shiftDates(source.published, variation.shiftDays, source.published) };
}
