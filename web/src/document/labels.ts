/** Words for the codes the ledger stores, as a reader wants to see them. */

const REMOVAL_REASONS: Record<string, string> = {
  boilerplate: 'boilerplate',
  navigation: 'navigation links',
  'date-bar': 'the site’s date bar',
  'image-file-name': 'an image file name',
  'share-links': 'share and follow links',
  comments: 'comments',
  'bare-url': 'a bare web address',
  'duplicate-paragraph': 'a repeated paragraph',
  script: 'script',
  title: 'the title (shown above)',
  byline: 'the byline (shown above)',
  dateline: 'the dateline (shown above)',
};

export function removalReason(reason: string): string {
  return REMOVAL_REASONS[reason] ?? reason;
}

const DATE_SOURCES: Record<string, string> = {
  meta: 'page metadata',
  'json-ld': 'structured data',
  'time-element': 'a time element',
  dateline: 'the dateline',
  url: 'the web address',
};

export function dateSource(from: string): string {
  return DATE_SOURCES[from] ?? from;
}

/** `fa` → `Persian`; a tag the browser does not know is shown as it is. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
