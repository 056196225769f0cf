/**
 * Who said it, beyond the speaker being quoted somewhere near (requirements.ts): a speaker named by
 * several words is quoted by the last of them — "محمد بن سلمان" is not any "محمد" quoted (محمد باقر
 * قاليباف), as "Asim Munir" is not any Asim. News refers to a person by the family name; a given name
 * alone names someone else.
 */
import { words } from '../text/tokenize.js';
import { attributesTo, continuesSpeaker } from './attribution.js';
import { conceptOfWord, stemsIn, type Concept } from './query.js';
import type { Candidate, Requirement } from './requirements.js';

const ARABIC = /[\u0600-\u06FF]/;

/**
 * The stems of the last word of each run of adjacent speaker words in the question ("محمد بن سلمان"
 * → سلمان; "Larijani and Dar" → both), or null when no speaker is named by more than one word.
 */
export function speakerSurnames(question: string, concepts: readonly Concept[], has: (term: string) => boolean): Set<string> | null {
  const ws = words(question);
  const at = ws.map((w) => conceptOfWord(concepts, w.norm.replace(/['’]s$/, '')));
  const runs: Concept[][] = [];
  let run: Concept[] = [];
  at.forEach((c) => {
    if (c?.speaker && c.name) {
      if (!run.includes(c)) run.push(c);
      return;
    }
    if (run.length > 0) runs.push(run);
    run = [];
  });
  if (run.length > 0) runs.push(run);
  if (!runs.some((r) => r.length >= 2)) return null;
  const out = new Set<string>();
  // An Arabic surname's Latin alternatives are dictionary translations (زايد → "sy"), not spellings of the name.
  for (const r of runs) {
    const last = r[r.length - 1]!;
    for (const s of stemsIn(last, has)) if (!ARABIC.test(last.label) || ARABIC.test(s)) out.add(s);
  }
  // An Arabic surname is its own spelling: one the coverage never writes, it never quotes (سلمان). An English one
  // may just lack its transliteration: nothing is asked.
  if (out.size === 0) return runs.some((r) => r.length >= 2 && ARABIC.test(r[r.length - 1]!.label)) ? out : null;
  return out;
}

/** What the paragraph must do for the question's speaker beyond requirements.ts: quote them by their last name. */
export function whoSaidRequirements(question: string, concepts: readonly Concept[], has: (term: string) => boolean): Requirement[] {
  const surnames = speakerSurnames(question, concepts, has);
  if (surnames === null) return [];
  // A surname the search spells only in the other script ("Dar": no دار) cannot be asked of a paragraph in this one.
  const arabic = surnames.size === 0 || [...surnames].some((s) => ARABIC.test(s));
  const latin = surnames.size === 0 || [...surnames].some((s) => !ARABIC.test(s));
  const spellable = (text: string) => (ARABIC.test(text) ? arabic : latin);
  return [{
    reason: 'no paragraph that matches quotes who is asked about',
    meets: (p: Candidate) => !spellable(p.text) || attributesTo(p.text, surnames) || (p.previous !== undefined && continuesSpeaker(p.text) && attributesTo(p.previous, surnames)),
  }];
}
