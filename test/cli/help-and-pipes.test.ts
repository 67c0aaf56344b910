import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { packageRoot } from '../../src/package-root.js';
import { runDyad } from '../helpers.js';

const COMMANDS = ['extract', 'code', 'ingest', 'events', 'dyad', 'actors', 'search', 'export', 'serve', 'demo'];

describe('dyad help and pipes', () => {
  it('explains every command: usage, each option with its default, and examples', async () => {
    for (const name of COMMANDS) {
      const viaHelp = await runDyad(['help', name]);
      const viaFlag = await runDyad([name, '--help']);
      assert.equal(viaHelp.code, 0, name);
      assert.equal(viaHelp.stdout, viaFlag.stdout, name);
      assert.match(viaHelp.stdout, new RegExp(`^usage: dyad ${name}`), name);
      assert.match(viaHelp.stdout, /\nexamples:\n {2}dyad /, name);
    }
    const events = (await runDyad(['help', 'events'])).stdout;
    assert.match(events, /--since YYYY-MM-DD +events on or after this day\n/);
    assert.match(events, /--db PATH +the store \(default: dyad\.db\)\n/);
    assert.match(events, /--limit N +events on the page \(default: 50\)\n/);
  });

  it('prints the version written in package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
    assert.equal((await runDyad(['--version'])).stdout, `dyad ${version}\n`);
  });

  it('refuses a document without prose instead of storing it as an article', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-prose-'));
    const listing = join(dir, 'passwd');
    writeFileSync(listing, Array.from({ length: 30 }, (_, i) => `user${i}:x:${1000 + i}:${1000 + i}:User ${i}:/home/user${i}:/bin/sh`).join('\n'));
    const story = join(dir, 'story.txt');
    writeFileSync(story, 'On Monday, Russia accused Ukraine of shelling the border town.\n');
    const db = join(dir, 'dyad.db');
    const r = await runDyad(['ingest', '--quiet', '--jobs', '0', '--db', db, listing, story]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /passwd: not an article: no sentences of prose/);
    const search = await runDyad(['search', 'home', '--db', db, '--format', 'jsonl']);
    assert.equal(search.stdout, '');
    assert.equal((await runDyad(['search', 'shelling', '--db', db, '--format', 'jsonl'])).stdout.split('\n').length, 2);
  });

  it('stops quietly with status 0 when the reader of its output goes away (dyad … | head)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-pipe-'));
    const big = join(dir, 'big.txt');
    // About 190 KB of article text, under the 200,000-character limit: JSON of it is far more than a
    // pipe holds, so the writer meets the closed end.
    writeFileSync(big, Array.from({ length: 2900 }, (_, i) => `Officials met in the capital on day ${i} and talked about trade.`).join('\n\n'));
    const child = spawn(process.execPath, ['--import', 'tsx', join(packageRoot(), 'src', 'cli', 'main.ts'), 'extract', big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
});
