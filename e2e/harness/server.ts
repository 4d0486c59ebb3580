/**
 * The e2e harness: the real main-process services in plain Node behind a small HTTP bridge, so
 * the built renderer can be driven in an ordinary Chromium where the Electron binary is not
 * available. The page gets the same `window.vp` API as through the preload, over HTTP on
 * 127.0.0.1 with a random per-run token. Development and test only: never part of a packaged
 * app.
 *
 * Requests reach the services through `dispatch`, the same function the Electron IPC uses, so
 * validation and error codes are identical. Request bodies hold passphrases: nothing here ever
 * logs a body, a header value or an input.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  realpath,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiCalls } from '../../shared/api';
import { errorMessage, type ErrorCode, type Locale } from '../../shared/errors';
import type { Result } from '../../shared/result';
import { dispatch } from '../../main/api/dispatch';
import { createHandlers } from '../../main/api/handlers';
import { once, type Platform } from '../../main/api/platform';
import { BACKUP_FOLDER_PREFIX } from '../../main/casefile/backup';
import { HANDOVER_FOLDER_PREFIX } from '../../main/services/handover-package';
import { loadPdfFonts } from '../../main/exports/pdf/fonts';
import { safeExportFileName } from '../../main/security/export-file-name';
import { createCaseFileSession } from '../../main/services/casefile-session';
import { CONTENT_SECURITY_POLICY } from '../../main/security/csp';

/** The key-derivation parameters a case-file session accepts (tests pass the minimum). */
export type HarnessKdf = NonNullable<Parameters<typeof createCaseFileSession>[1]>['kdf'];

export interface HarnessOptions {
  /** The built renderer: a folder with index.html and its assets (normally dist/renderer). */
  rendererDir: string;
  /** Where the case file lives. Default: a fresh temporary folder, removed on close. */
  caseFileFolder?: string;
  /** Argon2 parameters; leave out for the real, calibrated ones. */
  kdf?: HarnessKdf;
  /** Port on 127.0.0.1; default 0 (a free one). */
  port?: number;
  /** Language of error messages in Results; default 'nl', as in dispatch. */
  locale?: Locale;
  /**
   * Where "save" puts exports (the harness has no save dialog). Default: a fresh temporary
   * folder, removed on close.
   */
  exportsFolder?: string;
  /**
   * The folder the harness "chooses" for backups and handovers (it has no folder dialog):
   * backups and handover packages are made in it; a restore takes the newest backup in it,
   * reading a handover in the newest package. Default: a fresh temporary folder,
   * removed on close.
   */
  backupsFolder?: string;
}

export interface Harness {
  /** The page to open, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** The per-run token the bridge sends in the x-vp-harness-token header. */
  token: string;
  caseFileFolder: string;
  /** Where saved exports land, each under the name the app chose. */
  exportsFolder: string;
  /** Where backups land, each in a folder of its own ("VP Dossier backup …"). */
  backupsFolder: string;
  /** Locks the session, stops the server, removes the case-file folder if the harness made it. */
  close(): Promise<void>;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const TOKEN_HEADER = 'x-vp-harness-token';
export const BRIDGE_PATH = '/harness/bridge.js';
export const API_PREFIX = '/harness/api/';
export const MAX_BODY_BYTES = 1024 * 1024;

const BRIDGE_TAG = '<script src="./harness/bridge.js"></script>';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Headers on every response, static or API, success or error. */
const COMMON_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  // The bridge script carries the token: no other origin may load it, even as a <script>.
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const rendererDir = await realpath(resolve(options.rendererDir)).catch(() => {
    throw new Error(`Renderer folder not found: ${options.rendererDir}. Run \`npm run build\`.`);
  });
  const indexFile = join(rendererDir, 'index.html');
  if (!(await isFile(indexFile))) {
    throw new Error(`${indexFile} is missing. Run \`npm run build\` (or build:renderer) first.`);
  }

  const ownsFolder = options.caseFileFolder === undefined;
  const caseFileFolder = ownsFolder
    ? await mkdtemp(join(tmpdir(), 'vp-harness-'))
    : resolve(options.caseFileFolder as string);
  if (ownsFolder) await chmod(caseFileFolder, 0o700);
  else await mkdir(caseFileFolder, { recursive: true, mode: 0o700 });

  const session = createCaseFileSession(
    caseFileFolder,
    options.kdf === undefined ? {} : { kdf: options.kdf },
  );
  const ownsExports = options.exportsFolder === undefined;
  const exportsFolder = ownsExports
    ? await mkdtemp(join(tmpdir(), 'vp-harness-exports-'))
    : resolve(options.exportsFolder as string);
  await mkdir(exportsFolder, { recursive: true, mode: 0o700 });
  const ownsBackups = options.backupsFolder === undefined;
  const backupsFolder = ownsBackups
    ? await mkdtemp(join(tmpdir(), 'vp-harness-backups-'))
    : resolve(options.backupsFolder as string);
  await mkdir(backupsFolder, { recursive: true, mode: 0o700 });
  const platform: Platform = {
    async saveFile(suggestedName, bytes) {
      const fileName = safeExportFileName(suggestedName);
      await writeFile(join(exportsFolder, fileName), bytes, { mode: 0o600 });
      return { saved: true, fileName };
    },
    pdfFonts: once(() => loadPdfFonts(join(repoRoot, 'assets'))),
    async chooseFolder(purpose) {
      // Handover packages are made beside the backups, and read in from there (the newest).
      if (purpose === 'backup' || purpose === 'handoverExport') return backupsFolder;
      const prefix = purpose === 'handoverImport' ? HANDOVER_FOLDER_PREFIX : BACKUP_FOLDER_PREFIX;
      // Backup folders are named by date and time, so the last name is the newest backup.
      const names = (await readdir(backupsFolder)).filter((n) => n.startsWith(prefix));
      const newest = names.sort().at(-1);
      return newest === undefined ? null : join(backupsFolder, newest);
    },
  };
  const handlers = createHandlers(session, undefined, platform);
  const locale = options.locale ?? 'nl';
  const token = randomBytes(32).toString('hex');
  const tokenBytes = Buffer.from(token, 'utf8');
  const bridgeScript = makeBridgeScript(token, locale);

  // Filled in once listening: every check below needs the real port.
  let origin = '';
  let host = '';

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      // Never echo the error: it may quote a path or input.
      if (!res.headersSent) sendResult(res, 500, failure('INTERNAL', locale));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A wrong Host means DNS rebinding or a proxy: refuse everything, static files included,
    // since the bridge script holds the token.
    if (req.headers.host !== host) return forbidden(req, res, locale);

    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';

    if (rawPath.startsWith(API_PREFIX)) {
      if (req.method !== 'POST') return methodNotAllowed(req, res, 'POST');
      return handleApi(req, res, rawPath.slice(API_PREFIX.length));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return methodNotAllowed(req, res, 'GET, HEAD');
    }

    if (rawPath === BRIDGE_PATH) {
      // Only the harness's own page may load the bridge (browsers send Sec-Fetch-Site).
      const site = req.headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin' && site !== 'none') {
        return forbidden(req, res, locale);
      }
      return sendBody(req, res, 200, 'text/javascript; charset=utf-8', bridgeScript);
    }
    if (rawPath.startsWith('/harness/')) return notFound(req, res);

    const file = await resolveStatic(rendererDir, rawPath);
    if (!file && rawPath === '/favicon.ico') {
      // Chromium asks for this on its own (Electron does not); the app may not ship one.
      return sendBody(req, res, 204, 'image/x-icon', '');
    }
    if (!file) return notFound(req, res);
    if (file === indexFile) {
      const html = injectBridge(await readFile(indexFile, 'utf8'));
      return sendBody(req, res, 200, CONTENT_TYPES['.html'] as string, html);
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return sendBody(req, res, 200, type, await readFile(file));
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, rawName: string) {
    if (req.headers.origin !== origin) return forbidden(req, res, locale);
    const sent = req.headers[TOKEN_HEADER];
    if (typeof sent !== 'string' || !sameSecret(Buffer.from(sent, 'utf8'), tokenBytes)) {
      return forbidden(req, res, locale);
    }
    if (!isJsonContentType(req.headers['content-type'])) return forbidden(req, res, locale);
    const declared = Number(req.headers['content-length'] ?? '0');
    if (!Number.isFinite(declared) || declared > MAX_BODY_BYTES) return forbidden(req, res, locale);

    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) return forbidden(req, res, locale);

    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendResult(res, 400, failure('INVALID_INPUT', locale));
    }
    let name: string;
    try {
      name = decodeURIComponent(rawName);
    } catch {
      return sendResult(res, 200, failure('UNKNOWN_CALL', locale));
    }
    // Every dispatched answer is a 200: the Result carries the error, as over IPC, and the
    // page's console stays free of "Failed to load resource" noise.
    sendResult(res, 200, await dispatch(handlers, name, input, locale));
  }

  try {
    await new Promise<void>((resolveListen, rejectListen) => {
      server.once('error', rejectListen);
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', rejectListen);
        resolveListen();
      });
    });
  } catch (err) {
    // E.g. the port is taken: leave no temporary folder behind.
    if (ownsFolder) await rm(caseFileFolder, { recursive: true, force: true });
    if (ownsExports) await rm(exportsFolder, { recursive: true, force: true });
    if (ownsBackups) await rm(backupsFolder, { recursive: true, force: true });
    throw err;
  }
  const { port } = server.address() as AddressInfo;
  host = `127.0.0.1:${port}`;
  origin = `http://${host}`;

  let closing: Promise<void> | null = null;
  async function close(): Promise<void> {
    closing ??= (async () => {
      try {
        session.lock();
      } finally {
        await new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
        if (ownsFolder) await rm(caseFileFolder, { recursive: true, force: true });
        if (ownsExports) await rm(exportsFolder, { recursive: true, force: true });
        if (ownsBackups) await rm(backupsFolder, { recursive: true, force: true });
      }
    })();
    return closing;
  }

  return { url: `${origin}/`, token, caseFileFolder, exportsFolder, backupsFolder, close };
}

/** The script that defines window.vp in the page: one async, never-throwing function per call. */
function makeBridgeScript(token: string, locale: Locale): string {
  const unreachable = failure('INTERNAL', locale);
  return `// VP Dossier e2e harness bridge: window.vp over HTTP. Not part of the app.
(() => {
  'use strict';
  const token = ${JSON.stringify(token)};
  const names = ${JSON.stringify(apiCalls)};
  const unreachable = ${JSON.stringify(unreachable)};
  const call = async (name, input) => {
    try {
      const response = await fetch('/harness/api/' + encodeURIComponent(name), {
        method: 'POST',
        headers: { 'content-type': 'application/json', '${TOKEN_HEADER}': token },
        body: JSON.stringify(input === undefined ? {} : input),
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'error',
      });
      return await response.json();
    } catch {
      return structuredClone(unreachable);
    }
  };
  const vp = Object.create(null);
  for (const name of names) vp[name] = (input) => call(name, input);
  Object.defineProperty(window, 'vp', {
    value: Object.freeze(vp),
    enumerable: true,
    configurable: false,
    writable: false,
  });
})();
`;
}

/** Puts the bridge script before the page's first script, so window.vp exists when it runs. */
export function injectBridge(html: string): string {
  const at = html.search(/<script\b/i);
  if (at >= 0) return `${html.slice(0, at)}${BRIDGE_TAG}\n    ${html.slice(at)}`;
  const head = html.search(/<\/head>/i);
  if (head >= 0) return `${html.slice(0, head)}${BRIDGE_TAG}\n  ${html.slice(head)}`;
  throw new Error('index.html has neither a <script> nor a </head> to put the bridge before');
}

/**
 * Maps a request path to a regular file inside rendererDir, or null. Refuses encoded and
 * literal dot segments, backslashes and NUL, and anything that resolves (symlinks included)
 * outside the folder. `/` is index.html.
 */
export async function resolveStatic(rendererDir: string, rawPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const wanted = decoded === '/' ? 'index.html' : segments.join('/');
  if (wanted === '' || wanted.endsWith('/')) return null;

  const candidate = resolve(rendererDir, wanted);
  if (!isInside(rendererDir, candidate)) return null;
  let real: string;
  try {
    real = await realpath(candidate);
  } catch {
    return null;
  }
  if (!isInside(rendererDir, real) || !(await isFile(real))) return null;
  return real;
}

function isInside(folder: string, file: string): boolean {
  const rel = relative(folder, file);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function isJsonContentType(value: string | undefined): boolean {
  if (value === undefined) return false;
  const media = value.split(';')[0]?.trim().toLowerCase();
  return media === 'application/json';
}

function sameSecret(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Reads the body, or null once it grows past the limit (the rest is discarded). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolveBody, rejectBody) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
      // Far past the limit: stop reading altogether.
      if (size > limit * 8) req.destroy();
    });
    req.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks)));
    // Aborted or cut off before the end: no body (a settled promise ignores this).
    req.on('close', () => resolveBody(null));
    req.on('error', rejectBody);
  });
}

function failure(code: ErrorCode, locale: Locale): Result<never> {
  return { ok: false, error: { code, message: errorMessage(code, locale) } };
}

function sendResult(res: ServerResponse, status: number, result: Result<unknown>): void {
  const body = JSON.stringify(result);
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

function sendBody(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
): void {
  const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  res.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': type, 'Content-Length': length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function forbidden(req: IncomingMessage, res: ServerResponse, locale: Locale): void {
  // Discard whatever body came with it, unread, and do not keep the connection.
  req.resume();
  res.setHeader('Connection', 'close');
  sendResult(res, 403, failure('FORBIDDEN', locale));
}

function notFound(req: IncomingMessage, res: ServerResponse): void {
  sendBody(req, res, 404, 'text/plain; charset=utf-8', 'Not found\n');
}

function methodNotAllowed(req: IncomingMessage, res: ServerResponse, allow: string): void {
  req.resume();
  res.setHeader('Allow', allow);
  sendBody(req, res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n');
}
