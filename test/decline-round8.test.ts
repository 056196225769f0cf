/**
 * Declining, round 8 (helper decide11): off-topic near misses of new shapes. Each rule's declined guards (seeds) fail
 * when the rule is removed; the answered ones stay answered with the right paragraph first.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { asksWhenOrWhere, onlyProposed, proposedEventAsked } from '../src/search/proposed-event.js';
import type { Concept } from '../src/search/query.js';
import { cite, seedsSearch } from './seeds-guard.js';

const c = (label: string, extra: Partial<Concept> = {}): Concept => ({ label, known: true, alternatives: [{ terms: [label], weight: 1, source: 'query' }], ...extra });
const all = () => true;

const seeds = seedsSearch();
after(async () => (await seeds).close());

async function guards(declined: string[], answered: [string, string][]) {
  const s = await seeds;
  for (const q of declined) assert.equal((await s.ask(q)).abstained, true, q);
  for (const [q, at] of answered) {
    const r = await s.ask(q);
    assert.equal(r.abstained, false, q);
    assert.equal(cite(r), at, q);
  }
}

test('a proposal is no event: where / when of something only proposed is not told', () => {
  assert.equal(asksWhenOrWhere('في أي موعد ستجرى المناورات؟'), true);
  assert.equal(asksWhenOrWhere('Where were the drills held?'), true);
  assert.equal(asksWhenOrWhere('Who proposed the drills?'), false);
  const drills = [c('مناور'), c('بحر'), c('باقر', { name: true })];
  assert.deepEqual(proposedEventAsked('أين جرت المناورات البحرية؟', drills, [false, false, false], all), new Set(['مناور', 'بحر']), 'names are no part of the event');
  assert.equal(proposedEventAsked('متى اقترح باقري المناورات البحرية؟', drills, [false, false, false], all), null, 'a question about the proposal itself');
  const event = new Set(['مناور', 'بحر']);
  assert.equal(onlyProposed('ويمتد التعاون العسكري بين البلدين. فقد اقترح الجنرال باقري إجراء مناورات بحرية مشتركة.', event), true);
  assert.equal(onlyProposed('وأجرى البلدان مناورات بحرية مشتركة في بحر العرب، بعدما اقترحها الجنرال باقري.', event), false, 'held, then proposed');
  assert.equal(onlyProposed('اقترح الجنرال باقري ذلك. وجرت المناورات البحرية في الخليج.', event), false, 'a sentence of its own tells the drills held');
  assert.equal(onlyProposed('Bagheri proposed joint naval drills.', new Set(['drill'])), true);
  assert.equal(onlyProposed('لا ذكر للحدث هنا.', event), false, 'a paragraph not naming the event is left to the other checks');
});

test('guards, a proposal is no event (seeds)', async () => {
  await guards(
    [
      'أين جرت المناورات البحرية المشتركة؟',
      'في أي موعد أجريت المناورات البحرية بين البلدين؟',
      'أين أقيمت المناورات البحرية المشتركة بين إيران وباكستان؟',
      'متى أُجريت المناورات البحرية المشتركة بين إيران وباكستان؟',
      'Where were the joint naval drills held and which ships took part?',
    ],
    [
      ['أين التقى لاريجاني بالرئيس الروسي بوتين؟', '004#1'],
      ['متى زار وزير الداخلية الباكستاني محسن نقوي طهران؟', '002#14'],
      ['When did General Bagheri meet the Pakistani army chief?', '003#1'],
      ['When did Qalibaf visit Islamabad?', '002#12'],
      ['متى دعا قاليباف إلى تأسيس جيش مشترك؟', '000#7'],
    ],
  );
});
