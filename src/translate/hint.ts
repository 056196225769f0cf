/** The question's words, to prefer the senses the asker used ("senses the question asked about first"). */
import { englishLookupForms } from '../text/stem.js';

export interface HintMatcher {
  /** whether an English sense (word or phrase) shares a content word with the question */
  has(sense: string): boolean;
}

export function hintMatcher(text: string): HintMatcher {
  const forms = new Set<string>();
  for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) if (w.length > 2) for (const f of englishLookupForms(w)) forms.add(f);
  return {
    has: (sense) => forms.size > 0 && sense.split(/[\s-]+/).some((w) => w.length > 2 && englishLookupForms(w).some((f) => forms.has(f))),
  };
}
