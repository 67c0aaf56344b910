import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDateLine } from '../../src/extract/parse-date-line.js';

describe('parseDateLine', () => {
  const cases: [string, string | null][] = [
    ['December 30, 2021', '2021-12-30'],
    ['30 December 2021', '2021-12-30'],
    ['2021-12-30', '2021-12-30'],
    ['Dec. 30, 2021 10:15 AM EST', '2021-12-30T10:15:00-05:00'],
    ['Published: 30 Dec 2021 10:15 GMT', '2021-12-30T10:15:00+00:00'],
    ['Published on 18 February 2022, 14:30 (GMT+3)', '2022-02-18T14:30:00+03:00'],
    ['Thursday, December 30, 2021', '2021-12-30'],
    ['Updated: Dec 30, 2021 · 4 min read', '2021-12-30'],
    ['Sept. 3, 2021', '2021-09-03'],
    ['3rd of March 2023', '2023-03-03'],
    ['30.12.2021', '2021-12-30'],
    ['2021-12-30T10:15:00Z', '2021-12-30T10:15:00Z'],
    ['2021-12-30T10:15:00+0300', '2021-12-30T10:15:00+03:00'],
    ['Published: 2024-08-28T08:30:00+10:00', '2024-08-28T08:30:00+10:00'],
    ['2021-12-30 14:20 UTC+3', '2021-12-30T14:20:00+03:00'],
    ['18 February 2022 | 14:30 MSK', '2022-02-18T14:30:00+03:00'],
    // "ET" is standard time in winter and daylight time in summer.
    ['December 30, 2021 3:05 p.m. ET', '2021-12-30T15:05:00-05:00'],
    ['July 4, 2022 3:05 p.m. ET', '2022-07-04T15:05:00-04:00'],
    ['March 13, 2022 9:00 AM ET', '2022-03-13T09:00:00-04:00'],
    ['March 12, 2022 9:00 AM ET', '2022-03-12T09:00:00-05:00'],
    ['December 30, 2021 10:15', '2021-12-30T10:15:00'],
    // Other languages of the news Dyad reads.
    ['30 декабря 2021 г.', '2021-12-30'],
    ['Опубликовано: 18 февраля 2022, 14:30', '2022-02-18T14:30:00'],
    ['Четверг, 30 декабря 2021', '2021-12-30'],
    ['3 грудня 2022 року', '2022-12-03'],
    ['30. Dezember 2021', '2021-12-30'],
    ['Veröffentlicht am 3. März 2023, 10:15', '2023-03-03T10:15:00'],
    ['Publié le 1er décembre 2021 à 10:15', '2021-12-01T10:15:00'],
    ['18 февраля 2022 в 14:30 MSK', '2022-02-18T14:30:00+03:00'],
    ['jeudi 30 décembre 2021', '2021-12-30'],
    ['30 de diciembre de 2021', '2021-12-30'],
    // Not a date line: impossible dates, sentences, an unknown word after the time.
    ['February 30, 2021', null],
    ['13:00', null],
    ['On December 30, 2021, the two leaders met.', null],
    ['December 30, 2021 Moscow', null],
    ['Friday 30, 2021', null],
    ['December 30, 2021 10:15 XYZ', null],
    ['25:00 December 30, 2021', null],
  ];
  for (const [line, expected] of cases) {
    it(`${line} -> ${String(expected)}`, () => assert.equal(parseDateLine(line), expected));
  }
});
