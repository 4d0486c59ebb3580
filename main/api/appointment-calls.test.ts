import { describe, expect, it } from 'vitest';
import { PASSPHRASE } from '../casefile/test-support';
import { dispatch } from './dispatch';
import { useUnlockedCaseFile } from './test-support';

const file = useUnlockedCaseFile();

async function value<T>(call: string, input: unknown): Promise<T> {
  const result = await dispatch(file.handlers, call, input);
  if (!result.ok) throw new Error(`${call}: ${result.error.code}`);
  return result.value as T;
}

interface Appointment {
  id: number;
  caseId: number;
  status: string;
  startsAt: string;
  placeText: string | null;
}

async function caseWithReporter(): Promise<{ id: number; caseNumber: string }> {
  const org = await value<{ id: number }>('createOrganisation', {
    legalName: 'Gemeente Zwaluwdorp',
  });
  return value('recordIntake', {
    organisationId: org.id,
    requestedAt: '2026-11-22T09:00:00+01:00',
    channel: 'phone',
    reporter: {
      anonymous: false,
      name: 'Sanne de Vries',
      phone: '06 1234 5678',
      email: 'sanne@example.nl',
    },
    reporterRole: 'employee',
    behaviours: ['bullying'],
    consent: 'nothing',
  });
}

describe('appointment calls through dispatch', () => {
  it('plan → agenda → move → done and cancel → Home → agenda file, and all survive a lock', async () => {
    const kase = await caseWithReporter();
    const planned = await value<Appointment[]>('planAppointment', {
      caseId: kase.id,
      startsAt: '2026-11-30T10:00:00+01:00',
      durationMinutes: 60,
      placeKind: 'reporter_home',
      placeText: '  Dorpsstraat 1, Zwaluwdorp  ',
    });
    expect(planned).toHaveLength(1);
    const [first] = planned as [Appointment];
    expect(first).toMatchObject({
      caseId: kase.id,
      status: 'planned',
      startsAt: '2026-11-30T09:00:00.000Z',
      placeText: 'Dorpsstraat 1, Zwaluwdorp',
    });
    const second = (
      await value<Appointment[]>('planAppointment', {
        caseId: kase.id,
        startsAt: '2026-11-24T15:00:00+01:00',
        durationMinutes: 30,
        placeKind: 'phone',
      })
    ).find((a) => a.id !== first.id)!;

    const week = await value<Appointment[]>('listAppointments', {
      from: '2026-11-23',
      to: '2026-11-29',
    });
    expect(week.map((a) => a.id)).toEqual([second.id]);

    const moved = await value<Appointment[]>('updateAppointment', {
      id: first.id,
      appointment: {
        startsAt: '2026-11-26T14:00:00+01:00',
        durationMinutes: 45,
        placeKind: 'counsellor_office',
        placeText: '',
      },
    });
    expect(moved.find((a) => a.id === first.id)).toMatchObject({
      startsAt: '2026-11-26T13:00:00.000Z',
      placeText: null,
    });
    await value('completeAppointment', { id: second.id });
    expect((await dispatch(file.handlers, 'cancelAppointment', { id: second.id })).ok).toBe(false);

    // Home (the test clock stands at 23 November): the planned one, not the done one.
    const due = await value<{ kind: string; appointmentId?: number }[]>('getDueItems', {});
    expect(due.filter((d) => d.kind === 'planned_appointment').map((d) => d.appointmentId)).toEqual(
      [first.id],
    );

    file.session.lock();
    expect(
      await dispatch(file.handlers, 'listAppointments', { from: '2026-11-23', to: '2026-11-29' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    await file.session.unlock(PASSPHRASE);

    const ofCase = await value<Appointment[]>('listCaseAppointments', { caseId: kase.id });
    expect(ofCase.map((a) => [a.id, a.status])).toEqual([
      [second.id, 'done'],
      [first.id, 'planned'],
    ]);

    const ics = await value<{ text: string; count: number }>('exportAppointmentsIcs', {
      from: '2026-11-23',
      to: '2026-11-29',
    });
    expect(ics.count).toBe(2);
    expect(ics.text).toContain('SUMMARY:VP afspraak');
    for (const value of ['Sanne', '06 1234', 'sanne@example.nl', kase.caseNumber, 'Zwaluwdorp']) {
      expect(ics.text).not.toContain(value);
    }
  });

  it('takes the place text into the agenda file only when allowed', async () => {
    const kase = await caseWithReporter();
    await value('planAppointment', {
      caseId: kase.id,
      startsAt: '2026-11-30T10:00:00+01:00',
      durationMinutes: 60,
      placeKind: 'client_site',
      placeText: 'Stadhuis, kamer 2.14',
    });
    const without = await value<{ text: string }>('exportAppointmentsIcs', {
      from: '2026-11-30',
      to: '2026-11-30',
      includePlace: false,
    });
    expect(without.text).toContain('LOCATION:bij de opdrachtgever\r\n');
    expect(without.text).not.toContain('kamer');
    const allowed = await value<{ text: string; placesWithheld: number }>('exportAppointmentsIcs', {
      from: '2026-11-30',
      to: '2026-11-30',
      includePlace: true,
    });
    expect(allowed.text).toContain('LOCATION:bij de opdrachtgever – Stadhuis\\, kamer 2.14');
    expect(allowed.placesWithheld).toBe(0);
    expect(allowed.text).not.toContain('Sanne');

    // Saving writes exactly the previewed file, and the audit log records that it left.
    const period = { from: '2026-11-30', to: '2026-11-30', includePlace: true };
    expect(await value('saveAppointmentsIcs', period)).toEqual({
      saved: true,
      fileName: 'vp-afspraken.ics',
    });
    expect(file.saved.map((f) => [f.fileName, f.bytes.toString()])).toEqual([
      ['vp-afspraken.ics', allowed.text],
    ]);
    const audit = await value<{ kind: string; exportKind: string | null }[]>('listAuditLog', {});
    expect(audit.filter((e) => e.kind === 'export').map((e) => e.exportKind)).toEqual([
      'appointments_ics',
    ]);
  });

  it('answers NOT_FOUND for a case or appointment that does not exist', async () => {
    for (const [call, input] of [
      [
        'planAppointment',
        { caseId: 77, startsAt: '2026-11-30T10:00:00Z', durationMinutes: 60, placeKind: 'video' },
      ],
      ['listCaseAppointments', { caseId: 77 }],
      ['completeAppointment', { id: 77 }],
    ] as const) {
      expect(await dispatch(file.handlers, call, input)).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
  });

  const valid = {
    caseId: 1,
    startsAt: '2026-11-30T10:00:00+01:00',
    durationMinutes: 60,
    placeKind: 'phone',
  };
  it.each([
    ['planAppointment', { ...valid, placeKind: 'pub' }],
    ['planAppointment', { ...valid, durationMinutes: 0 }],
    ['planAppointment', { ...valid, durationMinutes: 721 }],
    ['planAppointment', { ...valid, durationMinutes: 30.5 }],
    ['planAppointment', { ...valid, startsAt: 'maandag om tien uur' }],
    ['planAppointment', { ...valid, startsAt: '2026-11-30T10:00:00' }],
    ['planAppointment', { ...valid, placeText: 'x'.repeat(301) }],
    ['planAppointment', { ...valid, status: 'done' }],
    ['updateAppointment', { id: 1, appointment: { ...valid } }],
    ['cancelAppointment', { id: 0 }],
    ['listAppointments', { from: '2026-12-06', to: '2026-11-30' }],
    ['listAppointments', { from: '2026-01-01', to: '2027-01-02' }],
    ['listAppointments', { from: '2026-02-30', to: '2026-03-01' }],
    ['exportAppointmentsIcs', { from: '2026-11-30', to: '2026-12-06', includePlace: 'yes' }],
    ['exportAppointmentsIcs', { from: '2026-11-30', to: '2026-12-06', caseId: 1 }],
  ])('%s refuses invalid input', async (call, input) => {
    expect(await dispatch(file.handlers, call, input)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
