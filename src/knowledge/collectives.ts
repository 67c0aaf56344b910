/**
 * Collective actors and non-state armed groups.
 *
 * Regions and blocs take CAMEO's three-letter region codes: WST the West, EUR Europe, EEU Eastern
 * Europe, MEA the Middle East, PGS the Persian Gulf states, AFR Africa, WAF/EAF/NAF/SAF/CFR the
 * parts of Africa, ASA Asia, SEA South-East Asia, SAS South Asia, CAS Central Asia, LAM Latin
 * America, SAM South America, NMR North America, BLK the Balkans, CAU the Caucasus, SCN Scandinavia,
 * MDT the Mediterranean; KUR the Kurds (an ethnic code). Two are ours, not CAMEO's: WLD for "the international community" and
 * "world powers" (the world at large, no one state), and ARB for "Arab states" (CAMEO's ethnic code
 * for Arabs, used here as a bloc).
 *
 * Armed groups code as their country + REB (or MIL for state-backed forces) + a three-letter tag
 * for the group, the way the Phoenix dictionaries code them (Hamas PSEREBHMS); transnational
 * jihadist groups take CAMEO's IMGMOS (international militarized group, Muslim) + a tag. A group
 * whose role changed carries dated codes (the Taliban govern Afghanistan from 2021-08-15).
 *
 * A few news outlets are here because their names start with a capital or a country ("Washington
 * Post", "China Daily"): MED, or GOVMED for state agencies.
 */
export interface Collective {
  code: string;
  entity: string;
  names: readonly string[];
  country?: string;
  sector?: string;
  /** Capitals must match as written ("the West", not "the west"). */
  caseSensitive?: boolean;
  /** Dated codes, first match wins; outside them `code` applies. */
  terms?: readonly { code: string; sector: string | null; from: string | null; to: string | null }[];
}

export const COLLECTIVES: readonly Collective[] = [
  { code: 'WST', entity: 'the West', names: ['the West', 'Western'], caseSensitive: true },
  {
    code: 'WST',
    entity: 'the West',
    names: [
      'Western countries',
      'Western nations',
      'Western powers',
      'Western allies',
      'Western states',
      'Western governments',
      'Western democracies',
      'the Western world',
      'the Western alliance',
    ],
  },
  {
    code: 'WLD',
    entity: 'the international community',
    names: ['the international community', 'international community', 'world powers', 'major powers', 'global powers', 'world leaders'],
  },
  {
    code: 'EUR',
    entity: 'Europe',
    names: [
      'Europe',
      'European',
      'Europeans',
      'European countries',
      'European nations',
      'European governments',
      'European allies',
      'European powers',
      'European leaders',
    ],
    caseSensitive: true,
  },
  { code: 'EUR', entity: 'Western Europe', names: ['Western Europe', 'Western European'], caseSensitive: true },
  { code: 'BLK', entity: 'the Western Balkans', names: ['Western Balkans', 'the Western Balkans'], caseSensitive: true },
  { code: 'EEU', entity: 'Eastern Europe', names: ['Eastern Europe', 'Central and Eastern Europe', 'Baltic states', 'the Baltics'], caseSensitive: true },
  { code: 'MEA', entity: 'the Middle East', names: ['Middle East', 'Mideast', 'Middle Eastern'], caseSensitive: true },
  {
    code: 'PGS',
    entity: 'the Gulf states',
    names: ['Gulf states', 'Gulf countries', 'Gulf Arab states', 'Gulf nations', 'Gulf monarchies', 'Persian Gulf states'],
    caseSensitive: true,
  },
  { code: 'ARB', entity: 'Arab states', names: ['Arab states', 'Arab countries', 'Arab nations', 'the Arab world', 'Arab governments'], caseSensitive: true },
  { code: 'AFR', entity: 'Africa', names: ['Africa', 'African', 'Sub-Saharan Africa', 'sub-Saharan Africa', 'African countries', 'African nations', 'African leaders'], caseSensitive: true },
  { code: 'WAF', entity: 'West Africa', names: ['West Africa', 'West African', 'the Sahel'], caseSensitive: true },
  { code: 'EAF', entity: 'East Africa', names: ['East Africa', 'East African', 'Horn of Africa'], caseSensitive: true },
  { code: 'NAF', entity: 'North Africa', names: ['North Africa', 'North African', 'the Maghreb'], caseSensitive: true },
  { code: 'SAF', entity: 'Southern Africa', names: ['Southern Africa'], caseSensitive: true },
  { code: 'CFR', entity: 'Central Africa', names: ['Central Africa'], caseSensitive: true },
  { code: 'ASA', entity: 'Asia', names: ['Asia', 'Asian', 'Asian countries', 'Asian nations'], caseSensitive: true },
  { code: 'SEA', entity: 'South-East Asia', names: ['Southeast Asia', 'South-East Asia', 'South East Asia', 'Southeast Asian'], caseSensitive: true },
  { code: 'SAS', entity: 'South Asia', names: ['South Asia', 'South Asian'], caseSensitive: true },
  { code: 'CAS', entity: 'Central Asia', names: ['Central Asia', 'Central Asian'], caseSensitive: true },
  { code: 'LAM', entity: 'Latin America', names: ['Latin America', 'Latin American'], caseSensitive: true },
  { code: 'SAM', entity: 'South America', names: ['South America', 'South American'], caseSensitive: true },
  { code: 'NMR', entity: 'North America', names: ['North America', 'North American'], caseSensitive: true },
  { code: 'BLK', entity: 'the Balkans', names: ['the Balkans', 'Balkan'], caseSensitive: true },
  { code: 'CAU', entity: 'the Caucasus', names: ['the Caucasus', 'South Caucasus'], caseSensitive: true },
  { code: 'SCN', entity: 'Scandinavia', names: ['Scandinavia', 'Scandinavian', 'Nordic countries'], caseSensitive: true },
  { code: 'MDT', entity: 'the Mediterranean', names: ['the Mediterranean'], caseSensitive: true },
  // Peoples without a state of their own (CAMEO ethnic codes).
  { code: 'KUR', entity: 'Kurds', names: ['Kurds', 'Kurdish', 'Kurd'], caseSensitive: true },
  // Non-state armed groups.
  { code: 'PSEREBHMS', entity: 'Hamas', names: ['Hamas', 'HAMAS'], country: 'PSE', sector: 'REB', caseSensitive: true },
  {
    code: 'PSEREBPIJ',
    entity: 'Palestinian Islamic Jihad',
    names: ['Palestinian Islamic Jihad', 'Islamic Jihad'],
    country: 'PSE',
    sector: 'REB',
    caseSensitive: true,
  },
  { code: 'LBNREBHZB', entity: 'Hezbollah', names: ['Hezbollah', 'Hizbollah', 'Hizbullah', 'Hizballah'], country: 'LBN', sector: 'REB', caseSensitive: true },
  {
    code: 'AFGREBTAL',
    entity: 'Taliban',
    names: ['Taliban', 'the Taliban'],
    country: 'AFG',
    sector: 'REB',
    caseSensitive: true,
    terms: [
      { code: 'AFGGOVTAL', sector: 'GOV', from: '1996-09-27', to: '2001-11-13' },
      { code: 'AFGGOVTAL', sector: 'GOV', from: '2021-08-15', to: null },
    ],
  },
  {
    code: 'PAKREBTTP',
    entity: 'Tehrik-i-Taliban Pakistan',
    names: ['Pakistani Taliban', 'Tehrik-i-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan', 'TTP'],
    country: 'PAK',
    sector: 'REB',
    caseSensitive: true,
  },
  { code: 'IMGMOSALQ', entity: 'al-Qaeda', names: ['al-Qaeda', 'al-Qaida', 'al Qaeda', 'Al Qaeda', 'Al-Qaeda', 'al-Qa’ida'], caseSensitive: true },
  {
    code: 'IMGMOSISI',
    entity: 'Islamic State',
    names: ['Islamic State', 'ISIS', 'ISIL', 'Daesh', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'],
    caseSensitive: true,
  },
  { code: 'SOMREBSHB', entity: 'al-Shabaab', names: ['al-Shabaab', 'al-Shabab', 'Al-Shabaab', 'Al Shabaab', 'al Shabaab'], country: 'SOM', sector: 'REB', caseSensitive: true },
  { code: 'NGAREBBKH', entity: 'Boko Haram', names: ['Boko Haram'], country: 'NGA', sector: 'REB', caseSensitive: true },
  {
    code: 'YEMREBHTH',
    entity: 'Houthis',
    names: ['Houthis', 'Houthi', 'Huthis', 'Huthi', 'Ansar Allah', 'Ansarallah'],
    country: 'YEM',
    sector: 'REB',
    caseSensitive: true,
  },
  { code: 'TURREBPKK', entity: 'PKK', names: ["Kurdistan Workers' Party", 'Kurdistan Workers Party', 'PKK'], country: 'TUR', sector: 'REB', caseSensitive: true },
  {
    code: 'COLREBFAR',
    entity: 'FARC',
    names: ['FARC', 'Revolutionary Armed Forces of Colombia'],
    country: 'COL',
    sector: 'REB',
    caseSensitive: true,
  },
  { code: 'CODREBM23', entity: 'M23', names: ['M23', 'M-23', 'March 23 Movement'], country: 'COD', sector: 'REB', caseSensitive: true },
  { code: 'SDNMILRSF', entity: 'Rapid Support Forces', names: ['Rapid Support Forces'], country: 'SDN', sector: 'MIL', caseSensitive: true },
  { code: 'RUSMILWAG', entity: 'Wagner Group', names: ['Wagner Group', 'Wagner mercenaries', 'Wagner'], country: 'RUS', sector: 'MIL', caseSensitive: true },
  { code: 'SYRREBHTS', entity: 'Hayat Tahrir al-Sham', names: ['Hayat Tahrir al-Sham', 'HTS'], country: 'SYR', sector: 'REB', caseSensitive: true },
  // News outlets named after a capital or country, so that "Washington Post" is not Washington.
  { code: 'USAMED', entity: 'The Washington Post', names: ['Washington Post'], country: 'USA', sector: 'MED', caseSensitive: true },
  { code: 'USAMED', entity: 'The Washington Times', names: ['Washington Times'], country: 'USA', sector: 'MED', caseSensitive: true },
  { code: 'USAMED', entity: 'The New York Times', names: ['New York Times'], country: 'USA', sector: 'MED', caseSensitive: true },
  { code: 'RUSMED', entity: 'The Moscow Times', names: ['Moscow Times'], country: 'RUS', sector: 'MED', caseSensitive: true },
  { code: 'ISRMED', entity: 'The Jerusalem Post', names: ['Jerusalem Post'], country: 'ISR', sector: 'MED', caseSensitive: true },
  { code: 'IRNMED', entity: 'Tehran Times', names: ['Tehran Times'], country: 'IRN', sector: 'MED', caseSensitive: true },
  { code: 'UKRMED', entity: 'The Kyiv Independent', names: ['Kyiv Independent', 'Kyiv Post'], country: 'UKR', sector: 'MED', caseSensitive: true },
  { code: 'CHNGOVMED', entity: 'China Daily', names: ['China Daily'], country: 'CHN', sector: 'MED', caseSensitive: true },
  { code: 'CHNGOVMED', entity: 'Xinhua', names: ['Xinhua', 'Xinhua News Agency'], country: 'CHN', sector: 'MED', caseSensitive: true },
  { code: 'RUSGOVMED', entity: 'TASS', names: ['TASS', 'Tass'], country: 'RUS', sector: 'MED', caseSensitive: true },
  { code: 'RUSGOVMED', entity: 'RIA Novosti', names: ['RIA Novosti', 'RIA'], country: 'RUS', sector: 'MED', caseSensitive: true },
  { code: 'BLRGOVMED', entity: 'BelTA', names: ['BelTA'], country: 'BLR', sector: 'MED', caseSensitive: true },
  { code: 'PRKGOVMED', entity: 'Korean Central News Agency', names: ['KCNA', 'Korean Central News Agency'], country: 'PRK', sector: 'MED', caseSensitive: true },
  { code: 'IRNGOVMED', entity: 'IRNA', names: ['IRNA'], country: 'IRN', sector: 'MED', caseSensitive: true },
];
