import { pluralise } from './sectors.js';

/**
 * Readers of PETRARCH (Phoenix) dictionaries, so users can add actors (`--actors FILE`) and role
 * words. Both return what they could read plus one error per bad line (file, line, reason);
 * they never throw on bad input.
 *
 * Actor format, as we read it:
 *   NAME_WITH_UNDERSCORES [CODE]          a name and its code (underscores are spaces)
 *   +SYNONYM                              another name of the actor above
 *   \t[CODE >YYMMDD]  \t[CODE <YYMMDD]    dated codes on their own lines, for the actor above
 *   [CODE YYMMDD-YYMMDD]                  a date range (both ends included)
 *   # comment, <!-- comment --> (may span lines), blank lines
 * Dates are YYMMDD (years below 30 are 20YY, else 19YY) or YYYYMMDD; "<D" means before D, ">D"
 * after D. Dated codes are tried in the order written and the first that covers the date wins;
 * an undated code applies otherwise. The code "---" marks a name that is not an actor.
 * Names match whole words (a trailing "_" is accepted and ignored; TABARI's prefix matching of
 * names without it is not reproduced).
 */

export interface PetrarchCode {
  code: string;
  /** Inclusive bounds, YYYY-MM-DD; null when open. */
  from: string | null;
  to: string | null;
}

export interface PetrarchActor {
  /** The first name as written, underscores turned to spaces. */
  name: string;
  names: string[];
  codes: PetrarchCode[];
  line: number;
}

export interface PetrarchAgent {
  phrase: string;
  sector: string;
  line: number;
}

/** One bad line of a dictionary file. */
export interface DictionaryError {
  file: string;
  line: number;
  reason: string;
}

export interface ReadResult<T> {
  items: T[];
  errors: DictionaryError[];
}

/** "FILE:LINE: reason", the way compilers print it. */
export function formatDictionaryError(e: DictionaryError): string {
  return `${e.file}:${e.line}: ${e.reason}`;
}

interface Line {
  number: number;
  /** Without comments; leading whitespace kept. */
  text: string;
}

/** Lines without comments (# ... and <!-- ... -->, including the "<! --" slip some files have). */
function contentLines(text: string): Line[] {
  const out: Line[] = [];
  const raw = text.split(/\r\n|\r|\n/);
  let inComment = false;
  raw.forEach((line, i) => {
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      return;
    }
    const trimmed = line.trim();
    if (trimmed.startsWith('<!')) {
      if (!trimmed.includes('-->') && !/>\s*$/.test(trimmed)) inComment = true;
      return;
    }
    const hash = line.indexOf('#');
    const body = (hash >= 0 ? line.slice(0, hash) : line).replace(/\s+$/, '');
    if (body.trim() === '') return;
    out.push({ number: i + 1, text: body });
  });
  return out;
}

const CODE = /^(?:[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?:\/[A-Za-z0-9]+)*|-{3}|\+{3})$/;
const DATE = '(\\d{8}|\\d{6})';
const BLOCK = new RegExp(`^\\s*([^\\s<>]+?)\\s*(?:([<>])\\s*${DATE}|${DATE}\\s*-\\s*${DATE})?\\s*$`);

function phraseOf(name: string): string {
  return name.replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Reads a PETRARCH actor dictionary. `file` names the input in error messages. */
export function readPetrarchActors(text: string, file: string): ReadResult<PetrarchActor> {
  const items: PetrarchActor[] = [];
  const errors: DictionaryError[] = [];
  let current: PetrarchActor | null = null;
  // An actor whose code block was already reported is not reported again for lacking a code.
  let reported = false;
  const error = (line: number, reason: string): void => {
    errors.push({ file, line, reason });
  };
  const close = (): void => {
    if (current === null) return;
    if (current.codes.length > 0) items.push(current);
    else if (!reported) error(current.line, `no code for actor "${current.name}" (expected [CODE] after the name or on the lines below)`);
    current = null;
  };
  for (const { number, text: line } of contentLines(text)) {
    const trimmed = line.trim();
    const bracket = trimmed.indexOf('[');
    const head = (bracket >= 0 ? trimmed.slice(0, bracket) : trimmed).trim();
    const blocks = bracket >= 0 ? trimmed.slice(bracket) : '';
    if (head.startsWith('+')) {
      if (current === null) {
        error(number, `synonym "${head}" before any actor`);
        continue;
      }
      const synonym = phraseOf(head.slice(1));
      if (synonym === '') error(number, 'empty synonym after "+"');
      else current.names.push(synonym);
    } else if (head !== '') {
      close();
      const name = phraseOf(head);
      current = { name, names: [name], codes: [], line: number };
      reported = false;
    } else if (current === null) {
      error(number, `code "${trimmed}" before any actor`);
      continue;
    }
    if (blocks !== '' && current !== null) {
      for (const parsed of parseBlocks(blocks)) {
        if (typeof parsed === 'string') {
          error(number, parsed);
          reported = true;
        } else current.codes.push(parsed);
      }
    }
  }
  close();
  return { items, errors };
}

/** "[A] [B >900101]" -> codes, or a reason for each bad block. */
function parseBlocks(s: string): (PetrarchCode | string)[] {
  const out: (PetrarchCode | string)[] = [];
  let rest = s.trim();
  while (rest !== '') {
    if (!rest.startsWith('[')) {
      out.push(`unexpected text "${rest}" after the codes`);
      break;
    }
    const close = rest.indexOf(']');
    if (close < 0) {
      out.push(`unclosed "[" in "${rest}"`);
      break;
    }
    out.push(parseBlock(rest.slice(1, close)));
    rest = rest.slice(close + 1).trim();
  }
  return out;
}

function parseBlock(inner: string): PetrarchCode | string {
  const m = BLOCK.exec(inner);
  if (m === null || m[1] === undefined || !CODE.test(m[1])) {
    return `bad code block "[${inner.trim()}]" (expected [CODE], [CODE >YYMMDD], [CODE <YYMMDD] or [CODE YYMMDD-YYMMDD])`;
  }
  const code = m[1];
  const [, , sign, single, first, last] = m;
  if (sign !== undefined && single !== undefined) {
    const d = parseDate(single);
    if (d === null) return `bad date "${single}" in "[${inner.trim()}]"`;
    return sign === '<' ? { code, from: null, to: addDays(d, -1) } : { code, from: addDays(d, 1), to: null };
  }
  if (first !== undefined && last !== undefined) {
    const a = parseDate(first);
    const b = parseDate(last);
    if (a === null || b === null) return `bad date in "[${inner.trim()}]"`;
    if (a > b) return `date range ends before it starts in "[${inner.trim()}]"`;
    return { code, from: a, to: b };
  }
  return { code, from: null, to: null };
}

function parseDate(s: string): string | null {
  let year: number;
  let rest: string;
  if (s.length === 8) {
    year = Number(s.slice(0, 4));
    rest = s.slice(4);
  } else {
    const yy = Number(s.slice(0, 2));
    year = yy < 30 ? 2000 + yy : 1900 + yy;
    rest = s.slice(2);
  }
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${String(year).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The code of a PETRARCH actor on `date` (first dated code that covers it, else the undated one). */
export function petrarchCodeOn(codes: readonly PetrarchCode[], date: string | null): string | null {
  const undated = codes.find((c) => c.from === null && c.to === null);
  if (date === null) return (undated ?? codes[0])?.code ?? null;
  for (const c of codes) {
    if (c.from === null && c.to === null) continue;
    if ((c.from === null || c.from <= date) && (c.to === null || date <= c.to)) return c.code;
  }
  return undated?.code ?? null;
}

/**
 * Reads a PETRARCH agents dictionary: `PHRASE {PLURALS} [~CODE]`, with `!MACRO! = A, B` lines
 * whose names expand inside phrases. `{}` means no plural; without braces the plural is derived;
 * `[~GOV]` and `[GOV~]` both give the sector GOV.
 */
export function readPetrarchAgents(text: string, file: string): ReadResult<PetrarchAgent> {
  const items: PetrarchAgent[] = [];
  const errors: DictionaryError[] = [];
  const macros = new Map<string, string[]>();
  for (const { number, text: line } of contentLines(text)) {
    const trimmed = line.trim();
    const macro = /^(![A-Za-z0-9_]+!)\s*=\s*(.+)$/.exec(trimmed);
    if (macro?.[1] !== undefined && macro[2] !== undefined) {
      macros.set(
        macro[1].toUpperCase(),
        macro[2]
          .split(',')
          .map((w) => w.trim())
          .filter((w) => w !== ''),
      );
      continue;
    }
    const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*\[\s*(~?)\s*([A-Za-z0-9]+)\s*(~?)\s*\]\s*$/.exec(trimmed);
    if (m === null || m[1] === undefined || m[4] === undefined) {
      errors.push({ file, line: number, reason: `expected "PHRASE [~CODE]" or "PHRASE {PLURALS} [~CODE]", got "${trimmed}"` });
      continue;
    }
    if (m[3] === '' && m[5] === '') {
      errors.push({ file, line: number, reason: `agent code "${m[4]}" needs "~" before or after it` });
      continue;
    }
    const sector = m[4].toUpperCase();
    const plurals = m[2];
    const unknown: string[] = [];
    const phrases = expandMacros(m[1], macros, unknown);
    for (const name of new Set(unknown)) errors.push({ file, line: number, reason: `unknown macro ${name}` });
    for (const phrase of phrases) {
      const singular = phraseOf(phrase).toLowerCase();
      items.push({ phrase: singular, sector, line: number });
      if (plurals === undefined) {
        const plural = pluralise(singular);
        if (plural !== singular) items.push({ phrase: plural, sector, line: number });
      } else {
        for (const p of plurals.split(/\s+/).filter((x) => x !== '')) items.push({ phrase: phraseOf(p).toLowerCase(), sector, line: number });
      }
    }
  }
  return { items, errors };
}

function expandMacros(phrase: string, macros: ReadonlyMap<string, string[]>, unknown: string[]): string[] {
  const m = /![A-Za-z0-9_]+!/.exec(phrase);
  if (m === null) return [phrase];
  const values = macros.get(m[0].toUpperCase());
  if (values === undefined) {
    unknown.push(m[0]);
    return [];
  }
  const out: string[] = [];
  for (const v of values) {
    out.push(...expandMacros(phrase.slice(0, m.index) + v + phrase.slice(m.index + m[0].length), macros, unknown));
  }
  return out;
}
