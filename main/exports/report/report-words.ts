import type { CodedTableCode, ReportTableCode } from '../../../shared/schemas/annual-report';
import type { DocumentLanguage } from '../labels';

/**
 * Every word of the annual report and the practice overview, Dutch and English (the words of
 * the glossary in DOMAIN.md, as the screens use them). Codes are translated here and nowhere
 * else, so nothing typed in a case can reach a report: the only free text printed is the
 * counsellor's advice, and names only of the employer, the practice and large units.
 */

type RowLabels = { [C in CodedTableCode]: Record<string, string> };

const rowLabels: Record<DocumentLanguage, RowLabels> = {
  nl: {
    behaviours_undesirable: {
      bullying: 'Pesten',
      gossip: 'Roddelen',
      threat: 'Bedreiging',
      aggression: 'Agressie',
      violence: 'Geweld',
      sexual_harassment: 'Seksuele intimidatie',
      discrimination: 'Discriminatie of racisme',
    },
    behaviours_integrity: {
      suspected_wrongdoing: 'Vermoeden van een misstand',
      whistleblower_act: 'Wet bescherming klokkenluiders',
      eu_law_breach: 'Schending van EU-recht',
      abuse_of_power: 'Machtsmisbruik',
      theft_fraud: 'Diefstal of fraude',
      corruption: 'Corruptie',
      extortion: 'Afpersing of chantage',
    },
    behaviours_out_of_scope: {
      working_hours: 'Werktijden',
      workload: 'Werkdruk',
      promotion: 'Promotie of loopbaan',
      out_of_scope_other: 'Ander onderwerp buiten de taak',
    },
    relations: {
      colleague: 'Collega',
      manager: 'Leidinggevende',
      senior_management: 'Hoger management of directie',
      client: 'Klant of cliënt',
      other: 'Anders',
      not_recorded: 'Niet vastgelegd',
    },
    channels: {
      phone: 'Telefoon',
      email: 'E-mail',
      whatsapp: 'WhatsApp',
      in_person: 'Persoonlijk',
      other: 'Anders',
    },
    roles: {
      employee: 'Medewerker',
      manager: 'Leidinggevende',
      temp_worker: 'Uitzendkracht',
      intern: 'Stagiair',
      former_employee: 'Oud-medewerker',
      other: 'Anders',
    },
    outcomes: {
      first_reception_only: 'Alleen eerste opvang',
      informal_solution: 'Informele oplossing',
      mediation: 'Bemiddeling',
      referred: 'Doorverwezen',
      formal_complaint: 'Formele klacht',
      police_report: 'Aangifte bij de politie',
      reporter_withdrew: 'Melder zag ervan af',
      no_further_action: 'Geen verdere actie nodig',
      other: 'Anders',
      open: 'Nog lopend',
    },
    referrals: {
      mediator: 'Mediator',
      company_doctor: 'Bedrijfsarts',
      complaints_committee: 'Klachtencommissie',
      police: 'Politie',
      legal_aid: 'Juridische hulp',
      other: 'Andere hulp',
    },
    reaction_time: {
      met: 'Binnen de beloofde tijd',
      missed: 'Later dan beloofd',
      pending: 'Nog binnen de termijn',
    },
  },
  en: {
    behaviours_undesirable: {
      bullying: 'Bullying',
      gossip: 'Gossip',
      threat: 'Threat',
      aggression: 'Aggression',
      violence: 'Violence',
      sexual_harassment: 'Sexual harassment',
      discrimination: 'Discrimination or racism',
    },
    behaviours_integrity: {
      suspected_wrongdoing: 'Suspected wrongdoing',
      whistleblower_act: 'Whistleblower Protection Act',
      eu_law_breach: 'Breach of EU law',
      abuse_of_power: 'Abuse of power',
      theft_fraud: 'Theft or fraud',
      corruption: 'Corruption',
      extortion: 'Extortion or blackmail',
    },
    behaviours_out_of_scope: {
      working_hours: 'Working hours',
      workload: 'Workload',
      promotion: 'Promotion or career',
      out_of_scope_other: 'Other topic out of scope',
    },
    relations: {
      colleague: 'Colleague',
      manager: 'Manager',
      senior_management: 'Senior management or board',
      client: 'Client or customer',
      other: 'Other',
      not_recorded: 'Not recorded',
    },
    channels: {
      phone: 'Phone',
      email: 'E-mail',
      whatsapp: 'WhatsApp',
      in_person: 'In person',
      other: 'Other',
    },
    roles: {
      employee: 'Employee',
      manager: 'Manager',
      temp_worker: 'Temp worker',
      intern: 'Intern',
      former_employee: 'Former employee',
      other: 'Other',
    },
    outcomes: {
      first_reception_only: 'First reception only',
      informal_solution: 'Informal solution',
      mediation: 'Mediation',
      referred: 'Referred',
      formal_complaint: 'Formal complaint',
      police_report: 'Police report',
      reporter_withdrew: 'Reporter withdrew',
      no_further_action: 'No further action needed',
      other: 'Other',
      open: 'Still open',
    },
    referrals: {
      mediator: 'Mediator',
      company_doctor: 'Company doctor',
      complaints_committee: 'Complaints committee',
      police: 'Police',
      legal_aid: 'Legal aid',
      other: 'Other help',
    },
    reaction_time: {
      met: 'Within the promised time',
      missed: 'Later than promised',
      pending: 'Still within the term',
    },
  },
};

export function rowLabel(code: CodedTableCode, row: string, language: DocumentLanguage): string {
  return rowLabels[language][code][row] ?? row;
}

export const reportWords = {
  nl: {
    title: (year: number) => `Jaarverslag vertrouwenspersoon ${year}`,
    overviewTitle: (year: number) => `Jaaroverzicht vertrouwenspersoon ${year}`,
    allOrganisations: 'Alle opdrachtgevers samen',
    preparedFor: 'Opgesteld voor',
    preparedBy: 'Opgesteld door',
    date: 'Datum',
    coverNote:
      'Dit verslag bevat uitsluitend aantallen en uren. Het bevat geen namen, contactgegevens, data van gesprekken of citaten, en kleine aantallen zijn beschermd.',
    overviewCoverNote:
      'Dit overzicht is bestemd voor de vertrouwenspersoon en de beroepsvereniging, niet voor een opdrachtgever. Kleine aantallen zijn beschermd.',
    protectionHeading: 'Hoe de cijfers zijn beschermd',
    protection: (t: number, groups: string, scope: string) => [
      'Dit verslag bevat alleen aantallen: geen namen, contactgegevens, data van afzonderlijke gesprekken of citaten uit aantekeningen. Een melding telt mee in het jaar waarin de melder contact zocht; meldingen die als test of dubbel zijn gemarkeerd, tellen nergens mee.',
      `Kleine aantallen worden niet getoond: 1 tot en met ${t - 1} staat er als "< ${t}". Zou zo'n aantal uit een totaal of uit de andere rijen terug te rekenen zijn, dan is ook een groter aantal verborgen; dat staat er als "•". In een jaar met minder dan ${t} meldingen wordt niets uitgesplitst. ${groups} met minder dan ${t} meldingen worden niet genoemd maar samen geteld, en nooit één alleen.`,
      `Bij soort melding en doorverwijzing kan één melding in meer rijen staan; die tabellen tellen daarom niet op tot het aantal meldingen. Uren gelden voor ${scope}. Rijen zonder meldingen in beide jaren zijn weggelaten.`,
    ],
    unitsWord: 'Onderdelen',
    organisationsWord: 'Opdrachtgevers',
    reportScope: 'de hele organisatie',
    overviewScope: 'alle opdrachtgevers samen',
    summaryHeading: (previous: number) => `Kerncijfers en vergelijking met ${previous}`,
    figure: 'Cijfer',
    change: 'Verschil',
    cases: 'Meldingen',
    contacts: 'Contactmomenten met melders',
    organisations: 'Opdrachtgevers met meldingen',
    sessions: 'Voorlichtingen en workshops',
    sessionHours: 'Uren voorlichting en workshops',
    totalHours: 'Bestede uren in totaal',
    trendHeading: 'Meldingen per jaar',
    kindHeading: 'Soort melding',
    tableHeadings: {
      behaviours_undesirable: 'Ongewenste omgangsvormen',
      behaviours_integrity: 'Integriteit',
      behaviours_out_of_scope: 'Buiten de taak van de vertrouwenspersoon',
      relations: 'Over wie ging de melding',
      roles: 'Wie meldde',
      channels: 'Hoe de melding binnenkwam',
      outcomes: 'Route en afloop',
      referrals: 'Doorverwijzingen',
      reaction_time: 'Reactietijd: eerste contact',
      units: 'Meldingen per onderdeel',
      organisations: 'Meldingen per opdrachtgever',
    } satisfies Record<ReportTableCode, string>,
    multiSelectNote:
      'Eén melding kan meer soorten betreffen; de rijen tellen niet op tot het aantal meldingen.',
    referralNote: 'Per soort het aantal meldingen met zo’n doorverwijzing.',
    reactionNote: 'Eerste contact binnen de met de organisatie afgesproken 24 of 48 uur.',
    noRows: 'Geen meldingen in deze rubriek.',
    total: 'Totaal',
    caseCount: 'Aantal meldingen',
    otherUnits: 'Overige onderdelen',
    noUnit: 'Niet aan een onderdeel toegewezen',
    otherOrganisations: 'Overige opdrachtgevers',
    unitsTooFew: (t: number) =>
      `Per onderdeel: te weinig meldingen om onderdelen te noemen (minder dan ${t} per onderdeel).`,
    organisationsTooFew: (t: number) =>
      `Per opdrachtgever: te weinig meldingen om opdrachtgevers te noemen (minder dan ${t}).`,
    thisYearOnly: 'Alleen dit jaar: de indeling in onderdelen kan per jaar verschillen.',
    legendSmall: (t: number) => `< ${t}: 1 tot en met ${t - 1}`,
    legendHidden: '•: niet getoond, zodat een klein aantal niet terug te rekenen is',
    legendWithheld: (year: number) => `${year}: niet uitgesplitst (te weinig meldingen)`,
    hoursHeading: 'Bestede uren',
    activity: 'Werkzaamheid',
    hours: (year: number) => `${year} (uren)`,
    sessionsLine: (year: number, n: number, hours: string) =>
      n === 0
        ? `In ${year} zijn geen voorlichtingen of workshops gegeven.`
        : `In ${year} ${n === 1 ? 'is 1 voorlichting of workshop' : `zijn ${n} voorlichtingen of workshops`} gegeven, samen ${hours} uur.`,
    adviceHeading: 'Signalen en advies',
    noAdvice: 'Geen signalen of advies opgenomen.',
    page: (n: number, of: number) => `pagina ${n} van ${of}`,
  },
  en: {
    title: (year: number) => `Confidential counsellor annual report ${year}`,
    overviewTitle: (year: number) => `Confidential counsellor annual overview ${year}`,
    allOrganisations: 'All client organisations together',
    preparedFor: 'Prepared for',
    preparedBy: 'Prepared by',
    date: 'Date',
    coverNote:
      'This report holds only counts and hours. It holds no names, contact details, dates of conversations or quotes, and small numbers are protected.',
    overviewCoverNote:
      'This overview is meant for the counsellor and the professional association, not for a client organisation. Small numbers are protected.',
    protectionHeading: 'How the figures are protected',
    protection: (t: number, groups: string, scope: string) => [
      'This report holds counts only: no names, contact details, dates of single conversations or quotes from notes. A case counts in the year in which the reporter got in touch; cases marked as test or duplicate are not counted anywhere.',
      `Small numbers are not shown: 1 to ${t - 1} appears as "< ${t}". Where such a number could be worked out from a total or the other rows, a larger number is hidden too; it appears as "•". A year with fewer than ${t} cases is not broken down. ${groups} with fewer than ${t} cases are not named but counted together, never one alone.`,
      `Under kind of report and referrals one case can be in several rows, so those tables do not add up to the number of cases. Hours are for ${scope}. Rows without cases in both years are left out.`,
    ],
    unitsWord: 'Units',
    organisationsWord: 'Client organisations',
    reportScope: 'the whole organisation',
    overviewScope: 'all client organisations together',
    summaryHeading: (previous: number) => `Key figures and comparison with ${previous}`,
    figure: 'Figure',
    change: 'Change',
    cases: 'Cases',
    contacts: 'Contacts with reporters',
    organisations: 'Client organisations with cases',
    sessions: 'Information sessions and workshops',
    sessionHours: 'Hours of information sessions and workshops',
    totalHours: 'Total hours spent',
    trendHeading: 'Cases per year',
    kindHeading: 'Kind of report',
    tableHeadings: {
      behaviours_undesirable: 'Undesirable behaviour',
      behaviours_integrity: 'Integrity',
      behaviours_out_of_scope: "Outside the counsellor's role",
      relations: 'Who the report was about',
      roles: 'Who reported',
      channels: 'How the report came in',
      outcomes: 'Route and outcome',
      referrals: 'Referrals',
      reaction_time: 'Reaction time: first contact',
      units: 'Cases per unit',
      organisations: 'Cases per client organisation',
    } satisfies Record<ReportTableCode, string>,
    multiSelectNote: 'One case can concern several kinds; the rows do not add up to the cases.',
    referralNote: 'Per kind, the number of cases with such a referral.',
    reactionNote: 'First contact within the 24 or 48 hours agreed with the organisation.',
    noRows: 'No cases under this heading.',
    total: 'Total',
    caseCount: 'Number of cases',
    otherUnits: 'Other units',
    noUnit: 'Not assigned to a unit',
    otherOrganisations: 'Other client organisations',
    unitsTooFew: (t: number) => `Per unit: too few cases to name units (fewer than ${t} per unit).`,
    organisationsTooFew: (t: number) =>
      `Per client organisation: too few cases to name organisations (fewer than ${t}).`,
    thisYearOnly: 'This year only: the division into units can differ from year to year.',
    legendSmall: (t: number) => `< ${t}: 1 to ${t - 1}`,
    legendHidden: '•: not shown, so that a small number cannot be worked out',
    legendWithheld: (year: number) => `${year}: not broken down (too few cases)`,
    hoursHeading: 'Hours spent',
    activity: 'Work',
    hours: (year: number) => `${year} (hours)`,
    sessionsLine: (year: number, n: number, hours: string) =>
      n === 0
        ? `No information sessions or workshops were given in ${year}.`
        : `In ${year}, ${n === 1 ? '1 information session or workshop was' : `${n} information sessions or workshops were`} given, ${hours} hours in all.`,
    adviceHeading: 'Signals and advice',
    noAdvice: 'No signals or advice included.',
    page: (n: number, of: number) => `page ${n} of ${of}`,
  },
} as const;

export type ReportWords = (typeof reportWords)[DocumentLanguage];
