/**
 * A cited paragraph's rendering in the asker's language as Telegram HTML: its own quote under the
 * original, labelled with how it was made (no reader should take a gloss for a translation).
 */
import { METHOD_LABEL } from '../translate/types.js';
import type { HitTranslation } from './translate-hits.js';
import { escapeHtml } from './telegram.js';

/**
 * `part` says whether the text is the answering sentence only or the whole paragraph. `withTitle`
 * false leaves out the article's translated title (said already under an earlier result of the same
 * article: repeated, a long headline fills the label three times over).
 */
export function translationHtml(tr: HitTranslation, part: 'highlight' | 'paragraph', withTitle = true): string {
  const label = METHOD_LABEL[tr.method][tr.lang];
  const what = part === 'highlight' ? (tr.lang === 'ar' ? 'الجملة المجيبة' : 'answering sentence') : tr.lang === 'ar' ? 'الفقرة' : 'paragraph';
  return `<blockquote>🌐 <i>${escapeHtml(label)} · ${what}${withTitle ? ` · ${escapeHtml(tr.title)}` : ''}</i>\n${escapeHtml(tr.text)}</blockquote>`;
}
