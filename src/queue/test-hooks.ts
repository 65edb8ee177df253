import type pg from 'pg';

/**
 * Faults the queue's tests inject into a real worker process, named so no one sets them by accident:
 * each is read from the worker's environment and names a locator (a substring of it) to act on.
 * - ATTEST_TEST_HOOK_CRASH_ON: extraction of that source throws, as a poisoned document would.
 * - ATTEST_TEST_HOOK_STALL_ON: the worker stops forever in the middle of that source (after extraction,
 *   before storing), so a test can kill it there.
 * - ATTEST_TEST_HOOK_HOLD_CONNECTION (any value): once no work is left, the worker takes a connection of
 *   the queue's pool and never gives it back, as a connection lost in the driver would be, so a test can
 *   check that the worker exits all the same.
 */
export interface TestHooks {
  crashOn: string | null;
  stallOn: string | null;
  holdConnection: boolean;
}

export function testHooks(env: NodeJS.ProcessEnv): TestHooks {
  return {
    crashOn: env.ATTEST_TEST_HOOK_CRASH_ON || null,
    stallOn: env.ATTEST_TEST_HOOK_STALL_ON || null,
    holdConnection: Boolean(env.ATTEST_TEST_HOOK_HOLD_CONNECTION),
  };
}

export function crashIfPoisoned(hooks: TestHooks, locator: string): void {
  if (hooks.crashOn && locator.includes(hooks.crashOn)) {
    throw new Error(`extraction crashed (injected by ATTEST_TEST_HOOK_CRASH_ON)`);
  }
}

export async function stallIfAsked(hooks: TestHooks, locator: string, announce: (line: string) => void) {
  if (!hooks.stallOn || !locator.includes(hooks.stallOn)) return;
  announce(`stalled  ${locator}`);
  await new Promise<never>(() => {});
}

export async function holdConnectionIfAsked(
  hooks: TestHooks,
  pool: pg.Pool,
  announce: (line: string) => void,
) {
  if (!hooks.holdConnection) return;
  await pool.connect();
  announce('holding a connection of the queue');
}
