import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { codeArticle } from '../../src/pipeline.js';
import type { Article } from '../../src/types/index.js';
import { articleOf } from '../annotate/article-of.js';

const withTitle = (title: string, body: string): Article => ({ ...articleOf(body, '2024-03-14'), title });
const events = (title: string, body: string): number => codeArticle(withTitle(title, body)).events.length;

describe('a document that is no news about actors gives no events', () => {
  it('a page that talks to its reader', () => {
    const body = [
      'Japan offers visitors a rail pass that covers most trains.',
      'You can buy it before you leave.',
      'Your hotel will help you book seats.',
      'The Japanese government recommends carrying cash.',
      'Canada and Japan signed a working holiday deal in 1986.',
    ].join(' ');
    assert.equal(events('Things to know before your first trip', body), 0);
  });
  it('a ranking or guide that names few actors', () => {
    const body = [
      'The first pick is a light frame with a wide grip.',
      'Its battery lasts two days.',
      'The second model folds flat.',
      'Germany and France accepted the standard in 2019.',
      'It costs a little more.',
      'The third pick is the cheapest.',
    ].join(' ');
    assert.equal(events('The 5 Best Folding Bikes of 2025', body), 0);
  });
  it('a sports report', () => {
    const body = 'Ottawa held on to beat Detroit 4-3. The striker scored twice in the final. Canada praised the coach.';
    assert.equal(events('Late goals lift Ottawa', body), 0);
  });
  it('but not a news story, even one with a list title', () => {
    const body = [
      'Russia accused Ukraine of shelling the dam on Monday.',
      'Ukraine denied the accusation.',
      'The European Union condemned the attack.',
      'Turkey offered to mediate between Moscow and Kyiv.',
    ].join(' ');
    assert.ok(events('Five things to know about the dam attack', body) >= 3);
    assert.ok(events('Russia accuses Ukraine over dam', body) >= 3);
  });
});
