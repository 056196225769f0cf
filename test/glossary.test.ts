/**
 * Hygiene checks for the bilingual news glossary (src/text/glossary/news.tsv), so that a bad
 * edit (a stray space instead of a TAB, diacritics, a Latin letter on the Arabic side, an empty
 * alternative, a repeated headword) fails loudly instead of silently degrading translation.
 */
import { fileURLToPath } from 'node:url';
import { glossaryHygiene } from './support/glossary-hygiene.js';

glossaryHygiene(fileURLToPath(new URL('../src/text/glossary/news.tsv', import.meta.url)), 400);
