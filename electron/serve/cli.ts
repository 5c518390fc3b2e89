import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startCoreHost } from '../core/host';
import { StartupError } from '../core/db/startup-error';
import { startServer } from './server';

/** Where the desktop app keeps its data (Electron userData for productName 就业援助台账), shared by browser mode. */
function defaultDataDir(): string {
  const name = '就业援助台账';
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), name);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', name);
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), name);
}

async function main() {
  const mainLoaded = Date.now();
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.TAIZHANG_PORT ?? '5417' },
      'data-dir': { type: 'string', default: process.env.TAIZHANG_DATA_DIR },
      today: { type: 'string', default: process.env.TAIZHANG_TODAY },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0..65535, got ${values.port}`);
  if (values.today && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))
    throw new Error(`--today must be YYYY-MM-DD, got ${values.today}`);
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());

  let host;
  try {
    host = await startCoreHost({ dataDir, today: values.today ?? null });
  } catch (err) {
    if (err instanceof StartupError) {
      console.error(`就业援助台账无法启动：${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  const token = randomBytes(24).toString('base64url');
  // From source (tsx) this file is electron/serve/cli.ts; bundled (scripts/build-server.mjs) out/serve/cli.js.
  const fromSource = import.meta.url.endsWith('.ts');
  const staticDir = resolve(import.meta.dirname, fromSource ? '../../out/renderer' : '../renderer');
  const { url } = await startServer({ core: host, token, staticDir, port });
  // For `npm run bench -- --only start`: when each step of the start ended (epoch ms), from the process's start.
  if (process.env.TAIZHANG_START_TIMES === '1') {
    const times = [
      ['process', Math.round(performance.timeOrigin)],
      // scripts/serve.mjs checks the renderer and server builds in this process before loading this module.
      ...(process.env.TAIZHANG_BUILDS_CHECKED ? [['builds checked', Number(process.env.TAIZHANG_BUILDS_CHECKED)]] : []),
      ['server modules', mainLoaded],
      ...host.startTimes,
      ['listening', Date.now()],
    ];
    const cpu = process.cpuUsage(); // every thread of this process: the server and the core worker
    console.log(`start-times ${JSON.stringify({ times, cpuMs: Math.round((cpu.user + cpu.system) / 1000) })}`);
  }
  console.log(`Taizhang serving at ${url}`);
  console.log(`数据文件夹：${dataDir}`);
  const stop = async () => {
    await host.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
