import { describe, expect, it } from 'vitest';
import {
  registeredStores,
  useAppointmentsStore,
  resetAllStores,
  useCaseFileStore,
  useLocaleStore,
  useNavigationStore,
  useOrganisationsStore,
  useToastStore,
} from './index';

describe('resetAllStores', () => {
  it('knows every store', () => {
    expect(registeredStores().sort()).toEqual([
      'appointments',
      'caseFile',
      'cases',
      'locale',
      'navigation',
      'organisations',
      'toast',
    ]);
  });

  it('returns every store to its initial state', () => {
    const initial = {
      caseFile: { ...useCaseFileStore.getState() },
      navigation: { ...useNavigationStore.getState() },
      toast: { ...useToastStore.getState() },
      organisations: { ...useOrganisationsStore.getState() },
      appointments: { ...useAppointmentsStore.getState() },
    };

    useCaseFileStore
      .getState()
      .setStatus({ state: 'unlocked', unlockedWith: 'recoveryCode', demo: false });
    useCaseFileStore.getState().setPendingRecoveryCode('ABCD-EFGH');
    useCaseFileStore.getState().setStartupError('INTERNAL');
    useCaseFileStore.getState().setRecoveryCodeConfirmed(false);
    useNavigationStore.getState().navigate('settings', 'recoveryCode');
    useToastStore.getState().show('settings.saved');
    const organisations = useOrganisationsStore.getState();
    organisations.setSummaries([
      {
        id: 1,
        legalName: 'Stichting Welzijn Oost',
        city: 'Deventer',
        kvkNumber: '12345678',
        isMember: true,
        reactionTimeHours: 24,
        archivedAt: null,
        unitCount: 0,
      },
    ]);
    organisations.setCurrent({
      id: 1,
      legalName: 'Stichting Welzijn Oost',
      kvkNumber: '12345678',
      vatNumber: null,
      street: null,
      postcode: null,
      city: 'Deventer',
      country: 'NL',
      billingContactName: 'J. de Vries',
      billingEmail: null,
      buyerReference: null,
      purchaseOrderNumber: null,
      employeeCount: 40,
      isMember: true,
      reactionTimeHours: 24,
      engagementStart: null,
      engagementEnd: null,
      notes: 'Afspraak: jaarlijks gesprek met de directie.',
      archivedAt: null,
      createdAt: '2026-01-05T10:00:00.000Z',
      updatedAt: '2026-01-05T10:00:00.000Z',
      units: [{ id: 3, organisationId: 1, name: 'Zorg', archivedAt: null }],
    });
    organisations.show({ kind: 'detail', id: 1 });
    organisations.setFilter('welzijn');
    organisations.setShowArchived(true);
    const appointments = useAppointmentsStore.getState();
    const appointment = {
      id: 5,
      caseId: 4,
      caseNumber: '2026-004',
      organisationName: 'Stichting Welzijn Oost',
      startsAt: '2026-11-30T09:00:00.000Z',
      endsAt: '2026-11-30T10:00:00.000Z',
      durationMinutes: 60,
      placeKind: 'reporter_home' as const,
      placeText: 'Dorpsstraat 1, Deventer',
      status: 'planned' as const,
      createdAt: '2026-11-23T10:00:00.000Z',
      updatedAt: '2026-11-23T10:00:00.000Z',
    };
    appointments.setMode('day');
    appointments.setAnchor('2026-11-30');
    appointments.setAgenda('2026-11-30/2026-11-30', [appointment]);
    appointments.setOfCase(4, [appointment]);
    appointments.setOfCaseError('INTERNAL');

    resetAllStores();

    expect(useCaseFileStore.getState()).toEqual(initial.caseFile);
    expect(useCaseFileStore.getState().pendingRecoveryCode).toBeNull();
    expect(useCaseFileStore.getState().status).toBeNull();
    expect(useCaseFileStore.getState().recoveryCodeConfirmed).toBeNull();
    expect(useNavigationStore.getState()).toEqual(initial.navigation);
    expect(useNavigationStore.getState().route).toBe('home');
    expect(useNavigationStore.getState().target).toBeNull();
    expect(useToastStore.getState().toasts).toEqual([]);
    expect(useOrganisationsStore.getState()).toEqual(initial.organisations);
    expect(useOrganisationsStore.getState().summaries).toBeNull();
    expect(useOrganisationsStore.getState().current).toBeNull();
    expect(useOrganisationsStore.getState().filter).toBe('');
    expect(useOrganisationsStore.getState().view).toEqual({ kind: 'list' });
    expect(useAppointmentsStore.getState()).toEqual(initial.appointments);
    expect(useAppointmentsStore.getState()).toMatchObject({
      mode: 'week',
      anchor: null,
      agenda: null,
      ofCase: null,
    });
    // The place text (a reporter's address) is gone with the rest.
    expect(JSON.stringify(useAppointmentsStore.getState())).not.toContain('Dorpsstraat');
  });

  it('keeps the actions of each store working after a reset', () => {
    resetAllStores();
    useNavigationStore.getState().navigate('hours');
    expect(useNavigationStore.getState().route).toBe('hours');
    resetAllStores();
  });

  it('forgets a navigation target on the next plain navigation', () => {
    useNavigationStore.getState().navigate('settings', 'recoveryCode');
    expect(useNavigationStore.getState().target).toBe('recoveryCode');
    useNavigationStore.getState().navigate('settings');
    expect(useNavigationStore.getState().target).toBeNull();
    resetAllStores();
  });

  it('resets the language to the saved preference (Dutch without storage)', () => {
    useLocaleStore.setState({ locale: 'en' });
    resetAllStores();
    expect(useLocaleStore.getState().locale).toBe('nl');
  });
});
