import { lookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';

/**
 * Whether an IP address is on the public internet: not loopback, link-local, private, carrier-grade
 * NAT, multicast or reserved (ipaddr.js knows the ranges; an IPv4-mapped IPv6 address counts as IPv4).
 */
export function isPublicAddress(address: string): boolean {
  return ipaddr.isValid(address) && ipaddr.process(address).range() === 'unicast';
}

/** Whether a URL's hostname is an address (connected to without a lookup) that is not public. */
export function isPrivateAddressLiteral(hostname: string): boolean {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1');
  return ipaddr.isValid(bare) && !isPublicAddress(bare);
}

/** The message when a host is refused; the flag that allows it is named where the user sees it. */
export function privateAddressReason(host: string): string {
  return `${host} is a loopback, link-local or private address (--allow-private reads from such hosts)`;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A dns.lookup for net.connect that keeps only public addresses, so that the check holds for the
 * address actually connected to (a name that resolves twice cannot pass with one and connect to the other).
 */
export function publicLookup(hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void {
  lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const usable = addresses.filter((a) => isPublicAddress(a.address));
    const first = usable[0];
    if (!first) return callback(Object.assign(new Error(privateAddressReason(hostname)), { code: 'EPRIVATEADDRESS' }), []);
    if (options.all) callback(null, usable);
    else callback(null, first.address, first.family);
  });
}
