import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../errors';
import { deriveKey, newKdfParams, withinLimits, type KdfCost, type KdfParams } from './kdf';
import { isNotFound, removeStaleTempFiles, writeFileAtomic } from './secure-fs';

/**
 * The key file: the random data key of the database, wrapped (AES-256-GCM) twice, once under
 * a key derived from the passphrase and once under one derived from the recovery code. It
 * holds no secret in the clear. A checksum tells accidental damage apart from a wrong
 * passphrase; the GCM additional data binds each wrap to its KDF parameters and the file id,
 * so an edited parameter makes the unwrap fail instead of weakening it.
 */
export const KEY_FILE_FORMAT = 'vp-dossier-keyfile';
export const KEY_FILE_VERSION = 1;
const MAX_KEY_FILE_BYTES = 64 * 1024;
export const DATA_KEY_BYTES = 32;

export type WrapPurpose = 'passphrase' | 'recoveryCode';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const kdfSchema = z
  .object({
    algorithm: z.literal('argon2id'),
    memoryKiB: z.number().int(),
    iterations: z.number().int(),
    parallelism: z.number().int(),
    salt: base64,
  })
  .strict();

const wrapSchema = z
  .object({ kdf: kdfSchema, iv: base64, ciphertext: base64, tag: base64 })
  .strict();

const keyFileSchema = z
  .object({
    format: z.literal(KEY_FILE_FORMAT),
    version: z.literal(KEY_FILE_VERSION),
    fileId: z.uuid(),
    createdAt: z.iso.datetime(),
    wraps: z.object({ passphrase: wrapSchema, recoveryCode: wrapSchema }).strict(),
    checksum: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export type Wrap = z.infer<typeof wrapSchema>;
export type KeyFile = z.infer<typeof keyFileSchema>;
type KeyFileBody = Omit<KeyFile, 'checksum'>;

function checksumOf(body: KeyFileBody): string {
  return createHash('sha256').update(canonicalBody(body)).digest('hex');
}

/** A fixed field order, so the checksum does not depend on how JSON was written. */
function canonicalBody(body: KeyFileBody): string {
  const wrap = (w: Wrap) => [kdfBinding(w.kdf), w.iv, w.ciphertext, w.tag];
  return JSON.stringify([
    body.format,
    body.version,
    body.fileId,
    body.createdAt,
    wrap(body.wraps.passphrase),
    wrap(body.wraps.recoveryCode),
  ]);
}

function kdfBinding(kdf: KdfParams): string {
  return JSON.stringify([kdf.algorithm, kdf.memoryKiB, kdf.iterations, kdf.parallelism, kdf.salt]);
}

function additionalData(fileId: string, purpose: WrapPurpose, kdf: KdfParams): Buffer {
  return Buffer.from(
    `${KEY_FILE_FORMAT}/${KEY_FILE_VERSION}/${fileId}/${purpose}/${kdfBinding(kdf)}`,
  );
}

export async function wrapDataKey(
  dataKey: Buffer,
  secret: Uint8Array,
  fileId: string,
  purpose: WrapPurpose,
  cost: KdfCost,
): Promise<Wrap> {
  const kdf = newKdfParams(cost);
  const kek = await deriveKey(secret, kdf);
  try {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', kek, iv);
    cipher.setAAD(additionalData(fileId, purpose, kdf));
    const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return {
      kdf,
      iv: iv.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    };
  } finally {
    kek.fill(0);
  }
}

/** The data key, or the WRONG_* error for this purpose when the GCM tag does not verify. */
export async function unwrapDataKey(
  keyFile: KeyFile,
  secret: Uint8Array,
  purpose: WrapPurpose,
): Promise<Buffer> {
  const wrap = keyFile.wraps[purpose];
  const kek = await deriveKey(secret, wrap.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.iv, 'base64'));
    decipher.setAAD(additionalData(keyFile.fileId, purpose, wrap.kdf));
    decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
    const plain = decipher.update(Buffer.from(wrap.ciphertext, 'base64'));
    decipher.final();
    // Copy into memory of our own that lock() can wipe.
    const dataKey = Buffer.alloc(DATA_KEY_BYTES);
    plain.copy(dataKey);
    plain.fill(0);
    if (plain.length !== DATA_KEY_BYTES) throw new AppError('KEY_FILE_DAMAGED', 'data key length');
    return dataKey;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError(purpose === 'passphrase' ? 'WRONG_PASSPHRASE' : 'WRONG_RECOVERY_CODE');
  } finally {
    kek.fill(0);
  }
}

export function newKeyFileBody(
  fileId: string,
  wraps: { passphrase: Wrap; recoveryCode: Wrap },
): KeyFileBody {
  return {
    format: KEY_FILE_FORMAT,
    version: KEY_FILE_VERSION,
    fileId,
    createdAt: new Date().toISOString(),
    wraps,
  };
}

export function newFileId(): string {
  return randomUUID();
}

export function serialiseKeyFile(body: KeyFileBody): Buffer {
  const keyFile: KeyFile = { ...body, checksum: checksumOf(body) };
  return Buffer.from(JSON.stringify(keyFile, null, 2) + '\n');
}

/**
 * Reads and checks a key file. Tells apart: missing, not ours, from a newer app, damaged
 * (unparseable, checksum, or KDF parameters outside the enforced limits).
 */
export async function readKeyFile(file: string): Promise<KeyFile> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new AppError('KEY_FILE_DAMAGED', 'not a regular file');
    if (stat.size > MAX_KEY_FILE_BYTES) throw new AppError('NOT_A_CASE_FILE', 'key file too large');
    bytes = await fs.readFile(file);
  } catch (err) {
    if (isNotFound(err)) throw new AppError('KEY_FILE_MISSING');
    throw err;
  }
  return parseKeyFile(bytes);
}

export function parseKeyFile(bytes: Buffer): KeyFile {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new AppError('KEY_FILE_DAMAGED', 'not JSON');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new AppError('KEY_FILE_DAMAGED', 'not an object');
  }
  const record = json as Record<string, unknown>;
  if (record.format !== KEY_FILE_FORMAT) {
    // Damage that hit exactly the format field is far less likely than a foreign file.
    throw new AppError('NOT_A_CASE_FILE', 'key file format');
  }
  if (typeof record.version === 'number' && record.version > KEY_FILE_VERSION) {
    throw new AppError('NEWER_VERSION', 'key file version');
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) throw new AppError('KEY_FILE_DAMAGED', 'shape');
  const keyFile = parsed.data;
  const { checksum, ...body } = keyFile;
  if (checksumOf(body) !== checksum) throw new AppError('KEY_FILE_DAMAGED', 'checksum');
  for (const wrap of Object.values(keyFile.wraps)) {
    if (!withinLimits(wrap.kdf)) throw new AppError('KEY_FILE_DAMAGED', 'kdf parameters');
    const lengths = [wrap.iv, wrap.tag, wrap.ciphertext].map(
      (b) => Buffer.from(b, 'base64').length,
    );
    if (lengths[0] !== 12 || lengths[1] !== 16 || lengths[2] !== DATA_KEY_BYTES) {
      throw new AppError('KEY_FILE_DAMAGED', 'wrap lengths');
    }
    if (Buffer.from(wrap.kdf.salt, 'base64').length < 16) {
      throw new AppError('KEY_FILE_DAMAGED', 'salt');
    }
  }
  return keyFile;
}

export async function writeKeyFile(
  file: string,
  body: KeyFileBody,
  options: { exclusive?: boolean } = {},
): Promise<void> {
  await writeFileAtomic(file, serialiseKeyFile(body), options);
}

/**
 * Removes the temp key files a crash during a rewrite of `file` left behind (writeFileAtomic's
 * naming only; see removeStaleTempFiles) and returns their names. Each holds a wrap of the data
 * key, perhaps under a passphrase the counsellor then gave up on, so it should not linger.
 * Call it only once the case file is open: then nothing else writes the key file (the app is
 * single-instance) and a refused folder is never changed.
 */
export async function removeStaleKeyFileTemps(file: string): Promise<string[]> {
  return removeStaleTempFiles(file);
}
