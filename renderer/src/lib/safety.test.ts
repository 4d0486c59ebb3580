import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/schemas/safety';
import { translate } from '../i18n/translate';
import { useCaseFileStore } from '../stores/caseFileStore';
import { useNavigationStore } from '../stores/navigationStore';
import { useSafetyStore } from '../stores/safetyStore';
import { useToastStore } from '../stores/toastStore';
import {
  applyRestore,
  auditDetails,
  auditFilterFormSchema,
  backupReminder,
  countKey,
  keepListed,
  toggleAll,
  toggleSelected,
} from './safety';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('nl', key, params);
const day = (iso: string) => `[${iso}]`;

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: '2026-11-23T09:00:00.000Z',
  kind: 'unlock',
  method: null,
  exportKind: null,
  organisationId: null,
  organisationName: null,
  periodStart: null,
  periodEnd: null,
  caseNumber: null,
  reference: null,
  ...over,
});

describe('the audit-log filter form', () => {
  it('sends only what was chosen, with the limit', () => {
    expect(auditFilterFormSchema.parse({ kind: '', from: '', to: '' })).toEqual({ limit: 1000 });
    expect(
      auditFilterFormSchema.parse({ kind: 'backup', from: '2026-01-01', to: '2026-01-31' }),
    ).toEqual({ kind: 'backup', from: '2026-01-01', to: '2026-01-31', limit: 1000 });
  });

  it('refuses a period that ends before it starts, at its end date', () => {
    const parsed = auditFilterFormSchema.safeParse({
      kind: '',
      from: '2026-02-01',
      to: '2026-01-31',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['to'],
      message: 'validation.periodOrder',
    });
  });

  it('refuses a date that does not exist', () => {
    const parsed = auditFilterFormSchema.safeParse({ kind: '', from: '2026-02-30', to: '' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['from'], message: 'validation.date' });
  });
});

describe('what an audit entry says', () => {
  it('an export: what, for whom, over which period, which invoice', () => {
    const parts = auditDetails(
      entry({
        kind: 'export',
        exportKind: 'invoice_pdf',
        organisationName: 'Bouwman B.V.',
        periodStart: '2026-10-01',
        periodEnd: '2026-10-31',
        reference: '2026-0001',
      }),
      t,
      day,
    );
    expect(parts).toEqual([
      'Factuur (PDF)',
      'Bouwman B.V.',
      '[2026-10-01] t/m [2026-10-31]',
      'factuur 2026-0001',
    ]);
  });

  it('an export for every organisation says so', () => {
    const parts = auditDetails(
      entry({ kind: 'export', exportKind: 'practice_overview_pdf' }),
      t,
      day,
    );
    expect(parts).toEqual(['Jaaroverzicht van de praktijk (PDF)', 'alle organisaties']);
  });

  it('a restore: how it was opened and the folder; a destruction: the case number only', () => {
    expect(
      auditDetails(
        entry({
          kind: 'restore',
          method: 'recoveryCode',
          reference: 'VP Dossier backup 2026-11-23 1000',
        }),
        t,
        day,
      ),
    ).toEqual(['met herstelcode', 'map "VP Dossier backup 2026-11-23 1000"']);
    expect(auditDetails(entry({ kind: 'case_destroyed', caseNumber: '2024-003' }), t, day)).toEqual(
      ['melding 2024-003'],
    );
  });
});

describe("Home's backup reminder", () => {
  it('never made, too old, or not due', () => {
    expect(backupReminder({ lastBackupAt: null, overdue: true, reminderDays: 7 })).toBe('never');
    expect(
      backupReminder({ lastBackupAt: '2026-01-01T10:00:00Z', overdue: true, reminderDays: 7 }),
    ).toBe('old');
    expect(
      backupReminder({ lastBackupAt: '2026-01-01T10:00:00Z', overdue: false, reminderDays: 7 }),
    ).toBeNull();
  });
});

describe('choosing cases to destroy', () => {
  const listed = [{ id: 1 }, { id: 2 }, { id: 3 }];

  it('ticks and unticks one', () => {
    const one = toggleSelected(new Set(), 2);
    expect([...one]).toEqual([2]);
    expect([...toggleSelected(one, 2)]).toEqual([]);
  });

  it('"all" ticks every listed case, and unticks them when all are ticked', () => {
    const all = toggleAll(new Set([1]), listed);
    expect([...all].sort()).toEqual([1, 2, 3]);
    expect([...toggleAll(all, listed)]).toEqual([]);
    expect([...toggleAll(new Set(), [])]).toEqual([]);
  });

  it('keeps only cases still listed', () => {
    expect([...keepListed(new Set([1, 3, 9]), listed)]).toEqual([1, 3]);
  });

  it('says one or more', () => {
    expect(countKey('safety.audit.count', 1)).toBe('safety.audit.count.one');
    expect(countKey('safety.audit.count', 0)).toBe('safety.audit.count.other');
  });
});

describe('after a restore', () => {
  const unlocked = { state: 'unlocked', unlockedWith: 'passphrase', demo: false } as const;

  it('forgets what was read from the previous file and opens the restored one at Home', () => {
    useCaseFileStore.getState().setStatus(unlocked);
    useCaseFileStore.getState().setRecoveryCodeConfirmed(false);
    useNavigationStore.getState().navigate('settings', 'backups');
    useToastStore.getState().show('safety.settings.saved');

    applyRestore({
      restored: true,
      folderName: 'VP Dossier backup 2026-11-23 1000',
      keptAs: 'dossier kept 2026-11-24',
      status: unlocked,
    });

    expect(useNavigationStore.getState().route).toBe('home');
    expect(useToastStore.getState().toasts).toEqual([]);
    expect(useCaseFileStore.getState().recoveryCodeConfirmed).toBeNull();
    expect(useCaseFileStore.getState().status).toEqual(unlocked);
    expect(useSafetyStore.getState().restored).toEqual({
      folderName: 'VP Dossier backup 2026-11-23 1000',
      keptAs: 'dossier kept 2026-11-24',
    });
  });

  it('shows the unlock screen when the restored file did not open', () => {
    useCaseFileStore.getState().setStatus(unlocked);
    applyRestore({
      restored: true,
      folderName: 'VP Dossier backup 2026-11-23 1000',
      keptAs: null,
      status: { state: 'locked', unlockedWith: null, demo: false },
    });
    expect(useCaseFileStore.getState().status?.state).toBe('locked');
  });

  it('changes nothing when no folder was chosen', () => {
    useCaseFileStore.getState().setStatus(unlocked);
    useNavigationStore.getState().navigate('settings');
    useSafetyStore.getState().setRestored(null);
    applyRestore({ restored: false, folderName: null, keptAs: null, status: unlocked });
    expect(useNavigationStore.getState().route).toBe('settings');
    expect(useSafetyStore.getState().restored).toBeNull();
  });
});
