/** The answer as a reader sees it: dates, bidi isolation, numbered sources, quotes, buttons. Pure. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readerDate } from '../src/answer/dates.js';
import { FSI, PDI, isolate, isolatedLine } from '../src/answer/bidi.js';
import { citationHtml, hitHtml, LONG_QUOTE, packMessages, quoteHtml, type CitationWords } from '../src/answer/telegram.js';
import { citationLine } from '../src/answer/citation.js';
import { decodeCallback, encodeCallback, type Callback } from '../src/bot/callbacks.js';
import { articlePage, keyboardWithVote, answerKeyboard, inlineResults, questionHeader, type Translate } from '../src/bot/render.js';
import { parseHtml } from './support/bot-api-stub.js';
import { boldShares, summarizeShares } from '../scripts/bold-share.js';
import type { Hit, SearchResult } from '../src/search/types.js';
import type { Paragraph } from '../src/types.js';

const para = (over: Partial<Paragraph> = {}): Paragraph => ({
  id: 'a.txt#3', articleId: 'a.txt', title: 'زيارة لاريجاني لموسكو', outlet: 'Al Mayadeen', date: '2025-10-21', n: 3, lang: 'ar',
  text: 'التقى علي لاريجاني بالرئيس الروسي فلاديمير بوتين في الكرملين.', hash: 'h'.repeat(64), ...over,
});
const hit = (over: Partial<Hit> = {}, p: Partial<Paragraph> = {}): Hit => ({ rank: 2, paragraph: para(p), score: 0.8, highlight: 'بالرئيس الروسي', alsoIn: [], ...over });
const ar: CitationWords = { lang: 'ar', paragraphOf: (n) => `الفقرة ${n} من المقال`, alsoIn: 'ورد أيضاً في:' };
const en: CitationWords = { lang: 'en', paragraphOf: (n) => `paragraph ${n} of the article`, alsoIn: 'Also in:' };
const t: Translate = (key, vars) => (key === 'lang-code' ? 'en' : `${key}${vars ? JSON.stringify(vars) : ''}`);

/** The plain text Telegram would show, or the reason it would refuse the HTML. */
function shown(html: string) {
  const parsed = parseHtml(html);
  if ('error' in parsed) throw new Error(`invalid Telegram HTML: ${parsed.error}\n${html}`);
  return parsed;
}

describe('dates for the reader', () => {
  it('writes ISO dates as day, month name, year in both languages', () => {
    assert.equal(readerDate('2025-10-21', 'en'), '21 Oct 2025');
    assert.equal(readerDate('2025-10-21', 'ar'), '21 أكتوبر 2025');
    assert.equal(readerDate('2025-01-05', 'en'), '5 Jan 2025');
    assert.equal(readerDate('2025-12-31', 'ar'), '31 ديسمبر 2025');
  });
  it('leaves anything else as it is', () => {
    assert.equal(readerDate('2025-13-01', 'en'), '2025-13-01');
    assert.equal(readerDate('yesterday', 'ar'), 'yesterday');
  });
  it('the terminal citation uses it too', () => {
    assert.equal(citationLine({ article: 'a.txt', paragraph: 3, title: 'T', outlet: 'O', date: '2025-11-24' }), 'T — O, 24 Nov 2025, ¶3 (a.txt)');
    assert.equal(citationLine({ article: 'a.txt', paragraph: 3, title: 'T' }), 'T, ¶3 (a.txt)', 'unknown outlet and date are left out');
  });
});

describe('bidi isolation', () => {
  it('isolates every piece and starts the line in the reader\'s direction', () => {
    assert.equal(isolate('Al Mayadeen'), `${FSI}Al Mayadeen${PDI}`);
    assert.equal(isolatedLine(['عنوان', 'Al Mayadeen', undefined, '21 Oct 2025'], 'ar'), `\u200F${FSI}عنوان${PDI} · ${FSI}Al Mayadeen${PDI} · ${FSI}21 Oct 2025${PDI}`);
    assert.ok(isolatedLine(['x'], 'en').startsWith('\u200E'));
  });

  it('an Arabic citation keeps the Latin outlet, the date and the paragraph each in one isolate', () => {
    const text = shown(citationHtml(para(), ar, 2)).text;
    assert.ok(text.startsWith('\u200F2. '), JSON.stringify(text));
    for (const piece of ['زيارة لاريجاني لموسكو', 'Al Mayadeen', '21 أكتوبر 2025', 'الفقرة 3 من المقال']) {
      assert.ok(text.includes(`${FSI}${piece}${PDI}`), `${piece} isolated in ${JSON.stringify(text)}`);
    }
    assert.ok(!text.includes('2025-10-21'), 'no ISO date');
  });

  it('an unknown outlet is left out, never "?"', () => {
    const text = shown(citationHtml(para({ outlet: undefined }), en, 1)).text;
    assert.ok(!text.includes('?'));
    assert.equal(text.split(' · ').length, 3, text);
  });
});

describe('a hit as Telegram HTML', () => {
  it('is numbered by its rank, cited, then quoted with the highlight in bold', () => {
    const html = hitHtml(hit(), en);
    const { text, entities } = shown(html);
    assert.match(text, /^\u200E2\. /);
    const quote = entities.find((e) => e.type === 'blockquote')!;
    const bold = entities.filter((e) => e.type === 'bold').find((e) => e.offset >= quote.offset)!;
    assert.equal(text.slice(bold.offset, bold.offset + bold.length), 'بالرئيس الروسي');
  });

  it('a long paragraph keeps the highlight in an open quote and folds the long rest into expandable ones', () => {
    const before = 'كلمة '.repeat(120).trim();
    const after = 'نهاية '.repeat(120).trim();
    const text = `${before} الجملة المهمة هنا ${after}`;
    assert.ok(text.length > LONG_QUOTE);
    const { text: plain, entities } = shown(quoteHtml(text, 'الجملة المهمة هنا'));
    const quotes = entities.filter((e) => e.type === 'blockquote' || e.type === 'expandable_blockquote');
    assert.deepEqual(quotes.map((e) => e.type), ['expandable_blockquote', 'blockquote', 'expandable_blockquote']);
    const open = quotes[1]!;
    assert.ok(plain.slice(open.offset, open.offset + open.length).includes('الجملة المهمة هنا'));
    assert.equal(plain.replace(/\n/g, ' '), text, 'every word kept, in order, nothing repeated');
  });

  it('a short paragraph is one plain quote', () => {
    const { entities } = shown(quoteHtml('short text here', 'text'));
    assert.deepEqual(entities.map((e) => e.type).sort(), ['blockquote', 'bold']);
  });

  it('a block over the limit splits between quotes into valid HTML messages', () => {
    const long = Array.from({ length: 120 }, (_, i) => `Sentence ${i} says something & more.`).join(' ');
    const messages = packMessages([hitHtml(hit({ highlight: 'Sentence 60 says something & more.' }, { text: long }), en)], 1500);
    assert.ok(messages.length > 1);
    for (const m of messages) { assert.ok(m.length <= 1500); shown(m); }
  });
});

describe('buttons', () => {
  const r: SearchResult = { question: 'Q?', lang: 'en', kind: 'answer', missing: [], abstained: false, coverage: 1, total: 9, timings: { totalMs: 0, lexicalMs: 0, denseMs: 0, embedMs: 0 }, hits: [hit({ rank: 4 }), hit({ rank: 5 }, { articleId: 'b.txt', n: 7 }), hit({ rank: 6 })] };

  it('every callback round-trips and fits 64 bytes', () => {
    const all: Callback[] = [
      { kind: 'more', qid: 'abcdef1234', offset: 3 }, { kind: 'article', article: '0123456789', page: 2, mark: 7 },
      { kind: 'open', article: '0123456789', paragraph: 12 }, { kind: 'vote', qid: 'abcdef1234', up: true },
      { kind: 'vote', qid: 'abcdef1234', up: false, reason: 'translation' }, { kind: 'remove', article: '0123456789', confirm: true },
    ];
    for (const c of all) { assert.deepEqual(decodeCallback(encodeCallback(c)), c); assert.ok(encodeCallback(c).length <= 64); }
    assert.deepEqual(decodeCallback('a:0123456789:1'), { kind: 'article', article: '0123456789', page: 1, mark: 0 }, 'older buttons still work');
    for (const bad of ['v:abcdef1234:1:p', 'v:abcdef1234:0:x', 's:0123456789:0', 'm:abcdef1234:1:2']) assert.equal(decodeCallback(bad), undefined, bad);
  });

  it('each result gets its own source button, at its own paragraph; paging both ways', () => {
    const rows = answerKeyboard(r, 'abcdef1234', 3, t).inline_keyboard;
    const sources = rows[0]!.map((b) => decodeCallback((b as { callback_data: string }).callback_data));
    assert.deepEqual(sources.map((c) => c?.kind === 'open' && c.paragraph), [3, 7, 3]);
    assert.notEqual((sources[0] as { article: string }).article, (sources[1] as { article: string }).article);
    assert.deepEqual(rows[0]!.map((b) => b.text), ['source-n{"n":4}', 'source-n{"n":5}', 'source-n{"n":6}']);
    const paging = rows[1]!.map((b) => decodeCallback((b as { callback_data: string }).callback_data));
    assert.deepEqual(paging, [{ kind: 'more', qid: 'abcdef1234', offset: 0 }, { kind: 'more', qid: 'abcdef1234', offset: 6 }]);
  });

  it('a chosen vote is marked and a 👎 offers reasons; other rows stay', () => {
    const rows = answerKeyboard(r, 'abcdef1234', 3, t).inline_keyboard;
    const up = keyboardWithVote(rows, 'abcdef1234', { up: true }, t).inline_keyboard;
    assert.deepEqual(up.at(-1)!.map((b) => b.text), ['👍 ✓', '👎']);
    assert.deepEqual(up.slice(0, -1), rows.slice(0, -1));
    const down = keyboardWithVote(up, 'abcdef1234', { up: false, reason: 'none' }, t).inline_keyboard;
    assert.deepEqual(down.at(-2)!.map((b) => b.text), ['👍', '👎 ✓']);
    assert.deepEqual(down.at(-1)!.map((b) => b.text), ['reason-paragraph', 'reason-none ✓', 'reason-translation']);
    assert.equal(down.length, rows.length + 1);
    const nextPage = answerKeyboard(r, 'abcdef1234', 3, t, r.hits, { up: true }).inline_keyboard;
    assert.deepEqual(nextPage.at(-1)!.map((b) => b.text), ['👍 ✓', '👎'], 'a new page of a voted answer shows the vote');
  });

  it('a results page after the first repeats its question', () => {
    assert.match(questionHeader(r, t), /^🔎 <i>Q\?<\/i>\nresults-header\{"from":4,"to":6\}$/);
  });

  it('the article opens at the cited paragraph, marked', () => {
    const ps = Array.from({ length: 4 }, (_, i) => para({ n: i + 1, text: `Paragraph ${i + 1}.` }));
    const page = articlePage(ps, '0123456789', 0, t, 3)!;
    assert.match(page.text, /<b>◀ 3\. Paragraph 3\.<\/b>/);
    assert.match(page.text, /<b>2\.<\/b> Paragraph 2\./);
    assert.ok(page.text.startsWith(`\u200Earticle-header{"title":"${FSI}زيارة لاريجاني لموسكو${PDI}"`), page.text.slice(0, 80));
    shown(page.text);
  });

  it('inline results are told apart by title and snippet', () => {
    const res = inlineResults([hit({ rank: 1 }), hit({ rank: 2, highlight: 'فلاديمير بوتين' }, { n: 5, hash: 'g'.repeat(64) })], t);
    assert.notEqual(res[0]!.title, res[1]!.title);
    assert.notEqual(res[0]!.description, res[1]!.description);
    assert.match(res[1]!.description!, /paragraph-of\{"n":5\}/);
  });
});

describe('measuring the bold', () => {
  it('counts a folded paragraph as one quote and measures its bold by visible characters', () => {
    const before = 'كلمة '.repeat(120).trim();
    const after = 'نهاية '.repeat(120).trim();
    const html = [citationHtml(para(), en, 1), quoteHtml(`${before} الجملة المهمة ${after}`, 'الجملة المهمة'), citationHtml(para(), en, 2), quoteHtml('abc def', 'abc def')].join('\n');
    const { text, entities } = shown(html);
    const shares = boldShares(text, entities);
    assert.equal(shares.length, 2, 'two hits, two quoted paragraphs');
    assert.ok(shares[0]! > 0 && shares[0]! < 0.02, String(shares[0]));
    assert.equal(shares[1], 1);
    assert.deepEqual(summarizeShares(shares), { quotes: 2, average: (shares[0]! + 1) / 2, fullyBold: 1 });
  });
});
