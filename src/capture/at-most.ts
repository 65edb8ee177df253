/**
 * A gate that lets at most `limit` calls run at once; the others wait their turn, in order. Fetching
 * pages goes through one, so a list of a thousand URLs is not a thousand requests at once.
 */
export function atMost(limit: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async <T>(call: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((turn) => waiting.push(turn));
    running += 1;
    try {
      return await call();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}
