/**
 * Cleanups for what a whole test file shares, set up in `before` and torn down in `after`: an `after`
 * registered from inside `before` would run as soon as `before` ends.
 */
export function fileScope() {
  const cleanups: Array<() => unknown> = [];
  return {
    after(fn: () => unknown): void {
      cleanups.push(fn);
    },
    async cleanup(): Promise<void> {
      for (const fn of cleanups.reverse()) await fn();
    },
  };
}
