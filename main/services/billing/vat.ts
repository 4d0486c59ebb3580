import type { ContractVat } from '../../../shared/schemas/contract';
import type { InvoiceDocument, Vat } from '../../../shared/schemas/invoice-document';
import { divideRounded } from './money';

/** The contract's VAT as the invoice document states it. */
export function documentVat(vat: ContractVat): Vat {
  return vat.category === 'S'
    ? { category: 'S', rateBasisPoints: vat.rateBasisPoints, exemptionReason: null }
    : { category: 'E', rateBasisPoints: 0, exemptionReason: vat.exemptionReason };
}

/**
 * The VAT breakdown (EN 16931 BG-23): per category and rate, the sum of the line amounts and
 * the tax on that sum, round(base × rate / 10000) with halves away from zero (the same rule as
 * the lines; BR-CO-17 checks it on absolute values). Tax is never computed per line, so
 * rounding happens once per rate. Rates in order of first appearance.
 */
export function vatBreakdown(
  lines: readonly { amountCents: number; vat: Vat }[],
): InvoiceDocument['vatBreakdown'] {
  const byRate = new Map<string, { vat: Vat; taxableCents: number }>();
  for (const line of lines) {
    const key = `${line.vat.category}:${line.vat.rateBasisPoints}`;
    const entry = byRate.get(key) ?? { vat: line.vat, taxableCents: 0 };
    entry.taxableCents += line.amountCents;
    byRate.set(key, entry);
  }
  return [...byRate.values()].map(({ vat, taxableCents }) => ({
    vat,
    taxableCents,
    taxCents: divideRounded(BigInt(taxableCents) * BigInt(vat.rateBasisPoints), 10_000n),
  }));
}
