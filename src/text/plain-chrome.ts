import type { RemovalReason } from '../model.ts';

/**
 * Site chrome that comes along when an article is copied or scraped from a page as text: whole lines
 * that are navigation, share buttons, comment forms, adverts, teasers, image file names or URLs.
 * Every test here looks at one line standing alone, so body sentences are never cut in half.
 */

const SEPARATOR = /\s*(?:>|»|›|→|&gt;|::)\s*|\s+[/|]\s+/;
const CRUMB_START = /^(?:you are here:\s*)?(?:home|homepage|start|front page|main page)$/i;
const CRUMB_WORDS = 4;

/** Section names that crumbs end with, for telling the last crumb from a headline glued to it. */
const SECTIONS = [
  'middle east',
  'latin america',
  'human rights',
  'north america',
  'world',
  'asia',
  'europe',
  'africa',
  'americas',
  'iran',
  'us',
  'uk',
  'news',
  'politics',
  'business',
  'economy',
  'sport',
  'sports',
  'opinion',
  'analysis',
  'culture',
  'arts',
  'science',
  'health',
  'technology',
  'tech',
  'environment',
  'region',
  'local',
  'national',
  'international',
  'features',
  'video',
  'society',
];

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function isCrumb(segment: string): boolean {
  const count = words(segment).length;
  return count >= 1 && count <= CRUMB_WORDS && /^[\p{Lu}\p{Lo}\p{N}]/u.test(segment);
}

/** How many words at the start of `text` name a known section (at least one). */
function sectionWords(text: string): number {
  const lower = text.toLowerCase();
  const known = SECTIONS.find((s) => lower.startsWith(`${s} `));
  return known ? words(known).length : 1;
}

/**
 * Navigation crumbs at the start of a line (`Home > World > Middle East`), and the text glued after
 * them on the same line, if any. Crumbs start at a home link, or are at least three short segments.
 * When the last segment runs on into a headline, the crumb ends at a wide gap if there is one, else
 * after a known section name, else after one word.
 */
export function splitCrumbs(line: string): { crumbs: string; rest: string } | null {
  const segments = line.trim().split(SEPARATOR);
  const first = segments[0] ?? '';
  const last = segments.at(-1) ?? '';
  if (segments.length < 2) return null;
  const fromHome = CRUMB_START.test(first);
  if (!fromHome && segments.length < 3) return null;
  if (!segments.slice(0, -1).every((s) => isCrumb(s) || CRUMB_START.test(s))) return null;
  if (isCrumb(last)) return { crumbs: line.trim(), rest: '' };
  if (!fromHome) return null;
  const lastAt = line.lastIndexOf(last);
  const gap = /\s{2,}|\t/.exec(last);
  const crumbEnd = gap ? gap.index : words(last).slice(0, sectionWords(last)).join(' ').length;
  return { crumbs: line.slice(0, lastAt + crumbEnd).trim(), rest: last.slice(crumbEnd).trim() };
}

const NETWORKS = new Set([
  'facebook',
  'twitter',
  'x',
  'whatsapp',
  'telegram',
  'instagram',
  'linkedin',
  'youtube',
  'reddit',
  'pinterest',
  'messenger',
  'tiktok',
  'threads',
  'bluesky',
  'mastodon',
  'flipboard',
  'email',
  'e-mail',
  'sms',
  'print',
]);
const SHARE_TRIGGERS = new Set(['share', 'follow', 'like', 'tweet']);
const SHARE_FILLER = new Set([
  'this',
  'article',
  'story',
  'page',
  'post',
  'on',
  'via',
  'us',
  'the',
  'and',
  'or',
  'our',
  'channel',
  'with',
  'friends',
  'copy',
  'link',
  'save',
  'by',
  'to',
]);

/** A cheap first look: a share line names a network or asks to share, follow, like or tweet. */
const SHARE_HINT = new RegExp(`\\b(?:${[...NETWORKS, ...SHARE_TRIGGERS].join('|')})\\b`, 'i');

/** A line made only of share and follow words, network names and handles (`Follow us on Twitter`). */
function isShareLine(line: string): boolean {
  if (line.endsWith('.') || line.length > 100 || !SHARE_HINT.test(line)) return false;
  const tokens = words(line.toLowerCase().replace(/[|·•,:/]+/g, ' '));
  if (tokens.length === 0 || tokens.length > 14) return false;
  let networks = 0;
  let triggers = 0;
  for (const token of tokens) {
    if (NETWORKS.has(token)) networks++;
    else if (SHARE_TRIGGERS.has(token)) triggers++;
    else if (!SHARE_FILLER.has(token) && !/^@\w+$/.test(token)) return false;
  }
  return triggers > 0 || networks >= 2;
}

const COMMENT_LINES = [
  /^(reader |readers' )?comments?$/i,
  /^\d+\s+comments?$/i,
  /^comments?\s*\(\d+\)$/i,
  /^(leave|post|add|write|submit) a (comment|reply)\b.{0,30}$/i,
  /^(show|view|read|load|see) (all )?(\d+ )?comments$/i,
  /^join the (conversation|discussion)$/i,
  /^have your say$/i,
  /^your email address will not be published\b/i,
  /^required fields are marked\b/i,
  /^(you must be )?log(ged)? in to (post a )?comment\b/i,
  /^comments are closed\b/i,
];

const BOILERPLATE_LINES = [
  /^(advertisement|advert|ad|sponsored( content)?)$/i,
  /^(story continues below( this)? advertisement|continue reading( the main story)?)$/i,
  /^(scroll to continue( with content)?|skip advert(isement)?)$/i,
  /^(read more|related|see also|also read|more on this story|recommended|read next|watch)\s*[:>»|–—-]/i,
  /^(read more|related (articles|stories|content))$/i,
  /^(subscribe|sign up)\b.{0,40}\bnewsletter\b.{0,20}$/i,
];

const IMAGE_LABEL = String.raw`(?:(?:image|photo|picture|file)\s*:\s*)?`;
const IMAGE_FILE = new RegExp(
  String.raw`^${IMAGE_LABEL}[\p{L}\p{N}_\-.()]{1,100}\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|heic|avif)$`,
  'iu',
);
const BARE_URL = /^<?(https?:\/\/|www\.)\S+>?$/i;

/** Why a line standing alone is site chrome, or null when it is not. */
export function chromeOf(line: string): RemovalReason | null {
  const text = line.trim();
  if (!text) return null;
  if (BARE_URL.test(text)) return 'bare-url';
  if (IMAGE_FILE.test(text)) return 'image-file-name';
  // Chrome is a label or a button: it starts with a capital, unlike a body line broken mid-sentence.
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return null;
  if (COMMENT_LINES.some((pattern) => pattern.test(text))) return 'comments';
  if (BOILERPLATE_LINES.some((pattern) => pattern.test(text))) return 'boilerplate';
  if (isShareLine(text)) return 'share-links';
  const crumbs = splitCrumbs(text);
  if (crumbs && !crumbs.rest) return 'navigation';
  return null;
}
