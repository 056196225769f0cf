/** The answer for a person at a terminal: rank, score, citation, text with the highlight marked. */
import type { SearchResult } from '../search/types.js';
import type { Lang } from '../types.js';
import { citationLine, citationOf } from './citation.js';
import type { HitTranslation } from './translate-hits.js';
import { METHOD_LABEL } from '../translate/types.js';
import { wordList } from './telegram.js';

/** "The coverage never mentions Bitcoin." — the words the search found nowhere, as the user wrote them. */
export function neverMentions(missing: readonly string[], lang: Lang): string {
  return lang === 'ar' ? `لا تذكر التغطية ${wordList(missing, lang)} إطلاقاً.` : `The coverage never mentions ${wordList(missing, 'en')}.`;
}

/** Above results the missing words say the match is partial: alone, the line reads like a refusal. */
function partialMatch(missing: readonly string[], lang: Lang): string {
  return lang === 'ar' ? `إجابة جزئية: ${neverMentions(missing, lang)} أقرب الفقرات:` : `Partial match: ${neverMentions(missing, lang).replace(/^The/, 'the')} The closest paragraphs:`;
}

const GREETINGS: Record<'en' | 'ar', Record<NonNullable<SearchResult['greeting']>, string>> = {
  en: {
    hello: 'Hello! Ask me a question about the news coverage, in English or Arabic, for example:\n  What did Larijani say about Pakistan?\n  What did Pakistan\'s foreign ministry say about the meeting?\n',
    thanks: 'You\'re welcome! Ask me another question any time, for example:\n  Which news agency reported General Bagheri\'s statement?\n',
    bye: 'Goodbye! Come back with a question any time.\n',
  },
  ar: {
    hello: 'أهلاً بك! اسألني عن التغطية الإخبارية، بالعربية أو الإنجليزية، مثلاً:\n  ماذا قال لاريجاني عن باكستان؟\n  ما موقف إيران من اتفاقية الدفاع بين باكستان والسعودية؟\n',
    thanks: 'على الرحب والسعة! اسألني سؤالاً آخر متى شئت، مثلاً:\n  ما هي الوكالة التي نقلت تصريح الجنرال باقري؟\n',
    bye: 'مع السلامة! عد بسؤالك متى شئت.\n',
  },
};

const RENDERING = {
  en: { lang: 'English', title: 'Title in English' },
  ar: { lang: 'بالعربية', title: 'العنوان بالعربية' },
} as const;

/**
 * A translation under its excerpt, on a marked line that names its language and how it was made,
 * with the translated title on its own labelled line: "Title: text" read like part of the quote.
 */
export function plainTranslation(tr: HitTranslation): string {
  const l = RENDERING[tr.lang];
  return `\n   ↳ ${l.lang} (${METHOD_LABEL[tr.method][tr.lang]}): ${tr.text}\n     ${l.title}: ${tr.title}`;
}

export function plainAnswer(r: SearchResult, translations: ReadonlyArray<HitTranslation | undefined> = []): string {
  if (r.kind === 'greeting') return GREETINGS[r.lang === 'ar' ? 'ar' : 'en'][r.greeting ?? 'hello'];
  if (r.abstained) {
    const never = r.missing.length ? neverMentions(r.missing, r.lang) + '\n' : '';
    return never + (r.lang === 'ar' ? 'لا تتضمن التغطية إجابة عن هذا السؤال.\n' : 'The coverage holds no answer to this question.\n');
  }
  const partial = r.missing.length ? partialMatch(r.missing, r.lang) + '\n' : '';
  return partial + r.hits
    .map((h, i) => {
      const text = h.paragraph.text.replace(h.highlight, `**${h.highlight}**`);
      const lang = r.lang === 'ar' ? 'ar' : 'en';
      const also = h.alsoIn.map((p) => `\n   ${lang === 'ar' ? 'وأيضاً في' : 'also in'}: ${citationLine(citationOf(p), lang)}`).join('');
      const tr = translations[i];
      return `${h.rank}. [${h.score.toFixed(3)}] ${citationLine(citationOf(h.paragraph), lang)}${also}\n   ${text}${tr ? plainTranslation(tr) : ''}\n`;
    })
    .join('\n');
}
