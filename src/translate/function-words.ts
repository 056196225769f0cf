/**
 * The small closed classes that make a gloss read as English: Arabic particles, prepositions,
 * pronouns and clitics, and English function words for the other direction. Keys normalized
 * (ة → ه, ى → ي, hamza seats folded), as src/text/normalize.ts does.
 */
import { normalizeText } from '../text/normalize.js';

/** Whole Arabic words → English ('' = left out: it has no English counterpart). */
export const AR_FUNCTION = new Map<string, string>(Object.entries({
  في: 'in', من: 'from', الي: 'to', علي: 'on', عن: 'about', مع: 'with', ان: 'that', انه: 'that it', انها: 'that it',
  كان: 'was', كانت: 'was', كانوا: 'were', يكون: 'is', تكون: 'is', هذا: 'this', هذه: 'this', ذلك: 'that', تلك: 'that',
  هذان: 'these', هاتان: 'these', هؤلاء: 'these', هو: 'he', هي: 'she', هم: 'they', نحن: 'we', انا: 'I', انت: 'you',
  انتم: 'you', الذي: 'which', التي: 'which', الذين: 'who', اللذين: 'who', اللتين: 'which', ما: 'what', ماذا: 'what',
  لماذا: 'why', متي: 'when', اين: 'where', كيف: 'how', كم: 'how many', هل: '', او: 'or', ثم: 'then', لا: 'not',
  لم: 'did not', لن: 'will not', قد: 'may', فقد: 'and', وقد: 'and', كل: 'all', بعض: 'some', غير: 'non', بين: 'between',
  حتي: 'until', اذا: 'if', لو: 'if', لكن: 'but', بل: 'but', ايضا: 'also', عند: 'at', عندما: 'when', حيث: 'where',
  منذ: 'since', خلال: 'during', بعد: 'after', قبل: 'before', فوق: 'above', تحت: 'under', دون: 'without', لدي: 'at',
  كما: 'also', بما: 'including', مما: 'which', فيما: 'while', بينما: 'while', نحو: 'towards', حول: 'about',
  عبر: 'through', ضمن: 'within', وفق: 'according to', وفقا: 'according to', مثل: 'such as', امام: 'before',
  الا: 'except', سوي: 'except', اي: 'any', سوف: 'will', له: 'to him', لها: 'to it', لهم: 'to them', لنا: 'to us',
  به: 'with it', بها: 'with it', فيه: 'in it', فيها: 'in it', منه: 'of it', منها: 'of it', عليه: 'on it', عليها: 'on it',
  اليه: 'to it', اليها: 'to it', عنه: 'about it', عنها: 'about it', معه: 'with him', معها: 'with her', ليس: 'not',
  ليست: 'not', يا: '', اذ: 'as', انما: 'but', لان: 'because', لانه: 'because it', كذلك: 'also', لذلك: 'therefore',
  بذلك: 'thereby', هناك: 'there', هنا: 'here', جدا: 'very', جميع: 'all', احد: 'one', كلا: 'both', ذات: 'of',
  بحسب: 'according to', حسب: 'according to', وبحسب: 'and according to', وفقًا: 'according to',
  الان: 'now', مازال: 'still', لايزال: 'still', يمكن: 'can', يجب: 'must', بشكل: '', تم: '', يتم: '', اما: 'as for',
  اكثر: 'more', اقل: 'less', عقب: 'after', اثر: 'after', فقط: 'only', ذاته: 'itself', نفسه: 'itself',
}).map(([k, v]) => [normalizeText(k), v]));

/** Multi-word particles, matched before the glossaries' phrases. */
export const AR_FUNCTION_PHRASES = new Map<string, string>(Object.entries({
  'من قبل': 'by', 'على الرغم من': 'despite', 'بالرغم من': 'despite', 'بالاضافة الى': 'in addition to', 'الى جانب': 'along with',
  'من خلال': 'through', 'على حساب': 'at the expense of', 'في اطار': 'as part of', 'بما في ذلك': 'including',
  'فيما يتعلق ب': 'regarding', 'في حين': 'while', 'ومع ذلك': 'however', 'مع ذلك': 'however', 'على طول': 'along',
  'ابعد من': 'beyond', 'بسبب': 'because of', 'من اجل': 'in order to', 'على الاقل': 'at least', 'لا يقل عن': 'no less than',
}).map(([k, v]) => [normalizeText(k), v]));

/** Titles before a name: the words after them are read as a name when no glossary knows them. */
export const TITLES = new Set(['general', 'president', 'minister', 'secretary', 'ambassador', 'brigadier', 'colonel', 'sheikh',
  'senator', 'commander', 'spokesman', 'spokesperson', 'envoy', 'king', 'prince', 'leader', 'chairman', 'speaker', 'mr', 'dr',
  'doctor', 'judge', 'mayor', 'governor', 'chief', 'general staff', 'deputy', 'adviser', 'advisor']);

/** Prefix clitics, outermost first, with their English. */
export const AR_CONJ: Array<[string, string]> = [['و', 'and'], ['ف', 'and']];
export const AR_PREP: Array<[string, string]> = [['ب', 'with'], ['ل', 'to'], ['ك', 'as']];

/** English function words → Arabic ('' = dropped: Arabic marks it otherwise). */
export const EN_FUNCTION = new Map<string, string>(Object.entries({
  the: '', a: '', an: '', of: '', and: 'و', or: 'أو', but: 'لكن', in: 'في', on: 'على', at: 'في', to: 'إلى',
  from: 'من', with: 'مع', by: 'من قبل', for: 'من أجل', about: 'عن', into: 'إلى', over: 'فوق', under: 'تحت',
  after: 'بعد', before: 'قبل', during: 'خلال', between: 'بين', is: '', are: '', was: 'كان', were: 'كانوا',
  be: '', been: '', has: '', have: '', had: '', do: '', does: '', did: '', will: 'سوف', would: '', can: 'يمكن',
  could: 'يمكن', may: 'قد', might: 'قد', should: 'يجب', must: 'يجب', not: 'لا', no: 'لا', this: 'هذا', that: 'ذلك',
  these: 'هذه', those: 'تلك', it: 'هو', he: 'هو', she: 'هي', they: 'هم', we: 'نحن', i: 'أنا', you: 'أنت',
  his: '', her: '', its: '', their: '', our: '', my: '', your: '', who: 'الذي', which: 'الذي', what: 'ماذا',
  when: 'متى', where: 'أين', why: 'لماذا', how: 'كيف', if: 'إذا', than: 'من', as: 'ك', also: 'أيضا', very: 'جدا',
  all: 'كل', some: 'بعض', any: 'أي', more: 'أكثر', most: 'أكثر', there: 'هناك', here: 'هنا', then: 'ثم', so: 'لذلك',
  since: 'منذ', until: 'حتى', while: 'بينما', because: 'لأن', without: 'دون', against: 'ضد', through: 'عبر',
  within: 'ضمن', towards: 'نحو', toward: 'نحو', among: 'بين', both: 'كلا', each: 'كل', every: 'كل', other: 'آخر',
  such: 'مثل', only: 'فقط', just: 'فقط', too: 'أيضا', again: 'مرة أخرى', said: 'قال', says: 'يقول',
}));
