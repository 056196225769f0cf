/** No module of src/ imports itself around a circle (type-only imports count: a circle is read as one). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { importGraph, circles } from './support/import-graph.js';

const SRC = path.resolve(import.meta.dirname, '..', 'src');

test('the import graph of src/ has no circles', () => {
  const graph = importGraph(SRC);
  assert.ok(graph.size > 50, `read ${graph.size} modules`);
  assert.ok(graph.get(path.join('bot', 'bot.ts'))?.includes(path.join('bot', 'admin.ts')), 'imports are resolved');
  assert.deepEqual(circles(graph), []);
});

test('a circle is found when there is one (the detector can fail)', () => {
  const graph = new Map([['bot.ts', ['admin.ts']], ['admin.ts', ['run.ts']], ['run.ts', ['bot.ts']], ['x.ts', ['bot.ts']]]);
  assert.deepEqual(circles(graph), [['admin.ts', 'bot.ts', 'run.ts']]);
});
