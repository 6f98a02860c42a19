import { Button, Group, Kbd, Paper, Stack, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { FileResult, VisitDetail } from '../../../shared/api';
import { call } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { PageLoader } from '../../app/app';
import { canUse } from '../../app/nav';
import { useMe } from '../../app/session';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { useNotify } from '../../components/notify';
import { PdfPreview } from '../../components/pdf-preview';
import { usePageKeys } from '../../app/page-keys';
import { useI18n } from '../../i18n/i18n';
import { DiagnosesEditor } from './diagnoses-editor';
import { NotesFields, useExamNotes } from './exam-notes';
import { OrdersEditor } from './orders-editor';
import { PatientBanner } from './patient-banner';
import { PrescriptionEditor } from './prescription-editor';
import {
  NO_REFERRAL,
  ReferralFields,
  ReferralNote,
  referralInput,
  type ReferralDraft,
} from './referral-fields';
import { linesFromPrescription, rxInput, type RxLineState } from './rx-lines';
import { VitalsForm } from './vitals-form';

export interface VisitScreenProps {
  visitId: number;
  onBack: () => void;
  onOpen: (visitId: number) => void;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm" component="section" aria-label={title}>
      <Title order={2} size="h5" mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

const rxKey = (visitId: number, lines: readonly RxLineState[]): string =>
  JSON.stringify(rxInput(visitId, lines).items);

/** The visit as the doctor works through it, top to bottom, ending with F9. */
function VisitRecord({ detail, onBack, onOpen }: { detail: VisitDetail } & VisitScreenProps) {
  const { t } = useI18n();
  const me = useMe();
  const notify = useNotify();
  const { visitId } = detail;
  const roles = me.user.roles;
  const inExam = detail.status === 'in_exam';
  const editable = inExam && canUse('visits.finish', roles);
  const measurable =
    (detail.status === 'waiting' || inExam) && canUse('visits.recordVitals', roles);
  const isDoctor = canUse('visits.next', roles);

  const notes = useExamNotes(visitId, detail.notes);
  const [lines, setLines] = useState(() => linesFromPrescription(detail.prescription));
  const [savedRx, setSavedRx] = useState(() => rxKey(visitId, lines));
  const [hasRx, setHasRx] = useState(detail.prescription !== null);
  const [rxCode, setRxCode] = useState(detail.prescription?.code ?? null);
  const [pdf, setPdf] = useState<FileResult | null>(null);
  const [printError, setPrintError] = useState<unknown>(null);
  const [referral, setReferral] = useState<ReferralDraft>(NO_REFERRAL);
  const saveRx = useApiMutation('prescriptions.save', ['visits.get']);
  const removeRx = useApiMutation('prescriptions.remove', ['visits.get']);
  const finish = useApiMutation('visits.finish', ['visits.get', 'visits.worklist', 'queue.today']);
  const release = useApiMutation('visits.release', ['visits.worklist', 'queue.today']);
  const next = useApiMutation('visits.next', ['visits.worklist', 'queue.today']);
  const rxDirty = rxKey(visitId, lines) !== savedRx;

  const persistRx = async (): Promise<boolean> => {
    if (!rxDirty) return true;
    const key = rxKey(visitId, lines);
    try {
      if (lines.length > 0) {
        const saved = await saveRx.mutateAsync(rxInput(visitId, lines));
        setRxCode(saved.code);
        setHasRx(true);
        notify('teal', t('exam.rx.saved', { code: saved.code }));
      } else if (hasRx) {
        await removeRx.mutateAsync({ visitId });
        setHasRx(false);
        setRxCode(null);
      }
      setSavedRx(key);
      return true;
    } catch {
      return false;
    }
  };

  const print = async () => {
    setPrintError(null);
    try {
      setPdf(await call('documents.prescription', { visitId }));
    } catch (failure) {
      setPrintError(failure);
    }
  };

  const finishVisit = async () => {
    if (!editable || finish.isPending) return;
    if (!(await notes.flush()) || !(await persistRx())) return;
    try {
      const sendOn = referralInput(referral);
      const done = await finish.mutateAsync({ visitId, ...(sendOn && { referral: sendOn }) });
      notify('teal', t(done.prescriptionCode ? 'exam.finished.pharmacy' : 'exam.finished.cashier'));
      if (done.prescriptionCode) await print();
    } catch {
      // Shown by the alert beside the button.
    }
  };

  const takeNext = () => {
    if (isDoctor && !inExam) next.mutate({}, { onSuccess: (taken) => onOpen(taken.visitId) });
  };
  usePageKeys([
    { hotkey: 'F9', label: t('exam.finish'), run: () => void finishVisit(), enabled: editable },
    { hotkey: 'F2', label: t('exam.next'), run: takeNext, enabled: isDoctor && !inExam },
  ]);

  return (
    <>
      <Group justify="space-between" mb="xs">
        <Button variant="default" size="xs" onClick={onBack}>
          {t('exam.back')}
        </Button>
        <Group gap="xs">
          {editable && (
            <Button
              size="xs"
              variant="subtle"
              onClick={() => release.mutate({ visitId }, { onSuccess: onBack })}
            >
              {t('exam.release')}
            </Button>
          )}
          {isDoctor && !inExam && (
            <Button size="xs" onClick={takeNext} loading={next.isPending}>
              {t('exam.next')} <Kbd ml={6}>F2</Kbd>
            </Button>
          )}
        </Group>
      </Group>
      <PatientBanner detail={detail} />
      <Stack gap="sm">
        <Section title={t('exam.section.vitals')}>
          <VitalsForm
            visitId={visitId}
            vitals={detail.vitals}
            editable={measurable}
            autoFocus={measurable && (!editable || detail.vitals === null)}
          />
        </Section>
        <Section title={t('exam.section.notes')}>
          <NotesFields
            notes={notes}
            editable={editable}
            fields={['complaint', 'history', 'examination', 'conclusion']}
          />
        </Section>
        <Section title={t('exam.section.diagnoses')}>
          <DiagnosesEditor
            visitId={visitId}
            diagnoses={detail.diagnoses}
            editable={editable}
            patient={detail.patient}
          />
        </Section>
        <Section title={t('exam.section.orders')}>
          <OrdersEditor
            visitId={visitId}
            orders={detail.orders}
            canOrder={editable}
            canWriteResults={inExam && canUse('visits.setOrderResult', roles)}
          />
        </Section>
        <Section
          title={
            rxCode
              ? t('exam.section.prescriptionCode', { code: rxCode })
              : t('exam.section.prescription')
          }
        >
          <PrescriptionEditor
            visitId={visitId}
            lines={lines}
            onChange={(next) => {
              setLines(next);
              // A refusal was about the lines as they were.
              saveRx.reset();
            }}
            editable={editable}
            chronic={detail.chronic}
            maxDays={detail.maxDays}
            previous={detail.previousPrescription}
          />
          <ApiErrorAlert error={saveRx.error ?? removeRx.error} />
        </Section>
        <Section title={t('exam.section.advice')}>
          <NotesFields notes={notes} editable={editable} fields={['advice']} withReexamDate />
        </Section>
        {editable && (
          <Section title={t('exam.section.referral')}>
            <ReferralFields
              draft={referral}
              onChange={setReferral}
              errors={fieldErrorsOf(finish.error, t)}
            />
          </Section>
        )}
        {detail.referral && <ReferralNote referral={detail.referral} />}
        <ApiErrorAlert error={finish.error ?? release.error ?? next.error ?? printError} />
        <Group justify="flex-end">
          {editable && rxDirty && (
            <Button
              variant="default"
              onClick={() => void persistRx()}
              loading={saveRx.isPending || removeRx.isPending}
            >
              {t('exam.rx.save')}
            </Button>
          )}
          {hasRx && !rxDirty && (
            <Button variant="default" onClick={() => void print()}>
              {t('exam.rx.print')}
            </Button>
          )}
          {editable && (
            <Button onClick={() => void finishVisit()} loading={finish.isPending}>
              {t('exam.finish')} <Kbd ml={6}>F9</Kbd>
            </Button>
          )}
        </Group>
      </Stack>
      <PdfPreview file={pdf} title={t('exam.rx.printTitle')} onClose={() => setPdf(null)} />
    </>
  );
}

export function VisitScreen(props: VisitScreenProps) {
  const { t } = useI18n();
  const detail = useApiQuery('visits.get', { visitId: props.visitId });
  if (detail.data) return <VisitRecord detail={detail.data} {...props} />;
  if (detail.error) {
    return (
      <Stack align="flex-start">
        <ApiErrorAlert error={detail.error} />
        <Button variant="default" onClick={props.onBack}>
          {t('exam.back')}
        </Button>
      </Stack>
    );
  }
  return <PageLoader />;
}
