import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cleanLine,
  hasCaptionMarker,
  isBoilerplate,
  isHeadlineLike,
  isMarkupResidue,
  isNavigation,
  parseByline,
  parseCredit,
  parseLabelledCaption,
  parseReportingCredit,
  splitInlineCredit,
} from '../../src/extract/text-line-clues.js';

function table<T>(name: string, fn: (line: string) => T, cases: [string, T][]): void {
  describe(name, () => {
    for (const [line, expected] of cases) {
      it(`${line} -> ${JSON.stringify(expected)}`, () => assert.deepEqual(fn(line), expected));
    }
  });
}

table('isMarkupResidue', isMarkupResidue, [
  ['!-- Google tag (gtag.js) -->', true],
  ['<!-- End Google Tag Manager -->', true],
  ['<div class="article-body">', true],
  ['</div>', true],
  ["window.dataLayer = window.dataLayer || [];", true],
  ["gtag('config', 'G-XXXX');", true],
  ['<b></b>', true],
  ['The <b>minister</b> spoke first.', false],
  ['Talks resumed in Geneva.', false],
]);

table('cleanLine', cleanLine, [
  ['The <b>minister</b> spoke&nbsp;first.', 'The minister spoke first.'],
  ['Trade &amp; security &#8212; a summary', 'Trade & security \u2014 a summary'],
  ['Growth of 3 < 4 percent', 'Growth of 3 < 4 percent'],
]);

table('isNavigation', isNavigation, [
  ['Skip to content', true],
  ['Skip to main content', true],
  ['Menu', true],
  ['Home > World > Europe', true],
  ['News / World / Middle East', true],
  ['Share', true],
  ['18:40', true],
  ['4:15 pm GMT', true],
  ['5 min read', true],
  ['2 hours ago', true],
  ['Search results show a rise in interest.', false],
  ['Home ministers met on Friday.', false],
]);

table('isBoilerplate', isBoilerplate, [
  ['Share this article', true],
  ['Follow us on Telegram', true],
  ['© 2023 Harbour News Agency', true],
  ['Copyright 2022 Brussels Wire', true],
  ['Related:', true],
  ['Read more: Shipping insurers raise Black Sea premiums', true],
  ['Sign up for our daily newsletter', true],
  ['Tags: EU, Serbia, Kosovo', true],
  ['Reporting by Elena Marsh; Editing by Tom Hale', true],
  ['We use cookies to improve your experience.', true],
  ['Related talks were held in Vienna on Monday.', false],
  ['The ministry said it would share the findings with partners.', false],
  ['Follow-up talks are planned for March.', false],
]);

table('parseCredit', parseCredit, [
  ['IMAGE SOURCE: KREMLIN', 'KREMLIN'],
  ['Photo: KYODO/Staff', 'KYODO/Staff'],
  ['Image credit - Jane Doe', 'Jane Doe'],
  ['Photograph: Ann Poe/AFP', 'Ann Poe/AFP'],
  ['Photo by Ann Poe/Getty Images', 'Ann Poe/Getty Images'],
  ['REUTERS/Kacper Nowak', 'REUTERS/Kacper Nowak'],
  ['(Photo: Reuters)', 'Reuters'],
  ['Anna Poe/AFP via Getty Images', 'Anna Poe/AFP via Getty Images'],
  ['Jan Kowal via Getty Images', 'Jan Kowal via Getty Images'],
  ['Photo: the ministry said the pictures were taken in May, and that they showed the new fence along the border in detail beyond doubt.', null],
  ['Photos of the meeting were released on Monday.', null],
  ['The credit line was extended.', null],
]);

table('splitInlineCredit', splitInlineCredit, [
  ['Sailors prepare for the exercise. (Photo: NATO Maritime Command)', { caption: 'Sailors prepare for the exercise.', credit: 'NATO Maritime Command' }],
  ['The two presidents in Minsk | Photo: BelTA', { caption: 'The two presidents in Minsk', credit: 'BelTA' }],
  ['The two presidents in St. Petersburg. IMAGE SOURCE: KREMLIN', { caption: 'The two presidents in St. Petersburg.', credit: 'KREMLIN' }],
  ['The president (left) spoke.', null],
  ['The photo (pictured) was taken in May.', null],
]);

table('parseLabelledCaption', parseLabelledCaption, [
  ['Photo: Troops march across Red Square in Moscow, 9 May 2024.', 'Troops march across Red Square in Moscow, 9 May 2024.'],
  ['Photo: Reuters', null],
  ['Photo: J. Doe.', null],
]);

table('hasCaptionMarker', hasCaptionMarker, [
  ['Russian President Vladimir Putin (R) with his guest in St. Petersburg.', true],
  ['Ministers (L to R) pose before the talks.', true],
  ['A file photo of the plant.', true],
  ['The senator (R-Texas) objected.', false],
]);

table('parseByline', parseByline, [
  ['By Jane Doe', ['Jane Doe']],
  ['By Hana Sato and Min-jun Kang', ['Hana Sato', 'Min-jun Kang']],
  ['By Jane Doe, Reuters', ['Jane Doe']],
  ['By Jane Doe in Kyiv and John Roe in Moscow', ['Jane Doe', 'John Roe']],
  ['By Jane Doe - Moscow correspondent', ['Jane Doe']],
  ['By Reuters', ['Reuters']],
  ['Jane Doe, Reuters', ['Jane Doe']],
  ['Mark Ellis | Brussels correspondent', ['Mark Ellis']],
  ['By contrast, the ministry said nothing.', null],
  ['By Monday the talks had collapsed', null],
  ['Ministers met, Reuters reported', null],
]);

table('parseReportingCredit', parseReportingCredit, [
  ['Reporting by Elena Marsh; Editing by Tom Hale', ['Elena Marsh']],
  ['(Reporting by Pavel Novak in Prague and Ann Poe; Writing by Tom Hale)', ['Pavel Novak', 'Ann Poe']],
  ['Reporting by the Kyiv newsroom', null],
]);

table('isHeadlineLike', isHeadlineLike, [
  ['Lukashenko Hails Belarus-Russia Ties in Meeting With Putin', true],
  ['Grain corridor talks stall in Istanbul', true],
  ['Will the ceasefire hold?', true],
  ['Officials met on Monday.', false],
  ['Europe', false],
  ['the talks went on', false],
]);
