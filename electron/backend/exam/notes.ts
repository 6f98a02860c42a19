import { eq } from 'drizzle-orm';
import { visitExams, type VisitRow } from '../../../db/schema';
import type { ExamNotes } from '../../../shared/api';
import { invalidField } from '../errors';
import type { WriteContext } from '../patients/registry';
import { ensureExam, type ExamRow, visitInExam } from './record';

export function notesOf(exam: ExamRow | undefined): ExamNotes {
  return {
    history: exam?.history ?? null,
    complaint: exam?.complaint ?? null,
    examination: exam?.examination ?? null,
    conclusion: exam?.conclusion ?? null,
    advice: exam?.advice ?? null,
    reexamDate: exam?.reexamDate ?? null,
  };
}

/** Saves the notes named in `patch` (undefined keeps one, null clears it). */
export function saveNotes(
  ctx: WriteContext,
  visitId: number,
  patch: { [K in keyof ExamNotes]?: ExamNotes[K] | undefined },
): { notes: ExamNotes; visit: VisitRow; changed: string[] } {
  const visit = visitInExam(ctx.db, visitId);
  if (patch.reexamDate && patch.reexamDate <= visit.visitDate) {
    throw invalidField('reexamDate', 'exam.reexam.notAfterVisit');
  }
  ensureExam(ctx, visitId);
  const set = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  const row = ctx.db
    .update(visitExams)
    .set({ ...set, updatedAt: ctx.now.toISOString() })
    .where(eq(visitExams.visitId, visitId))
    .returning()
    .get();
  return { notes: notesOf(row), visit, changed: Object.keys(set) };
}
