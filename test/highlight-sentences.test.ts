import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentences } from '../src/search/highlight.js';

test('a full stop after a title or an initial ends no sentence: the bold is not cut at "Dr."', () => {
  assert.deepEqual(sentences('Ishaq Dar received Dr. Ali Larijani in Islamabad. The U.S. envoy and Gen. Smith said no.'), [
    'Ishaq Dar received Dr. Ali Larijani in Islamabad.',
    'The U.S. envoy and Gen. Smith said no.',
  ]);
  // A word ending in the same letters is no title: "… the ward. Then" still ends there.
  assert.deepEqual(sentences('They met at the Dr ward. Then they left.'), ['They met at the Dr ward.', 'Then they left.']);
  assert.deepEqual(sentences('قال لاريجاني. انتهى؟ نعم'), ['قال لاريجاني.', 'انتهى؟', 'نعم']);
});
