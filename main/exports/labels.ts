import type {
  ActivityKind,
  InvoiceDocument,
  LineSubject,
} from '../../shared/schemas/invoice-document';

/**
 * The words on an exported invoice, made from codes only, in the document's language. No
 * writer prints text that did not come from here or from the anonymised document's own
 * business fields, so nothing typed in a case can end up on an invoice.
 */

export type DocumentLanguage = InvoiceDocument['language'];

const activityLabels: Record<ActivityKind, Record<DocumentLanguage, string>> = {
  consult: { nl: 'Werkzaamheden vertrouwenspersoon', en: 'Confidential counsellor work' },
  first_consult: { nl: 'Eerste consult', en: 'First consultation' },
  employment_law_advice: { nl: 'Arbeidsrechtelijk advies', en: 'Employment law advice' },
  information_session: { nl: 'Voorlichting of workshop', en: 'Information session or workshop' },
  policy_document: { nl: 'Beleidsdocument', en: 'Policy document' },
  complaints_committee: {
    nl: 'Ondersteuning klachtencommissie',
    en: 'Complaints committee support',
  },
  travel_time: { nl: 'Reistijd', en: 'Travel time' },
  other: { nl: 'Overige werkzaamheden', en: 'Other work' },
};

export function activityLabel(activity: ActivityKind, language: DocumentLanguage): string {
  return activityLabels[activity][language];
}

/** One invoice line's description, e.g. "Abonnement vertrouwenspersoon 2026 (21–50 medewerkers)". */
export function lineDescription(subject: LineSubject, language: DocumentLanguage): string {
  const nl = language === 'nl';
  switch (subject.kind) {
    case 'hours':
      return activityLabel(subject.activity, language);
    case 'consult_fee':
      return nl ? 'Consulten (vast tarief per consult)' : 'Consultations (fixed fee each)';
    case 'subscription': {
      const base = nl
        ? `Abonnement vertrouwenspersoon ${subject.year}`
        : `Confidential counsellor subscription ${subject.year}`;
      const parts = [
        subject.employeeBand
          ? nl
            ? `${subject.employeeBand} medewerkers`
            : `${subject.employeeBand} employees`
          : null,
        subject.member ? (nl ? 'ledentarief' : 'member rate') : null,
      ].filter((p): p is string => p !== null);
      return parts.length > 0 ? `${base} (${parts.join(', ')})` : base;
    }
    case 'travel_costs':
      return nl ? 'Reiskosten' : 'Travel costs';
    case 'cancellation':
      return nl
        ? `Geannuleerd: ${activityLabel(subject.activity, language).toLowerCase()}`
        : `Cancelled: ${activityLabel(subject.activity, language).toLowerCase()}`;
    case 'free_first':
      return subject.activity === 'first_consult'
        ? nl
          ? 'Eerste consult kosteloos'
          : 'First consultation free of charge'
        : nl
          ? 'Eerste uur kosteloos'
          : 'First hour free of charge';
    case 'quote':
      return subject.label;
  }
}

export function documentTitle(document: InvoiceDocument): string {
  const nl = document.language === 'nl';
  return document.kind === 'invoice'
    ? nl
      ? 'Factuur'
      : 'Invoice'
    : nl
      ? 'Creditnota'
      : 'Credit note';
}

/** The words for "other units" in the specification: merged units are never named. */
export function otherUnitsLabel(language: DocumentLanguage): string {
  return language === 'nl' ? 'Overige onderdelen' : 'Other units';
}
