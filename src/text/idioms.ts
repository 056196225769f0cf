/**
 * Fixed expressions whose noun means nothing of its own: "في ضوء" (in light of), "سلط الضوء"
 * (highlighted), "في ظل" (amid), "على هامش" (on the sidelines), "in light of". News prose is full of
 * them, and the noun would otherwise answer questions about light, shadows or margins. So is the
 * ordinal of a month name (تشرين الأول), which would answer questions about the first of anything,
 * and the classifier of "what kind of …" / "ما نوع …", which asks for the thing, not for kinds.
 */
/** What marking needs of a word (tokenize.ts's Word has it; no import, so no circle). */
interface WordLike { norm: string; script: string; idiom?: boolean }

/** normalized noun (without the article) → normalized words that, just before it, make it idiomatic */
const AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['ضوء', new Set(['في', 'علي', 'وفي', 'وعلي'])],
  ['ظل', new Set(['في', 'وفي'])],
  ['هامش', new Set(['علي', 'وعلي'])],
  ['اطار', new Set(['في', 'وفي', 'ضمن'])],
  ['صعيد', new Set(['علي', 'وعلي'])],
  ['خلفيه', new Set(['علي', 'وعلي'])],
  ['غرار', new Set(['علي', 'وعلي'])],
  ['light', new Set(['in', 'shed', 'sheds', 'shedding', 'cast', 'casts', 'throw', 'throws'])],
  ['sidelines', new Set(['the'])],
  ['wake', new Set(['the'])],
]);

/** "سلط (تقرير …) الضوء على": to shed light on, with up to two words between verb and noun. */
const SHED_LIGHT = /^[وف]?(?:[يتن]?سلط|تسليط|لتسليط)/;

/**
 * Levantine and Hijri month names with an ordinal (تشرين الأول: October, كانون الثاني: January,
 * ربيع الأول, جمادى الآخرة): the ordinal is part of the name, not "first" or "second".
 */
const MONTH_HEADS = new Set(['تشرين', 'كانون', 'ربيع', 'جمادي']);
const MONTH_ORDINALS = new Set(['الاول', 'الثاني', 'الاولي', 'الاخر', 'الاخره', 'الثانيه']);

/** English nouns idiomatic only inside "on/in the … of". */
const FRAMED = new Set(['sidelines', 'wake']);

/** "what kind of X", "ما نوع X": the noun only classifies what is asked for (X). */
const KIND_EN = new Set(['kind', 'kinds', 'type', 'types', 'sort', 'sorts']);
const KIND_ASKED_EN = new Set(['what', 'which']);
const KIND_AR = new Set(['نوع', 'انواع']);
const KIND_ASKED_AR = new Set(['ما', 'وما', 'اي', 'واي', 'باي']);

function isKindOf(ws: readonly WordLike[], i: number): boolean {
  const w = ws[i]!;
  if (KIND_EN.has(w.norm)) return KIND_ASKED_EN.has(ws[i - 1]!.norm) && ws[i + 1]?.norm === 'of';
  return KIND_AR.has(w.norm) && KIND_ASKED_AR.has(ws[i - 1]!.norm);
}

/** Marks the nouns of fixed expressions in a sentence's words (words() calls this). */
export function markIdioms(ws: WordLike[]): void {
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i]!;
    if (isKindOf(ws, i)) { w.idiom = true; continue; }
    const noun = w.script === 'ar' ? w.norm.replace(/^ال/, '') : w.norm;
    if (MONTH_ORDINALS.has(w.norm) && MONTH_HEADS.has(ws[i - 1]!.norm.replace(/^و/, ''))) { w.idiom = true; continue; }
    if (noun === 'ضوء' && ws.slice(Math.max(0, i - 3), i).some((p) => SHED_LIGHT.test(p.norm))) { w.idiom = true; continue; }
    const before = AFTER.get(noun);
    if (!before || !before.has(ws[i - 1]!.norm)) continue;
    if (FRAMED.has(noun) && !(ws[i - 2] && /^(on|in)$/.test(ws[i - 2]!.norm) && ws[i + 1]?.norm === 'of')) continue;
    w.idiom = true;
  }
}
