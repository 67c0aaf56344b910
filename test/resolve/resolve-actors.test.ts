import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/annotate/annotate.js';
import { resolveActors } from '../../src/resolve/resolve-actors.js';
import type { ResolvedSentence } from '../../src/types/index.js';
import { articleOf } from '../annotate/article-of.js';
import { tinyDictionary } from './tiny-dictionary.js';

const DATE = '2024-03-14';

function resolve(body: string, date: string | null = DATE): ResolvedSentence[] {
  return resolveActors(annotate(articleOf(body, date)), tinyDictionary(), date);
}

/** "text=CODE" for each mention of the last sentence (earlier sentences are context). */
function lastMentions(body: string): string[] {
  const sentences = resolve(body);
  const last = sentences[sentences.length - 1];
  return (last?.mentions ?? []).map((m) => `${m.text}=${m.code}`);
}

describe('resolveActors: noun phrases', () => {
  const cases: Array<[string, string[]]> = [
    ['French President Emmanuel Macron arrived late.', ['French President Emmanuel Macron=FRAGOV']],
    ['Macron met his Kenyan counterpart William Ruto.', ['Macron=FRAGOV', 'Kenyan counterpart William Ruto=KENGOV']],
    ['Russian troops crossed the river.', ['Russian troops=RUSMIL']],
    ['Russian long-range bombers flew over the sea.', ['Russian long-range bombers=RUSMIL']],
    ['Officials in Kyiv denied it.', ['Officials in Kyiv=UKRGOV']],
    ['The police in Minsk detained dozens.', ['police in Minsk=BLRCOP']],
    ["Ukraine's foreign minister flew home.", ["Ukraine's foreign minister=UKRGOV"]],
    ['The government of Kenya objected.', ['government of Kenya=KENGOV']],
    ['Moscow rejected the note.', ['Moscow=RUSGOV']],
    ['Later the Kremlin rejected the note.', ['the Kremlin=RUSGOV']],
    ['The United States (US) imposed tariffs.', ['The United States (US)=USA']],
    ['The North Atlantic Treaty Organisation (NATO) met.', ['North Atlantic Treaty Organisation (NATO)=IGOWSTNAT']],
    ['Talks with the European Union (EU) stalled.', ['the European Union (EU)=IGOEUREEC']],
    ['Western governments protested.', ['Western governments=WSTGOV']],
    ['Kenyan opposition leader Jane Roe spoke.', ['Kenyan opposition leader Jane Roe=KENOPP']],
    ['The Belarusian aviation industry grew.', ['Belarusian aviation industry=BLRBUS']],
    // a predicate between a name and a role word does not join them
    ['The Kenyan leader suggested holding joint naval drills.', ['Kenyan leader=KENGOV']],
    ['Kenya proposed military talks.', ['Kenya=KEN']],
    ['Ukrainian armed forces advanced.', ['Ukrainian armed forces=UKRMIL']],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => assert.deepEqual(lastMentions(sentence), expected));
  }

  it('keeps entity, country, sector and token indices of a composed mention', () => {
    const [s] = resolve('On Monday, Russian President Vladimir Putin spoke.');
    const m = s?.mentions[0];
    assert.deepEqual(m && { ...m }, {
      text: 'Russian President Vladimir Putin', span: [11, 43], code: 'RUSGOV', country: 'RUS', sector: 'GOV',
      entity: 'Vladimir Putin', tokens: [3, 7], via: 'name',
    });
  });

  it('resolves people by the date of the article', () => {
    assert.equal(resolve('Medvedev spoke.', '2010-06-01')[0]?.mentions[0]?.code, 'RUSGOV');
    // out of office on that date (and no other role in this dictionary): a name, not a coded actor
    const later = resolve('Medvedev spoke.', '2024-06-01')[0]?.mentions[0];
    assert.deepEqual([later?.code, later?.entity], ['---', 'Medvedev']);
  });
});

describe('resolveActors: coordination and possessives', () => {
  const cases: Array<[string, string[]]> = [
    ['Moscow and Minsk signed a deal.', ['Moscow=RUSGOV', 'Minsk=BLRGOV']],
    ['The US and its European allies accused Russia.', ['US=USA', 'European allies=EURGOV', 'Russia=RUS']],
    ['Russian troops and Belarusian forces drilled.', ['Russian troops=RUSMIL', 'Belarusian forces=BLRMIL']],
    ["Russia's support was welcome.", ['Russia=RUS']],
    ['Germany, France and Kenya voted.', ['Germany=DEU', 'France=FRA', 'Kenya=KEN']],
    ['The Belarus-Russia ties are close.', ['Belarus=BLR', 'Russia=RUS']],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => assert.deepEqual(lastMentions(sentence), expected));
  }

  it('gives a possessive mention only the name tokens', () => {
    const [s] = resolve("Russia's support was welcome.");
    assert.deepEqual(s?.mentions[0]?.tokens, [0, 1]);
    assert.deepEqual(s?.mentions[0]?.span, [0, 6]);
  });
});

describe('resolveActors: places', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['Putin met Ruto in Moscow.', ['Putin=RUSGOV', 'Ruto=KENGOV'], ['Moscow']],
    ['The envoy flew to Minsk.', [], ['Minsk']],
    ['Talks were held at the Kremlin.', [], ['the Kremlin']],
    ['Ruto held talks in St. Petersburg on Friday.', ['Ruto=KENGOV'], ['St. Petersburg']],
    ['Russia held drills in Belarus.', ['Russia=RUS'], ['Belarus']],
    ['Fighting flared in eastern Ukraine.', [], ['Ukraine']],
    ['The summit in Eastern Europe ended.', [], ['Eastern Europe']],
    ['Russia sent aid to Belarus.', ['Russia=RUS', 'Belarus=BLR'], []],
    ['Minsk thanked Moscow in September.', ['Minsk=BLRGOV', 'Moscow=RUSGOV'], []],
  ];
  for (const [sentence, mentions, places] of cases) {
    it(sentence, () => {
      const [s] = resolve(sentence);
      assert.deepEqual(s?.mentions.map((m) => `${m.text}=${m.code}`), mentions);
      assert.deepEqual(s?.places?.map((p) => p.text), places);
      for (const p of s?.places ?? []) assert.equal(articleOf(sentence).body.slice(p.span[0], p.span[1]), p.text);
    });
  }
  it('gives a known place its country', () => {
    assert.equal(resolve('Putin met Ruto in Nairobi.')[0]?.places?.[0]?.country, 'KEN');
  });
});

describe('resolveActors: bare roles', () => {
  it('take the country of an article that has named only one', () => {
    assert.deepEqual(lastMentions('Kenyan police fired tear gas. Officials said protesters had attacked.'), [
      'Officials=KENGOV', 'protesters=KENCVL',
    ]);
  });
  it('stay unplaced (sector code, country null) when the article names several countries', () => {
    const sentences = resolve('Russia and Kenya traded goods. Officials said the government was pleased.');
    const m = sentences[1]?.mentions ?? [];
    assert.deepEqual(m.map((x) => [x.text, x.code, x.country, x.sector]), [
      ['Officials', 'GOV', null, 'GOV'], ['government', 'GOV', null, 'GOV'],
    ]);
  });
  it('are no actor when they modify a noun', () => {
    assert.deepEqual(lastMentions('Military exercises began near the border.'), []);
    assert.deepEqual(lastMentions('Russia and Belarus held joint military drills.'), ['Russia=RUS', 'Belarus=BLR']);
  });
});

describe('resolveActors: coreference', () => {
  const cases: Array<[string, string[]]> = [
    ['Putin met Ruto. He said trade had grown.', ['He=RUSGOV/Vladimir Putin']],
    ['Putin met Ruto on Monday. Ruto later said that he was pleased.', ['Ruto=KENGOV/William Ruto', 'he=KENGOV/William Ruto']],
    ['Lukashenko thanked Putin. The Belarusian leader praised Russia.', ['Belarusian leader=BLRGOV/Alexander Lukashenko', 'Russia=RUS/']],
    ['Putin met Lukashenko. The two leaders spoke for hours.', ['The two leaders=RUSGOV/Vladimir Putin', 'The two leaders=BLRGOV/Alexander Lukashenko']],
    ['Macron called Ruto. Both leaders agreed.', ['Both leaders=FRAGOV/Emmanuel Macron', 'Both leaders=KENGOV/William Ruto']],
    ['Kenya and France signed a pact. The two countries will cooperate.', ['the two countries=KEN/', 'the two countries=FRA/'].map((x) => x.replace('the', 'The'))],
    ['France urged NATO to act. The alliance agreed.', ['The alliance=IGOWSTNAT/NATO']],
    ['Kenya asked the European Union for help. The bloc declined.', ['The bloc=IGOEUREEC/European Union']],
    ['Kenya held a vote. The country chose a new parliament.', ['The country=KEN/', 'parliament=KENLEG/']],
    ['Kenyan opposition leader Jane Roe spoke. Roe called for calm.', ['Roe=KENOPP/Jane Roe']],
    ['Lukashenko relied on Putin during his crackdown.', ['Lukashenko=BLRGOV/Alexander Lukashenko', 'Putin=RUSGOV/Vladimir Putin', 'his=BLRGOV/Alexander Lukashenko']],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      const sentences = resolve(text);
      const last = sentences[sentences.length - 1];
      assert.deepEqual(last?.mentions.map((m) => `${m.text}=${m.code}/${m.entity ?? ''}`), expected);
    });
  }

  it('marks coreference mentions', () => {
    const sentences = resolve('Putin met Ruto. He said so.');
    assert.equal(sentences[1]?.mentions[0]?.via, 'coreference');
  });

  it('does not give "his" a mention inside a named phrase', () => {
    assert.deepEqual(lastMentions('Putin met his Kenyan counterpart William Ruto.'), ['Putin=RUSGOV', 'Kenyan counterpart William Ruto=KENGOV']);
  });

  it('leaves a pronoun unresolved when nobody was named', () => {
    assert.deepEqual(lastMentions('He said the talks had failed.'), []);
  });

  it('does not resolve "the two leaders" with fewer than two people named', () => {
    const last = resolve('Putin spoke. The two leaders met.')[1];
    assert.ok(last?.mentions.every((m) => m.via !== 'coreference'));
  });
});

describe('resolveActors: discard', () => {
  const cases: Array<[string, boolean]> = [
    ['Brazil beat Argentina 2-1 in Rio on Sunday.', true],
    ['France knocked England out of the World Cup.', true],
    ['The Kenyan team won the match after a late goal.', true],
    ['The film topped the box office in France.', true],
    ['The Senate voted 52-48 to send aid to Ukraine.', false],
    ['Russia attacked Ukraine on Thursday.', false],
    ['Talks in 2021-22 failed.', false],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => assert.equal(resolve(sentence)[0]?.discard, expected));
  }
});

describe('resolveActors: names, datelines and pronoun antecedents', () => {
  it('reads a capitalised name after a demonym as a body of that country', () => {
    assert.deepEqual(lastMentions('The Kenyan National Police Service arrested him.'), ['Kenyan National Police Service=KENCOP']);
  });
  it('reads a dateline capital as a place', () => {
    const [s] = resolve('NAIROBI (Reuters) -- Kenya closed its border.');
    assert.deepEqual(s?.mentions.map((m) => m.text), ['Kenya']);
    assert.deepEqual(s?.places?.map((p) => p.text), ['NAIROBI']);
  });
  it('resolves "the president" alone to the one president named, but not a longer title', () => {
    assert.deepEqual(lastMentions('Macron spoke on Monday. The president said France would help.').slice(0, 1), ['president=FRAGOV']);
    const senate = resolve('Macron spoke on Monday. The Senate President objected.')[1]?.mentions ?? [];
    assert.ok(senate.every((m) => m.entity === null && m.via !== 'coreference'));
  });
  it('lets a pronoun refer to a person described by a role in the same sentence', () => {
    const sentences = resolve('Ruto met Macron. A Kenyan activist sued the police, saying they had beaten him.');
    const him = sentences[1]?.mentions.find((m) => m.text === 'him');
    assert.equal(him?.code, 'KENCVL');
  });
});

describe('resolveActors: names the dictionary does not know', () => {
  /** "text=CODE/entity" for each mention of the last sentence. */
  const named = (body: string) => (resolve(body).pop()?.mentions ?? []).map((m) => `${m.text}=${m.code}/${m.entity ?? ''}`);
  const cases: Array<[string, string[]]> = [
    ['The police charged Zebulon Quarrie on Friday.', ['police=COP/', 'Zebulon Quarrie=---/Zebulon Quarrie']],
    ['Brightwater Holdings was fined.', ['Brightwater Holdings=BUS/Brightwater Holdings']],
    ['The Ministry of Fisheries rejected the plan.', ['The Ministry of Fisheries=GOV/Ministry of Fisheries']],
    ['Kenya sued Vantrel Motors.', ['Kenya=KEN/', 'Vantrel Motors=BUS/Vantrel Motors']],
    ['Talks with the Green Harbour Union stalled.', ['the Green Harbour Union=LAB/Green Harbour Union']],
    ['Mr. Quarrie thanked the Orbis Institute.', ['Mr. Quarrie=---/Quarrie', 'the Orbis Institute=NGO/Orbis Institute']],
    ['The dispute went to arbitration in Naivasha.', []],
    ['NAIROBI (Reuters) - Kenya voted.', ['Kenya=KEN/']],
    ['Sanctions hurt in March.', []],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => assert.deepEqual(named(sentence), expected));
  }

  it('a surname alone later refers to the person named in full', () => {
    const [, second] = resolve('Police arrested Zebulon Quarrie. Quarrie denied the charges.');
    assert.equal(second?.mentions[0]?.entity, 'Zebulon Quarrie');
  });
});
