import type { InvoiceLine } from '../../../shared/schemas/invoice-document';
import { divideRoundHalfUp, formatCents, formatMilli, formatScaled } from './amounts';
import { UblRefusedError } from './refusal';

/**
 * How one line's quantity and price are written so that Peppol's PEPPOL-EN16931-R120
 * (net amount = quantity × price / base quantity, ±0.02) holds exactly, not just within slack:
 * a reader who multiplies must get the printed amount.
 */
export interface LinePricing {
  quantity: string;
  unitCode: string;
  priceAmount: string;
  /** Null when the price is per one unit. */
  baseQuantity: { value: string; unitCode: string } | null;
}

const MINUTES_PER_HOUR = 60n;

export function linePricing(line: InvoiceLine): LinePricing {
  const quantity = BigInt(line.quantityMilli);
  const price = BigInt(line.unitPriceCents);
  const amount = BigInt(line.amountCents);

  // As given: thousandths of the unit at the unit price. A free first hour is a negative
  // quantity at the normal (positive) price, which is what BR-27 (price never negative) needs.
  if (divideRoundHalfUp(quantity * price, 1000n) === amount) {
    return {
      quantity: formatMilli(line.quantityMilli),
      unitCode: line.unit,
      priceAmount: formatCents(line.unitPriceCents),
      baseQuantity: null,
    };
  }

  // Hours that are not a whole number of thousandths (20 minutes = 0.333… h): the billing
  // service priced the minutes, round(minutes × rate / 60), and 0.333 × rate can be several
  // cents off. Minutes with the hourly rate per 60 minutes (UBL BaseQuantity) is exact.
  if (line.unit === 'HUR' && line.minutes !== null && line.minutes > 0 && quantity !== 0n) {
    const minutes = BigInt(line.minutes) * (quantity < 0n ? -1n : 1n);
    const sameTime = divideRoundHalfUp(minutes * 1000n, MINUTES_PER_HOUR) === quantity;
    if (sameTime && divideRoundHalfUp(minutes * price, MINUTES_PER_HOUR) === amount) {
      return {
        quantity: formatScaled(minutes, 0),
        unitCode: 'MIN',
        priceAmount: formatCents(line.unitPriceCents),
        baseQuantity: { value: '60', unitCode: 'MIN' },
      };
    }
  }

  throw new UblRefusedError(
    'line_amount_mismatch',
    `line ${line.lineNumber}: ${formatMilli(line.quantityMilli)} ${line.unit} × ` +
      `${formatCents(line.unitPriceCents)} is not ${formatCents(line.amountCents)}`,
  );
}
