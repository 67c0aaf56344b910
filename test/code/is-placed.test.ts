import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isPlaced } from '../../src/code/is-placed.js';
import { codeArticle } from '../../src/pipeline.js';
import { articleOf } from '../annotate/article-of.js';

const events = (body: string): string[] =>
  codeArticle(articleOf(body, '2024-03-14')).events.map((e) => `${e.action.cameo} ${e.source.code}>${e.target?.code ?? '-'}`);

describe('an actor is placed by a country, an IGO, a region or a named group', () => {
  it('codes', () => {
    for (const code of ['RUS', 'IGOUNO', 'WST', 'NGOAMN', 'WLD']) assert.ok(isPlaced({ code, country: code === 'RUS' ? 'RUS' : null }), code);
    for (const code of ['BUS', 'GOV', 'GOVMED', 'CVL', '---', '']) assert.ok(!isPlaced({ code, country: null }), code);
  });
});

describe('an event needs a named source and one placed actor', () => {
  it('drops events between bare sectors and unknown names', () => {
    assert.deepEqual(events('The platform offers students flexible courses.'), []);
    assert.deepEqual(events('Businesses praised the new features.'), []);
    assert.deepEqual(events('Zebulon Quarrie praised the new students.'), []);
  });
  it('keeps one with a placed actor, and leaves out a target no table knows', () => {
    assert.deepEqual(events('Protesters in Kano criticised the governor.'), ['111 NGACVL>NGAGOV']);
    assert.ok(events('Kenya arrested Zebulon Quarrie.').every((e) => e.endsWith('>-')));
  });
});
