import { type DragEvent, useRef, useState } from 'react';
import { formatBytes } from '../format.ts';

interface FileDropProps {
  onFiles: (files: File[]) => void;
  maxFileBytes: number | undefined;
  maxUploadBytes: number | undefined;
}

const ACCEPTED = '.txt,.text,.html,.htm,.xhtml,text/plain,text/html';

/** Files from the picker, or dropped on the zone; the button is the keyboard's way in. */
export function FileDrop({ onFiles, maxFileBytes, maxUploadBytes }: FileDropProps) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const over = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };
  return (
    <section
      className={dragging ? 'drop-zone dragging' : 'drop-zone'}
      onDragOver={over}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      aria-labelledby="files-heading"
    >
      <h2 id="files-heading">Files</h2>
      <p>Drop text or HTML files here, or</p>
      <button type="button" onClick={() => input.current?.click()}>
        Choose files…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={ACCEPTED}
        data-testid="file-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      {maxFileBytes !== undefined && maxUploadBytes !== undefined && (
        <p className="hint">
          Up to {formatBytes(maxFileBytes)} a file and {formatBytes(maxUploadBytes)} at a time. Files that are
          not text or HTML are refused, each with the reason.
        </p>
      )}
    </section>
  );
}
