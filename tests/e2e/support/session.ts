// One browser with the extension and one loopback server for a whole spec file: the hooks that
// start them, close them and, for Chromium, fail any test after which an extension page logged
// an error.
//
//   const { session: ext, server } = useExtensionSession(() => launchWithExtension(TEST_BUILD));
//   const { session: firefox, server } = useExtensionSession(() => launchFirefoxWithExtension(FIREFOX_RELEASE_BUILD));
//
// The hooks run after the spec's top level, so what is handed back are stand-ins that forward to
// the real session and server once beforeAll has made them; using one earlier throws. A spec's own
// beforeAll registered after this call runs after the launch.
import { expect, test } from '@playwright/test';
import { startServer, type TestServer } from './server.js';

interface Closable {
  close(): Promise<void>;
  /** Errors logged by extension pages (Chromium sessions collect them). */
  errors?: string[];
  /** Clicks Chromium had to repeat after a missed activeTab grant (printed, never hidden). */
  clickRetries?: string[];
}

export interface SessionOptions {
  /** Fail a test after which an extension page logged an error (default: true when collected). */
  checkErrors?: boolean;
}

/** A stand-in for a value that exists only once `current()` returns it. */
function standIn<T extends object>(what: string, current: () => T | undefined): T {
  const target = (): T => {
    const value = current();
    if (!value) throw new Error(`${what} is not started yet: use it inside a test or hook, after beforeAll`);
    return value;
  };
  return new Proxy({} as T, {
    get(_, key) {
      const real = target();
      const value: unknown = Reflect.get(real, key, real);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real) : value;
    },
    set: (_, key, value) => Reflect.set(target(), key, value),
    has: (_, key) => Reflect.has(target(), key),
  });
}

export function useExtensionSession<S extends Closable>(launch: () => Promise<S>, options: SessionOptions = {}): { session: S; server: TestServer } {
  let session: S | undefined;
  let server: TestServer | undefined;

  test.beforeAll(async () => {
    server = await startServer();
    session = await launch();
  });

  test.afterAll(async () => {
    if (session?.clickRetries?.length) console.log(`[click] repeated after a missed activeTab grant: ${session.clickRetries.join(', ')}`);
    await session?.close();
    await server?.close();
  });

  if (options.checkErrors !== false)
    test.afterEach(() => {
      if (session?.errors) expect(session.errors, 'console errors in extension pages').toEqual([]);
    });

  return { session: standIn('The browser session', () => session), server: standIn('The test server', () => server) };
}
