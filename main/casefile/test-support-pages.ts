import { createDecipheriv, createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/**
 * For tests: what a case file holds on disk once decrypted, read without the driver. Every page
 * of the database file and every frame of its write-ahead log (stale frames included) is
 * authenticated and decrypted the way SQLCipher 4 lays them out, with the raw data key:
 *
 * - the file's first 16 bytes are the salt; each page ends in 80 reserved bytes: a 16-byte IV
 *   and a 64-byte HMAC-SHA512 over the encrypted page, the IV and the page number (LE);
 * - the HMAC key is PBKDF2-HMAC-SHA512 of the data key, salt XOR 0x3a, 2 iterations;
 * - pages are AES-256-CBC without padding; page 1 skips the salt.
 *
 * A page whose HMAC does not verify fails the read, so a scan that finds nothing cannot be
 * the result of decrypting with the wrong key or layout. Scanning SQLite's own view
 * (sqlite_dbpage) is no option: this driver is built without it.
 */

const RESERVE = 80;
const IV_BYTES = 16;
const SALT_BYTES = 16;
const WAL_HEADER = 32;
const FRAME_HEADER = 24;

export interface DecryptedFile {
  /** All pages of the database file, decrypted, one after the other. */
  database: Buffer;
  /** All frames of the -wal file, decrypted; empty when there is none or it is empty. */
  wal: Buffer;
  pageSize: number;
  pageCount: number;
  walFrames: number;
}

export async function decryptCaseFileDatabase(
  databaseFile: string,
  dataKey: Buffer,
  pageSize = 4096,
): Promise<DecryptedFile> {
  const bytes = await readFile(databaseFile);
  const salt = bytes.subarray(0, SALT_BYTES);
  const hmacKey = pbkdf2Sync(dataKey, Buffer.from(salt.map((b) => b ^ 0x3a)), 2, 32, 'sha512');
  const pages: Buffer[] = [];
  for (let offset = 0, pgno = 1; offset + pageSize <= bytes.length; offset += pageSize, pgno++) {
    pages.push(decryptPage(bytes.subarray(offset, offset + pageSize), pgno, dataKey, hmacKey));
  }
  let wal: Buffer = Buffer.alloc(0);
  let walFrames = 0;
  const walBytes = await readFile(`${databaseFile}-wal`).catch(() => Buffer.alloc(0));
  const frames: Buffer[] = [];
  for (
    let offset = WAL_HEADER;
    offset + FRAME_HEADER + pageSize <= walBytes.length;
    offset += FRAME_HEADER + pageSize
  ) {
    const pgno = walBytes.readUInt32BE(offset);
    const page = walBytes.subarray(offset + FRAME_HEADER, offset + FRAME_HEADER + pageSize);
    frames.push(decryptPage(page, pgno, dataKey, hmacKey));
    walFrames++;
  }
  if (frames.length > 0) wal = Buffer.concat(frames);
  const database = Buffer.concat(pages);
  return { database, wal, pageSize, pageCount: pages.length, walFrames };
}

function decryptPage(page: Buffer, pgno: number, key: Buffer, hmacKey: Buffer): Buffer {
  const size = page.length;
  const start = pgno === 1 ? SALT_BYTES : 0;
  const ivAt = size - RESERVE;
  const iv = page.subarray(ivAt, ivAt + IV_BYTES);
  const mac = page.subarray(ivAt + IV_BYTES, size);
  const pageNumber = Buffer.alloc(4);
  pageNumber.writeUInt32LE(pgno);
  const expected = createHmac('sha512', hmacKey)
    .update(page.subarray(start, ivAt + IV_BYTES))
    .update(pageNumber)
    .digest();
  if (!timingSafeEqual(expected, mac)) throw new Error(`page ${pgno}: HMAC does not verify`);
  const decipher = createDecipheriv('aes-256-cbc', key, iv);
  decipher.setAutoPadding(false);
  return Buffer.concat([decipher.update(page.subarray(start, ivAt)), decipher.final()]);
}

/** Whether `text` is in the decrypted bytes, as UTF-8 (SQLite's text encoding here). */
export function holds(decrypted: Buffer, text: string): boolean {
  return decrypted.includes(Buffer.from(text, 'utf8'));
}
