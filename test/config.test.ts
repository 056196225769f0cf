/** Configuration rules that protect an operator from a silently unsafe setup. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../src/config.js';

test('webhook mode without WEBHOOK_SECRET is refused (forged updates could not be told apart)', () => {
  assert.throws(() => loadConfig({ WEBHOOK_URL: 'https://bot.example.org/telegram' }), (e: unknown) => e instanceof ConfigError && /WEBHOOK_SECRET/.test(e.message));
  const c = loadConfig({ WEBHOOK_URL: 'https://bot.example.org/telegram', WEBHOOK_SECRET: 'abc_DEF-123' });
  assert.equal(c.webhookSecret, 'abc_DEF-123');
  assert.equal(loadConfig({}).webhookUrl, undefined);
});
