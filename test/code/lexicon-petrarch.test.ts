import { patternTable } from './resolved.js';

/**
 * Entries taken from PETRARCH-2's CAMEO verb dictionary (verb synsets and their patterns' objects
 * and prepositions), one or more sentences each, grouped by CAMEO root.
 */
const ACTORS: Record<string, string> = {
  Russia: 'RUS', Ukraine: 'UKR', China: 'CHN', Iran: 'IRN', Israel: 'ISR', India: 'IND', Pakistan: 'PAK',
  Turkey: 'TUR', Japan: 'JPN', Germany: 'DEU', France: 'FRA', Egypt: 'EGY', Syria: 'SYR', Mali: 'MLI',
  Putin: 'RUSGOV', Erdogan: 'TURGOV', Macron: 'FRAGOV', 'The EU': 'IGOEUREEC', 'the EU': 'IGOEUREEC',
  'The US': 'USA', 'the US': 'USA', 'The UN': 'IGOUNO', 'the UN': 'IGOUNO', Hamas: 'PSEREB',
  Police: 'COP', police: 'COP', Protesters: 'CVL', protesters: 'CVL', Workers: 'LAB', 'The court': 'JUD',
  'the journalist': 'MED', 'The journalist': 'MED', Rebels: 'REB', rebels: 'REB', 'the opposition leader': 'OPP',
  'Russian troops': 'RUSMIL', 'Ukrainian forces': 'UKRMIL', 'The army': 'MIL', 'the government': 'GOV',
  'The government': 'GOV', 'The company': 'BUS', 'the company': 'BUS',
};

const table = patternTable(ACTORS);

table('01 statement and 02 appeal', [
  ['Hamas claimed the bombing in Jerusalem.', ['015 PSEREB>- asserted']],
  ['Erdogan begged Putin to release the prisoners.', ['0253 TURGOV>RUSGOV asserted']],
  ['Thousands of Syrians sought refuge in Turkey.', []],
  ['Rebels sought refuge in Turkey.', ['0233 REB>TUR asserted']],
]);

table('04 consult and 05 diplomatic cooperation', [
  ['Putin left for China on Monday.', ['042 RUSGOV>CHN asserted']],
  ['Erdogan concluded a visit to Egypt.', ['042 TURGOV>EGY asserted']],
  ['Putin extolled China for its support.', ['051 RUSGOV>CHN asserted']],
  ['Macron expressed gratitude to Erdogan.', ['051 FRAGOV>TURGOV asserted']],
  ['Macron extended congratulations to Erdogan.', ['051 FRAGOV>TURGOV asserted']],
  ['Turkey granted recognition to Ukraine.', ['054 TUR>UKR asserted']],
  ['Israel and Turkey mended relations.', ['050 ISR>TUR asserted']],
  ['Japan issued an apology to China.', ['055 JPN>CHN asserted']],
]);

table('06 material cooperation and 07 aid', [
  ['Russia and Ukraine exchanged prisoners.', ['0841 RUS>UKR asserted']],
  ['Japan contributed peacekeepers to the UN.', ['074 JPN>IGOUNO asserted']],
  ['Germany sent troops to the UN peacekeeping mission in Mali.', ['074 DEU>IGOUNO asserted']],
  ['China cancelled the debt of Pakistan.', ['071 CHN>PAK asserted']],
]);

table('08 yield', [
  ['Erdogan granted a pardon to the journalist.', ['0841 TURGOV>MED asserted']],
  ['The court acquitted the opposition leader.', ['081 JUD>OPP asserted']],
  ['The EU waived sanctions on Iran.', ['085 IGOEUREEC>IRN asserted']],
  ['The government bowed to demands from protesters.', ['083 GOV>CVL asserted']],
  ['Israel halted attacks on Hamas.', ['0871 ISR>PSEREB asserted']],
  ['Protesters called off the boycott against the company.', ['082 CVL>BUS asserted']],
  ['Rebels laid down their weapons.', ['0873 REB>- asserted']],
  ['Turkey paid compensation to Russia.', ['0842 TUR>RUS asserted']],
  ['Russia ceded the territory to Ukraine.', ['080 RUS>UKR asserted']],
]);

table('09 investigate to 13 threaten', [
  ['The UN conducted an inquiry into Syria.', ['090 IGOUNO>SYR asserted']],
  ['Protesters pushed for the release of the journalist.', ['1053 CVL>MED asserted']],
  ['Erdogan faulted Macron for the decision.', ['111 TURGOV>FRAGOV asserted']],
  ['Iran disputed the EU.', ['110 IRN>IGOEUREEC asserted']],
  ['Israel disagreed with the US.', ['110 ISR>USA asserted']],
  ['The court found the journalist guilty.', ['116 JUD>MED asserted']],
  ['The company took legal action against the government.', ['115 BUS>GOV asserted']],
  ['Iran boycotted the talks with the US.', ['125 IRN>USA asserted']],
  ['The US cautioned Iran against the move.', ['130 USA>IRN asserted']],
]);

table('14 protest', [
  ['Protesters took to the streets against the government.', ['141 CVL>GOV asserted']],
  ['Workers joined the protest against the company.', ['141 LAB>BUS asserted']],
  ['Protesters burned effigies of Putin outside the embassy.', ['141 CVL>RUSGOV asserted']],
  ['The journalist began a hunger strike against the government.', ['142 MED>GOV asserted']],
  ['Workers downed tools against the company.', ['143 LAB>BUS asserted']],
  ['Protesters erected barricades against police.', ['144 CVL>COP asserted']],
]);

table('15 force posture to 17 coerce', [
  ['Russian troops violated the airspace of Turkey.', ['150 RUSMIL>TUR asserted']],
  ['The EU froze the accounts of the opposition leader.', ['163 IGOEUREEC>OPP asserted']],
  ['Police issued a warrant for the journalist.', ['173 COP>MED asserted']],
  ['Police placed the opposition leader under house arrest.', ['173 COP>OPP asserted']],
  ['The government fined the company.', ['170 GOV>BUS asserted']],
  ['The government banished the opposition leader.', ['174 GOV>OPP asserted']],
  ['The government suspended the publication of the newspaper.', ['1721 GOV>- asserted']],
  ['The government declared a state of siege in Mali.', ['1724 GOV>MLI asserted']],
]);

table('18 assault to 20 mass violence', [
  ['Rebels have strangled the journalist.', ['1823 REB>MED asserted']],
  ['Rebels terrorized the journalist.', ['180 REB>MED asserted']],
  ['Rebels stepped up attacks on Ukrainian forces.', ['190 REB>UKRMIL asserted']],
  ['Russian troops laid siege to Ukrainian forces.', ['191 RUSMIL>UKRMIL asserted']],
  ['Ukrainian forces recaptured the town from Russian troops.', ['192 UKRMIL>RUSMIL asserted']],
  ['Rebels slaughtered protesters.', ['202 REB>CVL asserted']],
]);

table('no event where the words are not about politics', [
  ['The company left for good.', []],
  ['Workers called off the search.', []],
  ['The court fined.', []],
  ['The company lets customers fine-tune models for China.', []],
  ['Workers joined the company in March.', []],
  ['Garlic repels pests from Mexico.', []],
  ['The palace of Putin, left, and the cathedral in China.', []],
]);
