// Starts scripts/kiosk/serve-static.py for a test and speaks HTTP to it byte for byte: shared by its unit tests.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';

const serverScript = join(import.meta.dirname, 'serve-static.py');

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ServerOptions {
  /** The folder to serve. */
  dist: string;
  /** Where the ready file goes (a folder of the test's own). */
  workdir: string;
  /** The interpreter and its own arguments before the script (default: python3 on PATH). */
  python?: string[];
  aliveFile?: string;
  env?: NodeJS.ProcessEnv;
  /** Given the server's stop function, to call once the test is over. */
  onCleanup: (stop: () => Promise<unknown>) => void;
}

/** Starts the server on a free port and returns the port once it accepts connections. */
export async function startServer(options: ServerOptions): Promise<number> {
  const ready = join(options.workdir, 'port');
  const [python, ...pythonArgs] = options.python ?? ['python3'];
  const args = [...pythonArgs, serverScript, '--root', options.dist, '--port', '0', '--ready-file', ready];
  if (options.aliveFile) args.push('--alive-file', options.aliveFile);
  const child = spawn(python!, args, { stdio: ['ignore', 'ignore', 'pipe'], env: options.env ?? process.env });
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  options.onCleanup(() => {
    child.kill('SIGTERM');
    return exited;
  });
  const deadline = Date.now() + 15_000;
  while (!existsSync(ready)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the server did not start\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Number(await readFile(ready, 'utf8'));
}

/** One request written byte for byte (no client-side normalising or escaping), answer parsed. */
export function raw(port: number, head: string, body = ''): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const [statusLine, ...lines] = text.slice(0, split).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine!.split(' ')[1]), headers, body: text.slice(split + 4) });
    });
    socket.write(Buffer.from(head.replace(/\n/g, '\r\n') + '\r\n', 'latin1'));
    socket.end(body);
  });
}

export function get(port: number, path: string, extra: Record<string, string> = {}): Promise<Answer> {
  const lines = Object.entries({ Host: `localhost:${port}`, Connection: 'close', ...extra }).map(
    ([name, value]) => `${name}: ${value}`,
  );
  return raw(port, [`GET ${path} HTTP/1.1`, ...lines, ''].join('\n'));
}

/** A POST as the kiosk page sends it (its own Host and Origin); `headers` adds to or replaces those. */
export function post(port: number, path: string, headers: Record<string, string> = {}, body = ''): Promise<Answer> {
  const all = {
    Host: `localhost:${port}`,
    Origin: `http://localhost:${port}`,
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
    ...headers,
  };
  const lines = Object.entries(all).map(([name, value]) => `${name}: ${value}`);
  return raw(port, [`POST ${path} HTTP/1.1`, ...lines, ''].join('\n'), body);
}
