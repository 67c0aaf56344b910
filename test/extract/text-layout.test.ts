import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitUnits, wrapWidth } from '../../src/extract/text-layout.js';

const texts = (text: string): string[] => splitUnits(text).map((u) => u.text);

describe('splitUnits', () => {
  it('keeps each line of a blank-line block that is not wrapped as its own unit', () => {
    assert.deepEqual(texts('Headline here\n\nDecember 30, 2021\nHeadline here\nA caption.\nIMAGE SOURCE: X\n\nBody.'), [
      'Headline here',
      'December 30, 2021',
      'Headline here',
      'A caption.',
      'IMAGE SOURCE: X',
      'Body.',
    ]);
  });

  it('treats single newlines between long lines as paragraph breaks', () => {
    const a = 'The first paragraph is one long line of text that runs well past any width a scraper would wrap at, as dumps of this kind do.';
    const b = 'The second paragraph follows on the next line with no blank line between them, which is common when a scraper joins text nodes.';
    assert.deepEqual(texts(`${a}\n${b}\n${a}\n${b}\n`), [a, b, a, b]);
  });

  it('joins hard-wrapped lines and breaks where the next word would have fitted', () => {
    const wrapped = [
      'Ministers from the two countries met on Monday in the capital to talk',
      'about trade, energy and the opening of a new border crossing for trucks',
      'carrying food.',
      'A second meeting is planned for the spring, officials said, and a joint',
      'commission will report on the crossing before the end of the year to the',
      'two governments.',
      '',
      'Both sides described the talks as useful, though no agreement was signed',
      'on the price of gas, which remains the main point of disagreement.',
    ].join('\n');
    assert.deepEqual(texts(wrapped), [
      'Ministers from the two countries met on Monday in the capital to talk about trade, energy and the opening of a new border crossing for trucks carrying food.',
      'A second meeting is planned for the spring, officials said, and a joint commission will report on the crossing before the end of the year to the two governments.',
      'Both sides described the talks as useful, though no agreement was signed on the price of gas, which remains the main point of disagreement.',
    ]);
  });

  it('keeps short paragraphs of one line each apart, though their lengths look wrapped', () => {
    const lines = [
      'Officials met on Monday in Geneva to discuss the ceasefire.',
      'They agreed to meet again next week, a spokesman said.',
      'No date was set for the next round of the talks, however.',
      'Both delegations left the city on Tuesday morning by air.',
      'The United Nations welcomed the meeting in a statement.',
    ];
    assert.deepEqual(texts(lines.join('\n')), lines);
  });

  it('starts a new unit at a bullet or an indented line in wrapped text', () => {
    const wrapped = [
      'The statement listed three demands that the delegation brought to the',
      'talks in Geneva on Tuesday morning, according to the foreign ministry:',
      '- an end to shelling near the power plant',
      '- access for inspectors from the atomic energy agency in the next days',
      '  The ministry gave no deadline for a reply from the other side of the',
      'talks, and said it would not negotiate while the shelling went on.',
    ].join('\n');
    assert.deepEqual(texts(wrapped), [
      'The statement listed three demands that the delegation brought to the talks in Geneva on Tuesday morning, according to the foreign ministry:',
      '- an end to shelling near the power plant',
      '- access for inspectors from the atomic energy agency in the next days',
      'The ministry gave no deadline for a reply from the other side of the talks, and said it would not negotiate while the shelling went on.',
    ]);
  });

  it('normalises Windows line ends, a BOM and zero-width spaces', () => {
    assert.deepEqual(texts('\uFEFFTitle line here\r\n\r\nBody\u200b text.\r\n'), ['Title line here', 'Body text.']);
  });
});

describe('wrapWidth', () => {
  it('finds the width of wrapped prose and null for unwrapped lines', () => {
    const wrapped = Array.from({ length: 10 }, (_, i) => 'x'.repeat(64 + (i % 8)));
    assert.equal(wrapWidth(wrapped), 71);
    assert.equal(wrapWidth(['x'.repeat(150), 'y'.repeat(40), 'z'.repeat(210), 'w'.repeat(90), 'v'.repeat(180)]), null);
    assert.equal(wrapWidth(['short', 'lines']), null);
  });
});
