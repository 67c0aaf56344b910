/**
 * Reads a byte stream into one buffer, stopping as soon as it passes `maxBytes` so that an endless
 * or huge stream never fills memory. Returns null when the stream was longer than the limit.
 */
export async function readStreamCapped(stream: AsyncIterable<unknown>, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    total += buf.length;
    // Leaving the loop early closes the stream (the iterator's return() destroys it).
    if (total > maxBytes) return null;
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}
