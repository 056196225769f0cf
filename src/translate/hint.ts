/** The question's words, to prefer the senses the asker used ("senses the question asked about first"). */
import { englishLookupForms } from '../text/stem.js';

export interface HintMatcher {
  /** whether an English sense (word or phrase) shares a content word with the question */
  has(sense: string): boolean;
}

const NONE: HintMatcher = { has: () => false };

/** Dictionary forms of sense words, memoized: the same senses are checked for every paragraph. */
const formsOf = new Map<string, string[]>();
function forms(word: string): string[] {
  let f = formsOf.get(word);
  if (!f) {
    if (formsOf.size > 200_000) formsOf.clear();
    f = englishLookupForms(word);
    formsOf.set(word, f);
  }
  return f;
}

export function hintMatcher(text: string): HintMatcher {
  const asked = new Set<string>();
  for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) if (w.length > 2) for (const f of forms(w)) asked.add(f);
  if (!asked.size) return NONE;
  return { has: (sense) => sense.split(/[\s-]+/).some((w) => w.length > 2 && forms(w).some((f) => asked.has(f))) };
}
