import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_ROOT } from '../../electron/backend/paths';
import { drugLabelDocument } from '../../electron/backend/prescriptions/label';
import type { TextBlock } from '../../electron/devices/print/layout';
import { renderDocument, toPng } from '../../electron/devices/print/render';
import { FACILITY, expectError, expectOk } from '../helpers/backend';
import { addPrinter, savedProfile, tcpPrinter } from '../helpers/devices';
import { examClinic, visitInExam } from '../helpers/exam';
import { makePatient } from '../helpers/patients';
import { decodeJob, fakePrinter, sameBitmap } from '../helpers/printer';

describe('drug labels on the label printer', () => {
  it("prints one drug's label from the saved prescription, in Vietnamese", async () => {
    const clinic = await examClinic();
    const { backend, call, asDoctor, drugs } = clinic;
    const printer = await fakePrinter();
    const printerId = await addPrinter(
      call,
      tcpPrinter(printer.port, { name: 'Máy in nhãn', widthDots: 384, roles: ['label'] }),
    );
    const patient = await makePatient(call, { fullName: 'Nguyễn Văn Bình' });
    const visitId = await visitInExam(clinic, patient.id);
    const saved = expectOk(
      await asDoctor('prescriptions.save', {
        visitId,
        items: [
          { drugId: drugs.amlodipine, dose: { morning: '1' }, days: 30 },
          {
            drugId: drugs.paracetamol,
            dose: { morning: '1', evening: '1' },
            days: 5,
            note: 'sau ăn',
          },
        ],
      }),
    );
    const { prescription } = expectOk(await asDoctor('visits.get', { visitId }));
    const paracetamol = prescription!.items[1]!;

    expectOk(
      await asDoctor('devices.print', { document: { kind: 'label', id: paracetamol.itemId } }),
    );

    const document = drugLabelDocument(backend.services.db, paracetamol.itemId, FACILITY.name);
    const lines = document.blocks
      .filter((block): block is TextBlock => block.type === 'text')
      .map((block) => block.text);
    expect(lines).toEqual([
      FACILITY.name.toUpperCase(),
      'NGUYỄN VĂN BÌNH',
      paracetamol.displayName,
      `Số lượng: 10 ${paracetamol.unit} · 5 ngày`,
      paracetamol.usage,
      `Ngày 26/11/2026 · Đơn ${saved.code}`,
    ]);
    expect(paracetamol.usage).toContain('sau ăn');
    const [bytes] = printer.jobs();
    const printed = await decodeJob(bytes!);
    const expected = renderDocument(document, {
      widthDots: savedProfile(backend, printerId).widthDots,
    });
    expect(printed.bitmap && sameBitmap(printed.bitmap, expected)).toBe(true);
    const out = path.join(SOURCE_ROOT, 'test-output', 'label-384.png');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, toPng(expected));
    const [job] = expectOk(await call('devices.printJobs.list', {}));
    expect(job).toMatchObject({ documentKind: 'label', documentId: paracetamol.itemId });
  });

  it('answers a translated NOT_FOUND for an item on no prescription, printing nothing', async () => {
    const clinic = await examClinic();
    const printer = await fakePrinter();
    await addPrinter(clinic.call, tcpPrinter(printer.port, { roles: ['label'] }));
    const missing = expectError(
      await clinic.call('devices.print', { document: { kind: 'label', id: 999 } }),
      'NOT_FOUND',
    );
    expect(missing.message).toBe('Không tìm thấy thuốc này trong đơn đã lưu.');
    expect(printer.jobs()).toEqual([]);
  });
});
