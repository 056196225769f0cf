/** The answer for a person at a terminal: rank, score, citation, text with the highlight marked. */
import type { SearchResult } from '../search/types.js';
import { citationLine, citationOf } from './citation.js';
import type { HitTranslation } from './translate-hits.js';
import { METHOD_LABEL } from '../translate/types.js';

/** A translation under its excerpt, labelled with how it was made. */
export function plainTranslation(tr: HitTranslation): string {
  return `\n   [${tr.lang}, ${METHOD_LABEL[tr.method][tr.lang]}] ${tr.title}: ${tr.text}`;
}

export function plainAnswer(r: SearchResult, translations: ReadonlyArray<HitTranslation | undefined> = []): string {
  if (r.abstained) {
    return r.lang === 'ar' ? 'لا تتضمن التغطية إجابة عن هذا السؤال.\n' : 'The coverage holds no answer to this question.\n';
  }
  return r.hits
    .map((h, i) => {
      const text = h.paragraph.text.replace(h.highlight, `**${h.highlight}**`);
      const also = h.alsoIn.map((p) => `\n   also in: ${citationLine(citationOf(p))}`).join('');
      const tr = translations[i];
      return `${h.rank}. [${h.score.toFixed(3)}] ${citationLine(citationOf(h.paragraph))}${also}\n   ${text}${tr ? plainTranslation(tr) : ''}\n`;
    })
    .join('\n');
}
