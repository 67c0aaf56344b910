import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { codeArticle } from '../../src/pipeline.js';
import type { Event } from '../../src/types/index.js';
import { articleOf } from '../annotate/article-of.js';

/** [sentence, CAMEO code, source code, target code, modality, date, place]; "*" is not checked. */
type Expected = [number, string, string, string | null, Event['modality'], string, string | null];

function check(file: string, published: string, expected: Expected[]): void {
  describe(file, () => {
    const body = readFileSync(new URL(`../fixtures/articles/${file}`, import.meta.url), 'utf8');
    const events = codeArticle(articleOf(body, published)).events;
    for (const [sentence, cameo, source, target, modality, date, place] of expected) {
      it(`sentence ${sentence}: ${cameo} ${source} -> ${target ?? '-'} (${modality})`, () => {
        const e = events.find(
          (x) => x.sentence.index === sentence && x.action.cameo === cameo && (source === '*' || x.source.code === source) &&
            (target === '*' || (x.target?.code ?? null) === target),
        );
        assert.ok(e, `not found among ${events.map((x) => `${x.sentence.index}:${x.action.cameo}:${x.source.code}>${x.target?.code ?? '-'}`).join(' ')}`);
        assert.equal(e.modality, modality);
        if (date !== '*') assert.equal(e.date?.value, date);
        if (place !== '*') assert.equal(e.location?.text ?? null, place);
        assert.equal(body.slice(e.sentence.start, e.sentence.end), e.sentence.text);
      });
    }
  });
}

check('europe-ukraine-aid.txt', '2023-11-14', [
  [0, '040', 'DEUGOV', 'FRAGOV', 'asserted', '2023-11-14', 'Paris'],
  [1, '0332', 'DEUGOV', 'UKR', 'asserted', '2023-11-14', null],
  [2, '111', 'DEUGOV', 'HUN', 'asserted', '*', null],
  [3, '112', 'RUS', 'DEU', 'asserted', '*', null],
  [3, '112', 'RUS', 'FRA', 'asserted', '*', null],
  [4, '016', 'RUSGOV', null, 'asserted', '*', 'Kharkiv'],
  [4, '194', 'RUSMIL', '*', 'negated', '*', 'Kharkiv'],
  // Zelensky's source code is left to the resolver (it has him as unplaced GOV for now)
  [5, '051', '*', 'DEUGOV', 'asserted', '*', 'Kyiv'],
  [5, '020', '*', 'IGOWSTNAT', 'asserted', '*', 'Kyiv'],
  [6, '1245', 'HUN', '*', 'asserted', '2022', null],
  [7, '173', 'DEUCOP', '*', 'asserted', '2023-11-09', null],
]);

check('asia-mideast-roundup.txt', '2024-02-10', [
  [0, '036', 'INDGOV', 'ARE', 'future', '*', null],
  [1, '1123', 'PAK', 'AFG', 'asserted', '2024-02-09', null],
  [2, '032', 'IRN', 'SAU', 'asserted', '2024-02-10', null],
  [4, '0333', 'JPN', 'SDN', 'future', '*', null],
  [5, '195', 'ISR', 'LBNREBHZB', 'asserted', '2024-02-04', 'Lebanon'],
  [6, '141', '*', null, 'asserted', '*', 'Dhaka'],
  [6, '1041', '*', '*', 'asserted', '*', 'Dhaka'],
]);
