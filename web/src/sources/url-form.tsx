import { type FormEvent, useState } from 'react';
import { parseUrlLines } from './url-lines.ts';

interface UrlFormProps {
  onUrls: (urls: string[]) => void;
  maxUrls: number | undefined;
}

/** Web pages by their addresses, one a line. */
export function UrlForm({ onUrls, maxUrls }: UrlFormProps) {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseUrlLines(typed);
    if ('problem' in parsed) return setProblem(parsed.problem);
    if (maxUrls !== undefined && parsed.urls.length > maxUrls) {
      return setProblem(`That is ${parsed.urls.length} addresses; add at most ${maxUrls} at a time.`);
    }
    setProblem(null);
    setTyped('');
    onUrls(parsed.urls);
  };
  return (
    <form className="url-form" onSubmit={submit} aria-labelledby="urls-heading" noValidate>
      <h2 id="urls-heading">Web pages</h2>
      <label htmlFor="urls">Addresses, one a line</label>
      <textarea
        id="urls"
        rows={4}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        placeholder="https://example.org/news/2025/03/story.html"
        spellCheck={false}
        dir="ltr"
        aria-invalid={problem !== null}
        aria-describedby={problem ? 'urls-problem' : 'urls-help'}
      />
      {problem ? (
        <p id="urls-problem" className="field-error" role="alert">
          {problem}
        </p>
      ) : (
        <p id="urls-help" className="hint">
          Each page is fetched, preserved byte for byte and cleaned. Addresses on this machine or a private
          network are refused unless the server was started with <code>--allow-private</code>.
        </p>
      )}
      <button type="submit">Add pages</button>
    </form>
  );
}
