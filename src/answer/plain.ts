/** The answer for a person at a terminal: rank, score, citation, text with the highlight marked. */
import type { SearchResult } from '../search/types.js';
import { citationLine, citationOf } from './citation.js';

export function plainAnswer(r: SearchResult): string {
  if (r.abstained) {
    return r.lang === 'ar' ? 'لا تتضمن التغطية إجابة عن هذا السؤال.\n' : 'The coverage holds no answer to this question.\n';
  }
  return r.hits
    .map((h) => {
      const text = h.paragraph.text.replace(h.highlight, `**${h.highlight}**`);
      const also = h.alsoIn.map((p) => `\n   also in: ${citationLine(citationOf(p))}`).join('');
      return `${h.rank}. [${h.score.toFixed(3)}] ${citationLine(citationOf(h.paragraph))}${also}\n   ${text}\n`;
    })
    .join('\n');
}
