import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { GDELT_COLUMNS } from '../../src/export/gdelt-row.js';
import { runDyad } from '../helpers.js';
import { dropTestSchemas, freshStoreUrl, noServerTest, serverProblem } from '../store/postgres-test-server.js';

/** GDELT's DATEADDED is the export's own clock: two runs a second apart differ there and nowhere else. */
function withoutClock(tsv: string): string {
  const at = GDELT_COLUMNS.indexOf('DATEADDED');
  return tsv
    .split('\n')
    .map((line) => {
      const cells = line.split('\t');
      if (cells.length === GDELT_COLUMNS.length) cells[at] = '';
      return cells.join('\t');
    })
    .join('\n');
}

/** Three small news pages, each with a publication date, so that their events are dated. */
function writePages(dir: string): string[] {
  const pages: [string, string, string[]][] = [
    ['shelling', '2021-12-21', ['Russia accused Ukraine of shelling a border town on Monday, officials in Moscow said.', 'Ukrainian officials denied the claim.']],
    ['summit', '2021-12-22', ['President Vladimir Putin met Belarusian President Alexander Lukashenko in Minsk on Tuesday to discuss gas prices and the pipeline.']],
    ['sanctions', '2021-12-23', ['The European Union imposed new sanctions on Belarus on Wednesday over the crackdown on protesters.']],
  ];
  return pages.map(([name, day, paragraphs]) => {
    const path = join(dir, `${name}.html`);
    writeFileSync(
      path,
      `<html><head><title>${name}</title><meta property="article:published_time" content="${day}T10:00:00Z"></head>
       <body><article><h1>${name}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`,
    );
    return path;
  });
}

const problem = await serverProblem();
if (problem) {
  noServerTest('the CLI on a PostgreSQL store', problem);
} else {
  after(dropTestSchemas);

  describe('the CLI with --db postgres://', () => {
    it('ingests, then answers events, dyad, actors, search and export as it does on SQLite', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'dyad-pg-cli-'));
      const pages = writePages(dir);
      const url = freshStoreUrl();
      const sqlite = join(dir, 'dyad.db');
      for (const db of [url, sqlite]) {
        const ingest = await runDyad(['ingest', '--quiet', '--jobs', '0', '--db', db, ...pages]);
        assert.equal(ingest.code, 0, ingest.stderr);
      }
      const again = await runDyad(['ingest', '--quiet', '--jobs', '0', '--db', url, ...pages]);
      assert.match(again.stderr, /3 already stored/);

      const events = await runDyad(['events', '--db', url, '--format', 'jsonl']);
      assert.equal(events.code, 0, events.stderr);
      const rows = events.stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: { code: string }; target: { code: string } | null; action: { cameo: string } });
      assert.equal(rows.length, 4);
      assert.ok(rows.some((e) => e.source.code === 'RUS' && e.target?.code === 'UKR' && e.action.cameo.startsWith('112')));

      const commands = [
        ['events', '--format', 'jsonl'],
        ['events', '--actor', 'BLR', '--since', '2021-12-01'],
        ['events', '--q', 'pipeline'],
        ['dyad', 'RUS', 'UKR', '--by', 'week', '--format', 'jsonl'],
        ['dyad', 'RUS', 'BLR', '--by', 'month'],
        ['actors', '--format', 'jsonl'],
        ['export', '--format', 'csv', '--header'],
        ['export', '--format', 'gdelt', '--actor', 'RUS'],
      ];
      for (const command of commands) {
        const onPostgres = await runDyad([...command, '--db', url]);
        const onSqlite = await runDyad([...command, '--db', sqlite]);
        assert.equal(onPostgres.code, 0, `${command.join(' ')}: ${onPostgres.stderr}`);
        assert.notEqual(onPostgres.stdout, '', command.join(' '));
        assert.equal(withoutClock(onPostgres.stdout), withoutClock(onSqlite.stdout), command.join(' '));
      }
      // Snippets are each engine's own; the hits are the same.
      const search = await runDyad(['search', 'pipeline', '--db', url, '--format', 'jsonl']);
      assert.equal(search.code, 0, search.stderr);
      const hits = search.stdout.trim().split('\n').map((l) => JSON.parse(l) as { title: string; events: number; snippet: string });
      assert.deepEqual(hits.map((h) => [h.title, h.events]), [['summit', 1]]);
      assert.match(hits[0]?.snippet ?? '', /\[pipeline\]/);
    });

    it('says which server it could not reach', async () => {
      const r = await runDyad(['events', '--db', 'postgres://nobody@127.0.0.1:1/none']);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /postgres:\/\/nobody@127\.0\.0\.1:1\/none: cannot open the store/);
    });
  });
}
