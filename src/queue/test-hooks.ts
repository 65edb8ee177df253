/**
 * Faults the queue's tests inject into a real worker process, named so no one sets them by accident:
 * each is read from the worker's environment and names a locator (a substring of it) to act on.
 * - ATTEST_TEST_HOOK_CRASH_ON: extraction of that source throws, as a poisoned document would.
 * - ATTEST_TEST_HOOK_STALL_ON: the worker stops forever in the middle of that source (after extraction,
 *   before storing), so a test can kill it there.
 */
export interface TestHooks {
  crashOn: string | null;
  stallOn: string | null;
}

export function testHooks(env: NodeJS.ProcessEnv): TestHooks {
  return {
    crashOn: env.ATTEST_TEST_HOOK_CRASH_ON || null,
    stallOn: env.ATTEST_TEST_HOOK_STALL_ON || null,
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
