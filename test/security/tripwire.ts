// Preloaded (`node --import`) into a process under test: any attempt to reach a non-loopback address —
// an IP literal or whatever a name resolves to — is written to $SG_TRIPWIRE_LOG and stopped before a
// packet leaves. DNS is answered from $SG_TRIPWIRE_HOSTS ({"name": ["first answer", "later answers"]})
// so names can be tested (also rebinding) without asking a real resolver; any other name is a trip.
import dns from 'node:dns';
import { appendFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';

type Callback = (error: NodeJS.ErrnoException | null, address?: string | dns.LookupAddress[], family?: number) => void;

const logFile = process.env.SG_TRIPWIRE_LOG;
const hosts = JSON.parse(process.env.SG_TRIPWIRE_HOSTS ?? '{}') as Record<string, string[]>;
const asked = new Map<string, number>();

function trip(what: string): void {
  if (logFile) appendFileSync(logFile, `${what}\n`);
}

function isLoopback(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '').toLowerCase();
  if (net.isIPv4(ip)) return ip.startsWith('127.');
  return ip === '::1' || ip.startsWith('::ffff:127.');
}

function tripError(what: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`tripwire: ${what}`), { code: 'ETRIPWIRE' });
}

const realLookup = dns.lookup;

function answer(hostname: string): string[] | undefined {
  if (hostname === 'localhost') return ['127.0.0.1'];
  const answers = hosts[hostname];
  if (!answers) return undefined;
  const n = asked.get(hostname) ?? 0;
  asked.set(hostname, n + 1);
  return [answers[Math.min(n, answers.length - 1)] as string];
}

function fakeLookup(hostname: string, optionsOrCallback: unknown, maybeCallback?: Callback): void {
  const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback) as Callback;
  const options = (typeof optionsOrCallback === 'object' && optionsOrCallback !== null ? optionsOrCallback : {}) as dns.LookupOptions;
  if (net.isIP(hostname)) {
    (realLookup as unknown as (h: string, o: dns.LookupOptions, c: Callback) => void)(hostname, options, callback);
    return;
  }
  const addresses = answer(hostname);
  if (!addresses) {
    trip(`dns ${hostname}`);
    process.nextTick(callback, Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }));
    return;
  }
  const all = addresses.map((address) => ({ address, family: net.isIP(address) }));
  if (options.all) process.nextTick(callback, null, all);
  else process.nextTick(callback, null, all[0]?.address, all[0]?.family);
}

dns.lookup = fakeLookup as typeof dns.lookup;
dns.promises.lookup = ((hostname: string, options?: dns.LookupOptions) =>
  new Promise<unknown>((resolve, reject) =>
    fakeLookup(hostname, options ?? {}, (e, address, family) => (e ? reject(e) : resolve(options?.all ? address : { address, family }))),
  )) as typeof dns.promises.lookup;

const realConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
  // node:net passes its normalized [options, callback] array; users pass (options) or (port, host).
  const first = args[0];
  const options = (
    Array.isArray(first) ? first[0] : typeof first === 'object' && first !== null ? first : { port: first, host: args[1] }
  ) as net.TcpSocketConnectOpts & { path?: string | null };
  // node:net takes a truthy `path` as a local socket; http's agent passes `path: null` for TCP.
  if (!options.path) {
    const host = options.host ?? 'localhost';
    if (net.isIP(host) && !isLoopback(host)) {
      trip(`connect ${host}:${options.port}`);
      process.nextTick(() => this.destroy(tripError(`connect to ${host}`)));
      return this;
    }
    const inner = options.lookup ?? dns.lookup;
    options.lookup = ((hostname: string, lookupOptions: dns.LookupOptions, callback: Callback) => {
      (inner as unknown as (h: string, o: dns.LookupOptions, c: Callback) => void)(hostname, lookupOptions, (error, address, family) => {
        if (error) return callback(error);
        const list = Array.isArray(address) ? address.map((a) => a.address) : [address as string];
        const outside = list.find((a) => !isLoopback(a));
        if (outside) {
          trip(`connect ${hostname} → ${outside}:${options.port}`);
          return callback(tripError(`connect to ${outside}`));
        }
        callback(null, address, family);
      });
    }) as net.LookupFunction;
  }
  return (realConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

syncBuiltinESMExports();
