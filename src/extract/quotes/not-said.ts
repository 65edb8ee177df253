import type { Frame } from './frames.ts';
import { posAt, type TextIndex, wordAt } from './text-index.ts';

/**
 * Frames whose content is not something said. Asides about a source: its wish not to be named ("a
 * spokesman, who asked not to be named, said ...", "officials who declined to be identified", "speaking
 * on condition of anonymity") and the question it was asked ("Renk, asked about the port, said ...").
 * And whom a conversation was with ("Reporters spoke to Mayor Ivo Renk, who told them ..."): the mayor
 * is who was spoken to, not what was said. A frame for one would put "not to be named" or a name in the
 * ledger as a statement, or swallow the statement after it ("not to be named, said the talks had
 * failed"). News corpora never annotate them: none of the 24 wishes for anonymity in PolNeAR's train
 * split is.
 */

/** Verbs a wish for anonymity hangs on. */
const WISHING = new Set(['ask', 'request', 'decline', 'refuse', 'speak', 'talk', 'agree', 'insist']);

/** How such a wish opens: "not to be named", "to be identified", "on condition of anonymity". */
const ANONYMITY =
  /^(?:not )?(?:to )?be (?:named|identified|quoted|cited|attributed)\b|^(?:on )?(?:the )?conditions? (?:of|that) (?:anonymity|they|he|she|it|his|her|their)\b|^anonymously\b|^anonymity\b/;

/** What a question put to a source is about: "asked about the port", "asked whether it was safe". */
const ASKED_ABOUT = new Set(['about', 'whether', 'if', 'why', 'how', 'what', 'when']);

/** The first words of a frame's content, lowercase, one space apart. */
function opening(index: TextIndex, frame: Frame): string {
  const range = frame.content[0];
  if (!range) return '';
  return index.words.slice(range.first, Math.min(range.last, range.first + 6) + 1).join(' ');
}

function isAnonymityWish(index: TextIndex, frame: Frame): boolean {
  return WISHING.has(frame.cue.lemma) && ANONYMITY.test(opening(index, frame));
}

/** "Asked" set off by a comma after the one who was asked: "Renk, asked about the port, said ...". */
function isQuestionAside(index: TextIndex, frame: Frame): boolean {
  const { head } = frame.cue;
  return (
    wordAt(index, head) === 'asked' &&
    wordAt(index, head - 1) === ',' &&
    head >= 2 &&
    posAt(index, head - 2) !== 'PUNCT' &&
    ASKED_ABOUT.has(wordAt(index, head + 1))
  );
}

/** Verbs of conversation in every form (the lexicon lists none of them), and the words that name whom it was with. */
const CONVERSING = new Set(
  'speak speaks spoke spoken speaking talk talks talked talking meet meets met meeting chat chats chatted chatting'.split(
    ' ',
  ),
);
const PARTNER = new Set(['to', 'with']);

/** "Spoke to Mayor Ivo Renk": the content the frame holds is whom the words were said to. */
function isConversationPartner(index: TextIndex, frame: Frame): boolean {
  const { cue, content } = frame;
  const range = content[0];
  return (
    CONVERSING.has(wordAt(index, cue.head)) &&
    content.length === 1 &&
    range !== undefined &&
    range.first > cue.last &&
    PARTNER.has(wordAt(index, range.first - 1))
  );
}

/** The frames without those whose content is not something said. */
export function withoutWhatWasNotSaid(index: TextIndex, frames: readonly Frame[]): Frame[] {
  return frames.filter(
    (frame) =>
      !isAnonymityWish(index, frame) &&
      !isQuestionAside(index, frame) &&
      !isConversationPartner(index, frame),
  );
}
