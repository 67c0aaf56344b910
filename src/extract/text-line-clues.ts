/**
 * What one logical line of a scraped dump is, judged by itself: markup residue, navigation,
 * boilerplate, a photo credit, a byline, a headline. The dump-level reading (where the header
 * ends, which line is the title) is in text.ts; these are the local clues it weighs.
 */

/** Tags left inline by a scraper, and the few entities that survive into dumps. */
export function cleanLine(line: string): string {
  // Only runs of spaces and other white space need replacing: far fewer matches than every space.
  if (!line.includes('<') && !line.includes('&')) return line.replace(/\s{2,}|[^\S ]/g, ' ').trim();
  return line
    .replace(/<!--.*?-->/g, ' ')
    .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, ' ')
    .replace(/&(nbsp|amp|quot|apos|lt|gt|rsquo|lsquo|rdquo|ldquo|mdash|ndash|hellip|#\d+|#x[0-9a-f]+);/gi, (_, name: string) =>
      decodeEntity(name),
    )
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim();
}

const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', rsquo: '\u2019', lsquo: '\u2018',
  rdquo: '\u201d', ldquo: '\u201c', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026',
};

function decodeEntity(name: string): string {
  const lower = name.toLowerCase();
  if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
  if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
  return ENTITIES[lower] ?? `&${name};`;
}

/** A line that is left-over HTML, a comment, script or style, not text. */
export function isMarkupResidue(raw: string): boolean {
  const line = raw.trim();
  if (/^(?:<!--|!--|-->|<!\[CDATA\[|\]\]>)/.test(line) || /-->$/.test(line)) return true;
  if (/^<\/?[a-z][\w-]*(?:\s[^>]*)?\/?>$/i.test(line)) return true;
  if (/^[{}[\]();,]+$/.test(line)) return true;
  if (/^(?:window\.|document\.|var |let |const |function\s*\(|\(function|gtag\(|dataLayer|googletag\.|@media|@import|[.#][\w-]+\s*\{)/.test(line)) {
    return true;
  }
  return line.includes('<') && cleanLine(line) === '';
}

const NAV_WORDS =
  /^(?:skip to (?:main )?content|skip navigation|main menu|menu|toggle navigation|navigation|search|home|sign in|log ?in|log ?out|register|subscribe(?: now)?|close|back to top|advertisement|advert|sponsored(?: content)?|ad|cookie settings|accept(?: all)?(?: cookies)?|reject all|listen to (?:this )?article|print|email|share|tweet|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|copy link|follow us|newsletter|newsletters|latest|live|watch|video|audio|podcasts?|more|open menu|close menu|next|previous|loading\.*|comments?)\s*[:.]?$/i;

/** A live blog's entry time ("18:40", "4:15 pm GMT"): a stamp, not text. */
const TIME_ONLY = /^\d{1,2}[:.]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?))?(?:\s*[A-Z]{2,4})?$/i;
const READING_TIME = /^(?:\d+\s*(?:min(?:ute)?s?|hours?|hrs?|h|days?)\s*(?:read|ago)|just now|listen(?: to this article)?\s*\(?\d+\s*min\)?)$/i;

/** Site chrome: menu entries, share buttons, breadcrumbs ("Home > World > Europe"). */
export function isNavigation(line: string): boolean {
  if (line.length <= 40 && (NAV_WORDS.test(line) || TIME_ONLY.test(line) || READING_TIME.test(line))) return true;
  const crumbs = line.split(/\s+[>»/|›]\s+/);
  // Digits mean dates or counts: "By Jane Doe | May 5, 2024 | 4 min read" is metadata, not a menu.
  return crumbs.length >= 3 && line.length <= 100 && crumbs.every((c) => c.split(/\s+/).length <= 4 && !/[.!?]$|\d/.test(c));
}

const BOILERPLATE: RegExp[] = [
  /^(?:share|share this(?: article| story| page)?|share on \w+|follow us(?: on .*)?|follow .{1,40} on (?:twitter|x|facebook|instagram|telegram|google news)|like us on facebook)\b/i,
  /^(?:©|\(c\)|copyright\b)/i,
  /\ball rights reserved\b/i,
  /^(?:related|related (?:stories|articles|news|coverage|content|topics)|read more|read also|also read|see also|more on this(?: story)?|more from .{1,40}|recommended(?: for you)?|you may also like|most (?:read|popular|viewed)|trending(?: now)?|top stories|latest (?:news|stories)|tags|topics|filed under)\s*(?::.*)?$/i,
  /\b(?:sign up|subscribe)\b.{0,60}\bnewsletter\b|\bnewsletter\b.{0,60}\b(?:sign up|subscribe)\b/i,
  /^(?:subscribe|sign up|register) (?:to|for|now)\b/i,
  /^(?:click here|tap here)\b/i,
  /^(?:download|get) (?:our|the) app\b/i,
  /^join (?:our|us on) .{0,40}(?:channel|telegram|whatsapp)/i,
  /\bwe use cookies\b|\bcookie policy\b|\baccept (?:all )?cookies\b/i,
  /^(?:our standards|the thomson reuters trust principles)\b/i,
  /^\(?(?:reporting|additional reporting|writing|editing|compiled) by\b/i,
  /^(?:this (?:article|story) (?:was )?(?:first |originally )?(?:published|appeared))\b/i,
  /^(?:leave a comment|comments? \(\d+\)|\d+ comments?|view comments|show comments|report an error|report a correction)\b/i,
  /^(?:advertisement|sponsored content|continue reading (?:below|the main story))\b/i,
  /^(?:editor'?s note|disclaimer)\s*:/i,
  // The same lines in the other languages Dyad reads most.
  /^(?:читайте (?:также|також)|см\. также|подробнее|поделиться|подписывайтесь|підписуйтесь|поділитися|lesen sie auch|mehr zum thema|teilen|lire aussi|à lire aussi|partager|lee también|compartir)(?![\p{L}\p{N}])/iu,
  /(?:все права защищены|всі права захищені|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados)/iu,
];

/** Lines a site puts around every story: share and follow buttons, copyright, newsletter boxes, "Related:". */
export function isBoilerplate(line: string): boolean {
  return line.length <= 220 && BOILERPLATE.some((re) => re.test(line));
}

/** A heading that introduces a list of links to other stories. */
export function isLinkListHeading(line: string): boolean {
  return /^(?:related|related (?:stories|articles|news|coverage|content)|read more|more stories|more news|more from .{1,40}|more on this(?: story)?|recommended(?: for you)?|you may also like|most (?:read|popular|viewed)|trending(?: now)?|top stories|latest (?:news|stories)|see also|also read|read also|explore more|читайте также|читайте також|по теме|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|lee también)\s*:?$/iu.test(
    line,
  );
}

const CREDIT_LABEL =
  /^(?:image|photo|picture|video)\s+(?:source|credit|courtesy)|^(?:photo(?:graph)?|picture|image|credit|photo credit|foto|фото)(?=\s*[:\-–—])/i;

/** The credit of a credit line ("IMAGE SOURCE: KREMLIN", "Photo: Jane Doe/AFP"), or null. */
export function parseCredit(text: string): string | null {
  if (text.length > 120) return null;
  // "(Photo: Reuters)" on a line of its own.
  const line = /^\((.*)\)$/.exec(text)?.[1] ?? text;
  const labelled = CREDIT_LABEL.exec(line);
  if (labelled) {
    const credit = line.slice(labelled[0].length).replace(/^\s*[:\-–—]\s*/, '').trim();
    return credit.length > 0 && credit.length <= 100 ? credit : null;
  }
  const by = /^(?:photo|image|picture)(?:graph)?s?\s+by\s+(.{2,100})$/i.exec(line);
  if (by) return by[1]?.trim() ?? null;
  // "REUTERS/Evgenia Novozhenina", "AFP/Getty Images": agency in capitals, a slash, a name.
  if (/^[A-Z][A-Z&.' -]{1,30}\/\s?[\p{Lu}][\p{L}.' -]{1,60}$/u.test(line)) return line;
  if (/^[\p{Lu}][\p{L}.'/ -]{1,40} via (?:Getty Images|Reuters|AP|AFP)$/u.test(line)) return line;
  return null;
}

/** "Photo: Crowds in Moscow on 9 May." A label before a caption (a sentence), not before a credit. */
export function parseLabelledCaption(line: string): string | null {
  const m = /^(?:photo|image|picture|pictured)\s*[:\-–—]\s*(.{10,300}[.!?])$/i.exec(line);
  return m && (m[1] ?? '').split(/\s+/).length > 3 ? (m[1] ?? null) : null;
}

/** A caption that carries its credit at the end: "… in St. Petersburg. (Photo: Kremlin)". */
export function splitInlineCredit(line: string): { caption: string; credit: string } | null {
  const m =
    /^(.{10,}?)\s*(?:\(\s*(?:photo|image|picture|credit|photo credit|image source)\s*[:\-–—]\s*([^()]{2,80})\)|[|·]\s*(?:photo|image|credit)\s*[:\-–—]\s*(.{2,80})|\s(?:image source|photo|photo credit|credit)\s*:\s*([^:]{2,80}))$/i.exec(
      line,
    );
  if (!m) return null;
  const credit = (m[2] ?? m[3] ?? m[4] ?? '').trim();
  return { caption: (m[1] ?? '').trim(), credit };
}

/** Marks that only captions carry: "(R)", "(L to R)", "pictured", "file photo". */
export function hasCaptionMarker(line: string): boolean {
  return (
    /\((?:L|R|C|[LR] to [LR]|left|right|cent(?:re|er)|front|back|top|bottom|(?:second|2nd) (?:from )?(?:left|right|[LR]))\)/i.test(line) ||
    /\b(?:pictured|file photo|file picture)\b/i.test(line)
  );
}

const AGENCIES =
  /^(?:reuters|ap|the associated press|associated press|afp|agence france-presse|bloomberg|bbc news|bbc|cnn|tass|ria novosti|interfax|xinhua|dpa|al jazeera|anadolu|efe|ansa|kyodo|yonhap|upi|the guardian|the new york times|politico|euronews|rfe\/rl|ukrinform|belta|the moscow times|kyiv independent|agencies|news agencies|wires|wire services|staff)$/i;
const ROLE = /\b(?:correspondent|reporter|editor|writer|staff|contributor|journalist|bureau chief|analyst|columnist)s?\b/i;
const NAME_WORD = /^(?:[\p{Lu}][\p{L}'’.-]*|de|da|van|von|der|den|bin|al|el|la|le|di|du|dos|del|Jr\.?|Sr\.?)$/u;

/** One person's name: two to four capitalised words (particles allowed), or an agency. */
function isName(text: string): boolean {
  if (AGENCIES.test(text)) return true;
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => NAME_WORD.test(w)) && /^\p{Lu}/u.test(words[0] ?? '');
}

/** "Jane Doe in Kyiv and John Roe in Moscow" -> "Jane Doe and John Roe". */
function dropPlaces(text: string): string {
  return text.replace(/\s+(?:in|from)\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)?(?=\s*(?:,|(?:and|и|і|und|et|y)\s|&|$))/gu, '');
}

/** Names in a list: "Jane Doe and John Roe", "Jane Doe, John Roe & Ann Poe". */
function splitNames(text: string): string[] | null {
  const names = text
    .split(/\s*,\s*|\s+(?:and|&|и|і|und|et|y)\s+/u)
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
  return names.length > 0 && names.every(isName) ? names : null;
}

/**
 * The names of a byline line, or null: "By Jane Doe", "By Jane Doe and John Roe, Reuters",
 * "Jane Doe, Reuters", "Jane Doe | Moscow correspondent". Agencies after a person are dropped.
 */
export function parseByline(line: string): string[] | null {
  if (line.length > 120) return null;
  const by = /^(?:by|written by|words by|reported by|text by|автор|авторы|текст|von|par|por)\s*:?\s+(.+?)\s*$/iu.exec(line);
  if (by) {
    const parts = (by[1] ?? '')
      .split(/\s*[,|]\s*|\s+[-–—]\s+/)
      .map((p) => dropPlaces(p).trim())
      .filter((p) => p.length > 0);
    const people = parts.filter((p) => !AGENCIES.test(p) && !ROLE.test(p));
    if (people.length === 0) return parts.length === 1 && AGENCIES.test(parts[0] ?? '') ? parts : null;
    const names: string[] = [];
    for (const person of people) {
      const found = splitNames(person);
      if (found === null) return null;
      names.push(...found);
    }
    return names;
  }
  const m = /^([^,|–—]{4,60}?)\s*[,|–—]\s*(.{2,60})$/.exec(line);
  if (m && (AGENCIES.test(m[2] ?? '') || ROLE.test(m[2] ?? ''))) {
    const names = splitNames(m[1] ?? '');
    if (names && !names.every((n) => AGENCIES.test(n))) return names;
  }
  return null;
}

/** A line that is only people's names ("Jane Doe and John Roe"): a byline when it sits by a date. */
export function parseBareNames(line: string): string[] | null {
  if (line.length > 80 || AGENCIES.test(line)) return null;
  return splitNames(line);
}

/** Names from a closing "Reporting by Jane Doe; Editing by John Roe" line, or null. */
export function parseReportingCredit(line: string): string[] | null {
  const m = /^\(?reporting by\s+([^;)]+)/i.exec(line);
  if (!m) return null;
  return splitNames(dropPlaces(m[1] ?? '').trim());
}

/** Shaped like a headline: a few words, no closing full stop, starts with a capital or a digit. */
export function isHeadlineLike(line: string): boolean {
  const words = line.split(/\s+/).length;
  return (
    words >= 3 &&
    words <= 25 &&
    line.length >= 15 &&
    line.length <= 200 &&
    /^["“‘'(]?[\p{Lu}\p{N}]/u.test(line) &&
    !/[.,;:]$/.test(line)
  );
}

/** Ends like a sentence of running text. */
export function endsLikeSentence(line: string): boolean {
  return /[.!?…]["”’)]*$/.test(line);
}

/** How many sentences a line holds, roughly. */
export function sentenceCount(line: string): number {
  return line.split(/(?<=[.!?])["”’]?\s+(?=["“‘]?\p{Lu})/u).length;
}
