/**
 * Role words and the CAMEO agent (sector) code they give an actor: "Russian troops" is RUS + MIL.
 *
 * Choices:
 * - Ministers, ministries and their spokespeople are GOV, whatever the portfolio: the defence
 *   minister speaks for the government, not for the armed forces (CAMEO codes the defence
 *   ministry GOV too). Only the armed forces themselves are MIL.
 * - Former office holders ("former president") are ELI, as the PETRARCH agents dictionary does.
 * - Protesters and demonstrators are CVL (civilians acting), the organised opposition OPP;
 *   rebels, militants, insurgents, separatists, guerrillas are REB (CAMEO's INS/SEP are folded in).
 * - Rights groups and activists are HRI when about human rights, NGO otherwise.
 * Each entry is written in the singular (or as used) and plural forms are derived; irregular ones
 * are listed.
 */
export const ROLE_TABLE: readonly (readonly [sector: string, phrases: readonly string[]])[] = [
  [
    'GOV',
    [
      'president',
      'vice president',
      'vice-president',
      'prime minister',
      'deputy prime minister',
      'premier',
      'chancellor',
      'minister',
      'deputy minister',
      'foreign minister',
      'foreign secretary',
      'secretary of state',
      'foreign affairs minister',
      'minister of foreign affairs',
      'defence minister',
      'defense minister',
      'defence secretary',
      'defense secretary',
      'minister of defence',
      'minister of defense',
      'interior minister',
      'home secretary',
      'finance minister',
      'economy minister',
      'trade minister',
      'energy minister',
      'health minister',
      'justice minister',
      'ministry',
      'foreign ministry',
      'defence ministry',
      'defense ministry',
      'interior ministry',
      'finance ministry',
      'ministry of foreign affairs',
      'ministry of defence',
      'ministry of defense',
      'government',
      'administration',
      'cabinet',
      'authorities',
      'authority',
      'official',
      'senior official',
      'government official',
      'officials',
      'spokesman',
      'spokeswoman',
      'spokesperson',
      'government spokesman',
      'press secretary',
      'ambassador',
      'envoy',
      'special envoy',
      'diplomat',
      'top diplomat',
      'embassy',
      'consulate',
      'leader',
      'leadership',
      'head of state',
      'head of government',
      'king',
      'queen',
      'emir',
      'sultan',
      'crown prince',
      'monarch',
      'regime',
      'governor',
      'mayor',
      // US titles before a name ("Gov. Gretchen Whitmer"); written capitalised, so matched only so
      'Gov.',
      'Lt. Gov.',
      'councillor',
      'councilor',
      'negotiator',
      'inspector general',
      'surgeon general',
      'chief negotiator',
      'state',
      'presidential administration',
      'presidential adviser',
      'presidential advisor',
      'national security adviser',
      'national security advisor',
      'security council',
      'state department',
    ],
  ],
  ['GOVMED', ['state media', 'state television', 'state TV', 'state news agency', 'official media', 'state-run media', 'state-run television', 'state-owned media', 'state broadcaster']],
  [
    'MIL',
    [
      'army',
      'armed forces',
      'military',
      'militaries',
      'troops',
      'forces',
      // not "force" alone: "a driving force", "one force in conservative politics"
      'security force',
      'task force',
      'peacekeeping force',
      'soldier',
      'servicemen',
      'serviceman',
      'service members',
      'security forces',
      'navy',
      'naval forces',
      'air force',
      'warship',
      'warplane',
      'fighter jet',
      'jet',
      'bomber',
      'strategic bomber',
      'tank',
      'drone',
      'missile',
      'general',
      'commander',
      'military commander',
      'military official',
      'military spokesman',
      'chief of staff',
      'chief of general staff',
      'general staff',
      'defence forces',
      'defense forces',
      'paratrooper',
      'marine',
      'sailor',
      'pilot',
      'fighter pilot',
      'border guard',
      'coast guard',
      'national guard',
      'special forces',
      'peacekeeper',
      'garrison',
      'battalion',
      'brigade',
      'regiment',
      'artillery',
      'infantry',
      'warhead',
    ],
  ],
  ['COP', ['police', 'policeman', 'policemen', 'police officer', 'riot police', 'border police', 'traffic police', 'officer', 'law enforcement', 'gendarmerie', 'gendarme']],
  ['SPY', ['intelligence', 'intelligence service', 'intelligence agency', 'intelligence chief', 'intelligence official', 'spy agency', 'spy', 'secret service', 'security service', 'security services']],
  [
    'OPP',
    [
      'opposition',
      'opposition leader',
      'opposition party',
      'opposition group',
      'opposition figure',
      'opposition activist',
      'opposition politician',
      'opposition supporter',
      'pro-democracy movement',
      'pro-democracy activist',
      'democracy movement',
      'dissident',
      'protest movement',
    ],
  ],
  ['CVL', ['protester', 'protestor', 'demonstrator', 'civilian', 'resident', 'people', 'citizen', 'population', 'public', 'crowd', 'villager', 'mob', 'inhabitant', 'voter', 'man', 'woman', 'child', 'children', 'family', 'families', 'person', 'persons',
    // people held or hit, the usual targets of 17x-18x and 0841 (release)
    'prisoner', 'political prisoner', 'detainee', 'inmate', 'hostage', 'captive', 'passenger', 'tourist', 'pilgrim', 'worshipper', 'victim',
    // kin and nationals: "Egyptian relatives of the activist" are Egypt's civilians, not Egypt
    'relative', 'national', 'dual national', 'cousin', 'son', 'daughter', 'wife', 'husband', 'expatriate', 'immigrant']],
  [
    'REB',
    [
      'rebel',
      'rebel group',
      'militant',
      'militant group',
      'insurgent',
      'insurgency',
      'separatist',
      'guerrilla',
      'guerilla',
      'fighter',
      'armed group',
      'gunman',
      'gunmen',
      'jihadist',
      'extremist',
      'terrorist',
      'militia',
      'militiaman',
      'militiamen',
      'paramilitary',
      'paramilitaries',
    ],
  ],
  ['JUD', ['court', 'supreme court', 'constitutional court', 'judge', 'judiciary', 'prosecutor', 'prosecutor general', 'attorney general', 'prosecutor’s office', 'tribunal', 'lawyer', 'attorney', 'magistrate']],
  [
    'LEG',
    [
      'parliament',
      'lawmaker',
      'legislator',
      'legislature',
      'senate',
      'senator',
      'Sen.',
      'Rep.',
      'congress',
      'congressman',
      'congresswoman',
      'member of parliament',
      'MP',
      'deputy',
      'house of representatives',
      'lower house',
      'upper house',
      'national assembly',
      'assembly',
      'parliamentarian',
      'speaker',
      'parliament speaker',
      'majority leader',
      'minority leader',
      'majority whip',
      'minority whip',
    ],
  ],
  // The US parties' members by name; capitalised only ("democrats" in general is no party).
  ['PTY', ['Democrat', 'Republican', 'GOP', 'party', 'political party', 'ruling party', 'communist party', 'party leader', 'party official', 'coalition']],
  ['BUS', ['company', 'firm', 'business', 'businessman', 'businesswoman', 'bank', 'corporation', 'manufacturer', 'producer', 'investor', 'exporter', 'importer', 'industry', 'plant', 'factory', 'enterprise', 'executive', 'chief executive', 'CEO', 'oil company', 'trader']],
  ['MED', ['media', 'journalist', 'reporter', 'newspaper', 'news agency', 'press', 'broadcaster', 'television', 'editor', 'correspondent', 'blogger', 'outlet', 'news outlet', 'media outlet', 'TV']],
  ['REF', ['refugee', 'asylum seeker', 'displaced people', 'displaced person', 'internally displaced', 'migrant']],
  ['EDU', ['student', 'university', 'school', 'teacher', 'professor', 'lecturer', 'academic', 'scholar', 'researcher', 'scientist']],
  ['HLH', ['doctor', 'hospital', 'nurse', 'medic', 'health worker', 'health official', 'health ministry', 'paramedic']],
  ['REL', ['cleric', 'religious leader', 'church', 'imam', 'priest', 'bishop', 'archbishop', 'patriarch', 'rabbi', 'mullah', 'ayatollah', 'clergy', 'clergyman', 'monk', 'mosque', 'pope']],
  ['HRI', ['rights group', 'human rights group', 'human rights organisation', 'human rights organization', 'rights activist', 'human rights activist', 'human rights defender', 'rights organisation', 'rights organization', 'rights watchdog']],
  ['NGO', ['NGO', 'non-governmental organisation', 'non-governmental organization', 'nongovernmental organization', 'aid group', 'aid agency', 'aid worker', 'charity', 'activist', 'campaigner', 'humanitarian organisation', 'humanitarian organization']],
  ['LAB', ['union', 'trade union', 'labour union', 'labor union', 'worker', 'employee', 'striker', 'miner', 'labourer', 'laborer']],
  ['AGR', ['farmer', 'peasant', 'herder', 'fisherman', 'fishermen']],
  ['CRM', ['criminal', 'gang', 'smuggler', 'trafficker', 'drug trafficker', 'cartel', 'pirate', 'kidnapper', 'hacker', 'thief', 'thieves', 'mafia', 'suspect', 'drug lord', 'drug dealer']],
  ['ELI', ['former president', 'former prime minister', 'former minister', 'former leader', 'ex-president', 'ex-prime minister', 'former foreign minister', 'former defence minister', 'former defense minister', 'elite', 'oligarch', 'tycoon']],
];

const IRREGULAR: Readonly<Record<string, string>> = {
  man: 'men',
  woman: 'women',
  spokesman: 'spokesmen',
  spokeswoman: 'spokeswomen',
  serviceman: 'servicemen',
  businessman: 'businessmen',
  businesswoman: 'businesswomen',
  congressman: 'congressmen',
  'Sen.': 'Sens.',
  'Rep.': 'Reps.',
  'Gov.': 'Govs.',
  'Lt. Gov.': 'Lt. Govs.',
  GOP: 'GOP',
  congresswoman: 'congresswomen',
  clergyman: 'clergymen',
  fisherman: 'fishermen',
  policeman: 'policemen',
  gunman: 'gunmen',
  militiaman: 'militiamen',
  child: 'children',
  person: 'people',
  police: 'police',
  people: 'people',
  media: 'media',
  military: 'militaries',
  public: 'public',
  press: 'press',
  intelligence: 'intelligence',
  infantry: 'infantry',
  artillery: 'artillery',
  clergy: 'clergy',
  leadership: 'leadership',
  judiciary: 'judiciary',
  opposition: 'opposition',
  gendarmerie: 'gendarmerie',
  elite: 'elites',
  chief: 'chiefs',
  staff: 'staff',
  'law enforcement': 'law enforcement',
  'attorney general': 'attorneys general',
  'inspector general': 'inspectors general',
  'surgeon general': 'surgeons general',
  'prosecutor general': 'prosecutors general',
  'secretary of state': 'secretaries of state',
  'member of parliament': 'members of parliament',
  'head of state': 'heads of state',
  'head of government': 'heads of government',
  'chief of staff': 'chiefs of staff',
  'ministry of foreign affairs': 'ministries of foreign affairs',
  'minister of foreign affairs': 'ministers of foreign affairs',
  'minister of defence': 'ministers of defence',
  'minister of defense': 'ministers of defense',
  'ministry of defence': 'ministries of defence',
  'ministry of defense': 'ministries of defense',
  'internally displaced': 'internally displaced',
  'prosecutor’s office': 'prosecutors’ offices',
};

/** The plural of a role phrase (its last word), for the regular English patterns. */
export function pluralise(phrase: string): string {
  const irregular = IRREGULAR[phrase];
  if (irregular !== undefined) return irregular;
  const space = phrase.lastIndexOf(' ');
  const head = phrase.slice(0, space + 1);
  const last = phrase.slice(space + 1);
  const irregularLast = IRREGULAR[last];
  if (irregularLast !== undefined) return head + irregularLast;
  if (/[A-Z]$/.test(last)) return `${head}${last}s`;
  // Already plural ("troops", "authorities", "armed forces").
  if (/[^su]s$/.test(last)) return phrase;
  if (/(s|x|z|ch|sh)$/.test(last)) return `${head}${last}es`;
  if (/[^aeiou]y$/.test(last)) return `${head}${last.slice(0, -1)}ies`;
  return `${head}${last}s`;
}

export interface RoleWord {
  phrase: string;
  sector: string;
  /** Abbreviations ("MP", "CEO", "NGO") and capitalised titles ("Sen.", "Democrat") must be written so. */
  caseSensitive: boolean;
}

/** Every role phrase in singular and plural, with its sector. */
export function roleWords(): RoleWord[] {
  const out: RoleWord[] = [];
  for (const [sector, phrases] of ROLE_TABLE) {
    for (const phrase of phrases) {
      // Abbreviations ("MP", "CEO") and phrases written capitalised ("Sen.", "Democrat") keep their case.
      const caseSensitive = /^[A-Z]|[A-Z]{2}/.test(phrase);
      out.push({ phrase, sector, caseSensitive });
      const plural = pluralise(phrase);
      if (plural !== phrase) out.push({ phrase: plural, sector, caseSensitive });
    }
  }
  return out;
}
