/**
 * Whether a request's Host header names this server. A page on another site that rebinds its own
 * name to 127.0.0.1 reaches the server with its own name in Host; only the names below are ours.
 */
export function hostAllowed(header: string | undefined, listenHost: string): boolean {
  if (!header) return false;
  const hostname = URL.parse(`http://${header}/`)?.hostname;
  if (!hostname) return false;
  const listening = listenHost.includes(':') ? `[${listenHost.toLowerCase()}]` : listenHost.toLowerCase();
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]' || hostname === listening;
}
