/** What an admin reads after an upload or a failed re-index (src/bot/admin-report.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { counted, reindexFailure, uploadReport } from '../src/bot/admin-report.js';
import { parseArticle } from '../src/ingest/parse.js';

const report = (name: string, raw: string) => {
  const a = parseArticle(name, raw);
  return uploadReport(name, a.paragraphs.length, a.meta, raw);
};

test('counts read as English: 1 paragraph, 2 paragraphs, 0 articles', () => {
  assert.equal(counted(1, 'paragraph'), '1 paragraph');
  assert.equal(counted(2, 'paragraph'), '2 paragraphs');
  assert.equal(counted(0, 'article'), '0 articles');
});

test('a one-paragraph upload says "1 paragraph"', () => {
  const text = report('short.md', '---\ntitle: Saffron\noutlet: Test Wire\ndate: 2025-11-20\n---\nFarmers began the saffron harvest this week in Khorasan province.\n');
  assert.match(text, /^Added <code>short\.md<\/code>: 1 paragraph\.$/m);
});

test('complete front matter: no advice to add what is already there', () => {
  const text = report('saffron.md', '---\ntitle: Saffron harvest\noutlet: Test Wire\ndate: 2025-11-20\n---\nFarmers in Khorasan began the saffron harvest this week, picking the purple crocus flowers at dawn before the sun opens them.\n\nExporters expect the saffron crop to reach record volumes, with most of it shipped to Spain and the Gulf states.\n');
  assert.match(text, /2 paragraphs/);
  assert.match(text, /^date: 2025-11-20$/m);
  assert.doesNotMatch(text, /To correct these/);
});

test('front matter with an impossible date: the admin is told which value was not read, and to edit the block', () => {
  const text = report('bad.md', '---\ntitle: Saffron harvest\noutlet: Test Wire\ndate: 2025-13-45\n---\nFarmers began the saffron harvest this week.\n');
  assert.match(text, /^date: the front matter's date "2025-13-45" is not a date \(YYYY-MM-DD\)$/m);
  assert.match(text, /edit the front-matter block/);
  assert.doesNotMatch(text, /add a front-matter block/);
});

test('no front matter and no outlet found: the advice says how to add one', () => {
  const text = report('plain.txt', 'Saffron harvest begins\n\nFarmers began the saffron harvest this week.\n');
  assert.match(text, /^outlet: not detected$/m);
  assert.match(text, /add a front-matter block \(--- title: … outlet: … date: YYYY-MM-DD ---\)/);
});

test('HTML in a title or file name is escaped', () => {
  const text = report('x<y>.md', '---\ntitle: <b>Bold</b> & co\n---\nSome text of the article here.\n');
  assert.match(text, /x&lt;y&gt;\.md/);
  assert.match(text, /title: &lt;b&gt;Bold&lt;\/b&gt; &amp; co/);
});

test('a re-index that meets a file where the index folder should be says so in plain words', () => {
  const e = Object.assign(new Error("EEXIST: file already exists, mkdir '/srv/bot/embeddings'"), { code: 'EEXIST' });
  assert.equal(reindexFailure(e), "a file stands where the index folder should be (EEXIST: file already exists, mkdir '/srv/bot/embeddings')");
  const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
  assert.match(reindexFailure(full), /^the disk holding the index is full \(ENOSPC/);
  assert.equal(reindexFailure(new Error('something else')), 'something else');
});

test('an upload that overwrote an article (caption "replace") says "Replaced", not "Added"', () => {
  const raw = '---\ntitle: Saffron\noutlet: Test Wire\ndate: 2025-11-20\n---\nFarmers began the saffron harvest this week in Khorasan province.\n';
  const a = parseArticle('saffron.md', raw);
  assert.match(uploadReport('saffron.md', a.paragraphs.length, a.meta, raw, true), /^Replaced <code>saffron\.md<\/code>: 1 paragraph\.$/m);
  assert.match(uploadReport('saffron.md', a.paragraphs.length, a.meta, raw), /^Added /);
});
