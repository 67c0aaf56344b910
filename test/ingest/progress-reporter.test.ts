import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProgressReporter, formatProgress } from '../../src/ingest/progress-reporter.js';
import type { IngestProgress } from '../../src/ingest/run-ingest.js';

function progress(done: number, elapsedMs: number, total: number | null = 48): IngestProgress {
  return { done, added: done, unchanged: 0, skipped: 0, failed: 0, events: done * 4, total, elapsedMs };
}

/** Feeds a run of 48 documents, one every 900 ms, to a reporter writing to `sink`. */
function run48(sink: { isTTY?: boolean; write(s: string): unknown }): void {
  const reporter = createProgressReporter(sink, 'ingest');
  for (let done = 1; done <= 48; done++) reporter.update(progress(done, done * 900));
  reporter.finish(progress(48, 48 * 900));
}

describe('ingest progress', () => {
  it('says documents done of the total, the rate, the events and the time left', () => {
    assert.equal(formatProgress(progress(12, 6000), 8), '[##......] 12/48  2.0 docs/s  0 failed  48 events  0:18 left');
    assert.equal(formatProgress(progress(12, 6000, null)), '12 documents  2.0 docs/s  0 failed  48 events  0:06');
  });

  it('writes a plain line every ten seconds of a run when stderr is not a terminal, then the summary', () => {
    const lines: string[] = [];
    run48({ isTTY: false, write: (s) => lines.push(s) });
    // 43.2 s of work: lines at 10.8, 21.6 and 32.4 s (the 48th document is the summary's), and the summary.
    assert.equal(lines.length, 4, lines.join(''));
    assert.match(lines[0] ?? '', /^ingest: \[#+\.+\] 12\/48 {2}1\.1 docs\/s {2}0 failed {2}48 events {2}0:32 left\n$/);
    assert.ok(lines.slice(0, 3).every((l) => !l.includes('\r')));
    assert.equal(lines[3], 'ingest: 48 documents in 0:43: 48 added, 0 unchanged, 0 already stored, 0 failed, 192 events\n');
  });

  it('redraws one line on a terminal and clears it before the summary', () => {
    const lines: string[] = [];
    run48({ isTTY: true, write: (s) => lines.push(s) });
    assert.equal(lines.length, 48 + 2);
    assert.ok(lines.slice(0, 48).every((l) => l.startsWith('\r\x1b[K[') && !l.endsWith('\n')));
    assert.equal(lines[48], '\r\x1b[K');
  });
});
