import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readConllu } from '../../src/parse/conllu.js';
import { runDyad } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-parse-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('dyad parse', () => {
  it('writes CoNLL-U for a text, one block a sentence with its text', async () => {
    const story = file('story.txt', 'The army shelled the town on Monday. Residents fled.\n');
    const r = await runDyad(['parse', story]);
    assert.equal(r.code, 0, r.stderr);
    const sentences = readConllu(r.stdout);
    assert.equal(sentences.length, 2);
    assert.ok(sentences[0]?.comments.includes('# text = The army shelled the town on Monday.'));
    assert.deepEqual(sentences[1]?.words.map((w) => w.form), ['Residents', 'fled', '.']);
    const words = sentences[0]!.words;
    const shelled = words.findIndex((w) => w.form === 'shelled');
    assert.equal(words[shelled]?.deprel, 'root');
    assert.equal(words.find((w) => w.form === 'army')?.head, shelled);
    assert.equal(words.find((w) => w.form === 'army')?.deprel, 'nsubj');
    assert.equal(words.find((w) => w.form === 'Monday')?.misc, 'SpaceAfter=No');
  });

  it('re-parses a CoNLL-U file on its own words and sentence breaks, ignoring its tags and heads', async () => {
    const given = [
      '# text = Police arrested two men',
      '1\tPolice\tpolice\tX\t_\t_\t4\tdep\t_\t_',
      '2\tarrested\tarrest\tX\t_\t_\t0\troot\t_\t_',
      '3\ttwo\ttwo\tX\t_\t_\t2\tdep\t_\t_',
      '4\tmen\tman\tX\t_\t_\t2\tdep\t_\t_',
      '',
      '1\tThey\tthey\tX\t_\t_\t0\troot\t_\t_',
      '2\tresisted\tresist\tX\t_\t_\t1\tdep\t_\t_',
      '',
    ].join('\n');
    const r = await runDyad(['parse', '--conllu', file('in.conllu', given)]);
    assert.equal(r.code, 0, r.stderr);
    const [first, second] = readConllu(r.stdout);
    assert.deepEqual(first?.comments, ['# text = Police arrested two men']);
    assert.deepEqual(first?.words.map((w) => [w.form, w.lemma, w.upos, w.head, w.deprel]), [
      ['Police', 'police', 'NOUN', 1, 'nsubj'],
      ['arrested', 'arrest', 'VERB', -1, 'root'],
      ['two', 'two', 'NUM', 3, 'nummod'],
      ['men', 'man', 'NOUN', 1, 'obj'],
    ]);
    assert.deepEqual(second?.words.map((w) => w.deprel), ['nsubj', 'root']);
  });

  it('names a malformed CoNLL-U file and its line, and goes on', async () => {
    const bad = file('bad.conllu', '1\tOnly\tthree\n');
    const good = file('good.conllu', '1\tHello\thello\t_\t_\t_\t0\troot\t_\t_\n\n');
    const r = await runDyad(['parse', '--conllu', bad, good]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^dyad: .*bad\.conllu:1: a CoNLL-U line has 10 tab-separated columns, found 3\n$/);
    assert.equal(readConllu(r.stdout).length, 1);
  });

  it('has help', async () => {
    const r = await runDyad(['parse', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /--conllu/);
  });
});
