/**
 * The texts of the one export preview (components/export): invoices, the bookkeeping CSV and
 * annual reports all show a file the same way before it leaves the machine. Spread into nl.ts;
 * `export.en.ts` must have exactly these keys.
 */
export const exportNl = {
  'export.intro':
    'Hieronder ziet u precies wat uw computer verlaat. Het is gecontroleerd op namen en zinnen uit dossiers; pas na "Opslaan…" wordt het bestand bewaard, op de plek die u kiest.',
  'export.loading': 'Het bestand wordt gemaakt…',
  'export.fileName': 'Bestandsnaam: {name}',
  'export.pdfText': 'Tekst in het bestand',
  'export.content': 'Inhoud van het bestand',
  'export.save': 'Opslaan…',
  'export.saving': 'Bezig met opslaan…',
  'export.saved': 'Opgeslagen als {name}',
  'export.close': 'Sluiten',
} as const;
