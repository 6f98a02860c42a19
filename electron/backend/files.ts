import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FileResult } from '../../shared/api';

/** A file a job wrote to Tram's temp folder: sent as is over HTTP, then removed. */
export class DiskFile {
  constructor(
    readonly path: string,
    readonly size: number,
  ) {}

  stream(): fs.ReadStream {
    return fs.createReadStream(this.path);
  }

  discard(): void {
    fs.rmSync(this.path, { force: true });
  }
}

/** A generated document's bytes: in memory (a receipt) or on disk (a month's claims file). */
export type FileContent = Uint8Array | DiskFile;

/** What a handler of a `returnsFile` procedure produces; the dispatcher encodes it for JSON. */
export type FileOutput<O extends FileResult = FileResult> = Omit<O, 'content'> & {
  content: FileContent;
};

/** How a caller wants a file: base64 in JSON (IPC, tests, API callers) or the bytes (HTTP). */
export type FileDelivery = 'base64' | 'raw';

export function isFileContent(value: unknown): value is FileContent {
  return value instanceof Uint8Array || value instanceof DiskFile;
}

/** Base64 for a JSON answer: the one copy of the file made for it; a disk file is removed. */
export function fileContentBase64(content: FileContent): string {
  if (content instanceof Uint8Array) {
    return Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('base64');
  }
  try {
    return fs.readFileSync(content.path).toString('base64');
  } finally {
    content.discard();
  }
}

/** The bytes of a file answer made anywhere (base64 in JSON, in memory, on disk). */
export function fileBytes(content: FileContent | string): Buffer {
  if (typeof content === 'string') return Buffer.from(content, 'base64');
  if (content instanceof Uint8Array) {
    return Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  }
  try {
    return fs.readFileSync(content.path);
  } finally {
    content.discard();
  }
}

/** A fresh name in the temp folder (health data: inside Tram's data folder, not /tmp). */
export function tempFile(tmpDir: string, extension: string): string {
  fs.mkdirSync(tmpDir, { recursive: true });
  return path.join(tmpDir, `${Date.now()}-${randomBytes(6).toString('hex')}${extension}`);
}

/** Files left by a run that stopped mid-way (an hour old: another Tram may share the folder). */
export function clearTempFolder(tmpDir: string, now = Date.now()): void {
  if (!fs.existsSync(tmpDir)) return;
  for (const name of fs.readdirSync(tmpDir)) {
    const file = path.join(tmpDir, name);
    if (now - fs.statSync(file).mtimeMs > 3_600_000) fs.rmSync(file, { force: true });
  }
}
