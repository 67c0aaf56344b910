import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeArticle } from '../../src/pipeline.js';
import type { Event } from '../../src/types/index.js';
import { articleOf } from '../annotate/article-of.js';

function eventsOf(body: string, published: string | null = '2021-12-30'): Event[] {
  return codeArticle(articleOf(body, published)).events;
}

/** "CAMEO SOURCE TARGET" of each event of a body. */
function coded(body: string, published: string | null = '2021-12-30'): string[] {
  return eventsOf(body, published).map((e) => `${e.action.cameo} ${e.source.code} ${e.target?.code ?? '-'}`);
}

function find(events: Event[], cameoRoot: string, source: string, target: string | null): Event | undefined {
  return events.find((e) => e.action.cameo.startsWith(cameoRoot) && e.source.code === source && (e.target?.code ?? null) === target);
}

describe('codeArticle: records', () => {
  it('builds an event with sentence, actors, PLOVER coding, date, place and confidence', () => {
    const body = 'On Wednesday, Russian President Vladimir Putin met Belarusian President Alexander Lukashenko in St. Petersburg.';
    const [e] = eventsOf(body);
    assert.ok(e);
    assert.equal(e.action.cameo, '040');
    assert.equal(e.action.plover.event, 'CONSULT');
    assert.equal(e.action.quad, 1);
    assert.equal(e.source.code, 'RUSGOV');
    assert.equal(e.source.entity, 'Vladimir Putin');
    assert.equal(e.target?.code, 'BLRGOV');
    assert.deepEqual(e.sentence, { index: 0, start: 0, end: body.length, text: body });
    assert.equal(body.slice(e.source.span[0], e.source.span[1]), e.source.text);
    assert.deepEqual(e.date, { value: '2021-12-29', precision: 'day', text: 'On Wednesday' });
    assert.equal(e.location?.text, 'St. Petersburg');
    assert.equal(e.modality, 'asserted');
    assert.equal(e.attribution, null);
    assert.ok(e.confidence > 0.5 && e.confidence <= 1);
    assert.match(e.id, /^e_[0-9a-f]{20}$/);
  });

  it('gives the same ids when coding again, and different ids to different events', () => {
    const body = 'Russia accused Ukraine of provocations. Ukraine accused Russia of aggression.';
    const first = eventsOf(body).map((e) => e.id);
    assert.deepEqual(eventsOf(body).map((e) => e.id), first);
    assert.equal(new Set(first).size, first.length);
    assert.equal(first.length, 2);
  });

  it('dates background sentences with their own date and a plain one with the publication day', () => {
    const events = eventsOf('In August 2020, Belarusian police arrested hundreds of protesters. Russia criticised Ukraine.');
    const arrest = find(events, '17', 'BLRCOP', 'BLRCVL') ?? events.find((e) => e.action.cameo === '173');
    assert.deepEqual(arrest?.date, { value: '2020-08', precision: 'month', text: 'In August 2020' });
    const criticism = find(events, '111', 'RUS', 'UKR');
    assert.deepEqual(criticism?.date, { value: '2021-12-30', precision: 'day' });
  });

  it('marks events dated after publication as future', () => {
    const e = find(eventsOf('Russia and Belarus hold joint exercises early next year.'), '0312', 'RUS', 'BLR');
    assert.equal(e?.modality, 'future');
    assert.equal(e?.date?.value, '2022-Q1');
  });

  it('leaves the place null when the sentence names none', () => {
    const [e] = eventsOf('Russia criticised Ukraine.');
    assert.equal(e?.location, null);
  });

  it('codes no event for a plain statement', () => {
    assert.deepEqual(eventsOf('Putin said the weather was cold.'), []);
  });
});

describe('codeArticle: bad input', () => {
  it('returns nothing for an empty text', () => {
    assert.deepEqual(codeArticle(articleOf('')), { events: [], quotes: [], quantities: [] });
  });

  it('finishes quickly on a 5 MB sentence with no punctuation', () => {
    const words = ['Russia', 'attacked', 'Ukraine', 'and', 'the', 'army', 'moved', 'on'];
    const body = Array.from({ length: 700_000 }, (_, i) => words[i % words.length]).join(' ').slice(0, 5_000_000);
    // CPU time, not wall time: the machine may be shared, and then wall time says nothing of this code.
    const started = process.cpuUsage();
    codeArticle(articleOf(body));
    const used = process.cpuUsage(started);
    const ms = (used.user + used.system) / 1000;
    assert.ok(ms < 30_000, `took ${Math.round(ms)} ms of CPU`);
  });

  it('returns no events for text in another language', () => {
    const german = 'Russland hat am Mittwoch die Ukraine angegriffen. Die Regierung in Kiew verurteilte den Angriff.';
    assert.deepEqual(codeArticle({ ...articleOf(german), language: 'de' }).events, []);
    assert.deepEqual(codeArticle({ ...articleOf(german), language: null }).events, []);
  });
});

describe('codeArticle: targets no table knows', () => {
  it('leaves them out, and two left out of one act make one event', () => {
    assert.deepEqual(coded('The German government met Zorvath Kellinby and Marisol Quenterra in Berlin.'), ['040 DEUGOV -']);
  });
  it('codes no act that needs a target when none resolves (namings are no calls)', () => {
    assert.deepEqual(coded('The German chancellor spoke of a plan called Zorvath.'), []);
    assert.deepEqual(coded('The German chancellor called Zorvath Kellinby on Monday.'), []);
    assert.deepEqual(coded('The German chancellor called Emmanuel Macron on Monday.'), ['041 DEUGOV FRAGOV']);
  });
});

describe('codeArticle: who is not an argument', () => {
  it('a newspaper that reports the act at the end of the sentence is its source of news, not its target', () => {
    assert.deepEqual(coded('Senator Chuck Schumer called for further testimony in the trial, The Washington Post reports.', '2020-01-03'), ['020 USALEG -']);
  });
  it('a possessive that stands for the actor is the actor\'s own, not a target', () => {
    assert.deepEqual(coded('Trump visited his golf club in Florida.', '2020-01-03'), []);
    assert.deepEqual(coded('Putin praised Lukashenko for his support.', '2020-01-03'), ['051 RUSGOV BLRGOV']);
  });
});

describe('codeArticle: a violent act on a place', () => {
  it('strikes the place\'s country when the place is its object or follows "on"', () => {
    assert.deepEqual(coded('Russian forces shelled the city of Kharkiv.', '2022-03-01'), ['194 RUSMIL UKR']);
    assert.deepEqual(coded('Russia launched missile strikes on Kharkiv.', '2022-03-01'), ['195 RUS UKR']);
  });
  it('does not when the place only says where it happened', () => {
    assert.deepEqual(coded('Russian troops fought in Kharkiv.', '2022-03-01'), []);
  });
});

describe('codeArticle: a person\'s possessive before a noun is its owner, not the actor', () => {
  it('"his campaign manager" is not "his"', () => {
    assert.deepEqual(coded('Erdogan met Putin in Sochi. His campaign manager criticized the European Union.', '2023-05-02'), ['040 TURGOV RUSGOV']);
    assert.deepEqual(coded('Netanyahu was criticized by his campaign manager.', '2023-05-02'), []);
  });
  it('a role or "country" owned by "his" or a person\'s "\'s" is of the person\'s country', () => {
    assert.deepEqual(coded('Erdogan said his party would boycott the talks with Greece.', '2023-05-02'), ['125 TURPTY GRC']);
    assert.deepEqual(coded('Erdogan said his country would send troops to Libya.', '2023-05-02'), ['154 TUR LBY']);
    assert.deepEqual(coded("Erdogan's spokesman criticized Greece.", '2023-05-02'), ['111 TURGOV GRC']);
  });
  it('a phrase owned with "\'s" is governed by what governs its owner, so it is no subject', () => {
    assert.deepEqual(coded("Macron attended the funeral of Erdogan's mother and criticized Greece.", '2023-05-02'), ['017 FRAGOV -', '111 FRAGOV GRC']);
  });
  it('the actor before "and his ..." still acts', () => {
    const events = eventsOf('Lukashenko and his allies accused Poland of aggression.', '2023-05-02');
    assert.deepEqual(events.map((e) => `${e.source.text} ${e.target?.code ?? '-'}`), ['Lukashenko POL']);
  });
});

describe('codeArticle: a pronoun for a person', () => {
  it('does not take a role word that only modifies a noun ("Russian military aid")', () => {
    assert.deepEqual(coded('Joe Biden spoke in Ohio. After a debate on Russian military aid, he criticized Zelensky.', '2023-05-02'),
      ['111 USAGOV UKRGOV']);
  });
});

describe('codeArticle: occupation is of territory', () => {
  it('a country, a region or a capital', () => {
    assert.deepEqual(coded('Russia annexed Crimea.', '2023-05-02'), ['192 RUS UKR']);
    assert.deepEqual(coded('The Taliban seized Kabul in August.', '2023-05-02'), ['192 AFGGOVTAL AFGGOV']);
  });
  it('not an office or its building', () => {
    assert.deepEqual(coded('Biden has been occupying the White House since 2021.', '2023-05-02'), []);
  });
});
