/** Loads .env once for every command, then the validated configuration. */
import 'dotenv/config';
import { loadConfig, ConfigError, type Config } from '../config.js';

export function cliConfig(overrides: { indexDir?: string; seedsDir?: string } = {}): Config {
  try {
    const env = { ...process.env };
    if (overrides.indexDir) env.INDEX_DIR = overrides.indexDir;
    if (overrides.seedsDir) env.SEEDS_DIR = overrides.seedsDir;
    return loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`configuration error: ${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
}

export function notice(line: string): void {
  process.stderr.write(`note: ${line}\n`);
}
