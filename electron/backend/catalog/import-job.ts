import type { ImportResult } from '../../../shared/api/catalog';
import type { CatalogKind } from '../../../shared/domain/catalog-rows';
import type { Locale } from '../../../shared/i18n';
import type { JobCtx } from '../jobs/job';
import { importResult, parseCatalogFile, planImport, type ParsedCatalog } from './import';

export interface CatalogFileInput {
  kind: CatalogKind;
  fileName: string;
  /** The uploaded file, base64 as it came. */
  content: string;
  dryRun: boolean;
  locale: Locale;
}

/**
 * Decodes and maps an uploaded catalogue (a large workbook takes seconds). A dry run is
 * planned here too, since it only reads; a real import hands the records back to be planned
 * again and written in the dispatcher's transaction.
 */
export async function catalogFileJob(
  ctx: JobCtx,
  input: CatalogFileInput,
): Promise<{ done: ImportResult } | { parsed: ParsedCatalog }> {
  const parsed = await parseCatalogFile(input.kind, input.fileName, input.content);
  if (!input.dryRun) return { parsed };
  return { done: importResult(planImport(ctx.db, parsed), true, input.locale) };
}
