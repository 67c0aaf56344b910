import type { IngestProgress } from './run-ingest.js';

function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** One status line: documents, rate, failures, and time left when the total is known. */
export function formatProgress(p: IngestProgress, width = 24): string {
  const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
  const parts: string[] = [];
  if (p.total !== null && p.total > 0) {
    const share = Math.min(1, p.done / p.total);
    const filled = Math.round(share * width);
    parts.push(`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total}`);
  } else {
    parts.push(`${p.done} documents`);
  }
  parts.push(`${rate.toFixed(1)} docs/s`, `${p.failed} failed`, `${p.events} events`);
  if (p.total !== null && rate > 0 && p.done < p.total) parts.push(`${duration(((p.total - p.done) / rate) * 1000)} left`);
  else parts.push(duration(p.elapsedMs));
  return parts.join('  ');
}

export interface ProgressSink {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

/** How often a plain (not a terminal) progress line is written: often enough that a run is not taken for a hang, rarely enough for a log. */
export const PLAIN_PROGRESS_MS = 10_000;

/**
 * On a terminal, redraws one line at most ten times a second; elsewhere (logs, CI, a pipe), writes
 * a plain line at most every `intervalMs` of the run, so that a small run (the demo's 48 documents)
 * shows its progress as a big one does. `label` starts each line ("ingest", "worker").
 */
export function createProgressReporter(sink: ProgressSink, label = 'ingest', intervalMs = PLAIN_PROGRESS_MS): { update(p: IngestProgress): void; finish(p: IngestProgress): void } {
  let lastDraw = 0;
  return {
    update(p) {
      if (sink.isTTY) {
        if (p.elapsedMs - lastDraw < 100 && p.done !== p.total) return;
        lastDraw = p.elapsedMs;
        sink.write(`\r\x1b[K${formatProgress(p)}`);
      } else if (p.elapsedMs - lastDraw >= intervalMs && p.done !== p.total) {
        lastDraw = p.elapsedMs;
        sink.write(`${label}: ${formatProgress(p)}\n`);
      }
    },
    finish(p) {
      if (sink.isTTY) sink.write(`\r\x1b[K`);
      sink.write(
        `${label}: ${p.done} documents in ${duration(p.elapsedMs)}: ${p.added} added, ${p.unchanged} unchanged, ${p.skipped} already stored, ${p.failed} failed, ${p.events} events\n`,
      );
    },
  };
}
