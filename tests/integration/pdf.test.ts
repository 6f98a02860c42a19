import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mm, renderPdf } from '../../electron/backend/documents/pdf';
import { appPaths } from '../../electron/backend/paths';
import { pdfInfo, pdfText } from '../helpers/pdf';

const { resourcesDir } = appPaths('unused');

describe('PDF documents', () => {
  it('print every Vietnamese letter with the bundled font, at the asked page size', async () => {
    const line = 'Nguyễn Thị Hương — ĐƠN THUỐC — Ủy ban, mỡ, ửng';
    const bytes = await renderPdf(resourcesDir, {
      pageSize: { width: mm(148), height: mm(210) },
      content: [
        { text: line, bold: true },
        { text: line, italics: true },
      ],
    });
    const text = pdfText(bytes);
    expect(text.split('\n').filter((l) => l.includes('Nguyễn'))).toHaveLength(2);
    expect(text).toContain(line);
    const info = pdfInfo(bytes);
    expect(info.pages).toBe(1);
    expect(info.width).toBeCloseTo(419.53, 1);
    expect(info.height).toBeCloseTo(595.28, 1);
  });

  it('refuses to read files or URLs a document names', async () => {
    // A real PNG, but outside the fonts folder: the local access policy turns it away.
    const icon = path.join(resourcesDir, 'icons', 'tram.png');
    await expect(
      renderPdf(resourcesDir, { content: [{ image: icon, width: 10 }] }),
    ).rejects.toThrow(/access/i);
  });
});
