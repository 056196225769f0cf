/** English past tense for the gloss ("confirm" → "confirmed", "say" → "said"), so a past verb reads as one. */
import { IRREGULAR } from '../text/stem.js';

const NOT_VERBS = new Set(['children', 'men', 'women', 'people', 'feet', 'teeth', 'mice']);
/** base → simple past: the first irregular form listed for a base is its past tense (arose before arisen). */
const PAST = new Map<string, string>();
for (const [form, base] of IRREGULAR) if (!NOT_VERBS.has(form) && !PAST.has(base)) PAST.set(base, form);

export function pastTense(verb: string): string {
  const [head, ...rest] = verb.split(' ');
  const w = head!;
  let past = PAST.get(w);
  if (!past) {
    if (/e$/.test(w)) past = w + 'd';
    else if (/[^aeiou]y$/.test(w)) past = w.slice(0, -1) + 'ied';
    else if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(w) && w.length <= 4) past = w + w.at(-1) + 'ed';
    else past = w + 'ed';
  }
  return [past, ...rest].join(' ');
}
