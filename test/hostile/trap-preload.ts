/**
 * Loaded with `node --require` into a scan's process. Every way to reach the network or to run
 * another program is replaced by a trap that records the call in `EXPORTLENS_TRAP_LOG` and throws:
 * the scanner must never use the network nor execute scanned code (a package.json's install
 * scripts, a setup.py). On exit it also records the process's peak memory, for the memory bound.
 *
 * Installed before any of the scanner's modules load, so a module that captured a function
 * reference at load time would capture the trap.
 */
import * as fs from 'node:fs';

const logFile = process.env.EXPORTLENS_TRAP_LOG;
const rssFile = process.env.EXPORTLENS_RSS_LOG;

function trap(what: string): never {
  const line = `${what}\n${new Error().stack ?? ''}\n---\n`;
  if (logFile) fs.appendFileSync(logFile, line);
  throw new Error(`exportlens test trap: ${what} is not allowed during a scan`);
}

function replace(moduleName: string, names: string[]): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const target = require(moduleName) as Record<string, unknown>;
  for (const name of names) {
    if (typeof target[name] !== 'function') continue;
    Object.defineProperty(target, name, { value: () => trap(`${moduleName}.${name}`), writable: true, configurable: true });
  }
}

replace('node:net', ['connect', 'createConnection']);
replace('node:tls', ['connect']);
replace('node:http', ['request', 'get']);
replace('node:https', ['request', 'get']);
replace('node:http2', ['connect']);
replace('node:dgram', ['createSocket']);
replace('node:dns', ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveTxt', 'reverse', 'lookupService']);
replace('node:child_process', ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dnsPromises = require('node:dns').promises as Record<string, unknown>;
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
  Object.defineProperty(dnsPromises, name, { value: () => trap(`dns.promises.${name}`), writable: true, configurable: true });
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const net = require('node:net') as typeof import('node:net');
Object.defineProperty(net.Socket.prototype, 'connect', { value: () => trap('net.Socket.prototype.connect'), writable: true, configurable: true });
Object.defineProperty(globalThis, 'fetch', { value: () => trap('fetch'), writable: true, configurable: true });
if (typeof (globalThis as { WebSocket?: unknown }).WebSocket === 'function') {
  Object.defineProperty(globalThis, 'WebSocket', { value: () => trap('WebSocket'), writable: true, configurable: true });
}

if (rssFile) {
  process.on('exit', () => {
    fs.writeFileSync(rssFile, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
  });
}
