import type { LookupAddress, LookupAllOptions, LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { RejectedInput } from '../errors.ts';

/**
 * Refuses addresses a fetch must not reach unless the user allows it: anything but public unicast, so a
 * hostile link cannot make Attest probe the machine, its network or a cloud metadata service.
 */

/** The shape of `dns.lookup` that node:http accepts as its `lookup` option. */
export type Lookup = (
  hostname: string,
  options: LookupOptions,
  callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
) => void;

/** Resolves every address of a host; the port a test replaces to keep names off real DNS. */
export type ResolveAll = (hostname: string) => Promise<LookupAddress[]>;

// IPv6 forms that carry an IPv4 address inside: judged by the IPv4 address they reach.
const EMBEDDING_IPV4 = new Set(['ipv4Mapped', 'rfc6145', 'rfc6052']);

/** True when the address is not public unicast (loopback, private, link-local, CGNAT, multicast, ...). */
export function isPrivateAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    const range = v6.range();
    if (EMBEDDING_IPV4.has(range)) return isPrivateAddress(embeddedIpv4(v6));
    return range !== 'unicast';
  }
  return parsed.range() !== 'unicast';
}

function embeddedIpv4(address: ipaddr.IPv6): string {
  const bytes = address.toByteArray().slice(-4);
  return bytes.join('.');
}

function refusal(address: string): RejectedInput {
  return new RejectedInput(`refused: private address ${address} (use --allow-private to allow)`);
}

function isLocalName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost') || name === 'localhost.localdomain';
}

/** The host of a URL without the brackets around an IPv6 literal. */
function bareHost(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

/**
 * Checks what can be known before any lookup: a literal IP in the URL, or a name that always means this
 * machine. Throws `RejectedInput` when refused.
 */
export function guardHost(url: URL): void {
  const host = bareHost(url);
  if (isLocalName(host)) throw refusal(host);
  if (isIP(host) !== 0 && isPrivateAddress(host)) throw refusal(displayed(host));
}

function displayed(address: string): string {
  const parsed = ipaddr.parse(address);
  return parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()
    ? (parsed as ipaddr.IPv6).toIPv4Address().toString()
    : parsed.toString();
}

/**
 * A `lookup` for node:http that checks every address DNS returns (unless private ones are allowed), so the
 * address connected to is the one checked: a name cannot resolve to a public address for the check and to
 * a private one for the connection.
 */
export function checkedLookup(resolveAll: ResolveAll, allowPrivate: boolean): Lookup {
  return (hostname, options, callback) => {
    resolveAll(hostname).then(
      (addresses) => {
        const wanted = addresses.filter((a) => !options.family || a.family === options.family);
        const refused = allowPrivate ? undefined : wanted.find((a) => isPrivateAddress(a.address));
        if (refused) return callback(refusal(displayed(refused.address)), '');
        const first = wanted[0];
        if (!first) return callback(notFound(hostname), '');
        if ((options as LookupAllOptions).all) return callback(null, wanted);
        return callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}

function notFound(hostname: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
}
