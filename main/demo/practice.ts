import type { OrganisationFormValues } from '../../shared/schemas/organisation';

/**
 * A fictitious practice: one organisation for each way of working of the seed providers
 * (DOMAIN.md, "How the seed providers bill"), all names invented. The notes say how the
 * organisation is billed, until contracts exist in the app.
 */
export interface DemoOrganisation {
  organisation: OrganisationFormValues;
  units: string[];
  /** Cases a year, roughly. */
  casesPerYear: number;
}

export const demoOrganisations: DemoOrganisation[] = [
  {
    organisation: {
      legalName: 'Stichting Kinderopvang Het Zonnetje',
      kvkNumber: '41234567',
      vatNumber: 'NL123456782B01',
      street: 'Kastanjelaan 4',
      postcode: '3521 AB',
      city: 'Utrecht',
      billingContactName: 'Afdeling Financiën',
      billingEmail: 'facturen@hetzonnetje.example',
      employeeCount: 38,
      isMember: true,
      reactionTimeHours: 48,
      engagementStart: '2023-01-01',
      notes: 'Abonnement per kalenderjaar (ledentarief); uren VP-werk los gefactureerd.',
    },
    units: ['Locatie Oost', 'Locatie West'],
    casesPerYear: 6,
  },
  {
    organisation: {
      legalName: 'Thuiszorg Rivierenland B.V.',
      kvkNumber: '52345678',
      street: 'Waalkade 120',
      postcode: '6511 XR',
      city: 'Nijmegen',
      billingContactName: 'Crediteurenadministratie',
      billingEmail: 'crediteuren@thuiszorgrivierenland.example',
      buyerReference: 'KP-4410',
      employeeCount: 420,
      reactionTimeHours: 24,
      engagementStart: '2022-06-01',
      notes:
        'Geen abonnement: uren maandelijks achteraf (nacalculatie), anoniem per regio. Reistijd niet declarabel; geannuleerde activiteit 50%.',
    },
    units: ['Regio Noord', 'Regio Zuid', 'Regio Betuwe', 'Staf en ondersteuning'],
    casesPerYear: 22,
  },
  {
    organisation: {
      legalName: 'Installatiebedrijf Van Dam & Zonen B.V.',
      kvkNumber: '63456789',
      street: 'Industrieweg 17',
      postcode: '7418 EB',
      city: 'Deventer',
      billingEmail: 'administratie@vandamzonen.example',
      employeeCount: 64,
      reactionTimeHours: 48,
      engagementStart: '2024-03-01',
      notes: 'Pakket op offerte; vaste vergoeding per consult.',
    },
    units: [],
    casesPerYear: 4,
  },
  {
    organisation: {
      legalName: 'Gemeente Zwaluwdorp',
      kvkNumber: '74567890',
      street: 'Raadhuisplein 1',
      postcode: '9401 AA',
      city: 'Assen',
      billingContactName: 'Team Inkoop',
      billingEmail: 'e-facturen@zwaluwdorp.example',
      purchaseOrderNumber: 'PO-2026-0457',
      employeeCount: 95,
      reactionTimeHours: 24,
      engagementStart: '2023-09-01',
      notes:
        'Abonnement naar omvang (51–100 medewerkers); eerste consult gratis; jaarverslag in maart met de gemeentesecretaris.',
    },
    units: ['Sociaal Domein', 'Publiekszaken', 'Buitendienst'],
    casesPerYear: 9,
  },
  {
    organisation: {
      legalName: 'Accountantskantoor Meijer Oosterhuis',
      kvkNumber: '85678901',
      street: 'Stationsstraat 9',
      postcode: '8011 CW',
      city: 'Zwolle',
      billingEmail: 'office@meijeroosterhuis.example',
      employeeCount: 17,
      reactionTimeHours: 48,
      engagementStart: '2025-01-01',
      notes:
        'Vast bedrag plus variabele kosten; eerste uur gratis; voorlichting per uur; reiskosten.',
    },
    units: [],
    casesPerYear: 2,
  },
];

export const firstNames = [
  'Fatima',
  'Jeroen',
  'Sanne',
  'Mohamed',
  'Anouk',
  'Daan',
  'Priya',
  'Kees',
  'Lotte',
  'Yusuf',
  'Ingrid',
  'Thijs',
  'Esra',
  'Bram',
  'Marieke',
  'Sem',
  'Nadia',
  'Wim',
  'Lieke',
  'Ricardo',
];

export const lastNames = [
  'de Vries',
  'Jansen',
  'el Amrani',
  'Bakker',
  'Visser',
  'Smit',
  'Yılmaz',
  'Meijer',
  'de Boer',
  'Mulder',
  'Ramdin',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Dijk',
  'Kramer',
  'Öztürk',
];

export const wishes = [
  'Wil eerst alleen haar verhaal kwijt en nadenken over vervolgstappen.',
  'Wil weten welke mogelijkheden er zijn, zonder dat de leidinggevende het hoort.',
  'Wil hulp bij een gesprek met de teamleider.',
  'Overweegt een formele klacht en wil weten hoe de procedure werkt.',
  'Wil dat het gedrag stopt; geen officiële stappen.',
  'Wil advies over een melding van een vermoeden van een misstand.',
];

export const noteSentences = [
  'Melder vertelt dat de opmerkingen in het teamoverleg al maanden doorgaan.',
  'We hebben besproken wat melder zelf zou willen bereiken.',
  'Melder voelt zich niet veilig om dit bij de leidinggevende aan te kaarten.',
  'Uitleg gegeven over de klachtenprocedure en de rol van de klachtencommissie.',
  'Melder gaat nadenken over een gesprek met HR en laat het volgende week weten.',
  'Telefonisch contact: het gaat iets beter, de sfeer op de afdeling is rustiger.',
  'Samen een tijdlijn van de voorvallen opgesteld.',
  'Afgesproken dat melder de bedrijfsarts raadpleegt in verband met slaapproblemen.',
  'Melder heeft het gesprek met de leidinggevende gehad; afspraken zijn vastgelegd.',
  'Mogelijkheid van bemiddeling besproken; melder staat er open voor.',
  'Nazorggesprek: melder geeft aan dat de situatie is opgelost.',
  'Verwezen naar het juridisch loket voor vragen over het arbeidscontract.',
];
