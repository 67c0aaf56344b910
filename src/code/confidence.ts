import type { SentenceEvent } from './patterns.js';

/**
 * Confidence from the evidence, 0..1:
 *   0.30 base
 * + 0.10 a specific code (3 digits) or 0.15 (4 digits); + 0.05 when several words or a wrapping
 *        verb made it ("impose sanctions", "refused to meet")
 * + 0.15 a target was found
 * + 0.15 the source named in the sentence, 0.10 found by a role ("the Belarusian leader"),
 *        0.05 by coreference ("he")
 * + 0.10 active voice, 0.05 passive with its agent or a nominal trigger
 * + 0.05 asserted (the other modalities are less often coded right)
 * capped at 0.99. Not yet calibrated against held-out data; the order is what it promises.
 */
export function confidenceOf(e: SentenceEvent): number {
  let c = 0.3;
  c += e.code.length >= 4 ? 0.15 : e.code.length === 3 && !e.code.endsWith('0') ? 0.1 : 0.05;
  if (e.multiword) c += 0.05;
  if (e.target) c += 0.15;
  c += e.source.via === 'name' ? 0.15 : e.source.via === 'role' ? 0.1 : 0.05;
  c += e.voice === 'active' ? 0.1 : 0.05;
  if (e.modality === 'asserted') c += 0.05;
  return Math.min(0.99, Math.round(c * 100) / 100);
}
