export type StartupErrorCode =
  'LOCKED' | 'NOT_SQLITE' | 'CORRUPT' | 'NEWER_VERSION' | 'EDITED_MIGRATION' | 'MIGRATION_FAILED' | 'CANNOT_OPEN';

/** A refusal to start on this database. The message is Chinese and names what to do; the file is left untouched. */
export class StartupError extends Error {
  constructor(
    readonly code: StartupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}
