import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createActorDictionary, defaultActorDictionary } from '../../src/knowledge/actor-dictionary.js';
import type { ActorDictionary, OfficeTerm } from '../../src/knowledge/types.js';

/** Matches at the first occurrence of `at` in `text`; returns "matched text=CODE" or null. */
function codeAt(dict: ActorDictionary, text: string, at: string, date: string | null = '2021-12-30'): string | null {
  const start = text.indexOf(at);
  assert.ok(start >= 0, `"${at}" not in "${text}"`);
  const m = dict.matchAt(text, start, date);
  return m === null ? null : `${text.slice(m.start, m.end)}=${m.entry.code}`;
}

const dict = defaultActorDictionary();

describe('actor dictionary: countries and their names', () => {
  const cases: [text: string, at: string, expected: string | null][] = [
    ['Russia denied the claims.', 'Russia', 'Russia=RUS'],
    ['The Russian Federation said', 'Russian', 'Russian Federation=RUS'],
    ['talks in Belarus on Monday', 'Belarus', 'Belarus=BLR'],
    ['Byelorussia was a Soviet republic', 'Byelorussia', 'Byelorussia=BLR'],
    ['the United States and its allies', 'the', 'the United States=USA'],
    ['the United States of America', 'United', 'United States of America=USA'],
    ['the U.S. and NATO', 'U.S.', 'U.S.=USA'],
    ['US officials said', 'US', 'US=USA'],
    ['U.S.A. today', 'U.S.A.', 'U.S.A.=USA'],
    ['America First', 'America', 'America=USA'],
    ['Britain and France', 'Britain', 'Britain=GBR'],
    ['the UK government', 'UK', 'UK=GBR'],
    ['the U.K. said', 'U.K.', 'U.K.=GBR'],
    ['Burma, now Myanmar', 'Burma', 'Burma=MMR'],
    ['Myanmar junta', 'Myanmar', 'Myanmar=MMR'],
    ['in Ivory Coast', 'Ivory', 'Ivory Coast=CIV'],
    ["in Côte d'Ivoire", 'Côte', "Côte d'Ivoire=CIV"],
    ['in Cote d’Ivoire', 'Cote', 'Cote d’Ivoire=CIV'],
    ['Türkiye and Greece', 'Türkiye', 'Türkiye=TUR'],
    ['Turkiye and Greece', 'Turkiye', 'Turkiye=TUR'],
    ['Turkey and Greece', 'Turkey', 'Turkey=TUR'],
    ['Czechia and Slovakia', 'Czechia', 'Czechia=CZE'],
    ['the Czech Republic', 'Czech', 'Czech Republic=CZE'],
    ['Swaziland, now Eswatini', 'Swaziland', 'Swaziland=SWZ'],
    ['Eswatini', 'Eswatini', 'Eswatini=SWZ'],
    ['North Macedonia joined', 'North', 'North Macedonia=MKD'],
    ['Macedonia joined', 'Macedonia', 'Macedonia=MKD'],
    ['the DPRK fired', 'DPRK', 'DPRK=PRK'],
    ['North Korea fired', 'North', 'North Korea=PRK'],
    ['the ROK navy', 'ROK', 'ROK=KOR'],
    ['South Korea and Japan', 'South', 'South Korea=KOR'],
    ['the UAE and Qatar', 'UAE', 'UAE=ARE'],
    ['the PRC said', 'PRC', 'PRC=CHN'],
    ["the People's Republic of China", 'People', "People's Republic of China=CHN"],
    ['the Netherlands and Belgium', 'the', 'the Netherlands=NLD'],
    ['Holland won', 'Holland', 'Holland=NLD'],
    ['Taiwan and China', 'Taiwan', 'Taiwan=TWN'],
    ['Palestine and Israel', 'Palestine', 'Palestine=PSE'],
    ['Kosovo and Serbia', 'Kosovo', 'Kosovo=XKX'],
    ['the Soviet Union collapsed', 'Soviet', 'Soviet Union=USR'],
  ];
  for (const [text, at, expected] of cases) {
    it(`${at} in "${text}"`, () => assert.equal(codeAt(dict, text, at), expected));
  }
});

describe('actor dictionary: look-alike names, longest match wins', () => {
  const cases: [text: string, at: string, expected: string | null][] = [
    ['Niger and Nigeria', 'Niger', 'Niger=NER'],
    ['Niger and Nigeria', 'Nigeria', 'Nigeria=NGA'],
    ['Nigerian troops', 'Nigerian', 'Nigerian=NGA'],
    ['Nigerien troops', 'Nigerien', 'Nigerien=NER'],
    ['the Democratic Republic of Congo', 'Democratic', 'Democratic Republic of Congo=COD'],
    ['the Democratic Republic of the Congo', 'Democratic', 'Democratic Republic of the Congo=COD'],
    ['DR Congo', 'DR', 'DR Congo=COD'],
    ['the DRC army', 'DRC', 'DRC=COD'],
    ['eastern Congo', 'Congo', 'Congo=COD'],
    ['Congo-Brazzaville', 'Congo', 'Congo-Brazzaville=COG'],
    ['the Republic of the Congo', 'Republic', 'Republic of the Congo=COG'],
    ['Guinea and Mali', 'Guinea', 'Guinea=GIN'],
    ['Guinea-Bissau and Mali', 'Guinea', 'Guinea-Bissau=GNB'],
    ['Guinea Bissau and Mali', 'Guinea', 'Guinea Bissau=GNB'],
    ['in New\n\nZealand', 'New', null],
    ['in New\nZealand', 'New', 'New\nZealand=NZL'],
    ['Western Europe', 'Western', 'Western Europe=EUR'],
    ['Western Australia', 'Western', null],
    ['Kurdish fighters', 'Kurdish', 'Kurdish=KUR'],
    ['Equatorial Guinea', 'Equatorial', 'Equatorial Guinea=GNQ'],
    ['Papua New Guinea', 'Papua', 'Papua New Guinea=PNG'],
    ['Dominica and Haiti', 'Dominica', 'Dominica=DMA'],
    ['the Dominican Republic and Haiti', 'Dominican', 'Dominican Republic=DOM'],
    ['Sudan and Chad', 'Sudan', 'Sudan=SDN'],
    ['South Sudan and Chad', 'South', 'South Sudan=SSD'],
    ['South Sudanese refugees', 'South', 'South Sudanese=SSD'],
    ['Sudanese army', 'Sudanese', 'Sudanese=SDN'],
    ['Korea and Japan', 'Korea', 'Korea=KOR'],
    ['Georgia and Armenia', 'Georgia', 'Georgia=GEO'],
    ['Jordan and Egypt', 'Jordan', 'Jordan=JOR'],
    ['the West Bank', 'the', 'the West Bank=PSE'],
    ['the Western Sahara', 'Western', 'Western Sahara=ESH'],
    ['the Washington Post reported', 'Washington', 'Washington Post=USAMED'],
    ['China Daily said', 'China', 'China Daily=CHNGOVMED'],
  ];
  for (const [text, at, expected] of cases) {
    it(`${at} in "${text}"`, () => assert.equal(codeAt(dict, text, at), expected));
  }
});

describe('actor dictionary: case rules', () => {
  const cases: [text: string, at: string, expected: string | null][] = [
    ['tell us more', 'us', null],
    ['Let Us go', 'Us', null],
    ['US sanctions', 'US', 'US=USA'],
    ['US-led coalition', 'US', 'US=USA'],
    ['un peu', 'un', null],
    ['the UN said', 'UN', 'UN=IGOUNO'],
    ['the U.N. said', 'U.N.', 'U.N.=IGOUNO'],
    ['the eu', 'eu', null],
    ['who said it', 'who', null],
    ['the WHO said', 'WHO', 'WHO=IGOUNOWHO'],
    ['roast turkey', 'turkey', null],
    ['TURKEY SAYS NO', 'TURKEY', 'TURKEY=TUR'],
    ['a chad of paper', 'chad', null],
    ['Chad said', 'Chad', 'Chad=TCD'],
    ['fine china', 'china', null],
    ['China said', 'China', 'China=CHN'],
    ['the river jordan', 'jordan', null],
    ['a guinea pig', 'guinea', null],
    ['polish the floor', 'polish', null],
    ['Polish troops', 'Polish', 'Polish=POL'],
    ['russia said', 'russia', 'russia=RUS'],
    ['to the west of the city', 'the', null],
    ['sanctions by the West', 'the', 'the West=WST'],
    ['amnesty for prisoners', 'amnesty', null],
  ];
  for (const [text, at, expected] of cases) {
    it(`${at} in "${text}"`, () => assert.equal(codeAt(dict, text, at), expected));
  }

  it('does not match inside a word', () => {
    assert.equal(dict.matchAt('BUS stop', 1, null), null);
    assert.equal(dict.matchAt('Prussia', 1, null), null);
  });

  it('ends at a word boundary', () => {
    assert.equal(codeAt(dict, 'Russiaville', 'Russiaville'), null);
    // no "USA" inside USAID: the whole acronym is USAID itself (from the Phoenix tables)
    assert.equal(codeAt(dict, 'USAID', 'USAID'), 'USAID=USAGOVDEV');
    assert.equal(codeAt(dict, 'Chadian', 'Chadian'), 'Chadian=TCD');
    assert.equal(codeAt(dict, 'Omani', 'Omani'), 'Omani=OMN');
  });
});

describe('actor dictionary: places and things named after actors', () => {
  const cases: [text: string, at: string, expected: string | null][] = [
    ['in New Mexico', 'New', null],
    ['in New Mexico', 'Mexico', null],
    ['the Gulf of Mexico', 'Mexico', null],
    ['Mexico said', 'Mexico', 'Mexico=MEX'],
    ['in British Columbia', 'British', null],
    ['the Swiss franc rose', 'Swiss', null],
    ['Swiss banks', 'Swiss', 'Swiss=CHE'],
    ['in the South China Sea', 'China', null],
    ['Atlanta, Georgia', 'Georgia', null],
    ['Tbilisi, Georgia', 'Georgia', 'Georgia=GEO'],
    ['the Indian Ocean', 'Indian', null],
  ];
  for (const [text, at, expected] of cases) {
    it(`${at} in "${text}"`, () => assert.equal(codeAt(dict, text, at), expected));
  }
});

describe('actor dictionary: possessives and quotes', () => {
  const cases: [text: string, at: string, expected: string | null][] = [
    ["Russia's support", 'Russia', 'Russia=RUS'],
    ['Russia’s support', 'Russia', 'Russia=RUS'],
    ["Belarus' neighbours", 'Belarus', 'Belarus=BLR'],
    ["the US's allies", 'US', 'US=USA'],
    ['“Belarus is still being strangled”', 'Belarus', 'Belarus=BLR'],
    ['"Ukraine" was said', 'Ukraine', 'Ukraine=UKR'],
    ['(NATO)', 'NATO', 'NATO=IGOWSTNAT'],
    ['Moscow-backed', 'Moscow', 'Moscow=RUSGOV'],
  ];
  for (const [text, at, expected] of cases) {
    it(`${at} in "${text}"`, () => assert.equal(codeAt(dict, text, at), expected));
  }
});

describe('actor dictionary: demonyms, capitals and seats of power', () => {
  const cases: [text: string, at: string, expected: string | null][] = [
    ['Belarusian President', 'Belarusian', 'Belarusian=BLR'],
    ['Belarussian officials', 'Belarussian', 'Belarussian=BLR'],
    ['Byelorussian', 'Byelorussian', 'Byelorussian=BLR'],
    ['Ukrainian border', 'Ukrainian', 'Ukrainian=UKR'],
    ['American troops', 'American', 'American=USA'],
    ['British diplomats', 'British', 'British=GBR'],
    ['Chinese navy', 'Chinese', 'Chinese=CHN'],
    ['Emirati officials', 'Emirati', 'Emirati=ARE'],
    ['Congolese army', 'Congolese', 'Congolese=COD'],
    ['Dutch officials', 'Dutch', 'Dutch=NLD'],
    ['Russians voted', 'Russians', 'Russians=RUS'],
    ['Israelis and Palestinians', 'Palestinians', 'Palestinians=PSE'],
    ['the Poles', 'Poles', 'Poles=POL'],
    ['The Hague said', 'The', 'The Hague=NLDGOV'],
    ['Moscow and Minsk', 'Moscow', 'Moscow=RUSGOV'],
    ['Moscow and Minsk', 'Minsk', 'Minsk=BLRGOV'],
    ['Officials in Kyiv', 'Kyiv', 'Kyiv=UKRGOV'],
    ['Officials in Kiev', 'Kiev', 'Kiev=UKRGOV'],
    ['Washington said', 'Washington', 'Washington=USAGOV'],
    ['Beijing said', 'Beijing', 'Beijing=CHNGOV'],
    ['Tehran said', 'Tehran', 'Tehran=IRNGOV'],
    ['New Delhi said', 'New', 'New Delhi=INDGOV'],
    ['Brussels said', 'Brussels', null],
    ['the Kremlin said', 'the', 'the Kremlin=RUSGOV'],
    ['The Kremlin said', 'The', 'The Kremlin=RUSGOV'],
    ['Kremlin spokesman', 'Kremlin', 'Kremlin=RUSGOV'],
    ['the White House said', 'the', 'the White House=USAGOV'],
    ['a white house on the hill', 'white', null],
    ['Downing Street said', 'Downing', 'Downing Street=GBRGOV'],
    ['the Elysee said', 'the', 'the Elysee=FRAGOV'],
    ['the Élysée said', 'the', 'the Élysée=FRAGOV'],
    ['Zhongnanhai', 'Zhongnanhai', 'Zhongnanhai=CHNGOV'],
    ['the Blue House', 'the', 'the Blue House=KORGOV'],
    ['the Pentagon said', 'the', 'the Pentagon=USAMIL'],
    ['Whitehall', 'Whitehall', 'Whitehall=GBRGOV'],
    ['the State Department said', 'the', 'the State Department=USAGOV'],
  ];
  for (const [text, at, expected] of cases) {
    it(`${at} in "${text}"`, () => assert.equal(codeAt(dict, text, at), expected));
  }

  it('says what kind of name matched', () => {
    const kind = (text: string): string | undefined => dict.matchAt(text, 0, null)?.entry.kind;
    assert.equal(kind('Russia'), 'country');
    assert.equal(kind('Russian'), 'demonym');
    assert.equal(kind('Moscow'), 'capital');
    assert.equal(kind('Kremlin'), 'seat');
    assert.equal(kind('NATO'), 'igo');
    assert.equal(kind('Hamas'), 'group');
    const minsk = dict.matchAt('Minsk', 0, null)?.entry;
    assert.deepEqual(minsk, { code: 'BLRGOV', country: 'BLR', sector: 'GOV', entity: null, kind: 'capital' });
  });
});

describe('actor dictionary: international organisations and collectives', () => {
  const cases: [text: string, at: string, expected: string | null][] = [
    ['the United Nations said', 'United', 'United Nations=IGOUNO'],
    ['the UN Security Council', 'UN', 'UN Security Council=IGOUNOSC'],
    ['the U.N. Security Council', 'U.N.', 'U.N. Security Council=IGOUNOSC'],
    ['UN General Assembly', 'UN', 'UN General Assembly=IGOUNOGA'],
    ['the Security Council voted', 'the', 'the Security Council=IGOUNOSC'],
    ["Russia's Security Council said", 'Security', null],
    ['the Russian Security Council said', 'Security', null],
    ['Iran’s Security Council', 'Security', null],
    ['the Kentucky General Assembly', 'General', null],
    ['a vote in the General Assembly', 'the', 'the General Assembly=IGOUNOGA'],
    ['said the Security Council', 'Security', 'Security Council=IGOUNOSC'],
    ['the North Atlantic Treaty Organisation (NATO)', 'North', 'North Atlantic Treaty Organisation=IGOWSTNAT'],
    ['the European Union (EU)', 'European', 'European Union=IGOEUREEC'],
    ['the EU said', 'EU', 'EU=IGOEUREEC'],
    ['the African Union', 'African', 'African Union=IGOAFRAFU'],
    ['the IMF', 'IMF', 'IMF=IGOIMF'],
    ['the World Bank', 'World', 'World Bank=IGOWBK'],
    ['World Health Organization', 'World', 'World Health Organization=IGOUNOWHO'],
    ['the OSCE', 'OSCE', 'OSCE=IGOEUROSC'],
    ['ASEAN members', 'ASEAN', 'ASEAN=IGOSEAASN'],
    ['the Arab League', 'Arab', 'Arab League=IGOARL'],
    ['Commonwealth of Independent States (CIS)', 'Commonwealth', 'Commonwealth of Independent States=IGOCIS'],
    ['the CSTO', 'CSTO', 'CSTO=IGOCSTO'],
    ['Eurasian Economic Union', 'Eurasian', 'Eurasian Economic Union=IGOEAEU'],
    ['the GCC', 'GCC', 'GCC=IGOGCC'],
    ['OPEC output', 'OPEC', 'OPEC=IGOOPEC'],
    ['the International Criminal Court', 'International', 'International Criminal Court=IGOICC'],
    ['the IAEA', 'IAEA', 'IAEA=IGOUNOIAEA'],
    ['UNHCR', 'UNHCR', 'UNHCR=IGOUNOHCR'],
    ['UNICEF', 'UNICEF', 'UNICEF=IGOUNOCEF'],
    ['the World Food Programme', 'World', 'World Food Programme=IGOUNOWFP'],
    ['the SCO summit', 'SCO', 'SCO=IGOSCO'],
    ['BRICS', 'BRICS', 'BRICS=IGOBRICS'],
    ['the G7', 'G7', 'G7=IGOG7'],
    ['the G-20', 'G-20', 'G-20=IGOG20'],
    ['Interpol', 'Interpol', 'Interpol=IGOINT'],
    ['the WTO', 'WTO', 'WTO=IGOWTO'],
    ['the OAS', 'OAS', 'OAS=IGOOAS'],
    ['ECOWAS', 'ECOWAS', 'ECOWAS=IGOWAFECW'],
    ['the Council of Europe', 'Council', 'Council of Europe=IGOCOE'],
    ['Western countries', 'Western', 'Western countries=WST'],
    ['Western pressure', 'Western', 'Western=WST'],
    ['the international community', 'the', 'the international community=WLD'],
    ['world powers', 'world', 'world powers=WLD'],
    ['Europe and Asia', 'Europe', 'Europe=EUR'],
    ['European allies', 'European', 'European allies=EUR'],
    ['Gulf states', 'Gulf', 'Gulf states=PGS'],
    ['the Middle East', 'Middle', 'Middle East=MEA'],
    ['Latin America', 'Latin', 'Latin America=LAM'],
    ['Hamas said', 'Hamas', 'Hamas=PSEREBHMS'],
    ['Hezbollah', 'Hezbollah', 'Hezbollah=LBNREBHZB'],
  ];
  for (const [text, at, expected] of cases) {
    it(`${at} in "${text}"`, () => assert.equal(codeAt(dict, text, at), expected));
  }

  it('dates a group whose role changed', () => {
    assert.equal(codeAt(dict, 'the Taliban said', 'Taliban', '2015-01-01'), 'Taliban=AFGREBTAL');
    assert.equal(codeAt(dict, 'the Taliban said', 'Taliban', '2022-01-01'), 'Taliban=AFGGOVTAL');
  });
});

describe('actor dictionary: dated people', () => {
  const terms: OfficeTerm[] = [
    ['RUS', 'HOS', 'Vladimir Putin|Vladimir Vladimirovich Putin', '2000-05-07', '2008-05-07'],
    ['RUS', 'HOG', 'Vladimir Putin', '2008-05-08', '2012-05-07'],
    ['RUS', 'HOS', 'Vladimir Putin', '2012-05-07', null],
    ['RUS', 'HOS', 'Dmitry Medvedev|Dmitri Medvedev', '2008-05-07', '2012-05-07'],
    ['RUS', 'HOG', 'Dmitry Medvedev', '2012-05-08', '2020-01-16'],
    ['BLR', 'HOS', 'Alexander Lukashenko|Alyaksandr Lukashenka', '1994-07-20', null],
    ['UKR', 'HOS', 'Volodymyr Zelensky|Volodymyr Zelenskyy|Zelenskiy', '2019-05-20', null],
    ['CHN', 'HOS', 'Xi Jinping', '2013-03-14', null],
    ['CHN', 'HOG', 'Li Keqiang', '2013-03-15', '2023-03-11'],
    ['CHN', 'HOG', 'Li Qiang', '2023-03-11', null],
    ['PRK', 'HOS', 'Kim Jong-un', '2011-12-17', null],
    ['KOR', 'HOS', 'Moon Jae-in', '2017-05-10', '2022-05-09'],
    ['GBR', 'HOG', 'Theresa May', '2016-07-13', '2019-07-24'],
    ['BRA', 'HOS', 'Luiz Inácio Lula da Silva|Lula', '2003-01-01', '2010-12-31'],
    ['BRA', 'HOS', 'Luiz Inácio Lula da Silva', '2023-01-01', null],
    ['TLS', 'HOS', 'Francisco Guterres|Lu-Olo', '2017-05-20', '2022-05-20'],
    ['AGO', 'HOS', 'José Eduardo dos Santos|Dos Santos', '1979-09-21', '2017-09-26'],
    ['FRA', 'HOS', 'Charles de Gaulle', '1959-01-08', '1969-04-28'],
    ['USA', 'HOS', 'George W. Bush', '2001-01-20', '2009-01-20'],
    ['USA', 'FM', 'Condoleezza Rice', '2005-01-26', '2009-01-20'],
    ['USA', 'HOS', 'Joe Biden|Joseph Biden', '2021-01-20', '2025-01-20'],
    ['SYR', 'HOS', 'Bashar al-Assad', '2000-07-17', '2024-12-08'],
    ['IGOUNO', 'IGO', 'António Guterres', '2017-01-01', null],
    ['IGOWSTNAT', 'IGO', 'Jens Stoltenberg', '2014-10-01', '2024-10-01'],
    ['NOR', 'HOG', 'Jens Stoltenberg', '2005-10-17', '2013-10-16'],
  ];
  const people = createActorDictionary({ terms });
  const cases: [text: string, at: string, date: string | null, expected: string | null][] = [
    ['Putin said', 'Putin', '2021-12-30', 'Putin=RUSGOV'],
    ['Putin said', 'Putin', '2005-06-01', 'Putin=RUSGOV'],
    ['Putin said', 'Putin', '2010-06-01', 'Putin=RUSGOV'],
    ['Putin said', 'Putin', '1995-06-01', 'Putin=RUSELI'],
    ['Putin said', 'Putin', null, 'Putin=RUSGOV'],
    ['President Vladimir Putin said', 'Vladimir', '2021-12-30', 'Vladimir Putin=RUSGOV'],
    ['Vladimir Vladimirovich Putin', 'Vladimir', '2021-12-30', 'Vladimir Vladimirovich Putin=RUSGOV'],
    ['Medvedev said', 'Medvedev', '2010-01-01', 'Medvedev=RUSGOV'],
    ['Medvedev said', 'Medvedev', '2023-01-01', 'Medvedev=RUSELI'],
    ['Dmitri Medvedev said', 'Dmitri', '2015-01-01', 'Dmitri Medvedev=RUSGOV'],
    ['Lukashenko said', 'Lukashenko', '2021-12-30', 'Lukashenko=BLRGOV'],
    ['Lukashenka said', 'Lukashenka', '2021-12-30', 'Lukashenka=BLRGOV'],
    ['Zelenskyy said', 'Zelenskyy', '2022-03-01', 'Zelenskyy=UKRGOV'],
    ['Zelenskiy said', 'Zelenskiy', '2022-03-01', 'Zelenskiy=UKRGOV'],
    ['Zelensky said', 'Zelensky', '2015-03-01', 'Zelensky=UKRELI'],
    ['Xi said', 'Xi', '2021-12-30', 'Xi=CHNGOV'],
    ['Jinping said', 'Jinping', '2021-12-30', null],
    ['Li said', 'Li', '2015-01-01', 'Li=CHNGOV'],
    ['Li said', 'Li', '2024-01-01', 'Li=CHNGOV'],
    ['Li said', 'Li', '2000-01-01', null],
    ['Li Keqiang said', 'Li', '2000-01-01', 'Li Keqiang=CHNELI'],
    ['Kim Jong Un said', 'Kim', '2021-12-30', 'Kim Jong Un=PRKGOV'],
    ['Kim Jong-un said', 'Kim', '2021-12-30', 'Kim Jong-un=PRKGOV'],
    ['Kim said', 'Kim', '2021-12-30', null],
    ['Moon Jae-in said', 'Moon', '2018-01-01', 'Moon Jae-in=KORGOV'],
    ['Moon said', 'Moon', '2018-01-01', null],
    ['May said', 'May', '2018-01-01', null],
    ['Theresa May said', 'Theresa', '2018-01-01', 'Theresa May=GBRGOV'],
    ['Lula said', 'Lula', '2024-01-01', 'Lula=BRAGOV'],
    ['Lula da Silva said', 'Lula', '2015-01-01', 'Lula da Silva=BRAELI'],
    ['de Gaulle said', 'de', '1960-01-01', 'de Gaulle=FRAGOV'],
    ['Bush said', 'Bush', '2005-01-01', 'Bush=USAGOV'],
    ['Rice said', 'Rice', '2006-01-01', null],
    ['Condoleezza Rice said', 'Condoleezza', '2006-01-01', 'Condoleezza Rice=USAGOV'],
    ['Biden said', 'Biden', '2026-01-01', 'Biden=USAELI'],
    ['Assad said', 'Assad', '2012-01-01', 'Assad=SYRGOV'],
    ['al-Assad said', 'al-Assad', '2012-01-01', 'al-Assad=SYRGOV'],
    ['Guterres said', 'Guterres', '2021-12-30', 'Guterres=IGOUNO'],
    ['Guterres said', 'Guterres', '2023-01-01', 'Guterres=IGOUNO'],
    ['Francisco Guterres said', 'Francisco', '2020-01-01', 'Francisco Guterres=TLSGOV'],
    ['Dos Santos said', 'Dos', '2010-01-01', 'Dos Santos=AGOGOV'],
    ['Santos said', 'Santos', '2010-01-01', null],
    ['Eduardo said', 'Eduardo', '2010-01-01', null],
    ['Stoltenberg said', 'Stoltenberg', '2020-01-01', 'Stoltenberg=IGOWSTNAT'],
    ['Stoltenberg said', 'Stoltenberg', '2010-01-01', 'Stoltenberg=NORGOV'],
    ['Stoltenberg said', 'Stoltenberg', '2026-01-01', 'Stoltenberg=NORELI'],
    ['putin said', 'putin', '2021-12-30', null],
    ['Putin said', 'Putin', '2021-12-30T09:15:00Z', 'Putin=RUSGOV'],
    ['Putin’s remarks', 'Putin', '2021-12-30', 'Putin=RUSGOV'],
  ];
  for (const [text, at, date, expected] of cases) {
    it(`${at} in "${text}" on ${date ?? 'no date'}`, () => assert.equal(codeAt(people, text, at, date), expected));
  }

  it('names the person and the office sector', () => {
    assert.deepEqual(people.matchAt('Putin', 0, '2021-12-30')?.entry, {
      code: 'RUSGOV',
      country: 'RUS',
      sector: 'GOV',
      entity: 'Vladimir Putin',
      kind: 'person',
    });
    assert.deepEqual(people.matchAt('Guterres', 0, '2021-12-30')?.entry, {
      code: 'IGOUNO',
      country: null,
      sector: null,
      entity: 'António Guterres',
      kind: 'person',
    });
    assert.equal(people.matchAt('Medvedev', 0, '2023-01-01')?.entry.sector, 'ELI');
  });

  it('keeps countries over people who share a name', () => {
    const withJordan = createActorDictionary({ terms: [['USA', 'OTHER', 'Michael Jordan', '2000-01-01', null]] });
    assert.equal(codeAt(withJordan, 'Jordan said', 'Jordan'), 'Jordan=JOR');
    assert.equal(codeAt(withJordan, 'Michael Jordan said', 'Michael'), 'Michael Jordan=USAGOV');
  });
});

describe('role words', () => {
  const cases: [text: string, at: string, expected: string | null][] = [
    ['the president said', 'president', 'president=GOV'],
    ['Russian President Vladimir Putin', 'President', 'President=GOV'],
    ['the prime minister', 'prime', 'prime minister=GOV'],
    ['the foreign minister', 'foreign', 'foreign minister=GOV'],
    ['foreign ministers met', 'foreign', 'foreign ministers=GOV'],
    ['the defence ministry', 'defence', 'defence ministry=GOV'],
    ['the defense ministry', 'defense', 'defense ministry=GOV'],
    ['government officials', 'government', 'government officials=GOV'],
    ['officials said', 'officials', 'officials=GOV'],
    ['a spokesman said', 'spokesman', 'spokesman=GOV'],
    ['spokesmen said', 'spokesmen', 'spokesmen=GOV'],
    ['ambassadors met', 'ambassadors', 'ambassadors=GOV'],
    ['Russian troops', 'troops', 'troops=MIL'],
    ['the army', 'army', 'army=MIL'],
    ['armed forces', 'armed', 'armed forces=MIL'],
    ['security forces', 'security', 'security forces=MIL'],
    ['soldiers', 'soldiers', 'soldiers=MIL'],
    ['nuclear-equipped bombers', 'bombers', 'bombers=MIL'],
    ['warships', 'warships', 'warships=MIL'],
    ['riot police', 'riot', 'riot police=COP'],
    ['police said', 'police', 'police=COP'],
    ['the opposition', 'opposition', 'opposition=OPP'],
    ['the pro-democracy movement', 'pro', 'pro-democracy movement=OPP'],
    ['dissidents', 'dissidents', 'dissidents=OPP'],
    ['protesters', 'protesters', 'protesters=CVL'],
    ['demonstrators', 'demonstrators', 'demonstrators=CVL'],
    ['rebels', 'rebels', 'rebels=REB'],
    ['militants', 'militants', 'militants=REB'],
    ['insurgents', 'insurgents', 'insurgents=REB'],
    ['separatists', 'separatists', 'separatists=REB'],
    ['the court', 'court', 'court=JUD'],
    ['a judge', 'judge', 'judge=JUD'],
    ['prosecutors', 'prosecutors', 'prosecutors=JUD'],
    ['parliament', 'parliament', 'parliament=LEG'],
    ['lawmakers', 'lawmakers', 'lawmakers=LEG'],
    ['companies', 'companies', 'companies=BUS'],
    ['banks', 'banks', 'banks=BUS'],
    ['state media', 'state', 'state media=GOVMED'],
    ['journalists', 'journalists', 'journalists=MED'],
    ['civilians', 'civilians', 'civilians=CVL'],
    ['refugees', 'refugees', 'refugees=REF'],
    ['the ruling party', 'ruling', 'ruling party=PTY'],
    ['parties', 'parties', 'parties=PTY'],
    ['students', 'students', 'students=EDU'],
    ['doctors', 'doctors', 'doctors=HLH'],
    ['clerics', 'clerics', 'clerics=REL'],
    ['rights groups', 'rights', 'rights groups=HRI'],
    ['activists', 'activists', 'activists=NGO'],
    ['trade unions', 'trade', 'trade unions=LAB'],
    ['intelligence services', 'intelligence', 'intelligence services=SPY'],
    ['the former president', 'former', 'former president=ELI'],
    ['MPs said', 'MPs', 'MPs=LEG'],
    ['mps', 'mps', null],
    ['presidential', 'presidential', null],
    ['policemen', 'policemen', 'policemen=COP'],
    ['women', 'women', 'women=CVL'],
  ];
  for (const [text, at, expected] of cases) {
    it(`${at} in "${text}"`, () => {
      const start = text.indexOf(at);
      const m = dict.matchRoleAt(text, start);
      assert.equal(m === null ? null : `${m.text}=${m.sector}`, expected);
    });
  }
});
