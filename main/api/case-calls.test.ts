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

describe('case calls through dispatch', () => {
  it('intake → note → status → search → close, and a draft survives a lock', async () => {
    const org = await value<{ id: number }>('createOrganisation', {
      legalName: 'Gemeente Zwaluwdorp',
    });
    const kase = await value<{ id: number; caseNumber: string }>('recordIntake', {
      organisationId: org.id,
      requestedAt: '2026-11-22T09:00:00+01:00',
      channel: 'whatsapp',
      reporter: { anonymous: true },
      reporterRole: 'temp_worker',
      behaviours: ['sexual_harassment'],
      consent: 'anonymous_date_region',
    });
    expect(kase.caseNumber).toBe('2026-001');
    await value('addNote', {
      caseId: kase.id,
      note: {
        kind: 'phone_call',
        occurredAt: '2026-11-22T11:00:00+01:00',
        durationMinutes: 30,
        body: 'Telefonisch intakegesprek over de magazijnchef.',
      },
    });
    await value('changeCaseStatus', {
      id: kase.id,
      status: 'in_progress',
      at: '2026-11-22T12:00:00+01:00',
    });
    const found = await value<{ id: number }[]>('searchCases', { query: 'magazijn' });
    expect(found.map((c) => c.id)).toEqual([kase.id]);
    const closed = await value<{ status: string }>('changeCaseStatus', {
      id: kase.id,
      status: 'closed',
      at: '2026-11-23T09:00:00+01:00',
      outcome: 'informal_solution',
    });
    expect(closed.status).toBe('closed');

    await value('saveDraft', { form: 'intake', content: '{"reporterWishes":"half getypt"}' });
    file.session.lock();
    await file.session.unlock(PASSPHRASE);
    expect(await value('getDraft', { form: 'intake' })).toMatchObject({
      content: '{"reporterWishes":"half getypt"}',
    });
  });

  it.each([
    [
      'recordIntake',
      {
        organisationId: 1,
        requestedAt: 'gisteren',
        channel: 'phone',
        reporter: { anonymous: true },
        reporterRole: 'employee',
        behaviours: ['bullying'],
        consent: 'nothing',
      },
    ],
    [
      'recordIntake',
      {
        organisationId: 1,
        requestedAt: '2026-11-22T09:00:00Z',
        channel: 'phone',
        reporter: { anonymous: true },
        reporterRole: 'employee',
        behaviours: [],
        consent: 'nothing',
      },
    ],
    [
      'addNote',
      {
        caseId: 1,
        note: { kind: 'gossip', occurredAt: '2026-11-22T09:00:00Z', durationMinutes: 5, body: '' },
      },
    ],
    [
      'addNote',
      {
        caseId: 1,
        note: { kind: 'action', occurredAt: '2026-11-22T09:00:00Z', durationMinutes: -5, body: '' },
      },
    ],
    ['changeCaseStatus', { id: 1, status: 'closed', at: '2026-11-22T09:00:00Z' }],
    ['saveDraft', { form: '../../etc', content: '{}' }],
    ['saveDraft', { form: 'intake', content: 'not json' }],
    ['searchCases', { query: 'x'.repeat(500) }],
  ])('%s refuses invalid input', async (call, input) => {
    expect(await dispatch(file.handlers, call, input)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
