/**
 * Child process of the bench (run by bench/run.ts): process start → first answer, the way the
 * CLI and the bot get there — loadConfig(env) → openResources (dictionary + glossary + model) →
 * openSearch (index) → search. Configuration comes from the environment the parent sets
 * (INDEX_DIR, MODELS_DIR, EMBEDDING_MODEL, DICT_DIR); the question is argv[2].
 *
 * Times are this process's own clock: performance.now() counts from the process's time origin
 * (its start), so `answerMs` includes Node's boot and tsx's module loading. Modules are imported
 * dynamically so that their loading time is measured (`importsMs`).
 *
 * Prints one line `@@BENCH_RESULT {json}` on stdout as soon as the answer is there.
 */
import { performance } from 'node:perf_hooks';

const startMs = performance.now();
const question = process.argv[2] ?? 'لاريجاني';
const { loadConfig } = await import('../src/config.js');
const { openResources, openSearch } = await import('../src/search/open.js');
const importsMs = performance.now();
const config = loadConfig(process.env);
const shared = await openResources(config);
const resourcesMs = performance.now();
const opened = await openSearch(config, shared);
const openMs = performance.now();
const result = await opened.engine.search(question, { k: 5 });
const answerMs = performance.now();
process.stdout.write(
  '@@BENCH_RESULT ' +
    JSON.stringify({
      startMs,
      importsMs,
      resourcesMs,
      openMs,
      answerMs,
      hits: result.hits.length,
      abstained: result.abstained,
      dense: opened.engine.denseEnabled,
      model: opened.embedder?.modelId ?? null,
      notices: opened.notices,
    }) +
    '\n',
);
