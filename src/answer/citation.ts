/** A paragraph's citation, the same fields for every output (terminal, JSON, Telegram). */
import type { Paragraph } from '../types.js';

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

/** "Title — Outlet, 2025-10-21, ¶3 (file.txt)" */
export function citationLine(c: Citation): string {
  const where = [c.outlet, c.date].filter(Boolean).join(', ');
  return `${c.title}${where ? ` — ${where}` : ''}, ¶${c.paragraph} (${c.article})`;
}
