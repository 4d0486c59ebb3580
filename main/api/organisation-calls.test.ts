import { describe, expect, it } from 'vitest';
import { PASSPHRASE } from '../casefile/test-support';
import { dispatch } from './dispatch';
import { useUnlockedCaseFile } from './test-support';

const file = useUnlockedCaseFile();

describe('organisation calls through dispatch', () => {
  it('create → list → add unit → archive, and the data survives a lock', async () => {
    const created = await dispatch(file.handlers, 'createOrganisation', {
      legalName: 'Gemeente Zwaluwdorp',
      kvkNumber: '87654321',
    });
    expect(created).toMatchObject({ ok: true, value: { legalName: 'Gemeente Zwaluwdorp' } });
    const id = (created as { value: { id: number } }).value.id;
    expect(
      await dispatch(file.handlers, 'addUnit', { organisationId: id, name: 'Sociaal Domein' }),
    ).toMatchObject({
      ok: true,
      value: { units: [{ name: 'Sociaal Domein' }] },
    });
    file.session.lock();
    expect(await dispatch(file.handlers, 'listOrganisations', {})).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    await file.session.unlock(PASSPHRASE);
    expect(await dispatch(file.handlers, 'listOrganisations', {})).toMatchObject({
      ok: true,
      value: [{ id, legalName: 'Gemeente Zwaluwdorp', unitCount: 1 }],
    });
    expect(await dispatch(file.handlers, 'archiveOrganisation', { id })).toMatchObject({
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
    expect(await dispatch(file.handlers, 'createOrganisation', input)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await dispatch(file.handlers, 'listOrganisations', { includeArchived: true })).toEqual({
      ok: true,
      value: [],
    });
  });

  it('a duplicate KvK number comes back as ORGANISATION_EXISTS with a Dutch message', async () => {
    await dispatch(file.handlers, 'createOrganisation', { legalName: 'A', kvkNumber: '11112222' });
    const second = await dispatch(file.handlers, 'createOrganisation', {
      legalName: 'B',
      kvkNumber: '1111 2222',
    });
    expect(second).toMatchObject({
      ok: false,
      error: { code: 'ORGANISATION_EXISTS', message: expect.stringContaining('KvK-nummer') },
    });
  });
});
