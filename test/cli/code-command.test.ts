import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Event } from '../../src/types/index.js';
import { runDyad } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-code-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('dyad code', () => {
  it('says that a document in another language is not coded, and goes on with the rest', async () => {
    const german = file('de.txt', 'Der russische Präsident traf am Mittwoch den belarussischen Präsidenten in Sankt Petersburg. Beide sprachen über Handel und Sicherheit.\n');
    const english = file('en.txt', 'On Monday, Russia accused Ukraine of shelling the border town.\n');
    const r = await runDyad(['code', '--published', '2024-03-06', german, english]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `dyad: ${german}: the text is in German (de); events are coded from English only\n`);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Event & { input: string });
    assert.ok(events.length > 0);
    assert.ok(events.every((e) => e.input === english));
  });

  it('reads the users\u2019 PETRARCH actor dictionaries with --actors', async () => {
    const actors = file('actors.txt', '# our own\nZENDARIA [ZND]\nZENDARIAN_MINISTRY_OF_TRADE [ZNDGOV]\n');
    const story = file('story.txt', 'On Monday, the Zendarian Ministry of Trade accused Russia of dumping steel.\n');
    const without = await runDyad(['code', '--published', '2024-03-06', story]);
    assert.ok(!without.stdout.includes('ZNDGOV'));
    const r = await runDyad(['code', '--published', '2024-03-06', '--actors', actors, story]);
    assert.equal(r.code, 0);
    const [event] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Event);
    assert.equal(event?.source.code, 'ZNDGOV');
    assert.equal(event?.target?.code, 'RUS');
  });

  it('fails on a missing or malformed actor dictionary, naming it', async () => {
    const story = file('story2.txt', 'Russia accused Ukraine.\n');
    const missing = await runDyad(['code', '--actors', join(dir, 'none.txt'), story]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /none\.txt: cannot read the actor dictionary/);
    const bad = file('bad.txt', 'ZENDARIA [ZND\n');
    const malformed = await runDyad(['code', '--actors', bad, story]);
    assert.equal(malformed.code, 1);
    assert.match(malformed.stderr, /bad\.txt: line 1: /);
  });
});
