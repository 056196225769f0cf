/**
 * "كيف وصف وزير الداخلية الباكستاني إيران؟", "بماذا يصف المراقبون …", "How did Larijani describe Pakistan?"
 * ask for someone's description: the answer is a paragraph in which *that* one speaks ("أكد وزير الداخلية
 * الباكستاني … أن إيران تُعد دولة صديقة", "يرى مراقبون أن …"), not one that names them doing something else
 * ("زار وزير الداخلية الباكستاني طهران") nor one where another describes ("لاريجاني وصف الاتفاق …").
 * Used only to rank, never to decline.
 */
import { questionForm, conceptOfWord, namesSomeone, stemsIn, type Concept } from './query.js';
import { stemWord, words } from '../text/tokenize.js';
import { isTitleWord } from './frame-words.js';

/** The verb of describing or viewing after how / with what / what: وصف، اعتبر، رأى، نظر (كيف تنظر X إلى). */
const DESCRIBE_AR = /^(?:وصف|وصفت|يصف|تصف|يصفون|وصفوا|اعتبر|اعتبرت|يعتبر|تعتبر|يعتبرون|اعتبروا|تنظر|ينظر|ينظرون|نظر|نظرت|يري|تري|يرون|راي|رات)$/;
/** a past verb voweled as passive (وُصفت، اُعتبر) right after the question word */
const PASSIVE = /^[\s¿؟"«]*[وف]?(?:كيف|بماذا|بم|ماذا)\s+\S\u064F/u;
/** Verbs of wanting and thinking in the relative clause of what is asked for ("الذي يسعى لاريجاني إليه"): who wants or thinks so has said so. */
const STANCE_AR = /^(?:يسعي|تسعي|سعي|سعت|يطمح|تطمح|طمح|يريد|تريد|اراد|ارادت|يامل|تامل|يعتقد|تعتقد|يتوقع|تتوقع|يرغب|ترغب|يري|تري|يرون|يعتبر|تعتبر|اعتبر|اعتبرت)$/;
const RELATIVE_AR = /^(?:الذي|التي|الذين|اللذين|اللتين)$/;
const ASKING_AR = /^[وف]?(?:كيف|بماذا|بم|ماذا)$/;
/** "How did / does / do X describe / characterize / view / see …" */
const DESCRIBE_EN = /^(?:and\s+|so\s+)?how\s+(?:did|does|do|would|has|have)\s+(.+?)\s+(?:describe|characteri[sz]e|view|see|portray|assess|interpret|regard)\b/;

/** A nisba adjective agreeing with a definite noun (الباكستاني، السياسية، الإيرانيين): part of the noun phrase. */
const NISBA = /^ال\S+(?:ي|يه|يون|يين|ين|يان)$/;
/** English: the describer ends at a preposition ("Iran's ambassador in Islamabad"). */
const PREPOSITION_EN = /\s(?:in|to|at|of|from|for|on|with)\s.*$/;

/**
 * The words of who is asked to describe, as the concepts they are: after the verb, a noun and what
 * belongs to its phrase — one genitive after an indefinite head (وزير الداخلية, مصادر الميادين, صحيفة
 * طهران), nisba adjectives (السفير الإيراني), a name after a title (الوزير نقوي) — up to the object
 * (إيران, زيارة, التقارب). Whether a word is a name decides only the genitive (an Arabic word beside a
 * name passes for one: مصادر, موقف). Null when the question asks no description.
 */
export function describerOf(question: string, concepts: readonly Concept[]): Concept[] | null {
  const form = questionForm(question).toLowerCase();
  const en = DESCRIBE_EN.exec(form);
  if (en) {
    const out = words(en[1]!.replace(PREPOSITION_EN, '')).map((w) => conceptOfWord(concepts, w.norm)).filter((c): c is Concept => c !== undefined);
    return out.length > 0 ? [...new Set(out)] : null;
  }
  const ws = words(form);
  // "كيف وصف X …؟", or a relative clause of the noun asked for: "ما حجم التبادل الذي يسعى لاريجاني للوصول إليه؟".
  const at = ws.length >= 3 && ASKING_AR.test(ws[0]!.norm) && DESCRIBE_AR.test(ws[1]!.norm)
    ? 1
    : ws.findIndex((w, k) => k >= 1 && (STANCE_AR.test(w.norm) || DESCRIBE_AR.test(w.norm)) && RELATIVE_AR.test(ws[k - 1]!.norm));
  if (at < 0) return null;
  // "كيف وُصفت الزيارة": the passive names no describer.
  if (PASSIVE.test(question)) return null;
  let i = at + 1;
  // "بعض المسؤولين": a word that is no concept before the noun is passed over.
  while (i < ws.length && !conceptOfWord(concepts, ws[i]!.norm)) i++;
  const head = ws[i] && conceptOfWord(concepts, ws[i]!.norm);
  if (!head) return null;
  const out: Concept[] = [head];
  const definite = (norm: string) => norm.startsWith('ال');
  let genitive = !definite(ws[i]!.norm) && !namesSomeone(head);
  let title = isTitleWord(ws[i]!.norm);
  for (let j = i + 1; j < ws.length; j++) {
    const w = ws[j]!;
    const c = conceptOfWord(concepts, w.norm);
    if (!c) break;
    if (c === out.at(-1)) continue; // a phrase concept's next word (إسلام آباد)
    const fits = (genitive && (definite(w.norm) || namesSomeone(c))) || NISBA.test(w.norm) || (title && !definite(w.norm));
    if (!fits) break;
    out.push(c);
    genitive = false;
    title = false;
  }
  return out;
}

/**
 * Each describer word as the stems that spell it as a subject: not the forms with a one-letter preposition
 * the stemmer leaves on (بوزير، بلاريجاني — stem-variants.ts gives them as alternatives): "لقاء جمع لاريجاني
 * بوزير الداخلية" names the minister as whom Larijani met, not as who speaks.
 */
export function subjectStems(describer: readonly Concept[], has: (t: string) => boolean): Array<Set<string>> {
  return describer
    .map((c) => {
      const stems = stemsIn(c, has);
      for (const s of [...stems]) if (/^[بل][\u0600-\u06FF]{2,}/.test(s) && (stems.has(s.slice(1)) || stems.has(stemWord(s.slice(1), 'ar')))) stems.delete(s);
      return stems;
    })
    .filter((s) => s.size > 0);
}
