import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { queueTarget, redactUrl } from '../../src/queue/open-queue.js';

describe('the queue a URL names', () => {
  it('is dyad_queue on a plain URL, and S_queue beside a store in schema S, connecting without ?schema', () => {
    assert.deepEqual(queueTarget('postgres://dyad@db.example/news'), { connection: 'postgres://dyad@db.example/news', schema: 'dyad_queue' });
    assert.deepEqual(queueTarget('postgres://dyad@db.example/news?schema=world'), { connection: 'postgres://dyad@db.example/news', schema: 'world_queue' });
    assert.deepEqual(queueTarget('postgres://dyad@db.example/news?sslmode=require&schema=w2'), { connection: 'postgres://dyad@db.example/news?sslmode=require', schema: 'w2_queue' });
  });

  it('is shown without its password', () => {
    assert.equal(redactUrl('postgres://dyad:hunter2@db.example/news'), 'postgres://dyad:***@db.example/news');
    assert.equal(redactUrl('postgres://dyad@db.example/news'), 'postgres://dyad@db.example/news');
  });
});
