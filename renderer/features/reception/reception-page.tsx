import { Button, Group, Kbd, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { PatientView } from '../../../shared/api';
import type { LocalizedText } from '../../../shared/api/result';
import { quoteScan } from '../../../shared/domain/scanner-wedge';
import { classifySearch } from '../../../shared/domain/text';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { PageLoader } from '../../app/app';
import { readDraft, useHasDraft } from '../../app/drafts';
import { usePageKeys } from '../../app/page-keys';
import { DraftNotice } from '../../components/draft-notice';
import { ApiErrorAlert } from '../../components/api-error';
import { useNotify } from '../../components/notify';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n';
import { scanProblemText, useScanHandler, type ScanState } from '../scanner/scanner-provider';
import { PatientDetail } from './patient-detail';
import { PatientForm } from './patient-form';
import {
  emptyPatientValues,
  valuesFromPatient,
  valuesWithCard,
  type PatientFormValues,
} from './patient-form-values';
import { PatientSearch } from './patient-search';

type View =
  | { kind: 'search' }
  | { kind: 'register'; initial: PatientFormValues; notices: LocalizedText[]; key: number }
  | { kind: 'patient'; id: number }
  | { kind: 'edit'; patient: PatientView; initial: PatientFormValues };

/** The registration in progress, kept when reception does something else first. */
const REGISTER_DRAFT = 'patient.register';
const editDraftKey = (id: number): string => `patient.edit.${id}`;

/** Matches that identify one person for sure: a scan that finds one opens the record. */
const IDENTIFYING = new Set(['code', 'cccd', 'bhyt']);

function PatientById({
  id,
  onEdit,
  onOpenPatient,
  onCheckedIn,
}: {
  id: number;
  onEdit: (patient: PatientView) => void;
  onOpenPatient: (id: number) => void;
  onCheckedIn: () => void;
}) {
  const patient = useApiQuery('patients.get', { id });
  if (patient.error) return <ApiErrorAlert error={patient.error} />;
  if (!patient.data) return <PageLoader />;
  const data = patient.data;
  return (
    <PatientDetail
      patient={data}
      onEdit={() => onEdit(data)}
      onOpenPatient={onOpenPatient}
      onCheckedIn={onCheckedIn}
    />
  );
}

/** Tiếp đón: find or register the patient (typing or one scan), then check them in. */
export default function ReceptionPage() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [view, setView] = useState<View>({ kind: 'search' });
  const [query, setQuery] = useState('');
  const notify = useNotify();

  const open = useCallback((id: number) => setView({ kind: 'patient', id }), []);
  const register = useCallback(
    (initial: PatientFormValues, notices: LocalizedText[] = []) =>
      setView({ kind: 'register', initial, notices, key: Date.now() }),
    [],
  );
  const waiting = useHasDraft(REGISTER_DRAFT);
  /** F2: the registration left half-filled comes back first; a new one starts from the query. */
  const registerFromQuery = () => {
    if (view.kind === 'register') return;
    const draft = readDraft<PatientFormValues>(REGISTER_DRAFT);
    if (draft) return register(draft.values);
    const values = emptyPatientValues();
    if (classifySearch(query) === 'name' && !/\d/.test(query)) values.fullName = query.trim();
    register(values);
  };
  /** After a check-in: the search box, empty, for the next person in line. */
  const nextPerson = () => {
    setQuery('');
    setView({ kind: 'search' });
  };
  const editing = (patient: PatientView) => {
    const draft = readDraft<PatientFormValues>(editDraftKey(patient.id));
    setView({ kind: 'edit', patient, initial: draft?.values ?? valuesFromPatient(patient) });
  };

  const handleScan = useCallback(
    async (raw: string) => {
      const card = await call('cards.parse', { raw });
      if (card.kind === 'unknown') {
        const problem = card.problems?.[0] ?? { key: 'cards.scan.unrecognised' as const };
        notify('red', scanProblemText(t, problem, quoteScan(raw)));
        return;
      }
      const { patientCode, cccd, bhytCode } = card.fields;
      const key = patientCode ?? cccd ?? bhytCode;
      if (key) {
        const found = await call('patients.search', { q: key, limit: 5 });
        const known = found.find((result) => IDENTIFYING.has(result.match));
        if (known) return open(known.id);
      }
      if (card.kind === 'patient') {
        notify('yellow', t('reception.scan.notFound', { code: key ?? '' }));
        return;
      }
      register(valuesWithCard(emptyPatientValues(), card), card.problems);
    },
    [notify, open, register, t],
  );
  const onScan = useCallback(
    (raw: string) => {
      void handleScan(raw).catch(() => notify('red', t('error.INTERNAL')));
    },
    [handleScan, notify, t],
  );
  useScanHandler(onScan);

  // A scan made on another page arrives with the navigation: handle it once.
  const carried = (location.state as ScanState | null)?.scan;
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (!carried || handled.current === location.key) return;
    handled.current = location.key;
    void navigate('.', { replace: true, state: null });
    setTimeout(() => onScan(carried));
  }, [carried, location.key, navigate, onScan]);

  // F2 works from inside the search box too; Escape only outside fields (a select uses it).
  // Leaving a form this way keeps what was typed as a draft (PatientForm keeps it).
  usePageKeys([
    { hotkey: 'F2', label: t('reception.register'), run: registerFromQuery },
    {
      hotkey: 'Escape',
      label: t('reception.backToSearch'),
      run: () => setView({ kind: 'search' }),
      inFields: false,
      enabled: view.kind !== 'search',
    },
  ]);

  return (
    <>
      <PageHeader
        title={t('reception.title')}
        description={t('reception.scanHint')}
        actions={
          <>
            {view.kind !== 'search' && (
              <Button variant="default" onClick={() => setView({ kind: 'search' })}>
                {t('reception.backToSearch')} <Kbd ml={6}>Esc</Kbd>
              </Button>
            )}
            <Button onClick={registerFromQuery}>
              {t('reception.register')} <Kbd ml={6}>F2</Kbd>
            </Button>
          </>
        }
      />
      {view.kind === 'search' && waiting && (
        <DraftNotice draftKey={REGISTER_DRAFT} onResume={registerFromQuery} resumeKey="F2" />
      )}
      {view.kind === 'search' && (
        <PatientSearch query={query} onQueryChange={setQuery} onOpen={open} />
      )}
      {view.kind === 'patient' && (
        <PatientById
          key={view.id}
          id={view.id}
          onEdit={editing}
          onOpenPatient={open}
          onCheckedIn={nextPerson}
        />
      )}
      {view.kind === 'register' && (
        <PatientForm
          key={view.key}
          draftKey={REGISTER_DRAFT}
          initial={view.initial}
          baseline={emptyPatientValues()}
          notices={view.notices}
          onSaved={(patient) => {
            notify('teal', t('reception.saved', { code: patient.code }));
            open(patient.id);
          }}
          onCancel={() => setView({ kind: 'search' })}
          onOpenPatient={open}
        />
      )}
      {view.kind === 'edit' && (
        <PatientForm
          key={view.patient.id}
          draftKey={editDraftKey(view.patient.id)}
          patient={view.patient}
          initial={view.initial}
          baseline={valuesFromPatient(view.patient)}
          onSaved={(patient) => open(patient.id)}
          onCancel={() => open(view.patient.id)}
          onOpenPatient={open}
        />
      )}
      {view.kind === 'search' && query === '' && (
        <Group mt="xl" gap={6}>
          <Text c="dimmed" size="sm">
            {t('reception.emptyHint')}
          </Text>
        </Group>
      )}
    </>
  );
}
