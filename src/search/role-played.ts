/**
 * "What role does Iran want Russia to play …?", "What role do Iran–Pakistan ties play for the region?": "role" and
 * "play" are how the question asks (news writes the role itself: «كقناة لتمرير الرسائل», «كركيزة للاستقرار»), not
 * words an answer holds. They weigh nothing when the coverage lacks them; in their stead a paragraph answers only
 * if it names who plays the role and holds something else the question asks (a near miss — "What role does China
 * play in the Ukraine war?" — names the war, not China's part in it).
 */
import { words } from '../text/tokenize.js';
import { conceptOfWord, namesSomeone, type Concept } from './query.js';

const ROLE_PLAYED = /^what (?:role|part)s? (?:does|do|did|could|can|might|will|would|should)\b.*\bplay(?:ed|ing|s)?\b/;

/** The question's "role" and "play" labels, and who plays the role (the names between the auxiliary and "play"); null for other questions. */
export function rolePlayed(question: string, concepts: readonly Concept[]): { frame: Set<string>; players: Concept[] } | null {
  const ws = words(question);
  const lower = ws.map((w) => w.norm).join(' ');
  if (!ROLE_PLAYED.test(lower)) return null;
  const play = ws.findIndex((w) => /^play(?:ed|ing|s)?$/.test(w.norm));
  const frame = new Set<string>();
  for (const w of [ws[1]!, ws[play]!]) {
    const c = conceptOfWord(concepts, w.norm);
    if (c) frame.add(c.label);
  }
  const players = [...new Set(ws.slice(3, play).map((w) => conceptOfWord(concepts, w.norm)).filter((c): c is Concept => c !== undefined && namesSomeone(c)))];
  return players.length > 0 ? { frame, players } : null;
}
