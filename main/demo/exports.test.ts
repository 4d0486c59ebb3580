import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempFolder } from '../casefile/test-support';
import { pdfText, repoAssetsDir } from '../exports/test-support/pdf-text';
import { openTestCaseFile } from '../services/test-support';
import { writeDemoExports } from './exports';
import { generateDemoPractice } from './generate';
import { demoOrganisations } from './practice';

const NOW = new Date('2026-11-23T09:00:00.000Z');

describe('the demo exports', () => {
  it('writes each organisation’s annual report and latest invoice, without any reporter', async () => {
    const { caseFile, dispose } = await openTestCaseFile();
    const temp = await makeTempFolder();
    try {
      generateDemoPractice(caseFile.db, { size: 'normal', now: NOW });
      const written = await writeDemoExports(caseFile.db, temp.folder, repoAssetsDir, NOW);
      expect(readdirSync(temp.folder).sort()).toEqual([...written].sort());
      const reports = written.filter((f) => f.startsWith('jaarverslag-2025-'));
      expect(reports).toHaveLength(demoOrganisations.length * 2);
      expect(
        written.filter((f) => /^factuur-\d{4}-\d{4}\.(pdf|xml)$/.test(f)).length,
      ).toBeGreaterThanOrEqual(8);

      const names = caseFile.db
        .prepare('SELECT DISTINCT reporter_name FROM cases WHERE reporter_name IS NOT NULL')
        .pluck()
        .all() as string[];
      expect(names.length).toBeGreaterThan(20);
      for (const file of written) {
        const bytes = readFileSync(path.join(temp.folder, file));
        const text = file.endsWith('.pdf') ? pdfText(bytes) : bytes.toString();
        for (const name of names) expect(text, `${name} in ${file}`).not.toContain(name);
      }
      const report = pdfText(
        readFileSync(
          path.join(
            temp.folder,
            reports.find((f) => f.endsWith('.pdf'))!,
          ),
        ),
      );
      expect(report).toMatch(/Jaarverslag vertrouwenspersoon 2025/);
    } finally {
      await dispose();
      await temp.cleanup();
    }
  }, 60_000);
});
