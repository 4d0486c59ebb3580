import type { exportNl } from './export.nl';

/** The texts of export.nl.ts in English: exactly its keys (the compiler checks). */
export const exportEn: Record<keyof typeof exportNl, string> = {
  'export.intro':
    'Below is exactly what leaves your computer. It has been checked for names and sentences from case files; only after "Save…" is the file stored, in the place you choose.',
  'export.loading': 'Making the file…',
  'export.fileName': 'File name: {name}',
  'export.pdfText': 'Text in the file',
  'export.content': 'Content of the file',
  'export.save': 'Save…',
  'export.saving': 'Saving…',
  'export.saved': 'Saved as {name}',
  'export.close': 'Close',
};
