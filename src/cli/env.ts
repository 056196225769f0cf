/** Loads .env once for every command, then the validated configuration. */
import 'dotenv/config';
import { loadConfig, ConfigError, type Config } from '../config.js';
import { describeDatabaseError } from '../store/pgvector/connect.js';

/**
 * Every command ends with one clear line and status 1 on any failure — an error thrown anywhere,
 * a rejected promise, a pg-pool error — never a stack trace, and never a password (DATABASE_URL's,
 * PGPASSWORD) even when the driver's message echoes the connection string.
 */
let failureUrl: string | undefined;
let installed = false;
export function endOnFailure(databaseUrl: string | undefined): void {
  failureUrl = databaseUrl;
  if (installed) return;
  installed = true;
  const end = (e: unknown) => {
    process.stderr.write(`error: ${describeDatabaseError(e, failureUrl)}\n`);
    process.exit(1);
  };
  process.on('uncaughtException', end);
  process.on('unhandledRejection', end);
}

export function cliConfig(overrides: { indexDir?: string; seedsDir?: string } = {}): Config {
  endOnFailure(process.env.DATABASE_URL);
  try {
    const env = { ...process.env };
    if (overrides.indexDir) env.INDEX_DIR = overrides.indexDir;
    if (overrides.seedsDir) env.SEEDS_DIR = overrides.seedsDir;
    const config = loadConfig(env);
    endOnFailure(config.databaseUrl);
    return config;
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
