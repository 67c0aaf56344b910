import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeSentence } from '../../src/code/patterns.js';
import { patternTable, resolvedOf } from './resolved.js';

/** Actors of the test sentences, as the resolver would code them. */
const ACTORS: Record<string, string> = {
  'Vladimir Putin': 'RUSGOV', Putin: 'RUSGOV', Lukashenko: 'BLRGOV', Zelensky: 'UKRGOV', Erdogan: 'TURGOV',
  Russia: 'RUS', Belarus: 'BLR', Ukraine: 'UKR', China: 'CHN', Iran: 'IRN', Israel: 'ISR', India: 'IND',
  Pakistan: 'PAK', Turkey: 'TUR', Japan: 'JPN', Germany: 'DEU', France: 'FRA', Egypt: 'EGY', Syria: 'SYR',
  'The EU': 'IGOEUREEC', 'the EU': 'IGOEUREEC', 'The US': 'USA', 'the US': 'USA', 'Washington': 'USAGOV',
  'its European allies': 'EUR', NATO: 'NATO', 'the UN': 'IGOUNO', 'The UN': 'IGOUNO', Hamas: 'PSEREB',
  'Russian troops': 'RUSMIL', 'Ukrainian forces': 'UKRMIL', Police: 'COP', police: 'COP', protesters: 'CVL',
  Protesters: 'CVL', 'the opposition': 'OPP', 'the journalist': 'MED', 'rebels': 'REB', 'Rebels': 'REB',
  'the court': 'JUD', 'The court': 'JUD', 'the company': 'BUS', Minsk: 'BLRGOV', Moscow: 'RUSGOV',
};

const table = patternTable(ACTORS);

table('one sentence per CAMEO root', [
  ['Russia denied the accusations.', ['016 RUS>- asserted']],
  ['Erdogan urged Putin to release the prisoners.', ['0253 TURGOV>RUSGOV asserted']],
  ['China pledged to provide humanitarian aid to Syria.', ['0333 CHN>SYR asserted']],
  ['Putin met Lukashenko in Moscow on Wednesday.', ['040 RUSGOV>BLRGOV asserted']],
  ['Lukashenko thanked Putin for his support.', ['051 BLRGOV>RUSGOV asserted']],
  ['Russia and China held joint naval exercises.', ['062 RUS>CHN asserted']],
  ['Japan sent food and medicine to Egypt.', ['073 JPN>EGY asserted']],
  ['Iran released the journalist.', ['0841 IRN>MED asserted']],
  ['The UN launched an investigation into Syria.', ['090 IGOUNO>SYR asserted']],
  ['The EU demanded the release of the opposition leaders.', ['1053 IGOEUREEC>OPP asserted']],
  ['Germany condemned Iran for the missile test.', ['111 DEU>IRN asserted']],
  ['Ukraine rejected the proposal from Russia.', ['120 UKR>RUS asserted']],
  ['The EU threatened to impose sanctions on Belarus.', ['1312 IGOEUREEC>BLR asserted']],
  ['Protesters rallied against the court in Minsk.', ['141 CVL>JUD asserted']],
  ['Russia deployed troops near Ukraine.', ['154 RUS>UKR asserted']],
  ['The EU imposed new economic sanctions on Belarus.', ['163 IGOEUREEC>BLR asserted']],
  ['Police arrested dozens of protesters.', ['173 COP>CVL asserted']],
  ['Rebels kidnapped the journalist.', ['181 REB>MED asserted']],
  ['Russian troops shelled Ukrainian forces.', ['194 RUSMIL>UKRMIL asserted']],
  ['Syria used chemical weapons against rebels.', ['2041 SYR>REB asserted']],
]);

table('voice', [
  ['Belarus was hit with sanctions by the EU.', ['163 IGOEUREEC>BLR asserted']],
  ['Ukrainian forces were attacked by Russian troops.', ['190 RUSMIL>UKRMIL asserted']],
  ['The journalist was detained.', []],
  ["Russia's invasion of Ukraine was condemned by the EU.", ['190 RUS>UKR asserted', '111 IGOEUREEC>RUS asserted']],
  // a participle with its agent and no auxiliary: headlines and reduced relatives
  ['Iran sanctioned by the EU over drones.', ['163 IGOEUREEC>IRN asserted']],
  ['Ukrainian forces shelled by Russian troops retreated.', ['194 RUSMIL>UKRMIL asserted', '0874 UKRMIL>- asserted']],
  ['Russia attacked Ukraine by sea.', ['190 RUS>UKR asserted']],
]);

table('coordination', [
  ['The US and its European allies accused Russia.', ['112 USA>RUS asserted', '112 EUR>RUS asserted']],
  ['The EU imposed sanctions on Belarus and Russia.', ['163 IGOEUREEC>BLR asserted', '163 IGOEUREEC>RUS asserted']],
  ['Putin and Lukashenko held talks.', ['040 RUSGOV>BLRGOV asserted']],
  ['Talks between Russia and Ukraine resumed.', ['040 RUS>UKR asserted']],
]);

table('negation and modality', [
  ['China did not criticise Iran.', ['111 CHN>IRN negated']],
  ['Russia refused to meet Zelensky.', ['125 RUS>UKRGOV asserted']],
  ['Israel will attack Hamas if Hamas fires rockets.', ['190 ISR>PSEREB conditional']],
  ['Russia plans to deploy troops to Belarus.', ['154 RUS>BLR intended']],
  ['Russia will hold talks with Ukraine.', ['036 RUS>UKR future']],
  ['Russian troops allegedly shelled Ukrainian forces.', ['194 RUSMIL>UKRMIL alleged']],
  ['Lukashenko called for talks with Ukraine.', ['026 BLRGOV>UKR asserted']],
  ['Lukashenko proposed holding joint exercises with Russia.', ['0312 BLRGOV>RUS asserted']],
  ['Turkey offered to mediate between Russia and Ukraine.', ['039 TUR>RUS asserted', '039 TUR>UKR asserted']],
  ['The US accused Russia of massing troops near Ukraine.', ['1123 USA>RUS asserted', '154 RUS>UKR alleged']],
  ['Russia denied that it had attacked Ukraine.', ['016 RUS>- asserted', '190 RUS>UKR negated']],
]);

table('reported speech', [
  ['Putin said that Russia and Belarus would hold drills.', ['0312 RUS>BLR future']],
  ['Russia said Ukraine attacked Belarus.', ['190 UKR>BLR asserted']],
  ['Russian troops shelled Ukrainian forces, Zelensky said.', ['194 RUSMIL>UKRMIL asserted']],
  ['Russia said it would not invade Ukraine.', ['190 RUS>UKR negated']],
]);

describe('attribution', () => {
  it('names the speaker of reported speech', () => {
    const [s] = resolvedOf('Zelensky said that Russian troops shelled Ukrainian forces.', ACTORS);
    assert.ok(s);
    const [e] = codeSentence(s);
    assert.equal(e?.attribution?.code, 'UKRGOV');
    assert.equal(e.source.code, 'RUSMIL');
  });
  it('names a closing news outlet as the speaker, also before a comma', () => {
    const actors = { ...ACTORS, Reuters: 'MED' };
    for (const text of ['Russian troops shelled Ukrainian forces, Reuters reports.', 'Russian troops shelled Ukrainian forces, Reuters reports, citing officials.']) {
      const [s] = resolvedOf(text, actors);
      assert.ok(s);
      const [e] = codeSentence(s);
      assert.equal(e?.attribution?.code, 'MED', text);
      assert.equal(e.target?.code, 'UKRMIL');
    }
  });
  it('leaves plain statements unattributed and uncoded', () => {
    const [s] = resolvedOf('Putin said the weather in Moscow was cold.', ACTORS);
    assert.ok(s);
    assert.deepEqual(codeSentence(s), []);
  });
});

// A firm that offers or provides goods trades; a state that offers talks or provides aid acts.
table('selling is not offering', [
  ['The company offers a broad range of insurance products.', []],
  ['The company provides software and support to Egypt.', []],
  ['China offered new services to Egypt.', []],
  ['The company offered promotional and consulting services to Iran.', []],
  ['Iran bought the services offered by China.', []],
  ['Turkey offered talks to Russia.', ['036 TUR>RUS asserted']],
  ['Japan provided help to Egypt.', ['070 JPN>EGY asserted']],
  ['Germany offered a range of concessions to Iran.', ['030 DEU>IRN asserted']],
]);

// Protest verbs are intransitive: with an object they mean something else.
table('demonstrating is not always protesting', [
  ['Protesters demonstrated outside the court in Minsk.', ['141 CVL>JUD asserted']],
  ['Protesters rallied on Sunday against the court.', ['141 CVL>JUD asserted']],
  ['China demonstrated its hostility to Iran.', []],
  ['Putin rallied support against Ukraine.', ['053 RUSGOV>- asserted']],
]);

// A negation does not reach over "but", nor over "or"/"and" that opens a predicate of its own.
table('negation stops at a new predicate', [
  ['France is not backing Russia or is supporting Ukraine.', ['120 FRA>RUS asserted', '051 FRA>UKR asserted']],
  ['Germany did not condemn Iran but praised Egypt.', ['111 DEU>IRN negated', '051 DEU>EGY asserted']],
  ['China did not meet or call Iran.', ['125 CHN>IRN asserted']],
]);

// Mobilising voters or money is no military mobilisation.
table('mobilising', [
  ['Russia mobilized against Ukraine.', ['154 RUS>UKR asserted']],
  ['Russia mobilized 300,000 reservists.', ['154 RUS>- asserted']],
  ['The opposition mobilized voters against Putin.', []],
]);

// A suggestion or encouragement is an appeal only when someone is appealed to.
table('weak appeals need an addressee', [
  ['Putin suggested that the sanctions had failed.', []],
  ['Erdogan suggested to Putin that talks resume.', ['026 TURGOV>RUSGOV asserted']],
  ['Germany encouraged Iran to release the journalist.', ['0253 DEU>IRN asserted']],
  ['The policies encourage investment.', []],
]);

// A participle before a noun modifies it: "physically demanding jobs" demand nothing.
table('participles before nouns', [
  ['Putin cited physically demanding jobs in Russia.', []],
  ['Russia responded by demanding concessions from Ukraine.', ['100 RUS>UKR asserted']],
]);

// "ready", "willing", "determined" express intent only before "to".
table('readiness is intent only before an infinitive', [
  ['Iran is ready to hold talks with France.', ['036 IRN>FRA asserted']],
  ['China said it was willing to help Egypt.', ['033 CHN>EGY asserted']],
  ['The FBI agent determined that Iran had the money.', []],
  ['Iran is ready for talks.', []],
]);

// "called X" after a noun names it: "a man called Zelensky" is no phone call, even when X resolves.
table('a naming is no call', [
  ['Putin spoke about a man called Zelensky.', []],
  ['Erdogan met a diplomat called Lukashenko in Ankara.', []],
  ['A militia called Hamas is growing in Syria.', []],
  ['Putin called Erdogan on Monday.', ['041 RUSGOV>TURGOV asserted']],
  ['Putin called Erdogan a liar.', ['112 RUSGOV>TURGOV asserted']],
]);

// The noun "call" is an appeal for something, on someone or to do something; else a phone call.
table('a call is an appeal only with what it asks', [
  ['A Moscow call readout said the talks went well.', []],
  ["Putin's call with Erdogan lasted an hour.", []],
  ['Germany renewed its call for talks with Iran.', ['026 DEU>IRN asserted']],
  ['The EU repeated its call on Russia to withdraw.', ['0256 IGOEUREEC>RUS asserted']],
  ['Iran rejected calls to release the journalist.', ['1243 IRN>MED asserted']],
]);

// "suggested that X went" states; "suggested that X stay" asks X.
table('a complement clause that states names no one asked', [
  ['Putin suggested that Erdogan went too far.', []],
  ['Putin suggested Erdogan went too far.', []],
  ['Germany suggested that Russia attacked Ukraine first.', ['190 RUS>UKR asserted']],
  ['Putin suggested that Erdogan stay out of Syria.', ['020 RUSGOV>TURGOV asserted']],
  ['Putin suggested that Erdogan should stay out of Syria.', ['020 RUSGOV>TURGOV asserted']],
  ['The EU demanded that Russia withdraws its troops from Ukraine.', ['1056 IGOEUREEC>RUS asserted']],
  // the verb of a relative clause after the object says nothing of the demand
  ['Protesters demanded that police release the journalist who was arrested in May.', ['1053 CVL>COP asserted']],
]);

// Agreeing with nothing after it shares an opinion; agreeing to or on something commits.
table('agreeing alone is no intent', [
  ['Lukashenko evidently agrees.', []],
  ['Turkey agreed to talks with Russia.', ['036 TUR>RUS asserted']],
]);

table('demonstrating with a focused object or a clause is no protest', [
  ['China demonstrated not only its strength to Iran.', []],
  ['The rally demonstrated that the opposition is strong.', []],
  ['Protesters demonstrated outside the court.', ['141 CVL>JUD asserted']],
]);
