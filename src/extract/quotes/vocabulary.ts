/** Closed word lists the frame rules share. */

export const TERMINAL = new Set(['.', '!', '?', '...', '…']);

/** Words of time that say when something was said, never who said it or what. */
export const TIME_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon
  evening night week weekend month year january february march april may june july august september
  october november december earlier later recently`.split(/\s+/),
);

/** Nouns naming where words were said or published: "said in an interview", "told a press conference". */
export const MEDIUM_NOUNS = new Set(
  `interview interviews statement statements speech speeches conference call calls email emails letter
  letters briefing appearance post posts tweet tweets broadcast rally hearing testimony debate meeting
  event sermon address op-ed editorial column remarks press phone telephone radio television tv podcast
  message video communique communiqué decree declaration report programme program show`.split(/\s+/),
);

/** Words that open a sentence without belonging to what is reported: "But, he said, ...". */
export const OPENERS = new Set([
  'but',
  'and',
  'so',
  'yet',
  'still',
  'now',
  'however',
  'meanwhile',
  'or',
  'also',
]);

/** Words after a comma that start an attached clause, not more of the reported words. */
export const ATTACHED = new Set(
  `adding saying noting arguing explaining insisting warning according who which while although though
  whereas because referring citing calling`.split(/\s+/),
);

/** Lemmas whose object is the person spoken to: "told reporters that", "urged the party to". */
export const ADDRESSED = new Set(
  `tell ask urge warn remind inform assure reassure advise order instruct promise convince persuade beg
  implore caution brief`.split(/\s+/),
);
