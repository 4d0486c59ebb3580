import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAST_KDF, makeTempFolder, PASSPHRASE } from '../casefile/test-support';
import { createCaseFileSession, type CaseFileSession } from '../services/casefile-session';
import { testClock } from '../services/test-support';
import { dispatch, type Handlers } from './dispatch';
import { createHandlers } from './handlers';

let cleanup: () => Promise<void>;
let session: CaseFileSession;
let handlers: Handlers;

beforeEach(async () => {
  const temp = await makeTempFolder();
  cleanup = temp.cleanup;
  session = createCaseFileSession(temp.folder, FAST_KDF);
  handlers = createHandlers(session, testClock());
  await session.create(PASSPHRASE);
});

afterEach(async () => {
  session.lock();
  await cleanup();
});

describe('organisation calls through dispatch', () => {
  it('create → list → add unit → archive, and the data survives a lock', async () => {
    const created = await dispatch(handlers, 'createOrganisation', {
      legalName: 'Gemeente Zwaluwdorp',
      kvkNumber: '87654321',
    });
    expect(created).toMatchObject({ ok: true, value: { legalName: 'Gemeente Zwaluwdorp' } });
    const id = (created as { value: { id: number } }).value.id;
    expect(
      await dispatch(handlers, 'addUnit', { organisationId: id, name: 'Sociaal Domein' }),
    ).toMatchObject({
      ok: true,
      value: { units: [{ name: 'Sociaal Domein' }] },
    });
    session.lock();
    expect(await dispatch(handlers, 'listOrganisations', {})).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    await session.unlock(PASSPHRASE);
    expect(await dispatch(handlers, 'listOrganisations', {})).toMatchObject({
      ok: true,
      value: [{ id, legalName: 'Gemeente Zwaluwdorp', unitCount: 1 }],
    });
    expect(await dispatch(handlers, 'archiveOrganisation', { id })).toMatchObject({
      ok: true,
      value: { archivedAt: '2026-11-23T09:00:00.000Z' },
    });
  });

  it.each([
    [{ legalName: '' }],
    [{ legalName: 'X', kvkNumber: '123' }],
    [{ legalName: 'X', reactionTimeHours: 36 }],
    [{ legalName: 'X', id: 5 }],
  ])('refuses invalid input %o and stores nothing', async (input) => {
    expect(await dispatch(handlers, 'createOrganisation', input)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await dispatch(handlers, 'listOrganisations', { includeArchived: true })).toEqual({
      ok: true,
      value: [],
    });
  });

  it('a duplicate KvK number comes back as ORGANISATION_EXISTS with a Dutch message', async () => {
    await dispatch(handlers, 'createOrganisation', { legalName: 'A', kvkNumber: '11112222' });
    const second = await dispatch(handlers, 'createOrganisation', {
      legalName: 'B',
      kvkNumber: '1111 2222',
    });
    expect(second).toMatchObject({
      ok: false,
      error: { code: 'ORGANISATION_EXISTS', message: expect.stringContaining('KvK-nummer') },
    });
  });
});
