import assert from 'node:assert/strict';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { LookupAddress } from 'node:dns';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { type TestContext, test } from 'node:test';
import { checkedLookup, isPrivateAddress } from '../../src/capture/address-guard.ts';
import { type CaptureOptions, capture } from '../../src/capture/capture.ts';
import { type FetchOptions, fetchUrl } from '../../src/capture/fetch-url.ts';

const STORY = 'The lighthouse at Crennick Point was sold, the parish council of Crennick announced.';

function options(overrides: Partial<CaptureOptions> = {}): CaptureOptions {
  return {
    maxBytes: 1_000_000,
    allowPrivate: false,
    timeoutMs: 2000,
    maxRedirects: 5,
    userAgent: 'Attest/test',
    stdin: Readable.from([]),
    cwd: process.cwd(),
    ...overrides,
  };
}

/** Counts every client socket the process opens while the test runs. */
function countConnections(t: TestContext): () => number {
  let sockets = 0;
  const onSocket = () => {
    sockets += 1;
  };
  subscribe('net.client.socket', onSocket);
  t.after(() => unsubscribe('net.client.socket', onSocket));
  return () => sockets;
}

/** A stand-in for DNS that answers from a table and records which names were asked. */
function fakeDns(table: Record<string, string[]>) {
  const asked: string[] = [];
  const resolveAll = async (hostname: string): Promise<LookupAddress[]> => {
    asked.push(hostname);
    const addresses = table[hostname];
    if (!addresses)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return { asked, resolveAll };
}

async function reasonFor(url: string, overrides: Partial<FetchOptions> = {}): Promise<string> {
  try {
    const fetched = await fetchUrl(url, { ...options(), ...overrides });
    return `fetched ${fetched.finalUrl}`;
  } catch (error) {
    return (error as Error).message;
  }
}

test('refuses loopback, private, link-local and mapped addresses in a URL without connecting', async (t) => {
  let requests = 0;
  const server = createServer((_req, res) => {
    requests += 1;
    res.end(STORY);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  t.after(() => server.close());
  const port = (server.address() as AddressInfo).port;
  const connections = countConnections(t);
  const refused = {
    [`http://127.0.0.1:${port}/story`]: '127.0.0.1',
    [`http://localhost:${port}/story`]: 'localhost',
    'http://[::1]/': '::1',
    'http://10.0.0.1/admin': '10.0.0.1',
    'http://169.254.169.254/latest/meta-data': '169.254.169.254',
    [`http://[::ffff:127.0.0.1]:${port}/`]: '127.0.0.1',
    'https://192.168.1.1/': '192.168.1.1',
    'http://2130706433/': '127.0.0.1',
  };
  for (const [url, address] of Object.entries(refused)) {
    const result = await capture({ kind: 'url', url }, options());
    assert.deepEqual(result, {
      locator: url,
      reason: `refused: private address ${address} (use --allow-private to allow)`,
    });
  }
  assert.equal(requests, 0, 'no request reached the local server');
  assert.equal(connections(), 0, 'no connection was attempted');
});

test('checks every address a name resolves to, in the lookup that precedes connecting', async () => {
  const dns = fakeDns({
    'intranet.example': ['10.20.30.40'],
    'mixed.example': ['93.184.215.14', 'fd00::7'],
    'metadata.example': ['::ffff:169.254.169.254'],
  });
  assert.equal(
    await reasonFor('http://intranet.example/', { resolveAll: dns.resolveAll }),
    'refused: private address 10.20.30.40 (use --allow-private to allow)',
  );
  assert.equal(
    await reasonFor('https://mixed.example/', { resolveAll: dns.resolveAll }),
    'refused: private address fd00::7 (use --allow-private to allow)',
  );
  assert.equal(
    await reasonFor('http://metadata.example/', { resolveAll: dns.resolveAll }),
    'refused: private address 169.254.169.254 (use --allow-private to allow)',
  );
  assert.deepEqual(dns.asked, ['intranet.example', 'mixed.example', 'metadata.example']);
});

test('connects to the very address the checked lookup returned', async (t) => {
  let host: string | undefined;
  const server = createServer((req, res) => {
    host = req.headers.host;
    res.end(STORY);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  t.after(() => server.close());
  const port = (server.address() as AddressInfo).port;
  const dns = fakeDns({ 'harbour.example': ['127.0.0.1'] });
  const url = `http://harbour.example:${port}/news`;
  assert.equal(await reasonFor(url, { resolveAll: dns.resolveAll, allowPrivate: true }), `fetched ${url}`);
  assert.equal(host, `harbour.example:${port}`);
  assert.match(
    await reasonFor(url, { resolveAll: dns.resolveAll }),
    /^refused: private address 127\.0\.0\.1/,
  );
});

test('a name that does not resolve is reported as not found', async () => {
  const dns = fakeDns({});
  assert.equal(
    await reasonFor('http://nowhere.example/', { resolveAll: dns.resolveAll }),
    'unreachable: host not found: nowhere.example',
  );
});

test('classifies addresses: only public unicast is allowed', () => {
  const refused = [
    '127.0.0.1',
    '127.8.9.10',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.254',
    '192.168.0.10',
    '169.254.169.254',
    '100.64.0.1',
    '100.127.255.254',
    '0.0.0.0',
    '224.0.0.251',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:10.0.0.1',
    '::ffff:7f00:1',
    'not an address',
  ];
  const allowed = [
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '192.169.0.1',
    '2606:4700::1111',
    '::ffff:8.8.4.4',
  ];
  for (const address of refused) assert.equal(isPrivateAddress(address), true, address);
  for (const address of allowed) assert.equal(isPrivateAddress(address), false, address);
});

test('the checked lookup answers node in the form it asks for, one address or all', async () => {
  const dns = fakeDns({ 'press.example': ['2606:4700::1111', '8.8.8.8'] });
  const lookup = checkedLookup(dns.resolveAll, false);
  const ask = (family: number, all: boolean) =>
    new Promise((done, fail) =>
      lookup('press.example', { family, all }, (error, address, addressFamily) =>
        error ? fail(error) : done(all ? address : [address, addressFamily]),
      ),
    );
  assert.deepEqual(await ask(0, false), ['2606:4700::1111', 6]);
  assert.deepEqual(await ask(4, false), ['8.8.8.8', 4]);
  assert.deepEqual(await ask(0, true), [
    { address: '2606:4700::1111', family: 6 },
    { address: '8.8.8.8', family: 4 },
  ]);
});
