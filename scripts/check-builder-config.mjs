#!/usr/bin/env node
// Validates electron-builder.yml against electron-builder's own JSON schema, offline.
// Usage: node scripts/check-builder-config.mjs [path/to/electron-builder.yml]
// Prints "OK: ..." and exits 0, or prints the schema errors and exits 1.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const configPath = resolve(process.argv[2] ?? resolve(projectDir, 'electron-builder.yml'));
const require = createRequire(resolve(projectDir, 'package.json'));

if (!existsSync(configPath)) {
  console.error(`electron-builder config not found: ${configPath}`);
  process.exit(1);
}

// getConfig(projectDir, configPath, configFromOptions) reads the file (and any `extends`) as electron-builder does;
// validateConfiguration(config, debugLogger) throws InvalidConfigurationError listing every bad key.
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util');

try {
  const config = await getConfig(projectDir, configPath, null);
  await validateConfiguration(config, new DebugLogger(false));
  console.log(`OK: ${configPath} is a valid electron-builder configuration.`);
} catch (err) {
  console.error(`Invalid electron-builder configuration: ${configPath}`);
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
