import { type Case, caseConfig, openCase, type StorageChoice } from '../case.ts';

/** What every command receives: where it runs and how it talks to the user. */
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export function defaultIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  };
}

/**
 * Opens the case that the global options (`--case`, `--db`, `--blobs`) and the environment name,
 * runs `work`, and closes it.
 */
export async function withCase<T>(choice: StorageChoice, io: Io, work: (c: Case) => Promise<T>): Promise<T> {
  const opened = await openCase(caseConfig(choice, io.env, io.cwd));
  try {
    return await work(opened);
  } finally {
    await opened.store.close();
  }
}

/** A failure the user caused or can fix, printed as `attest: <message>` with the exit status given. */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

export function writeJson(io: Io, value: unknown): Promise<void> {
  return write(io.stdout, `${JSON.stringify(value, null, 2)}\n`);
}
