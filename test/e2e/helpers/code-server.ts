/**
 * Runs code-server (installed by scripts/setup-editor.sh) for one test: a private user-data,
 * extensions and XDG folder under a temp directory, the .vsix installed, a free port on 127.0.0.1,
 * no auth. Stopping kills its whole process group and waits until the lingering extension-host
 * children are gone too.
 */
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { CODE_SERVER, NODE24_BIN } from './paths';

export interface CodeServer {
  url: string;
  logFile: string;
  /** Live descendants of code-server whose command line matches, e.g. the ExportLens language server. */
  processesMatching(commandLine: RegExp): number[];
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  /** Temp folder holding user data, extensions, XDG folders. */
  home: string;
  workspace: string;
  vsix: string;
  /** Written before start; VS Code user settings. */
  userSettings: Record<string, unknown>;
  /** Extra environment for the server and so for the extension host. */
  env: Record<string, string>;
  logFile: string;
}

/** Whether setup-editor.sh has run; the message says what to do when not. */
export function codeServerInstalled(): { ok: boolean; message: string } {
  if (!fs.existsSync(CODE_SERVER)) return { ok: false, message: `code-server is not installed at ${CODE_SERVER}: run scripts/setup-editor.sh` };
  if (!fs.existsSync(path.join(NODE24_BIN, 'node'))) return { ok: false, message: `Node 24 is not installed at ${NODE24_BIN}: run scripts/setup-editor.sh` };
  return { ok: true, message: '' };
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const dirs = folders(options.home);
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(options.userSettings, null, 2));
  const env = environment(dirs, options.env);
  const common = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
  await run(CODE_SERVER, [...common, '--install-extension', options.vsix], env, 120_000);

  const port = await freePort();
  const log = fs.openSync(options.logFile, 'w');
  const child = spawn(
    CODE_SERVER,
    [...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', options.workspace],
    // Its own process group, so stop() reaches the extension host and every other child.
    { env, detached: true, stdio: ['ignore', log, log] },
  );
  fs.closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  const server: CodeServer = {
    url,
    logFile: options.logFile,
    processesMatching: (pattern) => [...descendantsOf(child.pid!)].filter((pid) => pattern.test(commandLine(pid))),
    stop: () => stopGroup(child),
  };
  try {
    await waitForHealth(url, child, 60_000);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

function folders(home: string) {
  return {
    userData: path.join(home, 'user-data'),
    extensions: path.join(home, 'extensions'),
    // Without these code-server writes ~/.config/code-server/config.yaml and ~/.local/share/code-server.
    config: path.join(home, 'xdg-config'),
    data: path.join(home, 'xdg-data'),
  };
}

function environment(dirs: ReturnType<typeof folders>, extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...extra,
    // code-server 4.139 needs Node 24; its launcher script runs the first `node` on PATH.
    PATH: `${NODE24_BIN}${path.delimiter}${process.env.PATH ?? ''}`,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
  };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeout: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { env, timeout }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(command)} ${args.join(' ')} failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode} before answering ${url}/healthz`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await delay(250);
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs / 1000} s`);
}

/**
 * SIGTERM code-server's process group and every descendant (some children may start their own group),
 * wait until all have exited (the extension host lingers for seconds), then SIGKILL any straggler.
 */
async function stopGroup(child: ChildProcess): Promise<void> {
  const root = child.pid;
  if (root === undefined) return;
  const descendants = descendantsOf(root);
  const targets = () => livePids((p) => p.pgrp === root || descendants.has(p.pid));
  signalAll(-root, targets(), 'SIGTERM');
  if (await allGone(targets, 15_000)) return;
  signalAll(-root, targets(), 'SIGKILL');
  if (!(await allGone(targets, 5_000))) throw new Error(`code-server processes survived SIGKILL: ${targets().join(', ')}`);
}

interface ProcessInfo {
  pid: number;
  ppid: number;
  pgrp: number;
  zombie: boolean;
}

/** Every process from /proc (Linux): a zombie has exited and only waits for its parent to reap it. */
function processes(): ProcessInfo[] {
  const result: ProcessInfo[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces, inside parentheses): state ppid pgrp ...
      const [state, ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      result.push({ pid: Number(entry), ppid: Number(ppid), pgrp: Number(pgrp), zombie: state === 'Z' });
    } catch {
      // The process exited while we read /proc.
    }
  }
  return result;
}

function descendantsOf(root: number): Set<number> {
  const all = processes().filter((p) => !p.zombie);
  const found = new Set<number>([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (!found.has(p.pid) && found.has(p.ppid)) {
        found.add(p.pid);
        grew = true;
      }
    }
  }
  return found;
}

function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

function livePids(matches: (p: ProcessInfo) => boolean): number[] {
  return processes()
    .filter((p) => !p.zombie && matches(p))
    .map((p) => p.pid);
}

function signalAll(group: number, pids: number[], signal: NodeJS.Signals): void {
  for (const target of [group, ...pids]) {
    try {
      process.kill(target, signal);
    } catch {
      // ESRCH: already gone.
    }
  }
}

async function allGone(targets: () => number[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (targets().length === 0) return true;
    await delay(200);
  }
  return false;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
