import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from '../../src/extract/language.js';

// Short news paragraphs written for these tests, one per language.
const samples: [string, string][] = [
  [
    'en',
    'The foreign ministers of both countries met in Vienna on Tuesday to discuss the stalled negotiations over grain exports, and agreed to meet again before the end of the month.',
  ],
  [
    'ru',
    'Министры иностранных дел двух стран встретились во вторник в Вене, чтобы обсудить застопорившиеся переговоры об экспорте зерна, и договорились провести новую встречу до конца месяца.',
  ],
  [
    'de',
    'Die Außenminister beider Länder trafen sich am Dienstag in Wien, um über die festgefahrenen Verhandlungen zu den Getreideexporten zu sprechen, und vereinbarten ein weiteres Treffen vor Monatsende.',
  ],
  [
    'fr',
    'Les ministres des affaires étrangères des deux pays se sont réunis mardi à Vienne pour discuter des négociations bloquées sur les exportations de céréales, et ont convenu de se revoir avant la fin du mois.',
  ],
  [
    'es',
    'Los ministros de asuntos exteriores de ambos países se reunieron el martes en Viena para hablar de las negociaciones estancadas sobre las exportaciones de cereales, y acordaron volver a verse antes de fin de mes.',
  ],
  [
    'uk',
    'Міністри закордонних справ обох країн зустрілися у вівторок у Відні, щоб обговорити переговори щодо експорту зерна, які зайшли в глухий кут, і домовилися провести ще одну зустріч до кінця місяця.',
  ],
];

describe('detectLanguage', () => {
  for (const [code, text] of samples) {
    it(`tells ${code}`, () => assert.equal(detectLanguage(text), code));
  }

  it('returns null when the text is too short to tell', () => {
    assert.equal(detectLanguage(''), null);
    assert.equal(detectLanguage('Putin met Xi.'), null);
    assert.equal(detectLanguage('2021-12-30 10:15 — 36% / 200,000 (R)'), null);
  });

  it('reads only the start of a long body, so its time does not grow with the text', () => {
    const long = `${samples[0]?.[1] ?? ''} `.repeat(5000);
    assert.equal(detectLanguage(long), 'en');
  });
});
