import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/annotate/annotate.js';
import { defaultActorDictionary } from '../../src/knowledge/actor-dictionary.js';
import { resolveActors } from '../../src/resolve/resolve-actors.js';
import { articleOf } from '../annotate/article-of.js';

/** "text=CODE" for each mention of the last sentence (earlier sentences are context). */
function lastMentions(body: string): string[] {
  const sentences = resolveActors(annotate(articleOf(body, '2024-03-14')), defaultActorDictionary(), '2024-03-14');
  return (sentences[sentences.length - 1]?.mentions ?? []).map((m) => `${m.text}=${m.code}`);
}

describe('a role with no country takes the country of its story', () => {
  it('from the place its sentence names', () => {
    assert.deepEqual(lastMentions('Riot police in Quetta detained dozens of traders.'), ['Riot police=PAKCOP', 'traders=PAKBUS']);
    // the place beats the article's other country
    assert.deepEqual(lastMentions('Norway sent a mediator. Protesters marched in Caracas on Sunday.'), ['Protesters=VENCVL']);
  });
  it('not from a small place abroad that shares a name no table knew', () => {
    // "Midlands" is a small town of Mauritius; in a British story it is the English region.
    const body = 'British ministers met. The British government said Britain would act. Police in the Midlands arrested two men.';
    assert.deepEqual(lastMentions(body), ['Police=GBRCOP', 'men=CVL']);
  });
  it('from the dateline', () => {
    assert.deepEqual(lastMentions('ABUJA, Nigeria — Ghana and Togo sent envoys. Prosecutors charged two men.'), ['Prosecutors=NGAJUD', 'men=CVL']);
  });
  it("from the article's dominant country, named at least twice as often as any other", () => {
    const body = 'Iranian students rallied. Iran blamed Israel. Tehran said the talks failed. The judge jailed three lawmakers.';
    assert.deepEqual(lastMentions(body), ['judge=IRNJUD', 'lawmakers=IRNLEG']);
  });
  it('only for state and political actors: a story does not make its businesses or people act', () => {
    const body = 'Iran blamed Israel. Iranian officials met. Protesters rallied. Businesses closed and people left.';
    assert.deepEqual(lastMentions(body), ['Businesses=BUS', 'people=CVL']);
    assert.deepEqual(lastMentions('Iran blamed Israel. Iranian officials met. Protesters rallied.'), ['Protesters=IRNCVL']);
  });
  it('not when two countries are named as often', () => {
    assert.deepEqual(lastMentions('Chile and Peru signed a deal. Officials said the ministry agreed.'), ['Officials=GOV', 'ministry=GOV']);
  });
  it('an unknown state organ takes it too, an unknown company does not', () => {
    assert.deepEqual(lastMentions('Zambia froze the accounts. The Fisheries Agency sued Kelvara Holdings.'), [
      'The Fisheries Agency=ZMBGOV', 'Kelvara Holdings=BUS',
    ]);
  });
});

describe('a demonym before kin or nationals names that country\'s civilians', () => {
  it('not the country itself', () => {
    assert.deepEqual(lastMentions('The Egyptian authorities imprisoned Egyptian relatives of the activist.'), [
      'The Egyptian authorities=EGYGOV', 'Egyptian relatives=EGYCVL', 'activist=NGO',
    ]);
    assert.deepEqual(lastMentions('Iran freed two British nationals.'), ['Iran=IRN', 'British nationals=GBRCVL']);
  });
});
