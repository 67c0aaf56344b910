import { patternTable } from './resolved.js';

/** Actors of the test sentences, as the resolver would code them. */
const ACTORS: Record<string, string> = {
  Putin: 'RUSGOV', Erdogan: 'TURGOV', Merkel: 'DEUGOV', Russia: 'RUS', China: 'CHN', Iran: 'IRN', Israel: 'ISR',
  Ukraine: 'UKR', Germany: 'DEU', Syria: 'SYR', Taiwan: 'TWN', Japan: 'JPN', 'The US': 'USA', Kyiv: 'UKRGOV',
  Egypt: 'EGY', 'Russian troops': 'RUSMIL', 'its Gulf allies': 'GCC', 'the US': 'USA', France: 'FRA', Turkey: 'TUR',
};

const table = patternTable(ACTORS);

table('a preposition that opens a clause keeps the matrix subject out', [
  ["Merkel's statement on the budget came after Iran accused Israel of sabotage.", ['112 IRN>ISR asserted']],
  ["Erdogan's announcement on the pipeline comes as Germany and its Gulf allies condemned Syria.",
    ['111 DEU>SYR asserted', '111 GCC>SYR asserted']],
]);

table('a gerund clause has its own subject', [
  ['Japan protested against China detaining its fishermen.', ['141 JPN>CHN asserted']],
  ['Diplomats raised fears over the prospect of China invading Taiwan.', ['190 CHN>TWN conditional']],
  ['Analysts warned of the risk of Iran attacking Israel.', ['190 IRN>ISR conditional']],
]);

table('a gerund between an accusation and its event passes it through', [
  ['The US accused Iran of planning attacks on Israel.', ['1123 USA>IRN asserted', '190 IRN>ISR alleged']],
]);

table('light "have" with an event noun', [
  ['Putin said Russia and China would have the exercises in the spring.', ['0312 RUS>CHN future']],
]);

table('"of" names the mover of a force posture', [
  ['Kyiv complained about the build-up of Russian troops near Ukraine.', ['154 RUSMIL>UKR asserted']],
]);

table('"X, along with Y," acts together', [
  ['Germany, along with Japan and the US, condemned Syria.', ['111 DEU>SYR asserted', '111 JPN>SYR asserted', '111 USA>SYR asserted']],
]);

table('an object sent to do something is the subject of that act', [
  ['Russia sent Russian troops to attack Ukraine.', ['190 RUSMIL>UKR asserted', '154 RUS>- asserted']],
]);

table('an infinitive after a wrapping verb leads to its target, lexicon verb or not', [
  ['France agreed to open its airspace to Japan.', ['030 FRA>JPN asserted']],
  ['China offered to buy more grain from Ukraine next year.', ['0311 CHN>UKR asserted']],
  ['Iran refused to share the data with France.', ['121 IRN>FRA asserted']],
  ['Turkey threatened to close its ports to Syria.', ['130 TUR>SYR asserted']],
]);

table('a demand made with "that" is addressed to the subject of the clause', [
  ['France demanded that Iran release the sailors.', ['1053 FRA>IRN asserted']],
  ['Germany insisted that Turkey must withdraw from Syria.', ['1056 DEU>TUR asserted']],
]);

table('a third party acts on both sides named after "between"', [
  ['Egypt launched a mediation effort between Turkey and Syria.', ['045 EGY>TUR asserted', '045 EGY>SYR asserted']],
]);

table('"X said that Y must" is X asking Y', [
  ['Egypt said that Turkey must withdraw from Syria.', ['1056 EGY>TUR asserted']],
]);

table('a verb governs each of its coordinated event nouns', [
  ['Japan expressed its total rejection and strong condemnation of China.', ['111 JPN>CHN asserted']],
]);

table('an event noun after "on" or "for" is done by the subject of the clause', [
  ['Erdogan arrived in Berlin on a visit to Germany.', ['042 TURGOV>DEU asserted']],
  ['Putin flew to Ankara for talks with Erdogan.', ['040 RUSGOV>TURGOV asserted']],
  ['Merkel will on Tuesday lead a delegation on a three-day visit to China.', ['042 DEUGOV>CHN asserted']],
]);
