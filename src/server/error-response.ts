import { RequestError } from '@hono/node-server';
import { HTTPException } from 'hono/http-exception';
import { DyadError } from '../errors.js';

export interface ErrorAnswer {
  status: 400 | 404 | 405 | 421 | 422 | 500;
  message: string;
}

/**
 * The one place where errors become HTTP statuses: the app's own refusals (HTTPException), bad
 * parameters (DyadError), a request Node parsed but the adapter could not turn into a URL
 * (RequestError), and anything else, which is a bug: logged, answered 500, and the server goes on.
 */
export function errorAnswer(err: unknown, where: string, log: (line: string) => void): ErrorAnswer {
  if (err instanceof HTTPException && [400, 404, 405, 421].includes(err.status)) return { status: err.status as ErrorAnswer['status'], message: err.message };
  if (err instanceof DyadError) return { status: err.kind === 'usage' ? 400 : 422, message: err.message };
  if (err instanceof RequestError) return { status: 400, message: 'malformed request target' };
  log(`dyad serve: ${where}: ${(err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ')}`);
  return { status: 500, message: 'internal error' };
}
