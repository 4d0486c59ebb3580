import { describe, expect, it } from 'vitest';
import { pdfText } from '../exports/test-support/pdf-text';
import { TEST_PRACTICE } from '../services/test-support';
import { dispatch } from './dispatch';
import { useUnlockedCaseFile } from './test-support';

const file = useUnlockedCaseFile();

async function value<T>(call: string, input: unknown): Promise<T> {
  const result = await dispatch(file.handlers, call, input);
  if (!result.ok) throw new Error(`${call}: ${result.error.code}`);
  return result.value as T;
}

const NOTE = 'De melder voelt zich buitengesloten sinds de reorganisatie van het magazijn.';

async function practiceWithCases(): Promise<number> {
  await value('savePracticeSettings', TEST_PRACTICE);
  const org = await value<{ id: number }>('createOrganisation', {
    legalName: 'Gemeente Zwaluwdorp',
  });
  for (let i = 0; i < 7; i += 1) {
    const kase = await value<{ id: number }>('recordIntake', {
      organisationId: org.id,
      requestedAt: `2026-0${(i % 9) + 1}-10T09:00:00+02:00`,
      channel: i % 2 === 0 ? 'phone' : 'email',
      reporter: i === 0 ? { anonymous: false, name: 'Henk Brouwer' } : { anonymous: true },
      reporterRole: 'employee',
      behaviours: [i < 5 ? 'bullying' : 'gossip'],
      respondentRelation: 'manager',
      consent: 'nothing',
    });
    if (i === 0) {
      await value('addNote', {
        caseId: kase.id,
        note: {
          kind: 'conversation',
          occurredAt: '2026-01-11T10:00:00+01:00',
          durationMinutes: 45,
          body: NOTE,
        },
      });
    }
  }
  return org.id;
}

describe('report calls through dispatch', () => {
  it('preview → PDF and CSV previews → save, with the figures and without the reporter', async () => {
    const organisationId = await practiceWithCases();
    const report = {
      organisationId,
      year: 2026,
      generatedOn: '2026-12-31',
      advice: 'Bespreek het pestprotocol met alle leidinggevenden.',
    };
    const document = await value<{ kind: string; organisationName: string }>(
      'previewAnnualReport',
      report,
    );
    expect(document).toMatchObject({
      kind: 'annual_report',
      organisationName: 'Gemeente Zwaluwdorp',
    });

    const pdf = await value<{ fileName: string; base64: string; text: string }>(
      'previewAnnualReportExport',
      {
        report,
        format: 'pdf',
      },
    );
    expect(pdf.fileName).toBe('jaarverslag-2026-gemeente-zwaluwdorp.pdf');
    const text = pdfText(Buffer.from(pdf.base64, 'base64'));
    expect(text).toContain('Gemeente Zwaluwdorp');
    expect(text).toContain('pestprotocol');
    expect(text).not.toContain('Henk');
    expect(text).not.toContain('buitengesloten');

    const csv = await value<{ text: string }>('previewAnnualReportExport', {
      report,
      format: 'csv',
    });
    expect(csv.text).toContain('< 5');
    expect(await value('saveAnnualReportExport', { report, format: 'csv' })).toEqual({
      saved: true,
      fileName: 'jaarverslag-2026-gemeente-zwaluwdorp.csv',
    });
    expect(file.saved).toHaveLength(1);

    const overview = await value<{ fileName: string }>('previewPracticeOverviewExport', {
      overview: { year: 2026, generatedOn: '2026-12-31' },
      format: 'pdf',
    });
    expect(overview.fileName).toBe('jaaroverzicht-2026.pdf');
  });

  it('stops a report whose advice quotes a note, and saves nothing', async () => {
    const organisationId = await practiceWithCases();
    const report = {
      organisationId,
      year: 2026,
      generatedOn: '2026-12-31',
      advice: `Signaal: ${NOTE}`,
    };
    for (const call of ['previewAnnualReportExport', 'saveAnnualReportExport']) {
      expect(await dispatch(file.handlers, call, { report, format: 'pdf' })).toMatchObject({
        ok: false,
        error: { code: 'EXPORT_BLOCKED' },
      });
    }
    expect(file.saved).toEqual([]);
  });
});
