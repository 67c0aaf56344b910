import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeArticle } from '../../src/pipeline.js';
import { articleOf } from '../annotate/article-of.js';

/** "CODE SOURCE>TARGET modality" for each event of a short article (published 2023-05-10). */
function coded(body: string): string[] {
  return codeArticle(articleOf(body, '2023-05-10')).events
    .map((e) => `${e.action.cameo} ${e.source.code}>${e.target?.code ?? '-'} ${e.modality}`);
}

describe('codeArticle: references across and inside clauses', () => {
  it('answers a denial of "these accusations" to those who made them', () => {
    const events = coded('Japan and South Korea accused China of harassing fishing boats. '
      + 'China rejected these accusations on Thursday.');
    assert.ok(events.some((e) => /^11\d* JPN>CHN asserted$/.test(e)), events.join('; '));
    assert.ok(events.some((e) => /^(016|12\d*) CHN>JPN asserted$/.test(e)), events.join('; '));
    assert.ok(events.some((e) => /^(016|12\d*) CHN>KOR asserted$/.test(e)), events.join('; '));
  });

  it('leaves a denial with no accusation before it without a target', () => {
    const events = coded('China rejected the accusations on Thursday.');
    assert.ok(events.every((e) => e.endsWith('CHN>- asserted')), events.join('; '));
  });

  it('reads "the two countries" as both countries named before, in a clause after "that"', () => {
    const events = coded('Indian Prime Minister Narendra Modi hosted the Kenyan president in New Delhi. '
      + 'Modi said that the two countries would hold naval exercises later this year.');
    assert.ok(events.some((e) => /^03\d* (IND>KEN|KEN>IND) future$/.test(e)), events.join('; '));
  });

  it('gives forces sent on a mission the country of the one who sent them', () => {
    const events = coded('Israel condemned Iran on Monday. Iran has sent armed drones to attack Israel.');
    assert.ok(events.some((e) => /^19\d* IRNMIL>ISR asserted$/.test(e) || /^19\d* IRN>ISR asserted$/.test(e)), events.join('; '));
  });
});
