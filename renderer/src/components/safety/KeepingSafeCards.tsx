import { useReducer } from 'react';
import type { NavigationTarget } from '../../stores/navigationStore';
import { AuditLogCard } from './AuditLogCard';
import { BackupCard } from './BackupCard';
import { RetentionCard } from './RetentionCard';
import { SafetySettingsCard } from './SafetySettingsCard';
import './safety.css';

const bump = (n: number) => n + 1;

/**
 * Settings' "Back-ups en bewaren": the terms, backups, retention and the audit log. What one
 * card changes, the others read again: saved terms change the reminder and the list past its
 * term; a backup or a destruction adds to the audit log.
 */
export function KeepingSafeCards({ arrivedFor }: { arrivedFor: NavigationTarget | null }) {
  const [termsRound, termsSaved] = useReducer(bump, 0);
  const [logRound, logged] = useReducer(bump, 0);
  return (
    <>
      <BackupCard
        round={termsRound}
        focusOnArrival={arrivedFor === 'backups'}
        onBackedUp={logged}
      />
      <RetentionCard
        round={termsRound}
        focusOnArrival={arrivedFor === 'retention'}
        onDestroyed={logged}
      />
      <SafetySettingsCard onSaved={termsSaved} />
      <AuditLogCard round={logRound} />
    </>
  );
}
