/**
 * Why a valid anonymised document still cannot become a valid e-invoice. The writer refuses
 * rather than emit XML that an access point or accounting package would reject, and the
 * reason is a code so the export screen can say what to fill in.
 */
export const ublRefusalReasons = [
  /** EN 16931 BR-S-02 / BR-E-02: the seller must identify itself for VAT (btw-id). */
  'seller_vat_number_missing',
  /** SI-UBL BR-NL-10: a Dutch buyer's legal entity must carry its KvK (or OIN) number. */
  'buyer_kvk_missing',
  /** Peppol PEPPOL-EN16931-R010: the buyer needs an electronic address (KvK or Dutch VAT). */
  'buyer_endpoint_missing',
  /** A line whose amount is not its quantity times its price, in any representation. */
  'line_amount_mismatch',
] as const;
export type UblRefusalReason = (typeof ublRefusalReasons)[number];

export class UblRefusedError extends Error {
  constructor(
    readonly reason: UblRefusalReason,
    detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'UblRefusedError';
  }
}
