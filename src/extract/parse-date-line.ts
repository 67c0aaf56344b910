/**
 * Reads the date line of a scraped dump ("December 30, 2021", "Published: 30 Dec 2021 10:15 GMT",
 * "2021-12-30") into ISO 8601, as precise as the line: a date, or a date-time with the offset when
 * the line names a zone. The whole line must be a date (give or take a label and a reading time):
 * a sentence that mentions a date is not a date line. Deliberately no relative dates ("2 hours
 * ago"): they need a clock, and extraction is a pure function of the document.
 */

/** Month names and abbreviations, in the languages whose news Dyad reads most (en, ru, uk, de, fr, es). */
const MONTHS: Readonly<Record<string, number>> = monthTable([
  'jan january januar jänner janvier enero января янв січня',
  'feb february februar février fevrier febrero февраля фев лютого',
  'mar march märz mär mars marzo марта мар березня',
  'apr april avril abril апреля апр квітня',
  'may mai mayo мая травня',
  'jun june juni juin junio июня июн червня',
  'jul july juli juillet julio июля июл липня',
  'aug august août aout agosto августа авг серпня',
  'sep sept september septembre septiembre setiembre сентября сен сент вересня',
  'oct october oktober okt octobre octubre октября окт жовтня',
  'nov november novembre noviembre ноября ноя листопада',
  'dec december dezember dez décembre decembre diciembre декабря дек грудня',
]);

function monthTable(rows: string[]): Record<string, number> {
  const table: Record<string, number> = {};
  rows.forEach((row, i) => {
    for (const name of row.split(' ')) table[name] = i + 1;
  });
  return table;
}

/** The month a name or abbreviation stands for (1-12), 0 when it is none. */
export const monthNumber = (name: string): number => MONTHS[name.toLowerCase()] ?? 0;

/** Fixed offsets, in minutes, of the zone abbreviations news sites print. */
const ZONES: Readonly<Record<string, number>> = {
  UTC: 0, GMT: 0, Z: 0, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, WET: 0, WEST: 60,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  JST: 540, KST: 540, HKT: 480, SGT: 480, AEST: 600, AEDT: 660,
};

/** US zones written without S/D ("ET"): standard or daylight time by the US rule of 2007. */
const US_ZONES: Readonly<Record<string, number>> = { ET: -300, CT: -360, MT: -420, PT: -480 };

const LABEL =
  /^(?:(?:first\s+)?published|posted|updated|last\s+updated|modified|date|dated|released|issued|опубликовано|дата публикации|обновлено|опубліковано|оновлено|veröffentlicht|aktualisiert|stand|publié|mis à jour|publicado|actualizado)(?:\s+(?:on|at|le|am|el))?\s*[:\-–—]?\s*/iu;
const WEEKDAY = new RegExp(
  `^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|${[
    'понедельник вторник среда четверг пятница суббота воскресенье',
    'понеділок вівторок середа четвер пʼятниця п’ятниця субота неділя',
    'montag dienstag mittwoch donnerstag freitag samstag sonntag',
    'lundi mardi mercredi jeudi vendredi samedi dimanche',
    'lunes martes miércoles jueves viernes sábado domingo',
  ]
    .join(' ')
    .replace(/ /g, '|')})\\.?,?\\s+`,
  'iu',
);
// Any word: the month table decides, so that a capitalised word that is no month fails the match.
const MONTH = '(\\p{L}+)\\.?';
const TIME =
  '(?:\\s*,?\\s*(?:at|à|um|в|о|a las|a la|\\||-|–|—)?\\s*(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?(?:\\s*\\(?\\s*(UTC|GMT)?\\s*([+-]\\d{1,2}(?::?\\d{2})?)\\)?|\\s*\\(?([A-Z]{1,4})\\)?)?)?';

// "г." / "года" (ru) and "р." / "року" (uk) follow the year in Cyrillic dates.
const YEAR = '(\\d{4})(?:\\s*(?:г\\.|года|р\\.|року))?';

const PATTERNS: { re: RegExp; order: 'mdy' | 'dmy' | 'ymd' | 'numeric-dmy' }[] = [
  { re: new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}${TIME}$`, 'iu'), order: 'mdy' },
  { re: new RegExp(`^(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:of\\s+|de\\s+)?${MONTH},?\\s+(?:de\\s+)?${YEAR}${TIME}$`, 'iu'), order: 'dmy' },
  { re: new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${TIME}$`, 'iu'), order: 'ymd' },
  { re: new RegExp(`^(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}${TIME}$`, 'iu'), order: 'numeric-dmy' },
];

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The ISO date or date-time of a line that is only a date, else null. */
export function parseDateLine(line: string): string | null {
  if (line.length > 90) return null;
  const text = line
    .trim()
    .replace(LABEL, '')
    .replace(WEEKDAY, '')
    // A reading time or a second label after a separator is not part of the date.
    .replace(/\s*[|·•]\s*(?:\d+\s*min(?:ute)?s?\s*read|updated.*)$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const iso = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (iso) return isoDateTime(iso);
  for (const { re, order } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const [a, b, c] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
    const [year, month, day] =
      order === 'mdy'
        ? [Number(c), monthNumber(a), Number(b)]
        : order === 'dmy'
          ? [Number(c), monthNumber(b), Number(a)]
          : order === 'ymd'
            ? [Number(a), Number(b), Number(c)]
            : [Number(c), Number(b), Number(a)];
    if (!validDate(year, month, day)) return null;
    const date = `${year}-${pad(month)}-${pad(day)}`;
    return withTime(date, year, month, day, m.slice(4));
  }
  return null;
}

function isoDateTime(m: RegExpExecArray): string | null {
  const [, date = '', hh = '', mm = '', ss, zone] = m;
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  if (!validDate(y, mo, d) || Number(hh) > 23 || Number(mm) > 59) return null;
  const offset = zone === undefined ? '' : zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${date}T${hh}:${mm}:${ss ?? '00'}${offset}`;
}

function validDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function withTime(date: string, year: number, month: number, day: number, t: (string | undefined)[]): string | null {
  const [hh, mm, ss, ampm, utcLabel, numericOffset, zoneName] = t;
  if (hh === undefined || mm === undefined) return date;
  let hour = Number(hh);
  const minute = Number(mm);
  if (ampm !== undefined) {
    if (hour < 1 || hour > 12) return null;
    const pm = ampm.toLowerCase().startsWith('p');
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  const time = `${date}T${pad(hour)}:${pad(minute)}:${ss ?? '00'}`;
  let offset: number | null = null;
  if (numericOffset !== undefined) {
    const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(numericOffset);
    if (m) offset = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  } else if (utcLabel !== undefined) {
    offset = 0;
  } else if (zoneName !== undefined) {
    const name = zoneName.toUpperCase();
    if (name in ZONES) offset = ZONES[name] ?? null;
    else if (name in US_ZONES) offset = (US_ZONES[name] ?? 0) + (usDaylightTime(year, month, day) ? 60 : 0);
    else return null; // an unknown word after the time: not a date line
  }
  return offset === null ? time : `${time}${formatOffset(offset)}`;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** US daylight time runs from the second Sunday of March to the first Sunday of November. */
function usDaylightTime(year: number, month: number, day: number): boolean {
  const nthSunday = (m: number, n: number): number => {
    const first = new Date(Date.UTC(year, m - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + 7 * (n - 1);
  };
  if (month < 3 || month > 11) return false;
  if (month > 3 && month < 11) return true;
  return month === 3 ? day >= nthSunday(3, 2) : day < nthSunday(11, 1);
}
