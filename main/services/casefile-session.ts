import path from 'node:path';
import type { CaseFileStatus } from '../../shared/schemas/casefile';
import type { UnlockDelay } from '../../shared/unlock-delay';
import { generateDemoPractice } from '../demo/generate';
import { DEMO_PASSPHRASE } from '../demo/passphrase';
import { AppError } from '../errors';
import {
  clearRecoveryCodeConfirmation,
  isRecoveryCodeConfirmed,
  markRecoveryCodeConfirmed,
} from './recovery-code-state';
import { createUnlockAttempts } from './unlock-attempts';
import { restoreCaseFile, type BackupIo } from '../casefile/backup';
import {
  caseFileExists,
  changePassphrase,
  createCaseFile,
  openCaseFile,
  openCaseFileWithRecoveryCode,
  renewRecoveryCode,
  type CaseFileOptions,
  type CurrentSecret,
  type OpenCaseFile,
} from '../casefile';

/**
 * The one case file this app instance works on, and whether it is open. Every service that
 * needs the database asks `requireOpen()`, which fails with LOCKED when it is not.
 */
export interface CaseFileSession {
  status(): Promise<CaseFileStatus>;
  create(passphrase: string): Promise<{ recoveryCode: string }>;
  unlock(passphrase: string): Promise<CaseFileStatus>;
  unlockWithRecoveryCode(code: string): Promise<CaseFileStatus>;
  lock(): CaseFileStatus;
  /**
   * Wrong unlock attempts in a row and the wait before the next (shared/unlock-delay.ts):
   * unlock, unlockWithRecoveryCode and restore answer UNLOCK_DELAYED during it.
   */
  unlockDelay(): UnlockDelay;
  /**
   * Opens the demo practice (made on first use) instead of the counsellor's own case file,
   * which stays as it is; locking leaves the demo.
   */
  openDemo(now: Date): Promise<CaseFileStatus>;
  changePassphrase(current: CurrentSecret, next: string): Promise<void>;
  /** A new recovery code (the old one stops working), to be confirmed like the first. */
  renewRecoveryCode(passphrase: string): Promise<{ recoveryCode: string }>;
  recoveryCodeConfirmed(): boolean;
  confirmRecoveryCodeSaved(): void;
  /**
   * Puts the backup in `backupFolder` in place of the counsellor's own case file, which is kept
   * as a dated copy beside it, and opens the restored file with `secret` (the passphrase or
   * recovery code that opens the backup). The backup is copied and verified before anything
   * of the current case file is touched; only then is the session locked and the folders
   * swapped. On any failure the current case file, and the session, stay as they were.
   */
  restore(
    backupFolder: string,
    secret: CurrentSecret,
    now: Date,
  ): Promise<{ folderName: string; keptAs: string | null; status: CaseFileStatus }>;
  requireOpen(): OpenCaseFile;
  /** Called after every lock, so stores and caches outside the database can be cleared. */
  onLock(listener: () => void): () => void;
}

export function createCaseFileSession(
  ownFolder: string,
  options: CaseFileOptions & {
    backupIo?: BackupIo;
    /** Milliseconds on a clock that only moves forward, for the unlock delay (tests fake it). */
    unlockClock?: () => number;
  } = {},
): CaseFileSession {
  // The demo lives in a folder of its own inside the case-file folder; the counsellor's files
  // there are only dossier.vpdb and dossier.vpkey, which the demo never touches.
  const demoFolder = path.join(ownFolder, 'demo');
  let folder = ownFolder;
  let open: OpenCaseFile | null = null;
  let unlockedWith: CaseFileStatus['unlockedWith'] = null;
  const lockListeners = new Set<() => void>();
  // Per app run, not per file: the demo has no secret to guess, the own file and its backups do.
  const attempts = createUnlockAttempts(options.unlockClock);

  const isDemo = () => folder === demoFolder;
  const unlockedStatus = (): CaseFileStatus => ({
    state: 'unlocked',
    unlockedWith,
    demo: isDemo(),
  });

  function lock(): CaseFileStatus {
    if (open) {
      open.close();
      open = null;
    }
    unlockedWith = null;
    folder = ownFolder;
    for (const listener of lockListeners) listener();
    return { state: 'locked', unlockedWith: null, demo: false };
  }

  return {
    async status() {
      if (open) return unlockedStatus();
      const state = (await caseFileExists(folder)) ? 'locked' : 'none';
      return { state, unlockedWith: null, demo: false };
    },
    async create(passphrase) {
      if (open) lock();
      const created = await createCaseFile(folder, passphrase, options);
      open = created.caseFile;
      unlockedWith = 'passphrase';
      return { recoveryCode: created.recoveryCode };
    },
    async unlock(passphrase) {
      if (open) lock();
      open = await attempts.run(() => openCaseFile(folder, passphrase, options));
      unlockedWith = 'passphrase';
      return unlockedStatus();
    },
    async unlockWithRecoveryCode(code) {
      if (open) lock();
      open = await attempts.run(() => openCaseFileWithRecoveryCode(folder, code, options));
      unlockedWith = 'recoveryCode';
      return unlockedStatus();
    },
    lock,
    unlockDelay: () => attempts.delay(),
    async openDemo(now) {
      if (open) lock();
      if (!(await caseFileExists(demoFolder))) {
        const created = await createCaseFile(demoFolder, DEMO_PASSPHRASE, options);
        try {
          generateDemoPractice(created.caseFile.db, { size: 'normal', now });
          // Fictitious data: no recovery code to keep.
          markRecoveryCodeConfirmed(created.caseFile.db, now);
        } finally {
          created.caseFile.close();
        }
      }
      open = await openCaseFile(demoFolder, DEMO_PASSPHRASE, options);
      folder = demoFolder;
      unlockedWith = 'passphrase';
      return unlockedStatus();
    },
    async changePassphrase(current, next) {
      if (!open) throw new AppError('LOCKED');
      await changePassphrase(folder, current, next, options);
      // The session now stands on the new passphrase; the recovery code stays valid.
      unlockedWith = 'passphrase';
    },
    async renewRecoveryCode(passphrase) {
      const { db } = this.requireOpen();
      const recoveryCode = await renewRecoveryCode(folder, passphrase, options);
      clearRecoveryCodeConfirmation(db);
      return { recoveryCode };
    },
    recoveryCodeConfirmed() {
      return isRecoveryCodeConfirmed(this.requireOpen().db);
    },
    confirmRecoveryCodeSaved() {
      markRecoveryCodeConfirmed(this.requireOpen().db, new Date());
    },
    async restore(backupFolder, secret, now) {
      // A restore checks a passphrase or recovery code too: the same wait, the same count.
      const { folderName, keptAs } = await attempts.run(() =>
        restoreCaseFile(
          backupFolder,
          ownFolder,
          secret,
          now,
          { beforeSwap: () => void lock() },
          options.backupIo,
        ),
      );
      try {
        open =
          secret.kind === 'passphrase'
            ? await openCaseFile(ownFolder, secret.value, options)
            : await openCaseFileWithRecoveryCode(ownFolder, secret.value, options);
        unlockedWith = secret.kind;
        return { folderName, keptAs, status: unlockedStatus() };
      } catch {
        // The restore itself is done (the copy was verified); the unlock screen will show
        // whatever keeps it from opening now.
        return { folderName, keptAs, status: await this.status() };
      }
    },
    requireOpen() {
      if (!open) throw new AppError('LOCKED');
      return open;
    },
    onLock(listener) {
      lockListeners.add(listener);
      return () => lockListeners.delete(listener);
    },
  };
}
