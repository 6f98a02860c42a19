/**
 * A generated document (PDF, XML, XLSX) as procedures return it. Over HTTP, a procedure
 * marked `returnsFile` answers with the raw bytes and this MIME type unless the caller asks
 * for JSON (`Accept: application/json`), as the renderer does.
 */
export interface FileResult {
  fileName: string;
  mimeType: string;
  /** The file's bytes, base64-encoded. */
  content: string;
}

export const PDF_MIME = 'application/pdf';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const XML_MIME = 'application/xml';
