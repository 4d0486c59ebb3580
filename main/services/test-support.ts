import { createCaseFile, type OpenCaseFile } from '../casefile';
import { FAST_KDF, makeTempFolder, PASSPHRASE } from '../casefile/test-support';

/** A fresh, real encrypted case file at the latest schema, for service tests. */
export async function openTestCaseFile(): Promise<{
  caseFile: OpenCaseFile;
  dispose(): Promise<void>;
}> {
  const { folder, cleanup } = await makeTempFolder();
  const { caseFile } = await createCaseFile(folder, PASSPHRASE, FAST_KDF);
  return {
    caseFile,
    async dispose() {
      caseFile.close();
      await cleanup();
    },
  };
}

/** A controllable clock: each call returns the set time; advance() moves it on. */
export function testClock(start = '2026-11-23T09:00:00.000Z') {
  let now = new Date(start).getTime();
  const clock = () => new Date(now);
  clock.advance = (ms: number) => {
    now += ms;
  };
  return clock;
}

/** The counsellor's practice details for billing tests: valid Dutch KvK, VAT number and IBAN. */
export const TEST_PRACTICE = {
  name: 'Praktijk Vertrouwd B.V.',
  street: 'Oudegracht 12',
  postcode: '3511 AB',
  city: 'Utrecht',
  kvkNumber: '12345678',
  vatNumber: 'NL123456782B01',
  iban: 'NL91ABNA0417164300',
} as const;
