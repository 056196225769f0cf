/**
 * Hygiene checks for the everyday core glossary (src/text/glossary/core.tsv), so that a bad edit
 * (a stray space instead of a TAB, diacritics or tatweel, a Latin letter on the Arabic side, an
 * empty alternative, a repeated headword) fails loudly instead of silently degrading translation,
 * plus spot checks of the everyday verbs the general dictionary gets wrong.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { parseGlossary } from '../src/text/glossary.js';
import { glossaryHygiene } from './support/glossary-hygiene.js';

const { raw, entries } = glossaryHygiene(fileURLToPath(new URL('../src/text/glossary/core.tsv', import.meta.url)), 1000);

function alternativesOf(english: string): string[] {
  const e = entries.find((x) => x.english === english);
  assert.ok(e, `no entry for "${english}"`);
  return e.arabic.split('|');
}

test('everyday verbs carry the forms writers use', () => {
  const want = alternativesOf('want');
  assert.ok(want.includes('أراد') || want.includes('يريد'), `want: ${want.join('|')}`);
  assert.ok(alternativesOf('hate').includes('كره'));
  assert.ok(alternativesOf('buy').includes('اشترى'));
  assert.ok(alternativesOf('know').includes('عرف'));
  assert.ok(alternativesOf('give').includes('أعطى'));
});

test('the loader parses the file into as many headwords as it has entries', () => {
  const g = parseGlossary(raw);
  assert.equal(g.size, entries.length);
  assert.ok(g.enToAr.get('buy')?.includes('يشتري'));
  assert.ok(g.arToEn.get('اشترى')?.includes('buy'));
});
