import { safeHref } from '../text/safe-href.ts';

/**
 * Where a source was found: an http(s) address as a link that leaves this page, anything else (a path, a
 * file name, a `javascript:` text) as plain text.
 */
export function SourceLink({ locator }: { locator: string }) {
  const href = /^https?:/i.test(locator) ? safeHref(locator) : null;
  if (!href) {
    return (
      <span className="locator" dir="auto">
        {locator}
      </span>
    );
  }
  return (
    <a className="locator" href={href} rel="noopener noreferrer nofollow" target="_blank" dir="ltr">
      {locator}
    </a>
  );
}
