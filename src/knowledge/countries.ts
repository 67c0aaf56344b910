import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { foldName } from './normalise-name.js';
import type { ActorEntry } from './types.js';

// The package is CommonJS whose typings claim an ES default export; require gives the array itself.
const worldCountries = createRequire(import.meta.url)('world-countries') as Countries;

/**
 * Every state and territory: ISO codes, names, capitals and demonyms from the world-countries
 * package, completed by our own table of the names news actually uses (former names, short forms,
 * acronyms, capitals as stand-ins for the government, seats of power).
 *
 * Conventions:
 * - A country name or demonym codes as the bare ISO3 code (CAMEO's convention), sector null.
 * - A capital or seat of power stands for the government: ISO3 + "GOV" (or the sector the seat
 *   houses: the Pentagon is USAMIL, the Knesset ISRLEG).
 * - Kosovo is "XKX" (the user-assigned code the EU and IMF use; world-countries says "UNK").
 * - "Congo" alone is the Democratic Republic (the sense wire services use); the Republic of the
 *   Congo needs its long or hyphenated name. "Korea" alone is South Korea. "Brussels" is the EU.
 */

export interface CountryRecord {
  iso3: string;
  iso2: string;
  name: string;
  officialName: string;
  capital: string | null;
  lat: number;
  lon: number;
  independent: boolean;
  /** Every name the actor dictionary matches for the country itself. */
  names: readonly string[];
  demonyms: readonly string[];
  /** Capitals (and former or alternative ones) that stand for the government. */
  capitals: readonly string[];
}

interface Additions {
  names?: readonly string[];
  demonyms?: readonly string[];
  capitals?: readonly string[];
  /** Drop these package names (ambiguous in English text). */
  drop?: readonly string[];
}

/** Names and spellings the package lacks, written from common usage in English-language news. */
const ADDITIONS: Readonly<Record<string, Additions>> = {
  USA: {
    names: ['United States', 'United States of America', 'U.S.', 'U.S', 'US', 'USA', 'U.S.A.', 'U.S.A', 'America'],
    demonyms: ['American'],
    capitals: ['Washington', 'Washington, D.C.', 'Washington D.C.', 'Washington DC'],
    drop: ['Washington D.C.'],
  },
  GBR: {
    names: ['Britain', 'Great Britain', 'United Kingdom', 'UK', 'U.K.', 'U.K', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
    demonyms: ['British', 'Briton', 'Scottish', 'Welsh'],
  },
  RUS: { names: ['Russian Federation'], demonyms: ['Russian'] },
  BLR: {
    names: ['Byelorussia', 'Belorussia', 'White Russia'],
    demonyms: ['Belarusian', 'Belarussian', 'Byelorussian', 'Belorussian'],
  },
  UKR: { capitals: ['Kyiv', 'Kiev'], demonyms: ['Ukrainian'] },
  CHN: {
    names: ['PRC', "People's Republic of China", 'Mainland China', 'mainland China'],
    capitals: ['Beijing', 'Peking'],
  },
  TWN: { names: ['Taiwan', 'Republic of China', 'Chinese Taipei', 'Formosa'], capitals: ['Taipei'] },
  PRK: {
    names: ['North Korea', 'DPRK', 'D.P.R.K.', "Democratic People's Republic of Korea"],
    demonyms: ['North Korean'],
    capitals: ['Pyongyang'],
  },
  KOR: {
    names: ['South Korea', 'Republic of Korea', 'ROK', 'Korea'],
    demonyms: ['South Korean', 'Korean'],
    capitals: ['Seoul'],
  },
  IRN: { names: ['Islamic Republic of Iran', 'Persia'], capitals: ['Tehran', 'Teheran'] },
  CZE: { names: ['Czech Republic', 'Czechia'], demonyms: ['Czech'] },
  TUR: { names: ['Turkey', 'Türkiye', 'Turkiye', 'Republic of Turkey'], demonyms: ['Turkish', 'Turk'] },
  MMR: { names: ['Burma', 'Myanmar'], demonyms: ['Burmese', 'Myanmarese'], capitals: ['Naypyidaw', 'Naypyitaw', 'Nay Pyi Taw'] },
  CIV: {
    names: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire", 'Cote dIvoire'],
    demonyms: ['Ivorian'],
    capitals: ['Yamoussoukro', 'Abidjan'],
  },
  SWZ: { names: ['Eswatini', 'Swaziland'], demonyms: ['Swazi'], capitals: ['Mbabane'] },
  MKD: {
    names: ['North Macedonia', 'Macedonia', 'FYROM', 'Former Yugoslav Republic of Macedonia'],
    demonyms: ['Macedonian'],
  },
  NLD: { names: ['Netherlands', 'Holland'], demonyms: ['Dutch'], capitals: ['The Hague', 'Amsterdam'] },
  ARE: { names: ['United Arab Emirates', 'UAE', 'U.A.E.', 'Emirates'], demonyms: ['Emirati'], capitals: ['Abu Dhabi'] },
  SAU: { names: ['Saudi Arabia', 'Saudi', 'KSA'], demonyms: ['Saudi', 'Saudi Arabian'] },
  COD: {
    names: [
      'Democratic Republic of Congo',
      'Democratic Republic of the Congo',
      'DR Congo',
      'D.R. Congo',
      'DRC',
      'Congo',
      'Congo-Kinshasa',
      'Congo Kinshasa',
      'Zaire',
    ],
    demonyms: ['Congolese'],
  },
  COG: {
    names: ['Republic of Congo', 'Republic of the Congo', 'Congo Republic', 'Congo-Brazzaville', 'Congo Brazzaville'],
    drop: ['Congo'],
  },
  PNG: { names: ['PNG'] },
  BIH: { names: ['Bosnia', 'Bosnia and Herzegovina', 'Bosnia-Herzegovina', 'Bosnia & Herzegovina'], demonyms: ['Bosnian'] },
  VAT: { names: ['Vatican', 'Holy See', 'Vatican City'] },
  PSE: {
    names: ['Palestine', 'State of Palestine', 'Palestinian territories', 'Palestinian Territories', 'Gaza', 'Gaza Strip', 'West Bank'],
    demonyms: ['Palestinian'],
    capitals: ['Ramallah'],
  },
  XKX: { demonyms: ['Kosovar', 'Kosovan'], capitals: ['Pristina', 'Prishtina'] },
  LAO: { names: ['Laos', 'Lao PDR'], demonyms: ['Laotian', 'Lao'], drop: ['Lao'] },
  VNM: { names: ['Vietnam', 'Viet Nam'] },
  TLS: { names: ['East Timor', 'Timor-Leste'] },
  CPV: { names: ['Cape Verde', 'Cabo Verde'], demonyms: ['Cape Verdean'] },
  GMB: { names: ['Gambia', 'The Gambia'] },
  BHS: { names: ['Bahamas', 'The Bahamas'] },
  PHL: { demonyms: ['Filipino', 'Philippine'] },
  KGZ: { names: ['Kirghizia', 'Kyrgyz Republic'], demonyms: ['Kyrgyz', 'Kirghiz'] },
  TJK: { demonyms: ['Tajik', 'Tajikistani'] },
  UZB: { demonyms: ['Uzbek'] },
  KAZ: { demonyms: ['Kazakh', 'Kazakhstani'], capitals: ['Astana', 'Nur-Sultan'] },
  TKM: { demonyms: ['Turkmen'], capitals: ['Ashgabat', 'Ashkhabad'] },
  AZE: { demonyms: ['Azerbaijani', 'Azeri'] },
  MDA: { names: ['Moldova', 'Moldavia'], capitals: ['Chisinau'] },
  IND: { names: ['Bharat'], capitals: ['New Delhi', 'Delhi'] },
  YEM: { capitals: ['Sanaa', "Sana'a"] },
  BOL: { capitals: ['La Paz'] },
  MNG: { capitals: ['Ulaanbaatar', 'Ulan Bator'] },
  TZA: { capitals: ['Dodoma'] },
  CHE: { capitals: ['Bern', 'Berne'] },
  NZL: { demonyms: ['New Zealander'] },
  GRC: { demonyms: ['Greek', 'Hellenic'] },
  SVN: { demonyms: ['Slovenian', 'Slovene'] },
  SVK: { demonyms: ['Slovak', 'Slovakian'] },
  ISL: { drop: ['Island'] },
  IMN: { drop: ['Mann', 'Mannin'] },
  DMA: { drop: ['Dominique'] },
  PRT: { drop: ['Portuguesa'] },
  MEX: { drop: ['Mexicanos'] },
  THA: { drop: ['Prathet'] },
  DNK: { demonyms: ['Danish', 'Dane'] },
  POL: { demonyms: ['Polish', 'Pole'] },
  SWE: { demonyms: ['Swedish', 'Swede'] },
  FIN: { demonyms: ['Finnish', 'Finn'] },
  ESP: { demonyms: ['Spanish', 'Spaniard'] },
  SRB: { demonyms: ['Serbian', 'Serb'] },
  HRV: { demonyms: ['Croatian', 'Croat'] },
  ISR: { demonyms: ['Israeli'] },
  AFG: { demonyms: ['Afghan', 'Afghani'] },
  PAK: { demonyms: ['Pakistani'] },
  IRQ: { demonyms: ['Iraqi'] },
  SOM: { demonyms: ['Somali', 'Somalian'] },
  LBN: { demonyms: ['Lebanese'] },
  QAT: { demonyms: ['Qatari'] },
  ARG: { demonyms: ['Argentine', 'Argentinian'] },
  ECU: { demonyms: ['Ecuadorian', 'Ecuadorean'] },
  MDV: { demonyms: ['Maldivian'] },
  UNK: { drop: ['UNK'] },
  SYR: { names: ['Syrian Arab Republic'] },
  USR: {},
};

/** Former states that still turn up (in history paragraphs, in dated dictionaries). */
const FORMER_STATES: readonly CountryRecord[] = [
  {
    iso3: 'USR',
    iso2: 'SU',
    name: 'Soviet Union',
    officialName: 'Union of Soviet Socialist Republics',
    capital: 'Moscow',
    lat: 55.75,
    lon: 37.62,
    independent: false,
    names: ['Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'],
    demonyms: [],
    capitals: [],
  },
  {
    iso3: 'YUG',
    iso2: 'YU',
    name: 'Yugoslavia',
    officialName: 'Socialist Federal Republic of Yugoslavia',
    capital: 'Belgrade',
    lat: 44.82,
    lon: 20.46,
    independent: false,
    names: ['Yugoslavia'],
    demonyms: ['Yugoslav'],
    capitals: [],
  },
];

/** Capitals that are not read as the government: other places or words share the name. */
const AMBIGUOUS_CAPITALS = new Set([
  'Victoria',
  'Kingston',
  'Hamilton',
  'Georgetown',
  "Saint John's",
  'Luxembourg',
  'Monaco',
  'Singapore',
  'Djibouti',
  'San Marino',
  'Vatican City',
  'Gibraltar',
  'Kuwait City',
  'Santiago',
  'Brussels',
  'Washington D.C.',
  'City of Victoria',
  'Amsterdam',
  // South Africa's legislative and judicial capitals are cities in the news, not the government.
  'Cape Town',
  'Bloemfontein',
]);

/** Package alternative spellings worth matching: longer than three letters, Latin script, not inverted "X, Republic of". */
function usefulAltSpelling(s: string): boolean {
  if (s.length <= 3) return false;
  if (s.includes(',') || s.includes('(')) return false;
  return /^[\p{Script=Latin}\s'.&-]+$/u.test(s);
}

function splitDemonym(s: string | undefined): string[] {
  if (s === undefined || s.trim() === '') return [];
  return s
    .split(/,\s*|\s+or\s+/)
    .map((d) => d.trim())
    .filter((d) => d !== '');
}

function buildCountries(): CountryRecord[] {
  const out: CountryRecord[] = [];
  for (const c of worldCountries) {
    const iso3 = c.cca3 === 'UNK' ? 'XKX' : c.cca3;
    const add = ADDITIONS[iso3] ?? {};
    const drop = new Set(add.drop ?? []);
    const names = unique([c.name.common, c.name.official, ...c.altSpellings.filter(usefulAltSpelling), ...(add.names ?? [])]).filter(
      (n) => !drop.has(n),
    );
    const capital = c.capital[0] ?? null;
    const independent = c.independent || iso3 === 'XKX' || iso3 === 'PSE' || iso3 === 'TWN';
    const capitals = unique([...(independent ? c.capital : []), ...(add.capitals ?? [])]).filter(
      (n) => !AMBIGUOUS_CAPITALS.has(n) && !drop.has(n),
    );
    const demonyms = unique([...splitDemonym(c.demonyms.eng?.m), ...splitDemonym(c.demonyms.eng?.f), ...(add.demonyms ?? [])]);
    out.push({
      iso3,
      iso2: c.cca2,
      name: c.name.common,
      officialName: c.name.official,
      capital,
      lat: c.latlng[0],
      lon: c.latlng[1],
      independent,
      names,
      demonyms,
      capitals,
    });
  }
  out.push(...FORMER_STATES);
  return out;
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs.map((x) => x.trim()).filter((x) => x !== ''))];
}

export const COUNTRIES: readonly CountryRecord[] = buildCountries();

const BY_ISO3 = new Map(COUNTRIES.map((c) => [c.iso3, c]));

export function countryByIso3(iso3: string): CountryRecord | undefined {
  return BY_ISO3.get(iso3);
}

/**
 * Demonyms shared by several entries go to the state news most often means (the package gives
 * "American" to American territories, "Dominican" to both Dominica and the Dominican Republic).
 */
const DEMONYM_OWNER: Readonly<Record<string, string>> = {
  American: 'USA',
  French: 'FRA',
  Dutch: 'NLD',
  Indian: 'IND',
  Norwegian: 'NOR',
  Congolese: 'COD',
  Dominican: 'DOM',
  Guinean: 'GIN',
  'Channel Islander': '',
  'Virgin Islander': '',
  Gibraltar: '',
  Djibouti: 'DJI',
};

/** Seats of power and institutions named by their building or street: they code as the body inside. */
export const SEATS: readonly { name: string; code: string; country: string; sector: string; entity: string }[] = [
  { name: 'the Kremlin', code: 'RUSGOV', country: 'RUS', sector: 'GOV', entity: 'Kremlin' },
  { name: 'Kremlin', code: 'RUSGOV', country: 'RUS', sector: 'GOV', entity: 'Kremlin' },
  { name: 'the White House', code: 'USAGOV', country: 'USA', sector: 'GOV', entity: 'White House' },
  { name: 'White House', code: 'USAGOV', country: 'USA', sector: 'GOV', entity: 'White House' },
  { name: 'the State Department', code: 'USAGOV', country: 'USA', sector: 'GOV', entity: 'State Department' },
  { name: 'State Department', code: 'USAGOV', country: 'USA', sector: 'GOV', entity: 'State Department' },
  { name: 'Foggy Bottom', code: 'USAGOV', country: 'USA', sector: 'GOV', entity: 'State Department' },
  { name: 'the Pentagon', code: 'USAMIL', country: 'USA', sector: 'MIL', entity: 'Pentagon' },
  { name: 'Pentagon', code: 'USAMIL', country: 'USA', sector: 'MIL', entity: 'Pentagon' },
  { name: 'Capitol Hill', code: 'USALEG', country: 'USA', sector: 'LEG', entity: 'US Congress' },
  { name: 'the CIA', code: 'USASPY', country: 'USA', sector: 'SPY', entity: 'CIA' },
  { name: 'CIA', code: 'USASPY', country: 'USA', sector: 'SPY', entity: 'CIA' },
  { name: 'FBI', code: 'USACOP', country: 'USA', sector: 'COP', entity: 'FBI' },
  { name: 'Downing Street', code: 'GBRGOV', country: 'GBR', sector: 'GOV', entity: 'Downing Street' },
  { name: 'Number 10', code: 'GBRGOV', country: 'GBR', sector: 'GOV', entity: 'Downing Street' },
  { name: 'Whitehall', code: 'GBRGOV', country: 'GBR', sector: 'GOV', entity: 'Whitehall' },
  { name: 'the Foreign Office', code: 'GBRGOV', country: 'GBR', sector: 'GOV', entity: 'Foreign Office' },
  { name: 'Westminster', code: 'GBRLEG', country: 'GBR', sector: 'LEG', entity: 'UK Parliament' },
  { name: 'MI6', code: 'GBRSPY', country: 'GBR', sector: 'SPY', entity: 'MI6' },
  { name: 'MI5', code: 'GBRSPY', country: 'GBR', sector: 'SPY', entity: 'MI5' },
  { name: 'the Elysee', code: 'FRAGOV', country: 'FRA', sector: 'GOV', entity: 'Élysée' },
  { name: 'Elysee Palace', code: 'FRAGOV', country: 'FRA', sector: 'GOV', entity: 'Élysée' },
  { name: 'Élysée Palace', code: 'FRAGOV', country: 'FRA', sector: 'GOV', entity: 'Élysée' },
  { name: 'the Élysée', code: 'FRAGOV', country: 'FRA', sector: 'GOV', entity: 'Élysée' },
  { name: 'Matignon', code: 'FRAGOV', country: 'FRA', sector: 'GOV', entity: 'Matignon' },
  { name: "Quai d'Orsay", code: 'FRAGOV', country: 'FRA', sector: 'GOV', entity: "Quai d'Orsay" },
  { name: 'Bundestag', code: 'DEULEG', country: 'DEU', sector: 'LEG', entity: 'Bundestag' },
  { name: 'Bundeswehr', code: 'DEUMIL', country: 'DEU', sector: 'MIL', entity: 'Bundeswehr' },
  { name: 'Palazzo Chigi', code: 'ITAGOV', country: 'ITA', sector: 'GOV', entity: 'Palazzo Chigi' },
  { name: 'Zhongnanhai', code: 'CHNGOV', country: 'CHN', sector: 'GOV', entity: 'Zhongnanhai' },
  { name: "People's Liberation Army", code: 'CHNMIL', country: 'CHN', sector: 'MIL', entity: "People's Liberation Army" },
  { name: 'PLA', code: 'CHNMIL', country: 'CHN', sector: 'MIL', entity: "People's Liberation Army" },
  { name: 'the Blue House', code: 'KORGOV', country: 'KOR', sector: 'GOV', entity: 'Blue House' },
  { name: 'Cheong Wa Dae', code: 'KORGOV', country: 'KOR', sector: 'GOV', entity: 'Blue House' },
  { name: 'Kantei', code: 'JPNGOV', country: 'JPN', sector: 'GOV', entity: 'Kantei' },
  { name: 'the Diet', code: 'JPNLEG', country: 'JPN', sector: 'LEG', entity: 'National Diet' },
  { name: 'State Duma', code: 'RUSLEG', country: 'RUS', sector: 'LEG', entity: 'State Duma' },
  { name: 'the Duma', code: 'RUSLEG', country: 'RUS', sector: 'LEG', entity: 'State Duma' },
  { name: 'FSB', code: 'RUSSPY', country: 'RUS', sector: 'SPY', entity: 'FSB' },
  { name: 'Verkhovna Rada', code: 'UKRLEG', country: 'UKR', sector: 'LEG', entity: 'Verkhovna Rada' },
  { name: 'Bankova', code: 'UKRGOV', country: 'UKR', sector: 'GOV', entity: 'Office of the President' },
  { name: 'SBU', code: 'UKRSPY', country: 'UKR', sector: 'SPY', entity: 'SBU' },
  { name: 'Knesset', code: 'ISRLEG', country: 'ISR', sector: 'LEG', entity: 'Knesset' },
  { name: 'Mossad', code: 'ISRSPY', country: 'ISR', sector: 'SPY', entity: 'Mossad' },
  { name: 'Israel Defense Forces', code: 'ISRMIL', country: 'ISR', sector: 'MIL', entity: 'Israel Defense Forces' },
  { name: 'IDF', code: 'ISRMIL', country: 'ISR', sector: 'MIL', entity: 'Israel Defense Forces' },
  { name: 'Palestinian Authority', code: 'PSEGOV', country: 'PSE', sector: 'GOV', entity: 'Palestinian Authority' },
  { name: 'Revolutionary Guards', code: 'IRNMIL', country: 'IRN', sector: 'MIL', entity: 'Islamic Revolutionary Guard Corps' },
  { name: 'Revolutionary Guard', code: 'IRNMIL', country: 'IRN', sector: 'MIL', entity: 'Islamic Revolutionary Guard Corps' },
  { name: 'Islamic Revolutionary Guard Corps', code: 'IRNMIL', country: 'IRN', sector: 'MIL', entity: 'Islamic Revolutionary Guard Corps' },
  { name: 'IRGC', code: 'IRNMIL', country: 'IRN', sector: 'MIL', entity: 'Islamic Revolutionary Guard Corps' },
  { name: 'Lok Sabha', code: 'INDLEG', country: 'IND', sector: 'LEG', entity: 'Lok Sabha' },
  { name: 'ISI', code: 'PAKSPY', country: 'PAK', sector: 'SPY', entity: 'Inter-Services Intelligence' },
  { name: 'Sejm', code: 'POLLEG', country: 'POL', sector: 'LEG', entity: 'Sejm' },
];

export interface NamedActor {
  name: string;
  entry: ActorEntry;
  /** Capitals of `name` must be capitals in the text. */
  caseSensitive: boolean;
}

/**
 * Country names that are also common lower-case words ("chad", "turkey", "china", "jersey"):
 * matched only when capitalised as written.
 */
const COMMON_WORD_NAMES = new Set([
  'chad',
  'turkey',
  'jordan',
  'china',
  'guinea',
  'georgia',
  'japan',
  'chile',
  'jersey',
  'panama',
  'brazil',
  'wales',
  'bermuda',
  'iceland',
  'reunion',
  'curacao',
  'niger',
  'togo',
  'holland',
  'america',
  'israel',
  'cuba',
  'mali',
  'the gambia',
  'the bahamas',
  'emirates',
  'bharat',
  'persia',
  'formosa',
  'saudi',
  'congo',
  'guernsey',
]);

/** The actor names of every country: names, demonyms, capitals and seats of power. */
export function countryActorNames(): NamedActor[] {
  const out: NamedActor[] = [];
  const demonymSeen = new Set<string>();
  for (const c of COUNTRIES) {
    const country: ActorEntry = { code: c.iso3, country: c.iso3, sector: null, entity: null, kind: 'country' };
    for (const name of c.names) {
      const caseSensitive = COMMON_WORD_NAMES.has(foldName(name));
      out.push({ name, entry: country, caseSensitive });
      // "Guinea Bissau", "Timor Leste": hyphens are often dropped.
      if (/\p{L}-\p{L}/u.test(name) && !name.includes('.')) out.push({ name: name.replace(/-/g, ' '), entry: country, caseSensitive });
    }
    const demonym: ActorEntry = { ...country, kind: 'demonym' };
    for (const d of c.demonyms) {
      const owner = DEMONYM_OWNER[d];
      if (owner !== undefined && owner !== c.iso3) continue;
      if (owner === undefined && !c.independent) {
        // Territories keep only demonyms no state uses ("Puerto Rican", not "French").
        if (COUNTRIES.some((o) => o.independent && o.demonyms.includes(d))) continue;
      }
      if (demonymSeen.has(d)) continue;
      demonymSeen.add(d);
      // Demonyms are always capitalised in English ("Polish" not "polish").
      out.push({ name: d, entry: demonym, caseSensitive: true });
      const plural = pluralDemonym(d);
      if (plural !== null) out.push({ name: plural, entry: demonym, caseSensitive: true });
    }
    const government: ActorEntry = { code: `${c.iso3}GOV`, country: c.iso3, sector: 'GOV', entity: null, kind: 'capital' };
    for (const cap of c.capitals) out.push({ name: cap, entry: government, caseSensitive: true });
  }
  for (const s of SEATS) {
    out.push({
      name: s.name,
      entry: { code: s.code, country: s.country, sector: s.sector, entity: s.entity, kind: 'seat' },
      caseSensitive: true,
    });
  }
  return out;
}

/** Demonyms with no plural noun: "the French", not "the Frenches". */
const NO_PLURAL = new Set(['French', 'Dutch', 'Swiss', 'Welsh', 'Irish', 'Scottish', 'British', 'Hellenic', 'Lao', 'Malagasy', 'Manx', 'Greenlandic', 'Kyrgyz', 'Kirghiz', 'Ålandish']);

/** "Russians", "Israelis", "Poles": the people of a country as an actor. */
function pluralDemonym(d: string): string | null {
  if (NO_PLURAL.has(d) || /(ese|ish|ss|sh|ch|s)$/.test(d)) return d === 'Czech' ? 'Czechs' : null;
  return `${d}s`;
}

/**
 * Places and things whose names contain an actor's name: "New Mexico" is not Mexico, "British
 * Columbia" not Britain, the "Swiss franc" not Switzerland. The actor dictionary declines a
 * name inside one of these, whether the caller starts at "New" or at "Mexico".
 */
export const NOT_ACTORS: readonly string[] = [
  'New Mexico',
  'Gulf of Mexico',
  'New England',
  'New Jersey',
  'New South Wales',
  'British Columbia',
  'Indian Ocean',
  'South China Sea',
  'East China Sea',
  'South China Morning Post',
  'Washington State',
  'Washington state',
  'George Washington',
  'Atlanta, Georgia',
  'Savannah, Georgia',
  'University of Georgia',
  'Georgia Tech',
  'Jordan River',
  'River Jordan',
  'Michael Jordan',
  'Dead Sea',
  'West Wing',
  'Western Australia',
  'Western Cape',
  'Western Union',
  'Swiss franc',
  'Swiss francs',
  'Turkish lira',
  'Russian rouble',
  'Russian roubles',
  'Russian ruble',
  'Russian rubles',
  'Chinese yuan',
  'Indian rupee',
  'Indian rupees',
  'Japanese yen',
  'British pound',
  'Mexican peso',
  'Mexican pesos',
  'Brazilian real',
  'South African rand',
];
