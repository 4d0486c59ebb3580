import { useEffect, useState } from 'react';
import type { BackupState } from '../../../../shared/schemas/safety';
import { backupReminder } from '../../lib/safety';
import { callVp } from '../../lib/vp';
import { useCaseFileStore } from '../../stores/caseFileStore';

export interface SafetyAttention {
  /** A backup is due: never made ('never'), or older than the reminder ('old'). */
  backup: { reminder: 'never' | 'old'; lastBackupAt: string | null } | null;
  /** How many closed cases are past their retention term. */
  pastRetention: number;
}

const nothing: SafetyAttention = { backup: null, pastRetention: 0 };

/**
 * What Home says about keeping the case file safe, read afresh each time Home opens; null
 * while it is read. A failed read says nothing rather than raise a false alarm (the cards in
 * Settings show the error). The demo practice is fictitious: no reminders there.
 */
export function useSafetyAttention(): SafetyAttention | null {
  const demo = useCaseFileStore((s) => s.status?.demo === true);
  const [attention, setAttention] = useState<SafetyAttention | null>(demo ? nothing : null);

  useEffect(() => {
    if (demo) return;
    let current = true;
    void Promise.all([callVp('getBackupState', {}), callVp('listCasesPastRetention', {})]).then(
      ([backup, retention]) => {
        if (!current) return;
        setAttention({
          backup: backup.ok ? dueBackup(backup.value) : null,
          pastRetention: retention.ok ? retention.value.length : 0,
        });
      },
    );
    return () => {
      current = false;
    };
  }, [demo]);

  return attention;
}

function dueBackup(state: BackupState): SafetyAttention['backup'] {
  const reminder = backupReminder(state);
  return reminder ? { reminder, lastBackupAt: state.lastBackupAt } : null;
}

export function hasAttention(attention: SafetyAttention): boolean {
  return attention.backup !== null || attention.pastRetention > 0;
}
