import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CUSTOM_PARSERS } from '../../src/code/date-parsers.js';
import type { ParseContext } from '../../src/code/date-parsers.js';
import { findDates } from '../../src/code/dates.js';

/**
 * The cheap cue test in front of each date parser is there for speed only: a parser that finds a
 * date in a text must never be skipped by its cue. Sentences written for this test, with dates in
 * every shape the parsers read, near misses, and no date at all.
 */
const SENTENCES = [
  // month and day
  'The envoy arrived on Dec. 3 and left on December 9, 2021.',
  'Voting closed on 14 March, a day late.',
  'The treaty was signed on the 3rd of June 2019 in Lisbon.',
  'By Sept 30 the fund had run dry.',
  'Talks resume Jan. 12, officials said.',
  // months
  'The drills took place in September.',
  'Prices rose in early March and fell in late April.',
  'The ceasefire has held since May.',
  'May I ask what the envoy said?',
  'Exports shrank in August 2020 and again in Sept. 2021.',
  'The army said it would withdraw next March.',
  'Inflation peaked in Nov 2022.',
  "October's vote was delayed.",
  'Fighting resumed the end of January this year.',
  // quarters and halves
  'Sales fell in the third quarter of 2022.',
  'Growth slowed in Q3 2021 and recovered in 2022 Q1.',
  'The plant will open in the second half of next year.',
  'Output rose in the first quarter, the ministry said.',
  'Profits dropped in the last quarter of 2020.',
  'H1 2023 saw record exports.',
  // modified years
  'The pipeline will open in early 2025.',
  'Construction stalled in mid-2022 and resumed by the end of 2023.',
  'The reform was passed in late 2019.',
  // relative periods
  'Trade grew 36% last year.',
  'Talks collapsed earlier this month.',
  'The minister will travel to Paris next week.',
  'Exports are expected to recover early next year.',
  'The bank raised rates last quarter.',
  'Officials met in the coming week.',
  // recent periods
  'Fighting has intensified in the last few weeks.',
  'Over the past two days rebels took three towns.',
  'Prices have climbed in recent months.',
  'Within the past week the army shelled the port.',
  // agos
  'The strike began two days ago.',
  'A week ago the talks broke down.',
  'The dam was finished 12 years ago.',
  'A couple of months ago the mayor resigned.',
  'Several weeks ago protesters blocked the road.',
  // seasons
  'The dam was breached last summer.',
  'Elections are due this autumn.',
  'The winter of 2021 was the coldest on record.',
  'Troops will rotate out next spring.',
  // bare years
  'Since 2014 the two sides have clashed.',
  'The 2020 crackdown on the movement drew sanctions.',
  "2021's budget was cut.",
  'Some 2000 troops crossed the border.',
  'The convoy left at 2000 GMT.',
  'Flight 2019 landed safely.',
  // chrono's shapes, next to ours
  'The ministry said on Monday that talks would resume.',
  'Officials met yesterday in Nairobi and will meet again tomorrow.',
  'Protesters gathered this morning outside parliament.',
  'The summit opened on 2023-05-14 in Geneva.',
  'The deal was signed on 14/05/2023.',
  'The ceasefire held until Monday, December 27.',
  'On Wednesday, March 3, 2021, the court ruled.',
  'The Sunday Times reported the deal.',
  'Black Friday sales fell.',
  // near misses and no date
  'The talks ran 24/7 ahead of the 9/11 anniversary.',
  'The army shelled the town.',
  'Police arrested 40 protesters and seized 3 cars.',
  'The market is closed on sundays.',
  'Half of the aid went missing, a quarter of it in transit.',
  'The hall seats 1500 people.',
  'Every week the price of bread goes up.',
  'The fall of the city was swift.',
  'A month-long siege ended.',
  'The year ended with a deal.',
  'Spring Valley voted against the plan.',
  'He served three terms.',
  '',
];

const REFERENCES = ['2024-02-10', '2021-12-30', '2019-06-01', '2023-03-31'];

const contextOf = (text: string, reference: string): ParseContext => {
  const [y = 0, m = 0, d = 0] = reference.split('-').map(Number);
  return { text, ref: { y, m, d }, future: () => false };
};

describe('date cues', () => {
  it('never skip a text in which their parser finds a date', () => {
    for (const text of SENTENCES) {
      for (const [gate, parse] of CUSTOM_PARSERS) {
        for (const reference of REFERENCES) {
          const found = parse(contextOf(text, reference));
          if (found.length > 0) assert.ok(gate.test(text), `${parse.name} finds a date in ${JSON.stringify(text)} but its cue ${String(gate)} skips it`);
        }
      }
    }
  });

  it('change no result of findDates', () => {
    for (const text of SENTENCES) {
      for (const reference of REFERENCES) {
        assert.deepEqual(findDates(text, reference), findDates(text, reference, { gates: false }), JSON.stringify(text));
      }
    }
    // Two sentences in one text: dates at other offsets, and overlaps across them.
    for (let i = 0; i + 1 < SENTENCES.length; i++) {
      const text = `${SENTENCES[i] ?? ''} ${SENTENCES[i + 1] ?? ''}`;
      assert.deepEqual(findDates(text, '2024-02-10'), findDates(text, '2024-02-10', { gates: false }), JSON.stringify(text));
    }
  });

  it('are tried on sentences where every parser finds something', () => {
    for (const [, parse] of CUSTOM_PARSERS) {
      const hits = SENTENCES.filter((text) => parse(contextOf(text, '2024-02-10')).length > 0);
      assert.ok(hits.length >= 2, `${parse.name} finds a date in only ${hits.length} of the sentences`);
    }
  });

  it('leave sentences without a date cue without dates', () => {
    for (const text of ['The army shelled the town.', 'Police arrested 40 protesters and seized 3 cars.', '']) {
      assert.deepEqual(findDates(text, '2024-02-10'), []);
    }
  });
});
