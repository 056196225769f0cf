/**
 * Scoring as shared/eval/README.md says: a returned paragraph is a hit when it contains an
 * evidence string after normalization; Recall@1/3/5 and MRR@10 per language, abstention accuracy.
 */
import { normalizeForEval } from '../text/normalize.js';

export interface EvalQuestion { id: string; lang: string; question: string; evidence: string[]; corpus_lang?: string }
export interface EvalOutcome {
  question: EvalQuestion;
  abstained: boolean;
  texts: string[];
  ms: number;
  /** answered with a greeting (a decline for scoring: no paragraphs) */
  greeted?: boolean;
}

export interface Row { group: string; n: number; r1: number; r3: number; r5: number; mrr10: number; abstainedWrongly: number }

/** 1-based rank of the first paragraph holding evidence, or 0. */
export function firstHitRank(texts: string[], evidence: string[]): number {
  const ev = evidence.map(normalizeForEval).filter(Boolean);
  const i = texts.slice(0, 10).findIndex((t) => {
    const n = normalizeForEval(t);
    return ev.some((e) => n.includes(e));
  });
  return i + 1;
}

export function groupOf(q: EvalQuestion): string {
  return q.corpus_lang ? `${q.lang}>${q.corpus_lang}` : q.lang;
}

export function scoreAnswerable(outcomes: EvalOutcome[]): Row[] {
  const groups = new Map<string, EvalOutcome[]>();
  for (const o of outcomes) {
    if (o.question.evidence.length === 0) continue;
    for (const g of new Set([groupOf(o.question), 'all'])) groups.set(g, [...(groups.get(g) ?? []), o]);
  }
  return [...groups].map(([group, os]) => {
    const ranks = os.map((o) => (o.abstained ? 0 : firstHitRank(o.texts, o.question.evidence)));
    const at = (k: number) => ranks.filter((r) => r > 0 && r <= k).length / os.length;
    return {
      group,
      n: os.length,
      r1: at(1),
      r3: at(3),
      r5: at(5),
      mrr10: ranks.reduce((a, r) => a + (r > 0 ? 1 / r : 0), 0) / os.length,
      abstainedWrongly: os.filter((o) => o.abstained).length,
    };
  }).sort((a, b) => (a.group === 'all' ? 1 : b.group === 'all' ? -1 : a.group.localeCompare(b.group)));
}

export function abstentionAccuracy(outcomes: EvalOutcome[]): { unanswerable: number; abstained: number; greeted: number } {
  const un = outcomes.filter((o) => o.question.evidence.length === 0);
  return { unanswerable: un.length, abstained: un.filter((o) => o.abstained).length, greeted: un.filter((o) => o.greeted).length };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
