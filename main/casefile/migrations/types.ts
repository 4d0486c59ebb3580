import type { CaseFileDatabase } from '../database';

/** One step of the schema. Each runs in its own transaction with the version bump. */
export interface Migration {
  version: number;
  name: string;
  up(db: CaseFileDatabase): void;
}
