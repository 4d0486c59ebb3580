import { describe, expect, it } from 'vitest';
import { documentVat, vatBreakdown } from './vat';

const S21 = documentVat({ category: 'S', rateBasisPoints: 2100 });
const E = documentVat({ category: 'E', exemptionReason: 'Vrijgesteld van btw (art. 11 Wet OB)' });

describe('VAT breakdown', () => {
  it('taxes the sum per rate, not each line', () => {
    // Per line: 0.21 × 250 = 52.5 → 53, three times 159; on the sum: 157.5 → 158.
    const lines = [250, 250, 250].map((amountCents) => ({ amountCents, vat: S21 }));
    expect(vatBreakdown(lines)).toEqual([{ vat: S21, taxableCents: 750, taxCents: 158 }]);
  });

  it('keeps exempt work apart, with tax 0 and its reason', () => {
    const lines = [
      { amountCents: 30_875, vat: E },
      { amountCents: -9_500, vat: E },
      { amountCents: 1_932, vat: S21 },
    ];
    expect(vatBreakdown(lines)).toEqual([
      { vat: E, taxableCents: 21_375, taxCents: 0 },
      { vat: S21, taxableCents: 1_932, taxCents: 406 },
    ]);
  });

  it('rounds a negative base away from zero, as the positive one', () => {
    // 0.21 × 50 = 10.5
    expect(vatBreakdown([{ amountCents: 50, vat: S21 }])[0]?.taxCents).toBe(11);
    expect(vatBreakdown([{ amountCents: -50, vat: S21 }])[0]?.taxCents).toBe(-11);
  });

  it('states the contract VAT as the document does', () => {
    expect(S21).toEqual({ category: 'S', rateBasisPoints: 2100, exemptionReason: null });
    expect(E).toEqual({
      category: 'E',
      rateBasisPoints: 0,
      exemptionReason: 'Vrijgesteld van btw (art. 11 Wet OB)',
    });
  });
});
