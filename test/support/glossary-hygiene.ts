/**
 * Hygiene checks shared by the glossary files (src/text/glossary/*.tsv), so that a bad edit (a
 * stray space instead of a TAB, diacritics or tatweel, a Latin letter on the Arabic side, an empty
 * alternative, a repeated headword) fails loudly instead of silently degrading translation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

export interface Entry { line: number; text: string; english: string; arabic: string }

/** Lowercase words joined by single spaces, hyphens or apostrophes. */
const ENGLISH = /^[a-z]+(?:[ '-][a-z]+)*'?$/;
/** Arabic letters U+0621–U+063A and U+0641–U+064A (excludes tatweel U+0640 and all marks), single spaces between words. */
const ARABIC_PHRASE = /^[\u0621-\u063A\u0641-\u064A]+(?: [\u0621-\u063A\u0641-\u064A]+)*$/;
const DIACRITIC = /[\u064B-\u065F\u0670]/;
const TATWEEL = /\u0640/;

/** Spelling-insensitive key: hamza/alef forms, ى/ي, ة/ه folded; a leading ال dropped from each word. */
function arabicKey(s: string): string {
  return s
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .split(' ')
    .map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w))
    .join(' ');
}

/** Registers the shared hygiene tests for one glossary file; returns its text and entries for file-specific tests. */
export function glossaryHygiene(file: string, minEntries: number): { raw: string; entries: Entry[] } {
  const raw = readFileSync(file, 'utf8');
  /** Non-blank, non-comment lines with their 1-based line numbers. */
  const entries: Entry[] = raw
    .split('\n')
    .map((text, i) => ({ line: i + 1, text: text.replace(/\r$/, '') }))
    .filter(({ text }) => text.trim() !== '' && !text.startsWith('#'))
    .map(({ line, text }) => {
      const [english = '', arabic = ''] = text.split('\t');
      return { line, text, english, arabic };
    });

  function failures(check: (e: Entry) => string | null): string[] {
    return entries.flatMap((e) => {
      const why = check(e);
      return why ? [`line ${e.line}: ${why}: ${JSON.stringify(e.text)}`] : [];
    });
  }

  test('file is UTF-8 text without a BOM and ends with a newline', () => {
    assert.ok(!raw.startsWith('\uFEFF'), 'BOM at start of file');
    assert.ok(!raw.includes('\uFFFD'), 'replacement character: file is not valid UTF-8');
    assert.ok(raw.endsWith('\n'), 'missing final newline');
  });

  test('every entry line has exactly one TAB', () => {
    assert.deepEqual(failures((e) => (e.text.split('\t').length === 2 ? null : 'expected exactly one TAB')), []);
  });

  test('English side is lowercase letters with single spaces, hyphens or apostrophes', () => {
    assert.deepEqual(failures((e) => (ENGLISH.test(e.english) ? null : 'bad English headword')), []);
  });

  test('Arabic side has no diacritics and no tatweel', () => {
    assert.deepEqual(
      failures((e) => (DIACRITIC.test(e.arabic) ? 'diacritic' : TATWEEL.test(e.arabic) ? 'tatweel' : null)),
      [],
    );
  });

  test('Arabic side is |-separated alternatives of Arabic letters and single spaces, none empty', () => {
    assert.deepEqual(
      failures((e) => {
        const alts = e.arabic.split('|');
        if (alts.some((a) => a === '')) return 'empty alternative';
        const bad = alts.find((a) => !ARABIC_PHRASE.test(a));
        return bad === undefined ? null : `bad Arabic alternative ${JSON.stringify(bad)}`;
      }),
      [],
    );
  });

  test('no alternative is repeated within an entry, even up to spelling variants and the article', () => {
    assert.deepEqual(
      failures((e) => {
        const seen = new Map<string, string>();
        for (const alt of e.arabic.split('|')) {
          const key = arabicKey(alt);
          const prev = seen.get(key);
          if (prev !== undefined) return `${JSON.stringify(alt)} repeats ${JSON.stringify(prev)}`;
          seen.set(key, alt);
        }
        return null;
      }),
      [],
    );
  });

  test('no duplicate English headwords', () => {
    const first = new Map<string, number>();
    const dups: string[] = [];
    for (const e of entries) {
      const prev = first.get(e.english);
      if (prev !== undefined) dups.push(`"${e.english}" on lines ${prev} and ${e.line}`);
      else first.set(e.english, e.line);
    }
    assert.deepEqual(dups, []);
  });

  test(`at least ${minEntries} entries`, () => {
    assert.ok(entries.length >= minEntries, `only ${entries.length} entries`);
  });
  return { raw, entries };
}
