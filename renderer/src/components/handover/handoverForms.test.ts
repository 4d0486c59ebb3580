import { describe, expect, it } from 'vitest';
import type { HandoverCandidate } from '../../../../shared/schemas/handover';
import { handoverExportFormSchema, matchingCandidates } from './handoverForms';

const candidate = (caseNumber: string, organisationName: string): HandoverCandidate => ({
  id: Number(caseNumber.slice(5)),
  caseNumber,
  organisationName,
  unitName: null,
  requestedAt: '2026-11-02T08:00:00.000Z',
  status: 'in_progress',
  handedOverAt: null,
});

describe('the handover forms', () => {
  it('find open cases by number or organisation, in any case', () => {
    const cases = [
      candidate('2026-001', 'Gemeente Zwaluwdorp'),
      candidate('2026-002', 'De Eendracht'),
    ];
    expect(matchingCandidates(cases, ' eendRACHT ').map((c) => c.caseNumber)).toEqual(['2026-002']);
    expect(matchingCandidates(cases, '001').map((c) => c.caseNumber)).toEqual(['2026-001']);
    expect(matchingCandidates(cases, '')).toHaveLength(2);
  });

  it('want the passphrase twice alike and the reporters’ consent', () => {
    const strong = 'zeven blauwe vlinders boven Lemmer';
    const ok = { passphrase: strong, confirm: strong, reportersConsented: true };
    expect(handoverExportFormSchema.safeParse(ok).success).toBe(true);
    const messages = (form: object) =>
      handoverExportFormSchema.safeParse(form).error?.issues.map((i) => i.message);
    expect(messages({ ...ok, confirm: `${strong}!` })).toEqual(['validation.mismatch']);
    expect(messages({ ...ok, reportersConsented: false })).toEqual([
      'handover.export.consentRequired',
    ]);
  });
});
