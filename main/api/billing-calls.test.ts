import { describe, expect, it } from 'vitest';
import { pdfText } from '../exports/test-support/pdf-text';
import { dispatch } from './dispatch';
import { TEST_PRACTICE } from '../services/test-support';
import { useUnlockedCaseFile } from './test-support';

const file = useUnlockedCaseFile();

async function value<T>(call: string, input: unknown): Promise<T> {
  const result = await dispatch(file.handlers, call, input);
  if (!result.ok) throw new Error(`${call}: ${result.error.code}`);
  return result.value as T;
}

const practice = TEST_PRACTICE;

describe('billing calls through dispatch', () => {
  it('settings → contract from a template → hours → invoice run → preview → issue → export → save', async () => {
    expect(await value('getPracticeSettings', {})).toBeNull();
    await value('savePracticeSettings', practice);
    const org = await value<{ id: number }>('createOrganisation', {
      legalName: 'Gemeente Zwaluwdorp',
      kvkNumber: '74567890',
      street: 'Raadhuisplein 1',
      postcode: '9401 AA',
      city: 'Assen',
      employeeCount: 95,
      purchaseOrderNumber: 'PO-2026-0457',
    });
    const templates = await value<{ id: string; terms: object }[]>('listContractTemplates', {});
    expect(templates.map((t) => t.id)).toEqual([
      'auxilium',
      'insieme',
      'veilig_en_vertrouwd',
      'nassaupraktijk',
      'kennisbank',
    ]);
    const nassau = templates.find((t) => t.id === 'nassaupraktijk')!;
    await value('createContract', {
      ...nassau.terms,
      organisationId: org.id,
      validFrom: '2026-01-01',
      validUntil: null,
    });
    expect(await value<unknown[]>('listContracts', { organisationId: org.id })).toHaveLength(1);

    const entry = await value<{ id: number }>('recordHours', {
      organisationId: org.id,
      date: '2026-10-14',
      minutes: 90,
      activity: 'consult',
    });
    await value('recordHours', {
      organisationId: org.id,
      date: '2026-10-15',
      minutes: 30,
      activity: 'consult',
    });
    const run = await value<{ unbilledMinutes: number; hasContract: boolean }[]>('getInvoiceRun', {
      month: '2026-10',
    });
    expect(run).toMatchObject([
      { unbilledMinutes: 120, hasContract: true, monthlyInvoiceNumber: null },
    ]);

    const draft = await value<{ number: string; payableCents: number }>('previewMonthlyInvoice', {
      organisationId: org.id,
      month: '2026-10',
      issueDate: '2026-11-02',
    });
    // Nassaupraktijk: €95 an hour; 2 hours + 21 % VAT.
    expect(draft).toMatchObject({ number: 'CONCEPT', payableCents: 22_990 });
    const issued = await value<{ id: number; number: string }>('issueMonthlyInvoice', {
      organisationId: org.id,
      month: '2026-10',
      issueDate: '2026-11-02',
    });
    expect(issued.number).toBe('2026-0001');
    const locked = await dispatch(file.handlers, 'updateTimeEntry', {
      id: entry.id,
      entry: { organisationId: org.id, date: '2026-10-14', minutes: 60, activity: 'consult' },
    });
    expect(locked).toMatchObject({ ok: false, error: { code: 'ENTRY_LOCKED' } });

    const preview = await value<{ fileName: string; base64: string; text: string }>(
      'previewInvoiceExport',
      {
        invoiceId: issued.id,
        format: 'pdf',
      },
    );
    expect(preview.fileName).toBe('factuur-2026-0001.pdf');
    expect(preview.text).toContain('Gemeente Zwaluwdorp');
    expect(pdfText(Buffer.from(preview.base64, 'base64'))).toContain('2026-0001');
    expect(await value('saveInvoiceExport', { invoiceId: issued.id, format: 'ubl' })).toEqual({
      saved: true,
      fileName: 'factuur-2026-0001.xml',
    });
    expect(file.saved.map((f) => f.fileName)).toEqual(['factuur-2026-0001.xml']);
    expect(file.saved[0]!.bytes.toString()).toContain('<cbc:ID>PO-2026-0457</cbc:ID>');

    const list = await value<{ text: string }>('previewInvoiceListExport', {
      year: 2026,
      format: 'csv_invoices',
    });
    expect(list.text).toContain('2026-0001');
    const invoices = await value<unknown[]>('listInvoices', {});
    expect(invoices).toHaveLength(1);
  });

  it('refuses bad input with the field’s message and changes nothing', async () => {
    const result = await dispatch(file.handlers, 'savePracticeSettings', {
      ...practice,
      iban: 'NL00BANK0123456789',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await value('getPracticeSettings', {})).toBeNull();
    const hours = await dispatch(file.handlers, 'recordHours', {
      organisationId: 1,
      date: '2026-10-14',
      minutes: 90,
      activity: 'consult',
      note: 'gesprek met Jan',
    });
    expect(hours).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('cannot reach billing while locked', async () => {
    file.session.lock();
    for (const call of ['listInvoices', 'getInvoiceRun', 'getPracticeSettings']) {
      const input = call === 'getInvoiceRun' ? { month: '2026-10' } : {};
      expect(await dispatch(file.handlers, call, input)).toMatchObject({
        ok: false,
        error: { code: 'LOCKED' },
      });
    }
    expect(
      await dispatch(file.handlers, 'previewInvoiceExport', { invoiceId: 1, format: 'pdf' }),
    ).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
