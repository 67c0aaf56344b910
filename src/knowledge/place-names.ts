/**
 * Names the gazetteer needs beyond its package data: English names the GeoNames city list spells
 * another way, country names news uses that world-countries lacks, US states, a few regions that
 * news names as places, and capitalised common words that are also town names. Facts only;
 * coordinates of regions are rough representative points (a degree or so), not centroids.
 */

/** English name -> [name in the city list, ISO2]. */
export const CITY_ALIASES: Readonly<Record<string, readonly [string, string]>> = {
  Kiev: ['Kyiv', 'UA'],
  Odesa: ['Odessa', 'UA'],
  Kharkov: ['Kharkiv', 'UA'],
  Lvov: ['Lviv', 'UA'],
  Lugansk: ['Luhansk', 'UA'],
  Zaporizhzhia: ['Zaporizhia', 'UA'],
  Zaporozhye: ['Zaporizhia', 'UA'],
  Nikolaev: ['Mykolayiv', 'UA'],
  Mykolaiv: ['Mykolayiv', 'UA'],
  Dnipropetrovsk: ['Dnipro', 'UA'],
  Grodno: ['Hrodna', 'BY'],
  Gomel: ["Homyel'", 'BY'],
  Mogilev: ['Mahilyow', 'BY'],
  Grozny: ['Groznyy', 'RU'],
  'Rostov-on-Don': ['Rostov-na-Donu', 'RU'],
  Washington: ['Washington, D.C.', 'US'],
  'Washington DC': ['Washington, D.C.', 'US'],
  'Washington D.C.': ['Washington, D.C.', 'US'],
  'New York': ['New York City', 'US'],
  Cologne: ['Köln', 'DE'],
  Frankfurt: ['Frankfurt am Main', 'DE'],
  Nuremberg: ['Nürnberg', 'DE'],
  Geneva: ['Genève', 'CH'],
  Saigon: ['Ho Chi Minh City', 'VN'],
  Bangalore: ['Bengaluru', 'IN'],
  Calcutta: ['Kolkata', 'IN'],
  Bombay: ['Mumbai', 'IN'],
  Madras: ['Chennai', 'IN'],
  Peking: ['Beijing', 'CN'],
  Rangoon: ['Yangon', 'MM'],
  Basra: ['Basrah', 'IQ'],
  Raqqa: ['Ar Raqqah', 'SY'],
  Hodeidah: ['Al Hudaydah', 'YE'],
  Misrata: ['Mişrātah', 'LY'],
  Derna: ['Darnah', 'LY'],
  Mekelle: ["Mek'ele", 'ET'],
  Astana: ['Nur-Sultan', 'KZ'],
  Ulaanbaatar: ['Ulan Bator', 'MN'],
};

/** Country names in news that world-countries does not list -> ISO3. */
export const EXTRA_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  Turkey: 'TUR',
  Britain: 'GBR',
  'Great Britain': 'GBR',
  America: 'USA',
  'United States of America': 'USA',
  'Czech Republic': 'CZE',
  'Democratic Republic of Congo': 'COD',
  'Republic of Congo': 'COG',
  'East Timor': 'TLS',
  'Cape Verde': 'CPV',
  Swaziland: 'SWZ',
  Vatican: 'VAT',
};

/** Ambiguous country names we leave unresolved ("Congo" is two states; "Korea" two). */
export const AMBIGUOUS_COUNTRY_NAMES: ReadonlySet<string> = new Set(['congo', 'korea', 'guinea']);

/** Upper-case abbreviations of countries, matched case-sensitively only. */
export const COUNTRY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  US: 'USA',
  USA: 'USA',
  'U.S.': 'USA',
  'U.S.A.': 'USA',
  UK: 'GBR',
  'U.K.': 'GBR',
  UAE: 'ARE',
  DRC: 'COD',
  PRC: 'CHN',
  DPRK: 'PRK',
  ROK: 'KOR',
};

/** The fifty states and DC -> postal code (the GeoNames first-level code of their cities). */
export const US_STATES: Readonly<Record<string, string>> = {
  Alabama: 'AL', Alaska: 'AK', Arizona: 'AZ', Arkansas: 'AR', California: 'CA', Colorado: 'CO',
  Connecticut: 'CT', Delaware: 'DE', Florida: 'FL', Georgia: 'GA', Hawaii: 'HI', Idaho: 'ID',
  Illinois: 'IL', Indiana: 'IN', Iowa: 'IA', Kansas: 'KS', Kentucky: 'KY', Louisiana: 'LA',
  Maine: 'ME', Maryland: 'MD', Massachusetts: 'MA', Michigan: 'MI', Minnesota: 'MN',
  Mississippi: 'MS', Missouri: 'MO', Montana: 'MT', Nebraska: 'NE', Nevada: 'NV',
  'New Hampshire': 'NH', 'New Jersey': 'NJ', 'New Mexico': 'NM', 'New York State': 'NY',
  'North Carolina': 'NC', 'North Dakota': 'ND', Ohio: 'OH', Oklahoma: 'OK', Oregon: 'OR',
  Pennsylvania: 'PA', 'Rhode Island': 'RI', 'South Carolina': 'SC', 'South Dakota': 'SD',
  Tennessee: 'TN', Texas: 'TX', Utah: 'UT', Vermont: 'VT', Virginia: 'VA',
  'Washington State': 'WA', 'West Virginia': 'WV', Wisconsin: 'WI', Wyoming: 'WY',
};

/** Regions news names as places: name -> [ISO3, lat, lon]. */
export const REGIONS: Readonly<Record<string, readonly [string, number, number]>> = {
  Crimea: ['UKR', 45.3, 34.4],
  Donbas: ['UKR', 48.0, 38.0],
  Donbass: ['UKR', 48.0, 38.0],
  Tigray: ['ETH', 14.0, 38.5],
  Darfur: ['SDN', 13.5, 24.5],
  Xinjiang: ['CHN', 41.5, 85.5],
  Tibet: ['CHN', 31.5, 88.5],
  'Gaza Strip': ['PSE', 31.42, 34.36],
  'West Bank': ['PSE', 31.95, 35.25],
  'Nagorno-Karabakh': ['AZE', 39.8, 46.75],
  Transnistria: ['MDA', 47.2, 29.4],
  Abkhazia: ['GEO', 43.0, 41.0],
  'South Ossetia': ['GEO', 42.3, 44.0],
  Chechnya: ['RUS', 43.4, 45.7],
  Siberia: ['RUS', 60.0, 105.0],
  Sinai: ['EGY', 29.5, 33.8],
  Bali: ['IDN', -8.4, 115.2],
  England: ['GBR', 52.5, -1.5],
  Scotland: ['GBR', 56.5, -4.2],
  Wales: ['GBR', 52.3, -3.7],
  'Northern Ireland': ['GBR', 54.6, -6.7],
};

/**
 * Capitalised words that are common English words, or given names, and also names of towns:
 * a gazetteer scan takes them as places only when the article is about that town's country.
 */
export const COMMON_WORD_PLACES: ReadonlySet<string> = new Set(
  (
    'of also along among about above across after against ahead before behind below beyond despite during ' +
    'since until while when where there these those some both each such other several many more most even ' +
    'still last next over under within without between given early young rich hope mobile reading nice split ' +
    'bath wells sale hull deal police union independence liberty victory unity progress concord friendship ' +
    'temple gold orange buffalo eagle aurora mercedes victoria florence chase president minister ' +
    'general prime government state national central federal republic democratic security defense defence ' +
    'foreign interior council army navy forces military officials sources press news today monday tuesday ' +
    'wednesday thursday friday saturday sunday january february march april may june july august september ' +
    'october november december town city village camp university college hospital school church ' +
    'market station airport port bay lake river mount north south east west central saint santa san ' +
    'western eastern northern southern new old great little grand royal justice paradise providence ' +
    'harmony enterprise commerce industry energy plenty fortune opportunity success triumph welcome save ' +
    'bush hassan ali said omar abbas khan mohammed muhammad ahmed george jackson kennedy clinton'
  ).split(' '),
);
