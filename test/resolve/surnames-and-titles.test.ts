import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/annotate/annotate.js';
import { defaultActorDictionary } from '../../src/knowledge/actor-dictionary.js';
import { resolveActors } from '../../src/resolve/resolve-actors.js';
import { articleOf } from '../annotate/article-of.js';

/** "text=CODE" for each mention of every sentence, "*" marking a coreference. */
function mentions(body: string, date = '2020-07-05'): string[][] {
  const sentences = resolveActors(annotate(articleOf(body, date)), defaultActorDictionary(), date);
  return sentences.map((s) => s.mentions.map((m) => `${m.text}=${m.code}${m.via === 'coreference' ? '*' : ''}`));
}

describe('a lone surname is the dictionary person only in that person\'s story', () => {
  it('not after a given name no table knows: that is someone else of the same name', () => {
    const [first, second] = mentions('The utility chief Ana Castro defended the tariffs. Castro said prices would fall.');
    assert.ok(!first?.some((m) => m.includes('CUB')), first?.join(' '));
    assert.ok(!second?.some((m) => m.includes('CUB')), second?.join(' '));
  });
  it('a later surname is the person the article named in full before', () => {
    const rows = mentions('Sen. Chris Van Hollen (D-Md.) wrote to the agency. Van Hollen said the plan was reckless.');
    assert.deepEqual(rows[1], ['Van Hollen=USALEG*']);
  });
  it('a former office holder by surname only when the article names their country', () => {
    // John Moore was Australia's defence minister (1998-2001): an elite of Australia by 2020.
    const away = mentions('Organisers of the rally met in Ohio on Friday. Moore said the march would go ahead.');
    assert.ok(!away.flat().some((m) => m.startsWith('Moore=AUS')), away.flat().join(' '));
    const home = mentions('Australian veterans gathered in Canberra. Moore thanked them for coming.');
    assert.ok(home.flat().includes('Moore=AUSELI'), home.flat().join(' '));
  });
  it('a sitting leader by surname alone', () => {
    assert.deepEqual(mentions('Ruto met Macron in Paris. They talked.', '2024-02-20')[0], ['Ruto=KENGOV', 'Macron=FRAGOV']);
  });
});

describe('US political titles give country and branch to names no table knows', () => {
  it('Sen. and Rep. with a party-and-state tag', () => {
    const rows = mentions('Sen. Jane Roewick, D-Ore., criticised the bill. Rep. Tom Zalinski (R-Tex.) praised it.');
    assert.deepEqual(rows[0], ['Sen. Jane Roewick=USALEG']);
    assert.deepEqual(rows[1], ['Rep. Tom Zalinski=USALEG']);
  });
  it('a name followed by the tag alone is a member of Congress', () => {
    assert.deepEqual(mentions('Ellen Quarrington (D-Mass.) wrote to the agency.')[0], ['Ellen Quarrington=USALEG']);
  });
  it('a state before a title makes it American', () => {
    assert.deepEqual(mentions('Ohio Gov. Mary Quillfeather signed the order.')[0], ['Gov. Mary Quillfeather=USAGOV']);
    assert.deepEqual(mentions('Maine Sen. Susan Ferrowby voted no.')[0], ['Sen. Susan Ferrowby=USALEG']);
  });
  it('a state named is a place, not an actor', () => {
    const rows = mentions('Sen. Jane Roewick, R-Miss., voted no in New York. Voters in Mississippi were angry.');
    assert.deepEqual(rows, [['Sen. Jane Roewick=USALEG'], ['Voters=USACVL']]);
  });
  it('a chamber leader is of the chamber, and is the person named', () => {
    const sentences = resolveActors(annotate(articleOf('Washington was tense. Senate Majority Leader Dale Hemsworthy called the bill a disgrace.')),
      defaultActorDictionary(), '2020-07-05');
    const m = sentences[1]?.mentions[0];
    assert.equal(m?.code, 'USALEG');
    assert.equal(m?.entity, 'Dale Hemsworthy');
  });
  it('"the Senate" is the chamber of the country the story is about, not always the USA\'s', () => {
    const rows = mentions('Manila was tense. Philippine officials met. The Senate rejected the treaty with China.');
    assert.deepEqual(rows[2], ['Senate=PHLLEG', 'China=CHN']);
  });
  it('party members by name, and a party before an office is the office holder\'s', () => {
    const rows = mentions('Washington was tense. Democrats criticised the plan. Republican senators backed it. The Republican governor vetoed it.');
    assert.deepEqual(rows[1], ['Democrats=USAPTY']);
    assert.deepEqual(rows[2], ['Republican senators=USALEG']);
    assert.deepEqual(rows[3], ['Republican governor=USAGOV']);
  });
  it('a negotiator and an inspector general are officials', () => {
    const rows = mentions('Palestinian chief negotiator Saeb Arikat rejected the plan. The inspector general opened a review at the Pentagon.');
    assert.deepEqual(rows[0], ['Palestinian chief negotiator Saeb Arikat=PSEGOV']);
    assert.ok(!rows[1]?.some((m) => m.endsWith('MIL') && m.startsWith('inspector')), rows[1]?.join(' '));
  });
});

describe('a surname after a full name from the Phoenix tables', () => {
  it('is that person, not someone of our tables with the same surname', () => {
    // Michael Kevin Moore (Phoenix: a British minister to 2016) and John Moore (ours: Australia's
    // defence minister 1998-2001).
    const rows = mentions('Michael Kevin Moore spoke in London on Monday. Moore said the talks would resume.', '2019-05-02');
    assert.deepEqual(rows[0], ['Michael Kevin Moore=GBRELI']);
    assert.deepEqual(rows[1], ['Moore=GBRELI*']);
  });
});

describe('a role owned by "its" belongs to the country named before', () => {
  it('in the same sentence or the one before', () => {
    assert.deepEqual(mentions('Turkey said one of its soldiers was killed in Idlib.')[0], ['Turkey=TUR', 'soldiers=TURMIL']);
    assert.deepEqual(mentions('Kenya protested on Monday. It said its diplomats were expelled.')[1], ['diplomats=KENGOV']);
  });
  it('not without a country before it', () => {
    assert.deepEqual(mentions('The company said its workers were safe.')[0], ['company=BUS', 'workers=LAB']);
  });
});

describe('a country name that is also a given name', () => {
  it('is a person\'s first name before a surname no table knows', () => {
    assert.deepEqual(mentions('Chad Hull, 37, was arrested by Kincaid police.')[0], ['police=COP']);
    assert.ok(!mentions('Jordan Peterson criticised the minister.')[0]?.some((m) => m.includes('JOR')));
  });
  it('stays the country before a title or alone', () => {
    assert.deepEqual(mentions('Chad President Idriss Deby met Emmanuel Macron.')[0], ['Chad President Idriss Deby=TCDGOV', 'Emmanuel Macron=FRAGOV']);
    assert.deepEqual(mentions('Jordan condemned Israel.')[0], ['Jordan=JOR', 'Israel=ISR']);
  });
});

describe('"force" alone is no military', () => {
  it('a driving force is not an army; forces and a security force are', () => {
    assert.deepEqual(mentions('One force in Kenyan politics backed the plan.')[0], ['Kenyan=KEN']);
    assert.deepEqual(mentions('Kenyan forces and a Kenyan security force arrived.')[0], ['Kenyan forces=KENMIL', 'Kenyan security force=KENMIL']);
  });
});
