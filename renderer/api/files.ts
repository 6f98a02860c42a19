import type { FileResult, OutputOf, ProcedureName, Result } from '../../shared/api';

/** A generated document as the page holds it: its bytes, and the procedure's other fields. */
export type DownloadedFile = Omit<FileResult, 'content'> & { blob: Blob };

/** Procedures whose answer is a file (PDF, XML, XLSX). */
export type FileProcedureName = {
  [N in ProcedureName]: OutputOf<N> extends FileResult ? N : never;
}[ProcedureName];

export type FileValue<N extends FileProcedureName> = Omit<OutputOf<N>, 'content'> & { blob: Blob };

/** A file carried inside another answer (base64 content) as the Blob the page uses. */
export function downloaded(file: FileResult): DownloadedFile {
  const { content, ...rest } = file;
  const bytes = Uint8Array.from(atob(content), (char) => char.charCodeAt(0));
  return { ...rest, blob: new Blob([bytes], { type: rest.mimeType }) };
}

/** Turns a JSON file answer (base64 content) into the Blob the page uses. */
export function blobResult(result: Result<unknown>): Result<DownloadedFile> {
  if (!result.ok) return result;
  return { ok: true, value: downloaded(result.value as FileResult) };
}
