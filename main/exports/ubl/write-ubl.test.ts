import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { create } from 'xmlbuilder2';
import { ZodError } from 'zod';
import type { InvoiceDocument } from '../../../shared/schemas/invoice-document';
import {
  creditNoteFor,
  creditNoteForExemptInvoice,
  exemptInvoiceWithFreeFirstHour,
  exemptOnlyInvoiceWithoutReference,
  monthlyHoursInvoice,
  smallBusinessSchemeInvoice,
  subscriptionInvoice,
  subscriptionInvoiceForRegisteredBuyer,
} from '../fixtures';
import { validateUblFile, VALIDATOR_TIMEOUT } from '../test-support/einvoice';
import { customizationIds } from './profile-rules';
import { UblRefusedError } from './refusal';
import { writeUbl, type UblProfile } from './write-ubl';

// Pass-through, so a test can prove a refused document never reached the XML builder.
vi.mock('xmlbuilder2', async (importOriginal) => {
  const original = await importOriginal<typeof import('xmlbuilder2')>();
  return { ...original, create: vi.fn(original.create) };
});

/**
 * Every document is checked by the same offline validator a Dutch accounting package or Peppol
 * access point would use (../shared/einvoice: UBL 2.1 XSD, EN 16931, SI-UBL 2.0 or Peppol BIS
 * 3.0), beside the repository as CI checks it out; then the figures that could silently go
 * wrong are read back with XPath.
 */

const profiles: UblProfile[] = ['nlcius', 'peppol'];

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vp-ubl-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function writeFile(document: InvoiceDocument, profile: UblProfile): string {
  const file = path.join(dir, `${document.number}-${profile}.xml`);
  fs.writeFileSync(file, writeUbl(document, profile));
  return file;
}

/** An XPath 1.0 string over the file, namespaces ignored so the expressions stay short. */
function xpath(file: string, expression: string): string {
  const named = expression.replace(/\b(cac|cbc|ubl):([A-Za-z]+)/g, "*[local-name()='$2']");
  return execFileSync('xmllint', ['--xpath', named, file], { encoding: 'utf8' }).trim();
}

interface Case {
  document: InvoiceDocument;
  payable: string;
  lineCount: number;
  /** Both unless a profile refuses the document (see the refusal tests). */
  profiles?: UblProfile[];
  check?: (file: string, profile: UblProfile) => void;
}

const line = (n: number, child: string): string =>
  `string(/*/cac:InvoiceLine[cbc:ID='${n}']/${child} | /*/cac:CreditNoteLine[cbc:ID='${n}']/${child})`;

const cases: Record<string, Case> = {
  'monthly hours invoice (buyer reference, 21 % VAT, cancellation)': {
    document: monthlyHoursInvoice(),
    payable: '1113.20',
    lineCount: 3,
    check: (file) => {
      expect(xpath(file, 'string(/*/cbc:InvoiceTypeCode)')).toBe('380');
      expect(xpath(file, 'string(/*/cbc:DueDate)')).toBe('2026-11-30');
      expect(xpath(file, 'string(/*/cbc:BuyerReference)')).toBe('PO-4471');
      expect(xpath(file, 'string(/*/cac:TaxTotal/cbc:TaxAmount)')).toBe('193.20');
      expect(xpath(file, line(1, 'cbc:InvoicedQuantity'))).toBe('4.75');
      expect(xpath(file, line(1, 'cbc:InvoicedQuantity/@unitCode'))).toBe('HUR');
    },
  },
  'credit note for the monthly invoice': {
    document: creditNoteFor(monthlyHoursInvoice()),
    payable: '1113.20',
    lineCount: 3,
    check: (file, profile) => {
      expect(xpath(file, 'local-name(/*)')).toBe('CreditNote');
      expect(xpath(file, 'string(/*/cbc:CreditNoteTypeCode)')).toBe('381');
      const reference = '/*/cac:BillingReference/cac:InvoiceDocumentReference';
      expect(xpath(file, `string(${reference}/cbc:ID)`)).toBe('2026-0007');
      expect(xpath(file, `string(${reference}/cbc:IssueDate)`)).toBe(
        profile === 'peppol' ? '2026-11-02' : '',
      );
      expect(xpath(file, 'count(/*/cbc:DueDate)')).toBe('0');
      expect(xpath(file, 'string(/*/cac:PaymentMeans/cbc:PaymentDueDate)')).toBe('2026-11-20');
      expect(xpath(file, line(1, 'cbc:CreditedQuantity'))).toBe('4.75');
    },
  },
  'exempt consults with a free first hour and kilometres at 21 %': {
    document: exemptInvoiceWithFreeFirstHour(),
    payable: '237.13',
    lineCount: 3,
    check: (file) => {
      expect(xpath(file, line(2, 'cbc:InvoicedQuantity'))).toBe('-1');
      expect(xpath(file, line(2, 'cbc:LineExtensionAmount'))).toBe('-95.00');
      expect(xpath(file, line(2, 'cac:Price/cbc:PriceAmount'))).toBe('95.00');
      expect(xpath(file, line(2, 'cac:Item/cbc:Name'))).toBe('First hour free of charge');
      expect(xpath(file, line(3, 'cbc:InvoicedQuantity'))).toBe('84');
      expect(xpath(file, line(3, 'cbc:InvoicedQuantity/@unitCode'))).toBe('KMT');
      expect(xpath(file, line(3, 'cac:Price/cbc:PriceAmount'))).toBe('0.23');
      expect(xpath(file, line(3, 'cbc:LineExtensionAmount'))).toBe('19.32');
      const exempt = "/*/cac:TaxTotal/cac:TaxSubtotal[cac:TaxCategory/cbc:ID='E']";
      expect(xpath(file, `string(${exempt}/cbc:TaxableAmount)`)).toBe('213.75');
      expect(xpath(file, `string(${exempt}/cac:TaxCategory/cbc:TaxExemptionReason)`)).toBe(
        'Vrijgesteld van btw op grond van artikel 11 Wet OB',
      );
    },
  },
  'credit note for the exempt invoice (negative line, two categories)': {
    document: creditNoteForExemptInvoice(),
    payable: '237.13',
    lineCount: 3,
    check: (file) => {
      expect(xpath(file, line(2, 'cbc:CreditedQuantity'))).toBe('-1');
      expect(xpath(file, line(2, 'cbc:LineExtensionAmount'))).toBe('-95.00');
      expect(
        xpath(file, 'string(/*/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID)'),
      ).toBe('2026-0012');
    },
  },
  'exempt only, no reference given, minutes that are not whole thousandths of an hour': {
    document: exemptOnlyInvoiceWithoutReference(),
    payable: '311.63',
    lineCount: 4,
    check: (file) => {
      expect(xpath(file, 'string(/*/cbc:BuyerReference)')).toBe('Crediteurenadministratie');
      expect(xpath(file, 'count(/*/cac:OrderReference)')).toBe('0');
      expect(xpath(file, 'string(/*/cac:TaxTotal/cbc:TaxAmount)')).toBe('0.00');
      expect(xpath(file, line(1, 'cbc:InvoicedQuantity'))).toBe('205');
      expect(xpath(file, line(1, 'cbc:InvoicedQuantity/@unitCode'))).toBe('MIN');
      expect(xpath(file, line(1, 'cac:Price/cbc:PriceAmount'))).toBe('95.00');
      expect(xpath(file, line(1, 'cac:Price/cbc:BaseQuantity'))).toBe('60');
      expect(xpath(file, line(1, 'cac:Price/cbc:BaseQuantity/@unitCode'))).toBe('MIN');
      expect(xpath(file, line(1, 'cbc:LineExtensionAmount'))).toBe('324.58');
      expect(xpath(file, line(4, 'cbc:InvoicedQuantity'))).toBe('12.5');
      expect(xpath(file, line(4, 'cbc:LineExtensionAmount'))).toBe('2.88');
    },
  },
  'Peppol: a Dutch buyer known by VAT number only': {
    document: {
      ...monthlyHoursInvoice(),
      buyer: { ...monthlyHoursInvoice().buyer, kvkNumber: null },
    },
    payable: '1113.20',
    lineCount: 3,
    profiles: ['peppol'],
    check: (file) => {
      const party = '/*/cac:AccountingCustomerParty/cac:Party';
      expect(xpath(file, `string(${party}/cbc:EndpointID/@schemeID)`)).toBe('9944');
      expect(xpath(file, `string(${party}/cbc:EndpointID)`)).toBe('NL987654321B01');
      expect(xpath(file, `count(${party}/cac:PartyLegalEntity/cbc:CompanyID)`)).toBe('0');
    },
  },
  'NLCIUS: a Belgian buyer without KvK number': {
    document: {
      ...monthlyHoursInvoice(),
      buyer: {
        ...monthlyHoursInvoice().buyer,
        kvkNumber: null,
        vatNumber: 'BE0123456749',
        address: { street: 'Meir 1', postcode: '2000', city: 'Antwerpen', country: 'BE' },
      },
    },
    payable: '1113.20',
    lineCount: 3,
    profiles: ['nlcius'],
    check: (file) => {
      const party = '/*/cac:AccountingCustomerParty/cac:Party';
      expect(xpath(file, `count(${party}/cbc:EndpointID)`)).toBe('0');
      expect(xpath(file, `string(${party}/cac:PartyTaxScheme/cbc:CompanyID)`)).toBe('BE0123456749');
    },
  },
  'subscription with an order number, buyer known by KvK only': {
    document: subscriptionInvoiceForRegisteredBuyer(),
    payable: '423.50',
    lineCount: 1,
    check: (file) => {
      expect(xpath(file, 'count(/*/cbc:BuyerReference)')).toBe('0');
      expect(xpath(file, 'string(/*/cac:OrderReference/cbc:ID)')).toBe('INK-2026-12');
      const party = '/*/cac:AccountingCustomerParty/cac:Party';
      expect(xpath(file, `string(${party}/cbc:EndpointID/@schemeID)`)).toBe('0106');
      expect(xpath(file, `count(${party}/cac:PartyTaxScheme)`)).toBe('0');
      expect(xpath(file, 'string(/*/cac:InvoicePeriod/cbc:EndDate)')).toBe('2026-12-31');
    },
  },
};

describe('writeUbl output passes the e-invoice validator', () => {
  for (const [name, c] of Object.entries(cases)) {
    it(
      name,
      async () => {
        const files = (c.profiles ?? profiles).map((profile) => ({
          profile,
          file: writeFile(c.document, profile),
        }));
        const results = await Promise.all(
          files.map(({ file, profile }) => validateUblFile(file, profile)),
        );
        files.forEach(({ profile }, i) => {
          const result = results[i];
          expect(result?.code, `${profile} validator said:\n${result?.output}`).toBe(0);
          // Warnings are advice, but each one is a choice to revisit: keep the output clean.
          expect(result?.output, `${profile} validator warned`).not.toMatch(/warning=[1-9]/);
        });
        for (const { file, profile } of files) {
          expect(xpath(file, 'string(/*/cbc:CustomizationID)')).toBe(customizationIds[profile]);
          expect(xpath(file, 'string(/*/cbc:ProfileID)')).toBe(
            'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0',
          );
          expect(xpath(file, 'string(/*/cac:LegalMonetaryTotal/cbc:PayableAmount)')).toBe(
            c.payable,
          );
          expect(xpath(file, 'count(/*/cac:InvoiceLine | /*/cac:CreditNoteLine)')).toBe(
            String(c.lineCount),
          );
          const seller = '/*/cac:AccountingSupplierParty/cac:Party';
          expect(
            xpath(file, `string(${seller}/cac:PartyLegalEntity/cbc:CompanyID/@schemeID)`),
          ).toBe('0106');
          c.check?.(file, profile);
        }
      },
      VALIDATOR_TIMEOUT,
    );
  }
});

describe('writeUbl refuses', () => {
  const builder = vi.mocked(create);
  beforeEach(() => builder.mockClear());

  function expectNoXml(write: () => string): unknown {
    let error: unknown = null;
    try {
      write();
    } catch (e) {
      error = e;
    }
    expect(error).not.toBeNull();
    expect(builder).not.toHaveBeenCalled();
    return error;
  }

  it('a document with an extra field, before any XML is made', () => {
    const smuggled = { ...monthlyHoursInvoice(), reporterName: 'J. Jansen' };
    for (const profile of profiles) {
      expect(expectNoXml(() => writeUbl(smuggled, profile))).toBeInstanceOf(ZodError);
    }
  });

  it('a line with an extra field', () => {
    const invoice = monthlyHoursInvoice();
    const [first, ...rest] = invoice.lines;
    const smuggled = { ...invoice, lines: [{ ...first, note: 'gesprek met J.' }, ...rest] };
    expect(expectNoXml(() => writeUbl(smuggled as InvoiceDocument, 'nlcius'))).toBeInstanceOf(
      ZodError,
    );
  });

  it('totals that do not add up', () => {
    const invoice = monthlyHoursInvoice();
    const wrong = { ...invoice, payableCents: invoice.payableCents + 1 };
    expect(expectNoXml(() => writeUbl(wrong, 'peppol'))).toBeInstanceOf(ZodError);
  });

  it('a line whose amount is not quantity × price', () => {
    const invoice = monthlyHoursInvoice();
    const [first, ...rest] = invoice.lines;
    if (!first) throw new Error('fixture has lines');
    const breakdown = invoice.vatBreakdown.map((row) => ({
      ...row,
      taxableCents: row.taxableCents + 1,
    }));
    const wrong: InvoiceDocument = {
      ...invoice,
      lines: [{ ...first, amountCents: first.amountCents + 1 }, ...rest],
      vatBreakdown: breakdown,
      lineTotalCents: invoice.lineTotalCents + 1,
      payableCents: invoice.payableCents + 1,
    };
    const error = expectNoXml(() => writeUbl(wrong, 'nlcius'));
    expect(error).toBeInstanceOf(UblRefusedError);
    expect((error as UblRefusedError).reason).toBe('line_amount_mismatch');
  });

  it('a Dutch buyer without KvK number (NLCIUS) or any electronic address (Peppol)', () => {
    const reasons = profiles.map(
      (profile) =>
        (expectNoXml(() => writeUbl(subscriptionInvoice(), profile)) as UblRefusedError).reason,
    );
    expect(reasons).toEqual(['buyer_kvk_missing', 'buyer_endpoint_missing']);
  });

  it('a seller without VAT number, even when every line is exempt', () => {
    for (const profile of profiles) {
      const error = expectNoXml(() => writeUbl(smallBusinessSchemeInvoice(), profile));
      expect(error).toBeInstanceOf(UblRefusedError);
      expect((error as UblRefusedError).reason).toBe('seller_vat_number_missing');
    }
  });
});

describe('writeUbl text', () => {
  it('escapes the business fields it prints', () => {
    const invoice = monthlyHoursInvoice();
    const document: InvoiceDocument = {
      ...invoice,
      seller: { ...invoice.seller, tradingName: 'Vertrouwd & <Veilig>' },
      buyerReference: `"HR" & 'Finance'`,
    };
    const file = path.join(dir, 'escaped.xml');
    fs.writeFileSync(file, writeUbl(document, 'nlcius'));
    const party = '/*/cac:AccountingSupplierParty/cac:Party';
    expect(xpath(file, `string(${party}/cac:PartyName/cbc:Name)`)).toBe('Vertrouwd & <Veilig>');
    expect(xpath(file, 'string(/*/cbc:BuyerReference)')).toBe(`"HR" & 'Finance'`);
  });
});
