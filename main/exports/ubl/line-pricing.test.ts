import { describe, expect, it } from 'vitest';
import type { InvoiceLine } from '../../../shared/schemas/invoice-document';
import { VAT_EXEMPT, VAT_21 } from '../fixtures';
import { linePricing } from './line-pricing';
import { UblRefusedError } from './refusal';

const hours = (fields: Partial<InvoiceLine>): InvoiceLine => ({
  lineNumber: 1,
  subject: { kind: 'hours', activity: 'consult' },
  quantityMilli: 4_750,
  unit: 'HUR',
  unitPriceCents: 12_000,
  amountCents: 57_000,
  minutes: 285,
  vat: VAT_21,
  ...fields,
});

describe('linePricing', () => {
  it('keeps a line whose quantity times price is its amount', () => {
    expect(linePricing(hours({}))).toEqual({
      quantity: '4.75',
      unitCode: 'HUR',
      priceAmount: '120.00',
      baseQuantity: null,
    });
  });

  it('writes a free first hour as a negative quantity at the normal price', () => {
    const free = hours({
      subject: { kind: 'free_first', activity: 'consult' },
      quantityMilli: -1_000,
      unitPriceCents: 9_500,
      amountCents: -9_500,
      minutes: 60,
      vat: VAT_EXEMPT,
    });
    expect(linePricing(free)).toMatchObject({ quantity: '-1', priceAmount: '95.00' });
  });

  it('keeps kilometres at 23 cents, rounding half up', () => {
    const km = hours({
      subject: { kind: 'travel_costs' },
      quantityMilli: 12_500,
      unit: 'KMT',
      unitPriceCents: 23,
      amountCents: 288,
      minutes: null,
    });
    expect(linePricing(km)).toEqual({
      quantity: '12.5',
      unitCode: 'KMT',
      priceAmount: '0.23',
      baseQuantity: null,
    });
  });

  it('writes minutes at the hourly rate per 60 minutes when thousandths of an hour are off', () => {
    // 20 minutes at € 95: round(20 × 9500 / 60) = 3167, but 0.333 h × € 95 = 31.635.
    const third = hours({
      quantityMilli: 333,
      unitPriceCents: 9_500,
      amountCents: 3_167,
      minutes: 20,
    });
    expect(linePricing(third)).toEqual({
      quantity: '20',
      unitCode: 'MIN',
      priceAmount: '95.00',
      baseQuantity: { value: '60', unitCode: 'MIN' },
    });
  });

  it('keeps the sign of a negative line written in minutes', () => {
    const free = hours({
      quantityMilli: -333,
      unitPriceCents: 9_500,
      amountCents: -3_167,
      minutes: 20,
    });
    expect(linePricing(free)).toMatchObject({ quantity: '-20', unitCode: 'MIN' });
  });

  it('refuses a line whose amount fits neither representation', () => {
    expect(() => linePricing(hours({ amountCents: 57_001 }))).toThrow(UblRefusedError);
    // Minutes that do not match the hours cannot rescue it either.
    const mismatch = hours({
      quantityMilli: 333,
      unitPriceCents: 9_500,
      amountCents: 3_167,
      minutes: 25,
    });
    expect(() => linePricing(mismatch)).toThrow(/line_amount_mismatch/);
  });
});
