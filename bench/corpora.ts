import { createReadStream, existsSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

/** The shared data folder, beside the repository. */
export const DATA = resolve(import.meta.dirname, '../../shared/data');

export interface ReutersStory {
  newid: number;
  title?: string;
  dateline?: string;
  body?: string;
}

export async function* readJsonLinesGz<T>(file: string): AsyncIterable<T> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) yield JSON.parse(line) as T;
}

/**
 * Writes every Reuters story that has a body as a text file (headline, blank line, dateline and the
 * hard-wrapped body as distributed) and copies the BBC folder, so the benchmark ingests real folders.
 */
export async function writeCorpora(
  dir: string,
  limit = Number.POSITIVE_INFINITY,
): Promise<{ files: number; bytes: number }> {
  const reutersFile = join(DATA, 'reuters-21578/docs.jsonl.gz');
  if (!existsSync(reutersFile)) throw new Error(`missing ${reutersFile}: the benchmark needs ../shared/data`);
  let files = 0;
  let bytes = 0;
  await mkdir(join(dir, 'reuters'), { recursive: true });
  for await (const story of readJsonLinesGz<ReutersStory>(reutersFile)) {
    if (!story.body?.trim()) continue;
    if (files >= limit) break;
    const text = `${story.title ?? ''}\n\n${story.dateline ?? ''} ${story.body}`;
    await writeFile(join(dir, 'reuters', `${story.newid}.txt`), text);
    files += 1;
    bytes += Buffer.byteLength(text);
  }
  const reuters = files;
  if (limit === Number.POSITIVE_INFINITY) {
    await cp(join(DATA, 'bbc-news/articles'), join(dir, 'bbc'), { recursive: true });
  }
  return { files: reuters, bytes };
}
