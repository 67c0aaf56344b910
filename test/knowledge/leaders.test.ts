import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveSurnames, personRoleOn, readOfficeTerms, termOn } from '../../src/knowledge/leaders.js';
import type { OfficeTerm } from '../../src/knowledge/types.js';

describe('surnames derived from canonical names', () => {
  const cases: [name: string, country: string | null, expected: string[]][] = [
    ['Vladimir Putin', 'RUS', ['Putin']],
    ['Alexander Lukashenko', 'BLR', ['Lukashenko']],
    ['Xi Jinping', 'CHN', ['Xi']],
    ['Li Qiang', 'CHN', ['Li']],
    ['Kim Jong Un', 'PRK', []],
    ['Moon Jae-in', 'KOR', []],
    ['Yoon Suk Yeol', 'KOR', ['Yoon']],
    ['Hun Sen', 'KHM', ['Hun']],
    ['Tsai Ing-wen', 'TWN', ['Tsai']],
    ['Lee Hsien Loong', 'SGP', ['Lee']],
    ['Lawrence Wong', 'SGP', ['Wong']],
    ['Carrie Lam', 'HKG', ['Lam']],
    ['Theresa May', 'GBR', []],
    ['Gordon Brown', 'GBR', []],
    ['Condoleezza Rice', 'USA', []],
    ['George W. Bush', 'USA', ['Bush']],
    ['Martin Luther King Jr.', 'USA', []],
    ['Charles de Gaulle', 'FRA', ['de Gaulle']],
    ['Ursula von der Leyen', 'DEU', ['von der Leyen']],
    ['Herman Van Rompuy', 'BEL', ['Van Rompuy']],
    ['Luiz Inácio Lula da Silva', 'BRA', ['Lula da Silva']],
    ['José Eduardo dos Santos', 'AGO', ['Eduardo dos Santos']],
    ['Andrés Manuel López Obrador', 'MEX', ['Obrador', 'López Obrador']],
    ['Bashar al-Assad', 'SYR', ['al-Assad', 'Assad']],
    ['Abdel Fattah el-Sisi', 'EGY', ['el-Sisi', 'Sisi']],
    ['Mohammed bin Salman', 'SAU', []],
    ['Prayut Chan-o-cha', 'THA', ['Prayut']],
    ['Abiy Ahmed', 'ETH', ['Abiy']],
    ['Aung San Suu Kyi', 'MMR', []],
    ['Imran Khan', 'PAK', []],
    ['António Guterres', null, ['Guterres']],
    ['Ban Ki-moon', null, ['Ban']],
    ['Madonna', 'USA', []],
    ['King Charles III', 'GBR', []],
    ['Grand Duke Jean', 'LUX', []],
    ['King Philippe of Belgium', 'BEL', []],
    ['Benigno Aquino III', 'PHL', ['Aquino']],
    ['Ferdinand Marcos Jr.', 'PHL', ['Marcos']],
    ['Michaëlle Jean', 'CAN', []],
    ['Mahmoud Abbas', 'PSE', ['Abbas']],
  ];
  for (const [name, country, expected] of cases) {
    it(`${name} (${country ?? 'IGO'})`, () => assert.deepEqual(deriveSurnames(name, country), expected));
  }
});

describe('reading office terms', () => {
  const rows: OfficeTerm[] = [
    ['RUS', 'HOS', 'Vladimir Putin|Vladimir Vladimirovich Putin', '2000-05-07', '2008-05-07'],
    ['RUS', 'HOG', 'Vladimir Putin', '2008-05-08', '2012-05-07'],
    ['RUS', 'HOS', 'Vladimir Putin', '2012-05-07', null],
    ['UKR', 'HOS', 'Volodymyr Zelensky|Volodymyr Zelenskyy', '2019-05', null],
    ['XYZ', 'FM', 'Jan Novak', '2001', '2003'],
    ['IGOUNO', 'IGO', 'Ban Ki-moon', '2007-01-01', '2016-12-31'],
    ['NOR', 'HOG', 'Jens Stoltenberg', '2005-10-17', '2013-10-16'],
    ['IGOWSTNAT', 'IGO', 'Jens Stoltenberg', '2014-10-01', '2024-10-01'],
    ['KEN', 'HOS', 'William Ruto', '2022-09-13', null],
    ['IGOAFRAFU', 'IGO', 'William Ruto', '2023-02-18', '2024-02-17'],
  ];
  const people = readOfficeTerms(rows);
  const byName = (n: string) => {
    const p = people.find((x) => x.name === n);
    assert.ok(p, n);
    return p;
  };

  it('groups the rows of one person and keeps every variant', () => {
    const putin = byName('Vladimir Putin');
    assert.equal(putin.terms.length, 3);
    assert.deepEqual(putin.fullNames, ['Vladimir Putin', 'Vladimir Vladimirovich Putin']);
    assert.deepEqual(putin.surnames, ['Putin']);
    assert.deepEqual(byName('Volodymyr Zelensky').surnames, ['Zelensky', 'Zelenskyy']);
  });

  it('keeps one-word variants as short names others may share', () => {
    const xi = readOfficeTerms([['CHN', 'HOS', 'Xi Jinping|Xi', '2013-03-14', null]])[0];
    assert.deepEqual(xi?.fullNames, ['Xi Jinping']);
    assert.deepEqual(xi?.surnames, ['Xi']);
  });

  it('drops regnal numbers and Jr. for a shorter shared form', () => {
    const [charles, marcos] = readOfficeTerms([
      ['GBR', 'HOS', 'King Charles III', '2022-09-08', null],
      ['PHL', 'HOS', 'Ferdinand Marcos Jr.|Bongbong Marcos', '2022-06-30', null],
    ]);
    assert.deepEqual(charles?.surnames, ['King Charles']);
    assert.deepEqual(marcos?.surnames, ['Ferdinand Marcos', 'Marcos']);
  });

  it('writes hyphenated names in their usual spellings', () => {
    assert.deepEqual(byName('Ban Ki-moon').fullNames, ['Ban Ki-moon', 'Ban Ki moon', 'Ban Ki-Moon', 'Ban Ki Moon']);
  });

  it('reads month and year precision as the whole month or year', () => {
    assert.deepEqual(byName('Volodymyr Zelensky').terms[0], { country: 'UKR', office: 'HOS', from: '2019-05-01', to: null });
    assert.deepEqual(byName('Jan Novak').terms[0], { country: 'XYZ', office: 'FM', from: '2001-01-01', to: '2003-12-31' });
  });

  it('codes the role on a date', () => {
    const table: [string, string | null, string, string | null, string | null][] = [
      ['Vladimir Putin', '2010-01-01', 'RUSGOV', 'RUS', 'GOV'],
      ['Vladimir Putin', '1999-01-01', 'RUSELI', 'RUS', 'ELI'],
      ['Vladimir Putin', null, 'RUSGOV', 'RUS', 'GOV'],
      ['Ban Ki-moon', '2010-01-01', 'IGOUNO', null, null],
      ['Ban Ki-moon', '2020-01-01', 'IGOUNOELI', null, 'ELI'],
      ['Jens Stoltenberg', '2013-12-01', 'NORELI', 'NOR', 'ELI'],
      ['Jens Stoltenberg', '2020-01-01', 'IGOWSTNAT', null, null],
      ['Jens Stoltenberg', '2025-01-01', 'NORELI', 'NOR', 'ELI'],
      ['William Ruto', '2023-06-01', 'KENGOV', 'KEN', 'GOV'],
    ];
    for (const [name, date, code, country, sector] of table) {
      const e = personRoleOn(byName(name), date);
      assert.deepEqual([e.code, e.country, e.sector, e.entity, e.kind], [code, country, sector, name, 'person'], `${name} on ${date}`);
    }
  });

  it('finds the term in force, national offices first', () => {
    assert.equal(termOn(byName('William Ruto'), '2023-06-01')?.country, 'KEN');
    assert.equal(termOn(byName('Jan Novak'), '2004-01-01'), null);
  });

  it('works on an empty table', () => {
    assert.deepEqual(readOfficeTerms([]), []);
  });
});
