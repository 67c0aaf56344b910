import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromJob, jobIdOf, toJob } from '../../src/queue/job-payload.js';

const doc = (text: string, input = 'news/a.html') => ({ input, bytes: new TextEncoder().encode(text), url: 'https://example.org/a', contentType: 'text/html', fetched: '2024-05-01T10:00:00Z' });

describe('queued documents', () => {
  it('carry the bytes and what the pipeline needs, and come back as the same task', () => {
    const job = toJob(doc('<p>Officials met on Monday.</p>'), '2024-04-30');
    const task = fromJob(JSON.parse(JSON.stringify(job.data)));
    assert.equal(task.kind, 'document');
    assert.ok(task.kind === 'document');
    assert.equal(new TextDecoder().decode(task.doc.bytes), '<p>Officials met on Monday.</p>');
    assert.deepEqual([task.doc.input, task.doc.url, task.doc.contentType, task.doc.fetched, task.published], ['news/a.html', 'https://example.org/a', 'text/html', '2024-05-01T10:00:00Z', '2024-04-30']);
  });

  it('are keyed by their bytes: the same bytes under any name are one job, other bytes another', () => {
    const a = toJob(doc('same words'), null);
    assert.equal(toJob(doc('same words', 'elsewhere/copy.html'), '2020-01-01').id, a.id);
    assert.notEqual(toJob(doc('other words'), null).id, a.id);
    assert.match(a.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.equal(jobIdOf(a.data.sha256), a.id);
  });

  it('refuse a job whose bytes do not match their hash, or that is not a Dyad job', () => {
    const job = toJob(doc('the real text'), null);
    const other = toJob(doc('swapped text'), null);
    assert.throws(() => fromJob({ ...job.data, body: other.data.body }), /do not match their hash/);
    assert.throws(() => fromJob({ hello: 'world' }));
    assert.throws(() => fromJob(null));
  });
});
