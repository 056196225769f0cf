/**
 * Peer engines measured on the product's corpus and questions, in the same process and run:
 * MiniSearch (BM25+, OR of the question's words) and FlexSearch (default encoder, any-term via
 * `suggest`). Both index the paragraph text as it is; neither translates, so they answer the same
 * questions with less (English questions find little in Arabic text): only their speed is compared.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { Index } from 'flexsearch';
import { minOfRuns, summarize, type Summary } from './measure.js';

export interface PeerResult extends Summary {
  engine: string;
  version: string;
  buildMs: number;
  /** mean results per question (capped at 100), to show both searched for real */
  meanHits: number;
  minOfRuns: Summary;
}

const MODULES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules');

function versionOf(pkg: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(MODULES, pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

interface Peer {
  engine: string;
  version: string;
  build(texts: readonly string[]): void;
  search(q: string): number;
}

function miniSearch(): Peer {
  let ms: MiniSearch<{ id: number; text: string }> | null = null;
  return {
    engine: 'minisearch',
    version: versionOf('minisearch'),
    build(texts) {
      ms = new MiniSearch({ fields: ['text'], idField: 'id' });
      ms.addAll(texts.map((text, id) => ({ id, text })));
    },
    search(q) {
      return ms!.search(q, { combineWith: 'OR' }).slice(0, 100).length;
    },
  };
}

function flexSearch(): Peer {
  let index: Index | null = null;
  return {
    engine: 'flexsearch',
    version: versionOf('flexsearch'),
    build(texts) {
      index = new Index({ tokenize: 'strict' });
      texts.forEach((t, id) => index!.add(id, t));
    },
    search(q) {
      return (index!.search(q, { limit: 100, suggest: true }) as unknown[]).length;
    },
  };
}

/** Builds each peer over `texts`, one warm pass, then `rounds` timed passes over the questions. */
export function measurePeers(texts: readonly string[], questions: readonly string[], rounds: number, log: (m: string) => void = () => {}): PeerResult[] {
  const out: PeerResult[] = [];
  for (const peer of [miniSearch(), flexSearch()]) {
    const t0 = performance.now();
    peer.build(texts);
    const buildMs = performance.now() - t0;
    log(`peer ${peer.engine}: indexed ${texts.length} paragraphs in ${(buildMs / 1000).toFixed(1)} s`);
    for (const q of questions) peer.search(q);
    const samples: number[] = [];
    let hits = 0;
    for (let r = 0; r < rounds; r++) {
      for (const q of questions) {
        const s = performance.now();
        hits += peer.search(q);
        samples.push(performance.now() - s);
      }
    }
    out.push({ engine: peer.engine, version: peer.version, buildMs, meanHits: hits / samples.length, ...summarize(samples), minOfRuns: minOfRuns(samples, questions.length) });
  }
  return out;
}
