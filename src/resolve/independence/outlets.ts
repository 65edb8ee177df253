import { getDomain } from 'tldts';

/**
 * The outlet a source belongs to: the registrable domain of its URL by the Public Suffix List
 * ("www.bbc.co.uk" and "news.bbc.co.uk" are "bbc.co.uk"; private suffixes count, so two blogs on
 * "blogspot.com" are two outlets), or for a file, the publisher its metadata names (og:site_name, the
 * JSON-LD publisher), lowercased and with its spacing normalised; null when neither is known.
 */

export interface OutletEvidence {
  /** The URL the source was fetched from (after redirects), or the locator as the user gave it. */
  url?: string | null;
  /** The publisher named by the page's metadata. */
  publisher?: string | null;
}

export function outletOf({ url, publisher }: OutletEvidence): string | null {
  if (url && /^https?:\/\//i.test(url)) {
    const domain = getDomain(url, { allowPrivateDomains: true });
    if (domain) return domain.toLowerCase();
  }
  const name = publisher?.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  return name ? name : null;
}
