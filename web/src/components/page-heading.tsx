import { type ReactNode, useEffect, useRef } from 'react';

let firstPage = true;

/**
 * A page's main heading. It names the browser tab, and after a navigation inside the app it takes the
 * focus, so keyboard and screen-reader users start reading the new page from its top.
 */
export function PageHeading({
  children,
  title,
  lang,
}: {
  children: ReactNode;
  title: string;
  /** The heading's language when it is a document's own title (`fa`). */
  lang?: string | undefined;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Attest`;
  }, [title]);
  useEffect(() => {
    if (firstPage) firstPage = false;
    else heading.current?.focus();
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1} dir="auto" lang={lang}>
      {children}
    </h1>
  );
}
