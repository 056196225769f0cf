/**
 * "ما المنصب الذي شغله لاريجاني قبل توليه أمانة المجلس؟", "What post did Bagheri hold before …?" ask for
 * an earlier post: a paragraph giving his present one ("أمين المجلس الأعلى للأمن القومي علي لاريجاني")
 * does not answer. Only one that speaks of an earlier time of a person — former, previously, سابق، قبل —
 * can tell what he was before.
 */
import { normalizeCached } from '../text/normalize.js';
import { asksForPost } from './frame-words.js';
import { wordsOfQuestion } from './question-words.js';

/** "before", "prior to", "previously", قبل، سابقاً، السابق in the question. */
const BEFORE_Q = /^(?:before|prior|previously|formerly|former|earlier|[وف]?قبل|قبيل|سابقا|السابق|السابقه)$/;

/** Whether a question asks what post someone held before (a noun asking for a post and a word of "before"). */
export function asksEarlierPost(question: string): boolean {
  const ws = wordsOfQuestion(question).map((w) => w.norm);
  // "post" is a noun only after a determiner ("what post", "his post"): "What did Larijani post on X before …" asks no post.
  const postNoun = (w: string, i: number) => asksForPost(w) && (w !== 'post' || /^(?:what|which|the|his|her|their|a)$/.test(ws[i - 1] ?? ''));
  return ws.some(postNoun) && ws.some((w) => BEFORE_Q.test(w));
}

/** Words of an earlier time (normalized): former, previously, ex-, سابق، سابقاً، قبل (not "من قبل": by). */
const EARLIER = /(?:^|[^\p{L}])(?:former|formerly|previously|earlier|prior|before|ex|[وفل]?(?:سابق|سابقا|السابق|السابقه|سابقه|الاسبق|اسبق)|(?<!من )[وف]?قبل)(?=$|[^\p{L}])/u;

export function speaksOfEarlier(text: string): boolean {
  return EARLIER.test(normalizeCached(text));
}
