/**
 * The vocabulary of site furniture on news pages: words of share bars and date lines, class names of
 * the elements that hold captions, bylines or related lists, and texts that are furniture wherever they
 * stand. Kept as data so the rules in `html-boilerplate.ts` stay short.
 */
import type { RemovalReason } from '../model.ts';

/** A regular expression that matches any of the alternatives, written one per line. */
function anyOf(alternatives: string[], flags = 'i'): RegExp {
  return new RegExp(alternatives.join('|'), flags);
}

/** Every word of a line that only offers to share the page. */
export const SHARE_WORDS = new Set(
  [
    'share shares sharing tweet email e-mail mail print pin pint save copy link url via sms more x',
    'facebook twitter whatsapp linkedin pinterest reddit messenger telegram flipboard instagram youtube',
    'tumblr vk comment comments on this article story page',
    'baixar teilen compartir compartilhar partager condividi',
  ]
    .join(' ')
    .split(' '),
);

const MONTHS = [
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?',
  'sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?',
].join('|');
const WEEKDAYS =
  'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?';

/** Words a date line is made of besides numbers: "Updated 4:00 am CST, Wednesday, November 20". */
export const DATE_WORDS = new RegExp(
  [
    String.raw`\b(?:${MONTHS}|${WEEKDAYS}`,
    'published|updated|posted|last|first|modified|original|on|at|today|yesterday|ago|date|time',
    String.raw`am|pm|a\.m|p\.m|utc|gmt|[ecmp][sd]?t|bst|cet|ist|hst|mins?|minutes?|hours?|hrs?|days?)\b`,
  ].join('|'),
  'gi',
);

export interface ElementSignal {
  pattern: RegExp;
  reason: RemovalReason;
  /** Longest text, in non-space characters, an element holding only this kind of furniture has. */
  maxSize: number;
}

/** A class-name word: `photo` in `article-photo` or `photo_credit`, but not in `photography`. */
function word(alternatives: string): string {
  return `(?:^|[-_ ])(?:${alternatives})s?(?:$|[-_ ])`;
}

/** Class, id and itemprop patterns of elements that hold one kind of non-article text. */
export const ELEMENT_SIGNALS: ElementSignal[] = [
  { pattern: /comment|disqus/, reason: 'comments', maxSize: Number.POSITIVE_INFINITY },
  { pattern: /shar(?:e|ing)|social|addthis|sociable|follow-?us/, reason: 'share-links', maxSize: 400 },
  {
    pattern: anyOf(['caption|credit|gallery|slideshow|^figure|^picture', word('photo|image|img')]),
    reason: 'boilerplate',
    maxSize: 400,
  },
  { pattern: anyOf(['byline', word('author|writer|contributor')]), reason: 'byline', maxSize: 200 },
  {
    pattern: anyOf([word('date|dateline|timestamp|pubdate|published|updated|posted-on')]),
    reason: 'date-bar',
    maxSize: 200,
  },
  {
    pattern: anyOf([
      'related|breadcrumb|recommend|trending|popular|outbrain|taboola',
      word('nav|menu|tag|keywords|topics'),
      'more-?(?:stories|news|from)|most-?(?:read|viewed)|read-?(?:more|next|also)|see-?also',
    ]),
    reason: 'navigation',
    maxSize: 2000,
  },
  {
    pattern: anyOf(['newsletter|subscri|signup|sign-up|promo|sponsor|advert|paywall|cookie', word('ad')]),
    reason: 'boilerplate',
    maxSize: 1000,
  },
];

/** Elements whose whole content is furniture when they sit inside the article. */
export const TAG_SIGNALS: Record<string, RemovalReason> = {
  figcaption: 'boilerplate',
  figure: 'boilerplate',
  nav: 'navigation',
  aside: 'boilerplate',
  footer: 'boilerplate',
};

/** Paragraph texts that are a site's furniture whatever element holds them. */
export const TEXT_SIGNALS: [RegExp, RemovalReason][] = [
  [/^[^\s/\\]+\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)$/i, 'image-file-name'],
  [
    anyOf([
      String.raw`^(?:\d+\s+)?comments?$`,
      String.raw`^(?:leave|post|add|write|view|show|read|see|load) (?:a |the |all |\d+ )*(?:comments?|repl)`,
      '^comments? (?:are|is) (?:closed|disabled)',
      '^join the (?:conversation|discussion)|^be the first to comment',
    ]),
    'comments',
  ],
  [
    new RegExp(
      String.raw`^follow (?:us|@?[\p{L}\p{N}_.]+(?: [\p{L}\p{N}_.]+){0,4})` +
        ' on (?:twitter|facebook|instagram|x|linkedin|youtube|tiktok)',
      'iu',
    ),
    'share-links',
  ],
  [
    anyOf([String.raw`^share (?:this|on|via)\b`, String.raw`^follow\b.{0,100}(?:\s@\w|https?://)`]),
    'share-links',
  ],
  [
    anyOf([
      String.raw`^(?:photo|image|picture|credit|foto|фото|source|getty images)(?:s| credit)?\s*:`,
      String.raw`^(?:image |photo |slide )?\d+ (?:of|/) ?\d*$`,
      '^(?:caption|close|enlarge this image|hide caption|toggle caption|expand)$',
      '^(?:advert|advertisement|ad|sponsored)$',
      String.raw`\((?:image|photo|picture|credit|pictured)\b[^)]*\)$`,
      String.raw`[/|]\s*(?:getty images|shutterstock|reuters|afp|ap)\)?$`,
      'credit:[^.]{0,60}$',
    ]),
    'boilerplate',
  ],
  [
    anyOf([
      String.raw`^\(?(?:additional )?(?:reporting|writing|editing) by\b`,
      String.raw`\bcontributed (?:reporting|to this (?:report|story|article))\b`,
    ]),
    'byline',
  ],
  [
    anyOf([
      String.raw`^(?:write to|e-?mail|contact|reach)\b.{0,100}(?:[\w.-]+@[\w-]+\.\w|\s@\w|https?:)`,
      String.raw`^\d+\s*min(?:ute)?s?\s*read$|^reading time\b.{0,20}$`,
      String.raw`^continue reading|^(?:subscribe|sign up)\b.{0,80}\bnewsletters?\b|^loading\b`,
      String.raw`all rights reserved|^©|^copyright\b`,
    ]),
    'boilerplate',
  ],
  [
    anyOf([
      '^(?:you may also like|related(?: news| articles| stories| content| posts)?|more (?:news|stories)',
      'recent (?:articles|posts)|latest(?: news)?|breaking news|popular(?: this week| now)?',
      'most (?:read|popular|viewed)|trending(?: now)?|recommended(?: for you)?|read next|up next',
      String.raw`top stories|about the author|sign in|log in|subscribe|menu|home)\W*$`,
    ]),
    'navigation',
  ],
  [
    anyOf(
      [
        "^(?:(?:related|read more|read also|see more|see also|also read|don't miss|recommended|more on this",
        String.raw`more from)(?: [\p{L}\p{N}]+){0,3}|more|also|watch|listen)\s*:`,
      ],
      'iu',
    ),
    'navigation',
  ],
];
