import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { systemInstant } from './clock';

/**
 * The context's logError: an unexpected error, with the time and where it happened (`thread` names a thread other
 * than the main one), appended to logs/core.log in the data folder and written to the console. Logging never
 * throws: it must not break a request or a job.
 */
export function errorLogger(dataDir: string, thread?: string): (err: unknown, where: string) => void {
  const logFile = join(dataDir, 'logs', 'core.log');
  return (err, where) => {
    const text = `${systemInstant()} [${thread ? `${thread}: ` : ''}${where}] ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`;
    try {
      mkdirSync(join(dataDir, 'logs'), { recursive: true });
      appendFileSync(logFile, text);
    } catch {
      // logging must never break a request or a job
    }
    console.error(text);
  };
}
