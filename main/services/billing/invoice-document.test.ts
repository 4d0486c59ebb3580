import { describe, expect, it } from 'vitest';
import {
  creditNoteFor as fixtureCreditNote,
  monthlyHoursInvoice,
  subscriptionInvoice,
} from '../../exports/fixtures';
import { invoiceDocumentSchema } from '../../../shared/schemas/invoice-document';
import { buildInvoiceDocument, creditNoteFor, type InvoiceDraft } from './invoice-document';
import { priceMonth } from './price-month';
import { priceSubscription } from './price-subscription';
import { buyer, contractFrom, entry, ORGANISATION_ID, seller, unwrap } from './test-support';

/** The engine makes the very documents the export writers are tested with (fixtures.ts). */

describe('buildInvoiceDocument', () => {
  it("reproduces the writers' monthly hours invoice (Insieme's way)", () => {
    const fixture = monthlyHoursInvoice();
    const contract = contractFrom('insieme', (t) => ({
      activities: {
        ...t.activities,
        consult: { billing: 'hourly', ratePerHour: { cents: 12000 } },
        information_session: { billing: 'hourly', ratePerHour: { cents: 14000 } },
      },
      paymentTermDays: 28,
    }));
    const productie = { unitId: 1, unitName: 'Productie' };
    const month = unwrap(
      priceMonth({
        contract,
        organisation: { isMember: false, employeeCount: 80 },
        month: '2026-10',
        unitsAllowed: new Set([1]),
        entries: [
          entry({ date: '2026-10-05', minutes: 120, ...productie }),
          entry({ date: '2026-10-12', minutes: 60, ...productie }),
          entry({ date: '2026-10-14', minutes: 60, unitId: 2, unitName: 'Logistiek' }),
          entry({ date: '2026-10-20', minutes: 45 }),
          entry({ date: '2026-10-21', minutes: 120, activity: 'information_session' }),
          entry({
            date: '2026-10-28',
            minutes: 60,
            activity: 'information_session',
            cancelled: true,
          }),
        ],
      }),
    );
    const document = unwrap(
      buildInvoiceDocument({
        kind: 'invoice',
        number: fixture.number,
        issueDate: fixture.issueDate,
        seller: fixture.seller,
        buyer: fixture.buyer,
        ...month,
        corrects: null,
        language: 'nl',
        paymentTermDays: contract.paymentTermDays,
        buyerReference: 'PO-4471',
        purchaseOrderNumber: null,
      }),
    );
    expect(document).toEqual(fixture);
  });

  it("reproduces the writers' subscription invoice (Nassaupraktijk, 21–50)", () => {
    const fixture = subscriptionInvoice();
    const contract = { ...contractFrom('nassaupraktijk'), paymentTermDays: 14 };
    const priced = unwrap(
      priceSubscription({
        contract,
        organisation: { isMember: false, employeeCount: 35 },
        year: 2026,
      }),
    );
    const document = unwrap(
      buildInvoiceDocument({
        kind: 'invoice',
        number: '2026-0001',
        issueDate: '2026-01-05',
        seller: fixture.seller,
        buyer: fixture.buyer,
        lines: [priced.line],
        specification: [],
        period: priced.period,
        corrects: null,
        language: 'nl',
        paymentTermDays: 14,
        buyerReference: null,
        purchaseOrderNumber: 'INK-2026-12',
      }),
    );
    expect(document).toEqual(fixture);
  });

  const draft: InvoiceDraft = {
    kind: 'invoice',
    number: '2026-0040',
    issueDate: '2026-12-15',
    seller,
    buyer,
    lines: [],
    specification: [],
    period: { start: '2026-11-01', end: '2026-11-30' },
    corrects: null,
    language: 'en',
    paymentTermDays: 30,
    buyerReference: 'HR',
    purchaseOrderNumber: null,
  };

  it('refuses an invoice without lines', () => {
    expect(buildInvoiceDocument(draft)).toEqual({
      ok: false,
      problem: { code: 'nothing_to_bill' },
    });
  });

  it('numbers the lines and dates payment after the term, across the year end', () => {
    const month = unwrap(
      priceMonth({
        contract: contractFrom('nassaupraktijk'),
        organisation: { isMember: false, employeeCount: 12 },
        month: '2026-11',
        entries: [
          entry({ date: '2026-11-03', minutes: 60, activity: 'first_consult' }),
          entry({ date: '2026-11-04', minutes: 30, organisationId: ORGANISATION_ID }),
        ],
        unitsAllowed: [],
      }),
    );
    const document = unwrap(buildInvoiceDocument({ ...draft, ...month }));
    expect(document.lines.map((l) => l.lineNumber)).toEqual([1, 2]);
    expect(document.dueDate).toBe('2027-01-14');
    expect(document.lineTotalCents).toBe(14250 - 9500);
  });
});

describe('creditNoteFor', () => {
  it('credits the whole invoice and refers to it, as the fixture does', () => {
    const invoice = monthlyHoursInvoice();
    const credit = unwrap(creditNoteFor(invoice, '2026-0008', '2026-11-20'));
    const fixture = fixtureCreditNote(invoice);
    // The engine's credit note is payable at once (term 0); otherwise it is the fixture.
    expect(credit).toEqual({ ...fixture, paymentTermDays: 0 });
    expect(invoiceDocumentSchema.parse(credit)).toEqual(credit);
  });

  it('refuses to credit a credit note, or to date it before the invoice', () => {
    const invoice = monthlyHoursInvoice();
    const credit = unwrap(creditNoteFor(invoice, '2026-0008', '2026-11-20'));
    expect(creditNoteFor(credit, '2026-0009', '2026-11-21')).toEqual({
      ok: false,
      problem: { code: 'not_an_invoice' },
    });
    expect(creditNoteFor(invoice, '2026-0009', '2026-11-01')).toEqual({
      ok: false,
      problem: { code: 'credit_before_invoice' },
    });
  });
});
