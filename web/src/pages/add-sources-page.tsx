import { useState } from 'react';
import { ApiError, type Info, type Job, type JobList, postForm, postJson } from '../api.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorMessage } from '../components/status.tsx';
import { count, formatBytes } from '../format.ts';
import { FileDrop } from '../sources/file-drop.tsx';
import { JobProgress } from '../sources/job-progress.tsx';
import { UrlForm } from '../sources/url-form.tsx';
import { useApi } from '../use-api.ts';

/** One thing the user asked to add: being sent, then followed as a job, or refused outright. */
interface Submission {
  key: string;
  label: string;
  job?: Job;
  error?: ApiError;
}

let nextKey = 1;
const newKey = () => `submission-${nextKey++}`;

export function AddSourcesPage() {
  const { data: info } = useApi<Info>('/api/info');
  // Jobs the server ran or is running, as the page opened: they outlive a reload or a visit elsewhere.
  const { data: recent } = useApi<JobList>('/api/jobs?limit=10');
  const [submissions, setSubmissions] = useState<Submission[]>([]);
  const submittedIds = new Set(submissions.flatMap((s) => (s.job ? [s.job.id] : [])));
  const earlier: Submission[] = (recent?.jobs ?? [])
    .filter((job) => !submittedIds.has(job.id))
    .map((job) => ({ key: job.id, label: job.label, job }));
  const shown = [...submissions, ...earlier];

  const submit = (label: string, send: () => Promise<Job>) => {
    const key = newKey();
    setSubmissions((list) => [{ key, label }, ...list]);
    const settle = (change: Partial<Submission>) =>
      setSubmissions((list) => list.map((s) => (s.key === key ? { ...s, ...change } : s)));
    send().then(
      (job) => settle({ job }),
      (error: unknown) =>
        settle({ error: error instanceof ApiError ? error : new ApiError(0, 'client', String(error)) }),
    );
  };

  const addFiles = (files: File[]) => {
    const label = files.length === 1 ? (files[0]?.name ?? '1 file') : count(files.length, 'file');
    const total = files.reduce((sum, file) => sum + file.size, 0);
    const limit = info?.limits.maxUploadBytes;
    if (limit !== undefined && total > limit) {
      const message = `too large: ${formatBytes(total)} > ${formatBytes(limit)} limit for one upload; add fewer files at a time`;
      setSubmissions((list) => [
        { key: newKey(), label, error: new ApiError(413, 'payload_too_large', message) },
        ...list,
      ]);
      return;
    }
    submit(label, () => {
      const form = new FormData();
      for (const file of files) form.append('file', file, file.name);
      return postForm<Job>('/api/sources/upload', form);
    });
  };

  const addUrls = (urls: string[]) =>
    submit(urls.length === 1 ? (urls[0] ?? '1 web page') : count(urls.length, 'web page'), () =>
      postJson<Job>('/api/sources/urls', { urls }),
    );

  return (
    <>
      <PageHeading title="Add sources">Add sources</PageHeading>
      <p className="lead">
        Every source is preserved byte for byte under its SHA-256, cleaned into text, and stored with where
        and when it was seen. The same bytes added again become one more sighting, not a second document.
      </p>
      <div className="add-forms">
        <FileDrop
          onFiles={addFiles}
          maxFileBytes={info?.limits.maxFileBytes}
          maxUploadBytes={info?.limits.maxUploadBytes}
        />
        <UrlForm onUrls={addUrls} maxUrls={info?.limits.maxUrls} />
      </div>
      {shown.length > 0 && (
        <section className="jobs" aria-labelledby="jobs-heading">
          <h2 id="jobs-heading">Recently added</h2>
          {shown.map((s) =>
            s.job ? (
              <JobProgress key={s.key} job={s.job} label={s.job.label} />
            ) : s.error ? (
              <div key={s.key} className="job">
                <h3 dir="auto">{s.label}</h3>
                <ErrorMessage error={s.error} title="Not added" />
              </div>
            ) : (
              <div key={s.key} className="job" aria-busy="true">
                <h3 dir="auto">{s.label}</h3>
                <p className="job-progress" role="status">
                  Sending…
                </p>
              </div>
            ),
          )}
        </section>
      )}
    </>
  );
}
