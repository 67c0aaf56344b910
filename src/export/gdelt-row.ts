import type { ActorRef, MergedEvent } from '../types/index.js';

/**
 * The 61 columns of the GDELT 2.0 event table, tab-separated, no header (as GDELT ships it).
 * Differences, documented in docs/exports.md: country codes are ISO 3166 alpha-3 where GDELT uses
 * FIPS 10-4 (ActorNCountryCode already is CAMEO/ISO3 in GDELT; the *Geo_CountryCode columns are not);
 * GlobalEventID is a number derived from our event id; AvgTone and the ADM codes are empty.
 */
export const GDELT_COLUMNS = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
] as const;

function actorColumns(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map(
    (c) => `${p}${c}`,
  );
}

function geoColumns(p: string): string[] {
  return ['_Type', '_FullName', '_CountryCode', '_ADM1Code', '_ADM2Code', '_Lat', '_Long', '_FeatureID'].map((c) => `${p}${c}`);
}

/** A stable positive 53-bit integer from the event id, since GDELT's ids are numbers. */
export function numericId(id: string): number {
  let h = 0n;
  for (const ch of id) h = (h * 131n + BigInt(ch.codePointAt(0) ?? 0)) & 0x1f_ffff_ffff_ffffn;
  return Number(h);
}

function actor(ref: ActorRef | null): string[] {
  if (!ref) return Array<string>(10).fill('');
  const known = ref.code.startsWith('IGO') ? ref.code : '';
  return [ref.code, (ref.entity ?? ref.text).toUpperCase(), ref.country ?? '', known, '', '', '', ref.sector ?? '', '', ''];
}

function geo(location: MergedEvent['location']): string[] {
  if (!location) return ['0', '', '', '', '', '', '', ''];
  // GDELT geo types: 1 country, 4 city; a place with coordinates is treated as a city.
  const type = location.lat !== null ? '4' : location.country ? '1' : '0';
  return [type, location.text, location.country ?? '', '', '', location.lat?.toString() ?? '', location.lon?.toString() ?? '', ''];
}

export function gdeltRow(e: MergedEvent, url: string | null, added: string): string[] {
  const value = e.date?.value ?? '';
  const year = value.slice(0, 4);
  const month = /^\d{4}-\d{2}/.test(value) ? value.slice(5, 7) : '01';
  const day = e.date?.precision === 'day' ? value.slice(8, 10) : '01';
  const dayOfYear = Math.floor((Date.UTC(Number(year), Number(month) - 1, Number(day)) - Date.UTC(Number(year), 0, 1)) / 86_400_000) + 1;
  const code = e.action.cameo;
  return [
    String(numericId(e.id)),
    year ? `${year}${month}${day}` : '',
    year ? `${year}${month}` : '',
    year,
    year ? (Number(year) + dayOfYear / 365).toFixed(4) : '',
    ...actor(e.source),
    ...actor(e.target),
    e.sentence.index === 0 ? '1' : '0',
    code,
    code.slice(0, 3),
    code.slice(0, 2),
    String(e.action.quad),
    String(e.action.goldstein),
    String(e.mentions),
    String(e.articles),
    String(e.articles),
    '',
    ...geo(null),
    ...geo(null),
    ...geo(e.location),
    added,
    url ?? '',
  ].map((v) => v.replace(/[\t\r\n]+/g, ' '));
}
