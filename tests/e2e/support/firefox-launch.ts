// Starts Firefox ESR with one WebDriver session that both halves of the Firefox specs share:
// puppeteer-core drives the tabs over the session's WebDriver BiDi socket, and Marionette runs
// privileged code in the browser window (chrome context), which WebDriver BiDi no longer reaches
// ("moz:scope": "chrome" is gone from Firefox ESR 140.12). Firefox allows one session at a time,
// so the session is created over Marionette with `webSocketUrl: true` and puppeteer is handed its
// BiDi socket instead of creating a second session of its own.
import puppeteer, { type Browser, type ConnectionTransport } from 'puppeteer-core';
import { createProfile, Browser as BrowserKind } from '@puppeteer/browsers';
import { type ChildProcess, spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { WebSocket } from 'ws';

export interface LaunchedFirefox {
  browser: Browser;
  /** Runs `script` (a function body with `arguments`; may return a promise) in the browser window. */
  runInChrome<T>(script: string, args: readonly unknown[]): Promise<T>;
  close(): Promise<void>;
}

interface MarionetteClient {
  send<T>(command: string, params?: object): Promise<T>;
  close(): void;
}

/** How long Firefox may take to open its Marionette port. */
const START_TIMEOUT_MS = 30_000;

/** Marionette's wire format: `<length>:<json>`, where requests are [0, id, command, params] and
 * responses [1, id, error, result]; the first message is the server's greeting. */
async function openMarionette(port: number, firefox: ChildProcess): Promise<MarionetteClient> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let socket: Socket | null = null;
  while (!socket) {
    if (firefox.exitCode !== null) throw new Error(`Firefox exited with code ${firefox.exitCode} before Marionette started`);
    socket = await new Promise<Socket | null>((resolve) => {
      const s = connect(port, '127.0.0.1', () => resolve(s));
      s.once('error', () => resolve(null));
    });
    if (!socket) {
      if (Date.now() > deadline) throw new Error(`Marionette did not open port ${port} within ${START_TIMEOUT_MS} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const open = socket;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; command: string }>();
  // Lengths count bytes, so the stream is read as bytes and each message decoded whole.
  let buffer = Buffer.alloc(0);
  let greet: () => void;
  const greeted = new Promise<void>((r) => (greet = r));
  open.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const colon = buffer.indexOf(':');
      const length = colon < 0 ? NaN : Number(buffer.subarray(0, colon).toString('ascii'));
      if (Number.isNaN(length) || buffer.length < colon + 1 + length) return;
      const message: unknown = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
      buffer = buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) {
        greet();
        continue;
      }
      const [, id, error, result] = message as [number, number, { error: string; message: string } | null, unknown];
      const waiter = pending.get(id);
      pending.delete(id);
      if (error) waiter?.reject(new Error(`Marionette ${waiter.command}: ${error.error}: ${error.message}`));
      else waiter?.resolve(result);
    }
  });
  await greeted;
  let nextId = 1;
  return {
    send<T>(command: string, params: object = {}): Promise<T> {
      const id = nextId++;
      const body = JSON.stringify([0, id, command, params]);
      open.write(`${Buffer.byteLength(body)}:${body}`);
      return new Promise<T>((resolve, reject) => pending.set(id, { resolve: resolve as (v: unknown) => void, reject, command }));
    },
    close: () => open.destroy(),
  };
}

/**
 * A puppeteer transport over the session's BiDi socket that answers puppeteer's `session.new`
 * with the session Marionette already created (a second one would be refused).
 */
async function sessionTransport(url: string, session: { sessionId: string; capabilities: object }): Promise<ConnectionTransport> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const transport: ConnectionTransport = {
    send(message) {
      const request = JSON.parse(message) as { id: number; method: string };
      if (request.method !== 'session.new') return socket.send(message);
      const reply = JSON.stringify({ type: 'success', id: request.id, result: session });
      setTimeout(() => transport.onmessage?.(reply), 0);
    },
    close: () => socket.close(),
  };
  socket.on('message', (data) => transport.onmessage?.(data.toString()));
  socket.on('close', () => transport.onclose?.());
  return transport;
}

export async function launchFirefox(options: { executable: string; profile: string; env: NodeJS.ProcessEnv; prefs: Record<string, unknown> }): Promise<LaunchedFirefox> {
  // A port of its own per launch: specs run Firefoxes one after another, and one may still be
  // closing when the next starts.
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  await createProfile(BrowserKind.FIREFOX, { path: options.profile, preferences: { ...options.prefs, 'marionette.port': port } });
  const firefox = spawn(
    options.executable,
    ['--headless', '--no-remote', '--profile', options.profile, '--marionette', '--remote-debugging-port=0', '--remote-allow-system-access', 'about:blank'],
    { env: options.env, stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => firefox.once('exit', () => resolve()));
  let marionette: MarionetteClient | null = null;
  try {
    marionette = await openMarionette(port, firefox);
    const session = await marionette.send<{ sessionId: string; capabilities: { webSocketUrl?: string } }>('WebDriver:NewSession', { webSocketUrl: true });
    if (!session.capabilities.webSocketUrl) throw new Error('Firefox created the session without a WebDriver BiDi socket');
    const transport = await sessionTransport(session.capabilities.webSocketUrl, session);
    const browser = await puppeteer.connect({ transport, protocol: 'webDriverBiDi' });
    await marionette.send('Marionette:SetContext', { value: 'chrome' });
    const client = marionette;
    return {
      browser,
      async runInChrome<T>(script: string, args: readonly unknown[]): Promise<T> {
        return (await client.send<{ value: T }>('WebDriver:ExecuteScript', { script, args })).value;
      },
      async close() {
        await browser.close().catch(() => undefined);
        client.close();
        firefox.kill();
        await exited;
      },
    };
  } catch (error) {
    marionette?.close();
    firefox.kill();
    await exited;
    throw error;
  }
}
