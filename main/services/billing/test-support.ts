import {
  contractInputSchema,
  type ContractFormValues,
  type ContractInput,
} from '../../../shared/schemas/contract';
import type { InvoiceDocument } from '../../../shared/schemas/invoice-document';
import { contractTemplates, type ContractTemplate } from './templates';
import type { BillableEntry } from './types';

/** Test helpers: contracts from templates with the placeholders filled in, and entries. */

export const ORGANISATION_ID = 7;

export function contractFrom(
  id: ContractTemplate['id'],
  fill: (terms: ContractTemplate['terms']) => Partial<ContractFormValues> = () => ({}),
): ContractInput {
  const template = contractTemplates.find((t) => t.id === id);
  if (!template) throw new Error(`no template ${id}`);
  const terms = structuredClone(template.terms);
  return contractInputSchema.parse({
    organisationId: ORGANISATION_ID,
    validFrom: '2025-01-01',
    validUntil: null,
    ...terms,
    ...fill(terms),
  });
}

export function entry(
  fields: Partial<BillableEntry> & Pick<BillableEntry, 'minutes'>,
): BillableEntry {
  return {
    organisationId: ORGANISATION_ID,
    unitId: null,
    unitName: null,
    date: '2026-03-10',
    activity: 'consult',
    kilometres: 0,
    cancelled: false,
    ...fields,
  };
}

export const seller: InvoiceDocument['seller'] = {
  name: 'Praktijk Vertrouwd B.V.',
  tradingName: null,
  address: { street: 'Oudegracht 12', postcode: '3511 AB', city: 'Utrecht', country: 'NL' },
  kvkNumber: '12345678',
  vatNumber: 'NL123456789B01',
  iban: 'NL91ABNA0417164300',
  bic: null,
  email: null,
  phone: null,
};

export const buyer: InvoiceDocument['buyer'] = {
  name: 'Stichting Welzijn Oost',
  address: { street: 'Markt 1', postcode: '7511 AA', city: 'Enschede', country: 'NL' },
  kvkNumber: null,
  vatNumber: null,
  contactName: null,
  email: null,
};

export function unwrap<T>(result: { ok: true; value: T } | { ok: false; problem: unknown }): T {
  if (!result.ok) throw new Error(`billing refused: ${JSON.stringify(result.problem)}`);
  return result.value;
}
