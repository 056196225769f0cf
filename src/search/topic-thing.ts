/**
 * The thing a topic is about, without the places that qualify it: in "ماذا قال لاريجاني عن خط أنابيب الغاز بين
 * إيران وباكستان؟" the topic is a gas pipeline, and "between Iran and Pakistan" only says which. The thing is the
 * topic's run of ordinary words (dictionary words, not names, places, frame words or nouns naming the kind of answer)
 * from its first word that is no name or place up to the next name or place ("نوع إيران": the kind asked, not Iran); when half of them or more are words the coverage never uses, it never
 * speaks of that thing — though the places, named everywhere, keep the whole topic from looking missing.
 */
import { isFrameWord, namesKindOfAnswer } from './frame-words.js';
import { namesSomeone, type Concept } from './query.js';

/** Whether half or more of the topic's thing (its first run of ordinary words) is absent from the coverage. */
export function topicThingMissing(concepts: readonly Concept[], absent: readonly boolean[], isNumber: (c: Concept) => boolean): boolean {
  let count = 0;
  let missing = 0;
  let started = false;
  for (const [i, c] of concepts.entries()) {
    if (!c.topic) continue;
    if (namesSomeone(c)) {
      if (started) break; // the thing ends where a name or place qualifies it; leading ones ("Pakistan's …") are skipped
      continue;
    }
    started = true;
    if (!c.known || isNumber(c) || isFrameWord(c.label) || namesKindOfAnswer(c.label)) continue;
    count++;
    if (absent[i]) missing++;
  }
  return missing > 0 && missing * 2 >= count;
}
