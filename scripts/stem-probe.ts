import { terms, words, indexTermsOf } from '../src/text/tokenize.js';
for (const w of process.argv.slice(2)) console.log(w, '→', JSON.stringify(terms(w)), JSON.stringify(indexTermsOf(words(w))));
