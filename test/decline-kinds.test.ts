/**
 * Declining by the kind of question (round 4): what a paragraph must hold to answer a reaction,
 * a pair, a duration, a future date, what is asked for. Each test fails when its rule is removed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemmedWords } from '../src/text/tokenize.js';
import { attributesTo } from '../src/search/attribution.js';

/** The index stems of some words, as a concept's alternatives hold them. */
const stems = (text: string) => new Set(stemmedWords(text).stems);

test('a name after "that" / أن or "between" / بين is in what was said, not who said it', () => {
  const saudi = stems('السعودية الرياض');
  assert.equal(attributesTo('وأكد قاليباف أن طهران يمكنها الانضمام إلى المعاهدة الدفاعية بين إسلام آباد والرياض.', saudi), false);
  assert.equal(attributesTo('لاريجاني وصف الاتفاق الاستراتيجي الأخير بين باكستان والسعودية بأنه خطوة ذكية.', saudi), false);
  assert.equal(attributesTo('وأكدت السعودية أن الاتفاق الدفاعي مع باكستان لا يستهدف أحداً.', saudi), true, 'the speaker before أن');
  const iran = stems('إيران');
  assert.equal(attributesTo('ووصف السفير الإيراني لدى باكستان زيارة لاريجاني بأنها غير مسبوقة.', iran), true, 'الإيراني spells إيران lengthened');
});
