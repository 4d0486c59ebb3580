import type { InvoiceDocument } from '../../../shared/schemas/invoice-document';
import { UblRefusedError } from './refusal';

/**
 * The choices the rule sets force on the writer, as pure functions so each has a test without
 * the validator. Rule ids refer to the schematron in ../shared/einvoice (EN 16931 CEN rules,
 * SI-UBL 2.0.3.13 for NLCIUS, Peppol BIS Billing 3.0.19).
 */

export type UblProfile = 'nlcius' | 'peppol';

export const customizationIds: Record<UblProfile, string> = {
  nlcius: 'urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0',
  peppol: 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0',
};

/** Peppol's billing process; SI-UBL declares the same one. */
export const PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';

/** ISO 6523 ICD for the KvK number; also the Peppol electronic address scheme for it. */
export const KVK_SCHEME = '0106';
/** Peppol electronic address scheme for a Dutch VAT number. */
export const NL_VAT_SCHEME = '9944';

/**
 * BT-10. BR-NL-2 and PEPPOL-EN16931-R003 want a buyer reference or an order reference; when
 * the organisation gave neither, the Dutch user instruction for the core invoice (STPE,
 * gebruiksinstructie basisfactuur §7.2) asks for a reference that lets the buyer approve the
 * invoice, "such as the name of the person who ordered": the billing contact, else the
 * organisation's name. Never our own invoice number: that is BT-1 already and routes nothing.
 */
export function buyerReference(document: InvoiceDocument): string | null {
  if (document.buyerReference !== null) return document.buyerReference;
  if (document.purchaseOrderNumber !== null) return null;
  return document.buyer.contactName ?? document.buyer.name;
}

export interface Endpoint {
  schemeID: string;
  value: string;
}

/**
 * BT-34. The KvK number is always there and is how most Dutch businesses are registered in
 * Peppol; the VAT number is missing for some sellers, so it is not the stable choice.
 */
export function sellerEndpoint(seller: InvoiceDocument['seller']): Endpoint {
  return { schemeID: KVK_SCHEME, value: seller.kvkNumber };
}

/** BT-49: KvK when known, else a Dutch VAT number (9944 is for NL numbers only). */
export function buyerEndpoint(buyer: InvoiceDocument['buyer']): Endpoint | null {
  if (buyer.kvkNumber !== null) return { schemeID: KVK_SCHEME, value: buyer.kvkNumber };
  if (buyer.vatNumber?.startsWith('NL')) return { schemeID: NL_VAT_SCHEME, value: buyer.vatNumber };
  return null;
}

/** Countries whose IBANs SEPA credit transfers reach (EPC list of SEPA schemes' scope). */
const sepaCountries = new Set(
  (
    'AD AT BE BG CH CY CZ DE DK EE ES FI FR GB GI GR HR HU IE IS IT LI LT LU LV MC MT NL NO PL ' +
    'PT RO SE SI SK SM VA'
  ).split(' '),
);

export interface PaymentMeansChoice {
  /** UNCL 4461: 58 SEPA credit transfer, 30 credit transfer. */
  code: '58' | '30';
  includeBic: boolean;
}

/**
 * A euro payment to a SEPA IBAN is a SEPA credit transfer (58), which routes on the IBAN alone:
 * SI-UBL warns against a BIC with 58 (BR-NL-31), so the BIC is written only for code 30.
 */
export function paymentMeans(seller: InvoiceDocument['seller']): PaymentMeansChoice {
  if (sepaCountries.has(seller.iban.slice(0, 2))) return { code: '58', includeBic: false };
  return { code: '30', includeBic: seller.bic !== null };
}

/**
 * Refuses what no representation can make valid. Checked before any XML is built, so a refusal
 * never leaves half a file behind.
 */
export function assertWritable(document: InvoiceDocument, profile: UblProfile): void {
  // BR-S-02 and BR-E-02 both need a seller VAT identifier (BT-31) or tax registration
  // identifier (BT-32); the document has no BT-32, and since 2020 every Dutch entrepreneur,
  // KOR included, has a btw-id. Writing category O ("not subject to VAT") instead would pass
  // the schematron but misstate the KOR, which is an exemption (E), so the writer refuses.
  if (document.seller.vatNumber === null) {
    const standard = document.lines.some((l) => l.vat.category === 'S');
    throw new UblRefusedError(
      'seller_vat_number_missing',
      standard
        ? 'VAT is charged, so the seller VAT number (btw-id) is required (BR-S-02)'
        : 'exempt lines need the seller VAT number (btw-id) as well (BR-E-02)',
    );
  }
  const buyer = document.buyer;
  if (profile === 'nlcius' && buyer.address.country === 'NL' && buyer.kvkNumber === null) {
    // BR-NL-10 fires on PartyLegalEntity, which must exist for the buyer's name (BR-07).
    throw new UblRefusedError(
      'buyer_kvk_missing',
      'NLCIUS requires the KvK number of a Dutch buyer (BR-NL-10)',
    );
  }
  if (profile === 'peppol' && buyerEndpoint(buyer) === null) {
    throw new UblRefusedError(
      'buyer_endpoint_missing',
      'Peppol requires an electronic address for the buyer: its KvK or Dutch VAT number (PEPPOL-EN16931-R010)',
    );
  }
}
