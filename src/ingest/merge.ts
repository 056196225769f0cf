/**
 * Turns kept lines into paragraphs. Works the same whether the file separates paragraphs by blank
 * lines or by single newlines: blank lines have already been dropped, every line is a block.
 * Lines merged into one paragraph are joined with "\n" (the original line break).
 */
import { detectLang } from '../text/lang.js';
import { endsSentence } from './text.js';

/** Below this a line cannot stand alone as a paragraph. */
export const MIN_STANDALONE = 60;
/** An unpunctuated line shorter than this is a heading/label, not a paragraph. */
export const MAX_HEADING = 150;
/** A run of at least this many fragment lines totalling LIST_MIN_CHARS is a list: it stands alone. */
const LIST_MIN_LINES = 3;
const LIST_MIN_CHARS = 150;

/** Markdown heading syntax (`## Heading`); a hashtag (`#Iran`) has no space after `#`. */
const MD_HEADING = /^#{1,6}\s/u;
/** Tweet attribution line of an embedded tweet: `— Name (@handle) November 25, 2025`. */
const TWEET_ATTRIBUTION = /^[—―]\s*\S.*\(@\w{1,15}\)/u;
/** A line carrying the end of an embedded tweet (media link or inline attribution). */
const TWEET_TAIL = /pic\.twitter\.com\/|[—―][^—―]*\(@\w{1,15}\)\s*\S[^—―]*\d{4}\s*$/iu;

/** Too short to stand alone, or a heading/label (no sentence-ending punctuation). */
export function isFragment(line: string): boolean {
  return (
    line.length < MIN_STANDALONE ||
    (line.length < MAX_HEADING && !endsSentence(line)) ||
    MD_HEADING.test(line)
  );
}

/**
 * Groups lines into paragraphs:
 * - a fragment (short line, heading) joins the FOLLOWING paragraph, or the previous one at the end;
 * - a run of ≥3 fragment lines (a bullet/key-point list with its heading) stands as its own paragraph;
 * - an embedded tweet's attribution (`— Name (@handle) date`) joins the tweet before it, and so does
 *   a tweet continuation line when the tweet text before it is unfinished and in the same language.
 */
export function groupLines(lines: string[]): string[][] {
  const out: string[][] = [];
  let pending: string[] = [];
  const isList = (run: string[]) =>
    run.length >= LIST_MIN_LINES && run.reduce((n, l) => n + l.length, 0) >= LIST_MIN_CHARS;
  const previousLine = (): string | undefined => pending.at(-1) ?? out.at(-1)?.at(-1);

  for (const line of lines) {
    const prev = previousLine();
    const continuesTweet =
      prev !== undefined &&
      (TWEET_ATTRIBUTION.test(line) ||
        (TWEET_TAIL.test(line) && !endsSentence(prev) && detectLang(prev) === detectLang(line)));
    if (continuesTweet) {
      if (pending.length > 0) {
        out.push([...pending, line]);
        pending = [];
      } else {
        out.at(-1)!.push(line);
      }
      continue;
    }
    if (isFragment(line)) {
      pending.push(line);
      continue;
    }
    if (isList(pending)) {
      out.push(pending, [line]);
    } else {
      out.push([...pending, line]);
    }
    pending = [];
  }
  if (pending.length > 0) {
    if (isList(pending) || out.length === 0) out.push(pending);
    else out.at(-1)!.push(...pending);
  }
  return out;
}
