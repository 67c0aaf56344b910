import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { DyadError } from '../../src/errors.js';
import { isReadableContentType, networkError } from '../../src/io/fetch-url.js';
import { isPublicAddress } from '../../src/io/public-address.js';
import { readInput } from '../../src/io/read-input.js';

const PAGE = '<!doctype html><html><head><title>Talks</title></head><body><p>Ministers met.</p></body></html>';

/** A small site with one route per case; bound to 127.0.0.1 only. */
function startServer(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const hop = /^\/hop\/(\d+)$/.exec(path);
    if (path === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (path === '/moved') {
      res.writeHead(301, { location: '/article' });
      res.end();
    } else if (path === '/to-file') {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    } else if (path === '/moved-twice') {
      res.writeHead(302, { location: '/moved' });
      res.end();
    } else if (hop) {
      res.writeHead(302, { location: `/hop/${Number(hop[1]) + 1}` });
      res.end();
    } else if (path === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html>');
      // Never ends: only the client's time limit can.
    } else if (path === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = (): void => {
        while (sent < 200) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('error', () => undefined);
      pump();
    } else if (path === '/big-declared') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      res.write('<html>');
      res.on('error', () => undefined);
    } else if (path === '/photo.jpg') {
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      res.end(Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    } else if (path === '/report.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.7');
    } else if (path === '/story.txt.gz') {
      res.writeHead(200, { 'content-type': 'application/gzip' });
      res.end(gzipSync('Ministers met in Vienna.\n'));
    } else if (path === '/compressed') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync(PAGE));
    } else if (path === '/server-error') {
      res.writeHead(503);
      res.end();
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function rejectsWith(promise: Promise<unknown>, message: string | RegExp): Promise<void> {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof DyadError, `expected a DyadError, got ${String(err)}`);
    assert.equal(err.kind, 'input');
    if (typeof message === 'string') assert.equal(err.message, message);
    else assert.match(err.message, message);
    assert.ok(!err.message.includes('\n'));
    return true;
  });
}

describe('readInput from http(s) URLs', () => {
  let server: Server;
  let base = '';
  before(async () => {
    server = await startServer();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('fetches a page, following redirects to the final URL', async () => {
    const doc = await readInput(`${base}/moved-twice`, { allowPrivate: true });
    assert.equal(doc.input, `${base}/moved-twice`);
    assert.equal(doc.url, `${base}/article`);
    assert.equal(doc.contentType, 'text/html; charset=utf-8');
    assert.equal(Buffer.from(doc.bytes).toString('utf8'), PAGE);
  });

  it('reads a gzip-encoded response and a gzip file served as such', async () => {
    const page = await readInput(`${base}/compressed`, { allowPrivate: true });
    assert.equal(Buffer.from(page.bytes).toString('utf8'), PAGE);
    const dump = await readInput(`${base}/story.txt.gz`, { allowPrivate: true });
    assert.equal(Buffer.from(dump.bytes).toString('utf8'), 'Ministers met in Vienna.\n');
  });

  it('stops after too many redirects', async () => {
    const url = `${base}/hop/0`;
    await rejectsWith(readInput(url, { maxRedirects: 3, allowPrivate: true }), `${url}: too many redirects (more than 3)`);
  });

  it('gives up on a server that does not finish in time', async () => {
    const url = `${base}/slow`;
    await rejectsWith(readInput(url, { timeoutMs: 300, allowPrivate: true }), `${url}: timed out after 0.3 s`);
  });

  it('stops reading a body past the size limit', async () => {
    const url = `${base}/big`;
    await rejectsWith(readInput(url, { maxBytes: 1024 * 1024, allowPrivate: true }), `${url}: document too large (more than 1 MB; the limit is 1 MB)`);
  });

  it('refuses a body whose declared length is over the limit without reading it', async () => {
    const url = `${base}/big-declared`;
    await rejectsWith(readInput(url, { allowPrivate: true }), `${url}: document too large (50.0 MB; the limit is 20 MB)`);
  });

  it('refuses images and PDFs by their content type', async () => {
    await rejectsWith(readInput(`${base}/photo.jpg`, { allowPrivate: true }), `${base}/photo.jpg: unsupported content type image/jpeg (expected an HTML page or text)`);
    await rejectsWith(readInput(`${base}/report.pdf`, { allowPrivate: true }), `${base}/report.pdf: unsupported content type application/pdf (expected an HTML page or text)`);
  });

  it('reports HTTP error statuses', async () => {
    await rejectsWith(readInput(`${base}/gone`, { allowPrivate: true }), `${base}/gone: HTTP 404 Not Found`);
    await rejectsWith(readInput(`${base}/server-error`, { allowPrivate: true }), `${base}/server-error: HTTP 503 Service Unavailable`);
  });

  it('refuses loopback, private and link-local hosts unless allowed, however the address is written', async () => {
    const port = (server.address() as AddressInfo).port;
    for (const host of ['127.0.0.1', '2130706433', '0x7f.1', '[::1]', '[::ffff:127.0.0.1]', '10.0.0.1', '169.254.169.254', 'localhost']) {
      const url = `http://${host}:${port}/article`;
      await rejectsWith(readInput(url, { timeoutMs: 2000 }), new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .* is a loopback, link-local or private address \\(--allow-private reads from such hosts\\)$`));
    }
  });

  it('never follows a redirect to a file', async () => {
    await rejectsWith(readInput(`${base}/to-file`, { allowPrivate: true }), `${base}/to-file: redirected to an unsupported URL scheme (file:)`);
  });

  it('reports a refused connection', async () => {
    // A port that was just free: listen, note it, close.
    const probe = await startServer();
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const url = `http://127.0.0.1:${port}/article`;
    await rejectsWith(readInput(url, { allowPrivate: true }), `${url}: connection refused`);
  });

});

describe('isPublicAddress', () => {
  const cases: [string, boolean][] = [
    ['93.184.215.14', true],
    ['2606:2800:21f:cb07:6820:80da:af6b:8b2c', true],
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:93.184.215.14', true],
    ['not an address', false],
  ];
  for (const [address, expected] of cases) {
    it(`${address} -> ${expected}`, () => assert.equal(isPublicAddress(address), expected));
  }
});

describe('isReadableContentType', () => {
  const cases: [string | null, boolean][] = [
    ['text/html; charset=windows-1251', true],
    ['application/xhtml+xml', true],
    ['text/plain', true],
    ['application/rss+xml', true],
    ['application/xml', true],
    ['application/gzip', true],
    [null, true],
    ['image/png', false],
    ['application/pdf', false],
    ['application/octet-stream', false],
    ['application/zip', false],
  ];
  for (const [type, expected] of cases) {
    it(`${String(type)} -> ${expected}`, () => assert.equal(isReadableContentType(type), expected));
  }
});

describe('networkError', () => {
  // Name resolution is not tried for real: the sandbox may have no resolver, and a test must not
  // depend on one. These are the errors undici throws, with their causes.
  const failed = (code: string): Error =>
    new TypeError('fetch failed', { cause: Object.assign(new Error(`getaddrinfo ${code} news.example`), { code }) });
  const url = 'https://news.example/a';
  const cases: [string, Error, string][] = [
    ['a host that does not resolve', failed('ENOTFOUND'), 'host not found (news.example)'],
    ['a resolver that is not answering', failed('EAI_AGAIN'), 'host not found (news.example)'],
    ['a reset connection', failed('ECONNRESET'), 'connection closed by the server'],
    ['a bad certificate', failed('CERT_HAS_EXPIRED'), 'TLS error (CERT_HAS_EXPIRED)'],
    ['something else', failed('EHOSTUNREACH'), 'fetch failed (EHOSTUNREACH)'],
  ];
  for (const [what, err, reason] of cases) {
    it(what, () => assert.equal(networkError(url, err, 1000).message, `${url}: ${reason}`));
  }
});
