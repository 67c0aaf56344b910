import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { WARCRecord, WARCSerializer } from 'warcio';
import { readWarc } from '../../src/ingest/read-warc.js';
import { openStore } from '../../src/store/open-store.js';
import { runDyad } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-sources-'));
// A local file a hostile feed names; its words must never reach the store.
const secret = join(dir, 'secret.txt');
writeFileSync(secret, 'Poland accused Belarus of sending the password swordfish to Minsk.\n');
const page = (title: string, body: string): string =>
  `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p><p>Officials said more talks would follow in the coming weeks.</p></article></body></html>`;

async function warcRecord(url: string, html: string, type: 'response' | 'request' = 'response'): Promise<Uint8Array> {
  const record = WARCRecord.create(
    { url, date: '2024-02-01T10:00:00Z', type, warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' }, statusline: type === 'response' ? 'HTTP/1.1 200 OK' : 'GET / HTTP/1.1' },
    [new TextEncoder().encode(html)],
  );
  return WARCSerializer.serialize(record, { gzip: false });
}

let server: Server;
let base = '';

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
        <item><title>One</title><link>${base}/one</link><pubDate>Mon, 05 Feb 2024 09:00:00 GMT</pubDate></item>
        <item><title>Gone</title><link>${base}/gone</link></item>
      </channel></rss>`);
    } else if (req.url === '/hostile.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title>
        <item><title>Passwords</title><link>${secret}</link></item>
        <item><title>File</title><link>file://${secret}</link></item>
        <item><title>Up</title><link>../../..${secret}</link></item>
        <item><title>Zero</title><link>/dev/zero</link></item>
        <item><title>Here</title><link>one</link></item>
      </channel></rss>`);
    } else if (req.url === '/one') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(page('Ministers meet', 'The foreign ministers of Poland and Lithuania met in Vilnius to discuss border security.'));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('ingest sources', () => {
  it('reads the HTML responses of a WARC file and skips other records', async () => {
    const warc = join(dir, 'crawl.warc');
    const records = await Promise.all([
      warcRecord('https://news.example/a', page('Summit in Minsk', 'The presidents of Russia and Belarus met in Minsk on Tuesday to sign a trade deal.')),
      warcRecord('https://news.example/a', '', 'request'),
      warcRecord('https://news.example/b', page('Drills announced', 'Belarus and Russia announced joint military drills near the Polish border for next month.')),
    ]);
    writeFileSync(warc, Buffer.concat(records));
    const db = join(dir, 'warc.db');
    const r = await runDyad(['ingest', warc, '--db', db, '--jobs', '0']);
    assert.equal(r.code, 0, r.stderr);
    const store = await openStore(db);
    assert.deepEqual((await store.search('minsk')).map((h) => h.url), ['https://news.example/a']);
    assert.equal((await store.stats()).articles, 2);
    await store.close();
  });

  it('refuses a WARC record over the size limit, declared or once decoded, and reads the records after it', async () => {
    const warc = join(dir, 'big.warc');
    const big = page('Big', 'x'.repeat(5000));
    const records = await Promise.all([warcRecord('https://news.example/big', big), warcRecord('https://news.example/small', page('Small', 'Talks.'))]);
    writeFileSync(warc, Buffer.concat(records));
    const read = [];
    for await (const item of readWarc(warc, 2048)) read.push('error' in item ? item.error.message : item.url);
    assert.deepEqual(read, [`${warc}#https://news.example/big: document too large (5.1 KB; the limit is 2 KB)`, 'https://news.example/small']);
  });

  it('follows a feed over HTTP, dating items from the feed, and reports the links that fail', async () => {
    const db = join(dir, 'feed.db');
    const r = await runDyad(['ingest', `${base}/feed.xml`, '--db', db, '--jobs', '0', '--allow-private']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /\/gone: HTTP 404/);
    const store = await openStore(db);
    const [hit] = await store.search('Vilnius');
    assert.equal(hit?.url, `${base}/one`);
    assert.equal(hit?.published, '2024-02-05');
    await store.close();
  });

  it('resolves feed links against the feed URL, over http(s) only: a feed never names a local file', async () => {
    const db = join(dir, 'hostile.db');
    const r = await runDyad(['ingest', `${base}/hostile.xml`, '--db', db, '--jobs', '0', '--allow-private']);
    assert.equal(r.code, 1);
    assert.ok(r.stderr.includes(`${base}${secret}: HTTP 404`), r.stderr);
    assert.ok(r.stderr.includes(`file://${secret}: a link in the feed ${base}/hostile.xml that is not an http(s) URL`), r.stderr);
    assert.ok(r.stderr.includes(`${base}/dev/zero: HTTP 404`), r.stderr);
    const store = await openStore(db);
    assert.deepEqual(await store.search('swordfish'), []);
    assert.deepEqual((await store.search('Vilnius')).map((h) => h.url), [`${base}/one`]);
    await store.close();
  });

  it('refuses a feed on a loopback address unless --allow-private is given', async () => {
    const r = await runDyad(['ingest', `${base}/feed.xml`, '--db', join(dir, 'refused.db'), '--jobs', '0']);
    assert.equal(r.code, 1);
    assert.ok(r.stderr.includes(`dyad ingest: ${base}/feed.xml: 127.0.0.1:`), r.stderr);
    assert.match(r.stderr, /is a loopback, link-local or private address \(--allow-private reads from such hosts\)\n/);
  });

  it('leaves no partial article when killed, and a second run finishes the rest', { timeout: 180_000 }, async () => {
    const corpus = join(dir, 'many');
    mkdirSync(corpus);
    const n = 150;
    for (let i = 0; i < n; i++) {
      writeFileSync(join(corpus, `${String(i).padStart(3, '0')}.txt`), `Report ${i}: Poland accused Belarus of pushing migrants across the border on day ${i}.\n\nWarsaw summoned the Belarusian envoy in protest ${i}.\n`);
    }
    const db = join(dir, 'killed.db');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', corpus, '--db', db, '--jobs', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    // Kill hard as soon as some articles are in the store.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => void check(), 50);
      const check = async (): Promise<void> => {
        try {
          const s = await openStore(db, { readonly: true });
          const { articles } = await s.stats();
          await s.close();
          if (articles >= 5) {
            clearInterval(poll);
            child.kill('SIGKILL');
            resolve();
          }
        } catch {
          // not created yet
        }
      };
      child.on('exit', () => {
        clearInterval(poll);
        resolve();
      });
    });
    await new Promise((resolve) => child.once('exit', resolve).exitCode !== null && resolve(null));
    const partial = await openStore(db);
    const killedAt = (await partial.stats()).articles;
    await partial.close();
    assert.ok(killedAt >= 5 && killedAt < n, `killed after ${killedAt} articles`);
    const again = await runDyad(['ingest', corpus, '--db', db, '--jobs', '1']);
    assert.equal(again.code, 0, again.stderr);
    // The resumed store equals one built in a single run: no article half-stored, none twice.
    const reference = join(dir, 'reference.db');
    assert.equal((await runDyad(['ingest', corpus, '--db', reference, '--jobs', '0'])).code, 0);
    const counts = async (path: string): Promise<[object, number[]]> => {
      const store = await openStore(path);
      const result: [object, number[]] = [await store.stats(), (await store.search('accused', 500)).map((h) => h.events).sort()];
      await store.close();
      return result;
    };
    assert.deepEqual(await counts(db), await counts(reference));
    assert.equal((await counts(db))[1].length, n);
  });
});
