import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readConllu, writeConllu } from '../../src/parse/conllu.js';

const SAMPLE = [
  '# sent_id = t1',
  '# text = The ferry wasn\'t late.',
  '1\tThe\tthe\tDET\tDT\t_\t2\tdet\t2:det\t_',
  '2\tferry\tferry\tNOUN\tNN\tNumber=Sing\t5\tnsubj\t5:nsubj\t_',
  '3-4\twasn\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '3\twas\tbe\tAUX\tVBD\t_\t5\tcop\t5:cop\t_',
  '4\tn\'t\tnot\tPART\tRB\t_\t5\tadvmod\t5:advmod\t_',
  '5\tlate\tlate\tADJ\tJJ\t_\t0\troot\t0:root\tSpaceAfter=No',
  '6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t5:punct\t_',
  '',
  '# text = Go home',
  '1\tGo\tgo\tVERB\tVB\t_\t0\troot\t0:root\t_',
  '1.1\tyou\tyou\tPRON\tPRP\t_\t_\t_\t1:nsubj\t_',
  '2\thome\thome\tADV\tRB\t_\t1\tadvmod\t1:advmod\t_',
  '',
  '',
].join('\n');

describe('CoNLL-U', () => {
  it('reads words with 0-based heads, the root as -1', () => {
    const [first, second] = readConllu(SAMPLE);
    assert.equal(first?.words.length, 6);
    assert.deepEqual(first?.words.map((w) => w.head), [1, 4, 4, 4, -1, 4]);
    assert.deepEqual(first?.words.map((w) => w.deprel), ['det', 'nsubj', 'cop', 'advmod', 'root', 'punct']);
    assert.equal(first?.comments[1], "# text = The ferry wasn't late.");
    assert.deepEqual(second?.words.map((w) => w.form), ['Go', 'home']);
  });

  it('writes back what it read, multiword tokens and empty nodes included', () => {
    assert.equal(writeConllu(readConllu(SAMPLE)), SAMPLE.replace(/\n+$/, '\n\n'));
  });

  it('names the line of a malformed row', () => {
    assert.throws(() => readConllu('1\tA\ta\tDET\n', 'bad.conllu'), /bad\.conllu:1: .*10 tab-separated columns/);
    assert.throws(() => readConllu('2\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n', 'gap.conllu'), /gap\.conllu:1: word id 2 out of sequence/);
  });
});
