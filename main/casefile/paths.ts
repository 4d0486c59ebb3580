import path from 'node:path';

/** A case file is a folder holding the encrypted database and the key file next to it. */
export const DATABASE_NAME = 'dossier.vpdb';
export const KEY_FILE_NAME = 'dossier.vpkey';

export interface CaseFilePaths {
  folder: string;
  database: string;
  keyFile: string;
}

export function caseFilePaths(folder: string): CaseFilePaths {
  return {
    folder,
    database: path.join(folder, DATABASE_NAME),
    keyFile: path.join(folder, KEY_FILE_NAME),
  };
}
