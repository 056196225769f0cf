import { loadLexicon } from '../src/search/lexicon-cache.js';
const { lexicon } = await loadLexicon({ dictDir: '/usr/share/dictd', cacheDir: 'data/cache' });
for (const w of process.argv.slice(2)) console.log(w, '→', JSON.stringify(/[a-z]/.test(w) ? lexicon!.enToAr(w) : lexicon!.arToEn(w)));
