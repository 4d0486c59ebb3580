import { describe, expect, it } from 'vitest';
import {
  registeredStores,
  useAppointmentsStore,
  resetAllStores,
  useCaseFileStore,
  useContractsStore,
  useHoursStore,
  useInvoicesStore,
  useLocaleStore,
  useNavigationStore,
  useOrganisationsStore,
  useReportsStore,
  useSafetyStore,
  useToastStore,
} from './index';

describe('resetAllStores', () => {
  it('knows every store', () => {
    expect(registeredStores().sort()).toEqual([
      'appointments',
      'caseFile',
      'cases',
      'contracts',
      'hours',
      'invoices',
      'locale',
      'navigation',
      'organisations',
      'reports',
      'safety',
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
      contracts: { ...useContractsStore.getState() },
      hours: { ...useHoursStore.getState() },
      invoices: { ...useInvoicesStore.getState() },
      reports: { ...useReportsStore.getState() },
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
    const contracts = useContractsStore.getState();
    contracts.setTemplates([]);
    contracts.setList(1, []);
    contracts.saved({
      id: 9,
      organisationId: 1,
      validFrom: '2026-01-01',
      validUntil: null,
      subscription: { kind: 'fixed', price: { cents: 35000, memberCents: null } },
      activities: {
        consult: { billing: 'hourly', ratePerHour: { cents: 9500, memberCents: null } },
        employment_law_advice: { billing: 'not_billed' },
        information_session: { billing: 'not_billed' },
        policy_document: { billing: 'not_billed' },
        complaints_committee: { billing: 'not_billed' },
        travel_time: { billing: 'not_billed' },
        other: { billing: 'not_billed' },
      },
      freeFirst: 'none',
      kilometreRateCents: null,
      cancellationPercent: 0,
      quotes: [],
      rounding: { mode: 'none' },
      vat: { category: 'S', rateBasisPoints: 2100 },
      paymentTermDays: 30,
      createdAt: '2026-01-05T10:00:00.000Z',
      updatedAt: '2026-01-05T10:00:00.000Z',
    });
    contracts.show({ kind: 'edit', organisationId: 1, contractId: 9 });
    const hours = useHoursStore.getState();
    const entry = {
      id: 9,
      organisationId: 1,
      unitId: 3,
      caseId: 4,
      date: '2026-11-30',
      minutes: 90,
      activity: 'first_consult' as const,
      kilometres: 12,
      cancelled: false,
      invoiceId: null,
      createdAt: '2026-11-30T10:00:00.000Z',
      updatedAt: '2026-11-30T10:00:00.000Z',
    };
    hours.setOrganisationId(1);
    hours.setAnchor('2026-11-30');
    hours.setWeek('1/2026-11-30', [entry]);
    hours.setOrganisations([{ id: 1, name: 'Stichting Welzijn Oost', archived: false, units: [] }]);
    hours.setCasesOf(1, [{ id: 4, caseNumber: '2026-004', closed: false }]);
    hours.setOfCase(4, [entry]);
    const invoices = useInvoicesStore.getState();
    invoices.openRun('2026-10');
    invoices.showSection('issued');
    invoices.setListFilters({ year: 2026, organisationId: 1 });
    invoices.setSubscriptionYear(2027);
    invoices.show({
      kind: 'draftMonthly',
      organisationId: 1,
      organisationName: 'Stichting Welzijn Oost',
      month: '2026-10',
    });
    invoices.changed();
    const reports = useReportsStore.getState();
    reports.showSection('overview');
    reports.choose({ organisationId: 1, year: 2025, language: 'en' });
    reports.chooseOverview({ year: 2024, language: 'en' });

    useSafetyStore.getState().setRestored({ folderName: 'VP Dossier back-up', keptAs: null });

    resetAllStores();

    expect(useSafetyStore.getState().restored).toBeNull();
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
    expect(useContractsStore.getState()).toEqual(initial.contracts);
    expect(useContractsStore.getState()).toMatchObject({
      view: { kind: 'none' },
      list: null,
      templates: null,
      focusCard: false,
    });
    expect(useHoursStore.getState()).toEqual(initial.hours);
    expect(useHoursStore.getState()).toMatchObject({
      organisationId: null,
      anchor: null,
      week: null,
      organisations: null,
      casesOf: {},
      ofCase: null,
    });
    expect(JSON.stringify(useHoursStore.getState())).not.toContain('2026-004');
    expect(useInvoicesStore.getState()).toEqual(initial.invoices);
    expect(useInvoicesStore.getState()).toMatchObject({
      section: 'run',
      view: { kind: 'overview' },
      month: null,
      revision: 0,
    });
    expect(useReportsStore.getState()).toEqual(initial.reports);
    expect(useReportsStore.getState()).toMatchObject({
      section: 'annual',
      organisationId: null,
      year: null,
      language: 'nl',
      overviewYear: null,
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
