/** A paragraph's citation, the same fields for every output (terminal, JSON, Telegram). */
import type { Paragraph } from '../types.js';
import { readerDate } from './dates.js';

export interface Citation {
  article: string;
  paragraph: number;
  title: string;
  outlet?: string;
  date?: string;
  url?: string;
}

export function citationOf(p: Paragraph): Citation {
  return { article: p.articleId, paragraph: p.n, title: p.title, outlet: p.outlet, date: p.date, url: p.url };
}

/** "Title — Outlet, 21 Oct 2025, ¶3 (file.txt)" (an unknown outlet or date is left out) */
export function citationLine(c: Citation, lang: 'ar' | 'en' = 'en'): string {
  const where = [c.outlet, c.date && readerDate(c.date, lang)].filter(Boolean).join(', ');
  return `${c.title}${where ? ` — ${where}` : ''}, ¶${c.paragraph} (${c.article})`;
}
