import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const corpus = readdirSync('samples/corpus').sort().slice(0, 4).map((f) => join('samples/corpus', f));

/** `dyad code` in a fresh process. One input is coded first, with nothing before it, and a second
 * follows only so that every line names its input. */
async function codeInProcess(inputs: string[]): Promise<Map<string, string>> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'code', '--all', ...inputs, ...(inputs.length === 1 ? [corpus[3] ?? ''] : [])], { maxBuffer: 64 * 1024 * 1024 });
  const byInput = new Map<string, string>();
  for (const line of stdout.split('\n').filter(Boolean)) {
    const { input } = JSON.parse(line) as { input: string };
    byInput.set(input, `${byInput.get(input) ?? ''}${line}\n`);
  }
  return byInput;
}

describe('coding is a pure function of the document', () => {
  it('codes each document the same alone, first, last and in another order, byte for byte', { timeout: 120_000 }, async () => {
    const [forward, backward, alone] = await Promise.all([codeInProcess(corpus), codeInProcess([...corpus].reverse()), codeInProcess([corpus[0] ?? ''])]);
    for (const input of corpus) assert.equal(backward.get(input), forward.get(input), input);
    assert.equal(alone.get(corpus[0] ?? ''), forward.get(corpus[0] ?? ''));
    assert.ok([...forward.values()].join('').split('\n').length > 10);
  });
});
