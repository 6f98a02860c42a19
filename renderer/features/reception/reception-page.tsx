import { Button, Kbd } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { PatientView } from '../../../shared/api';
import type { LocalizedText } from '../../../shared/api/result';
import { classifySearch } from '../../../shared/domain/text';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { PageLoader } from '../../app/app';
import { ApiErrorAlert } from '../../components/api-error';
import { useNotify } from '../../components/notify';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n';
import { useScanHandler, type ScanState } from '../scanner/scanner-provider';
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
  | { kind: 'edit'; patient: PatientView };

/** Matches that identify one person for sure: a scan that finds one opens the record. */
const IDENTIFYING = new Set(['code', 'cccd', 'bhyt']);

function PatientById({
  id,
  onEdit,
  onOpenPatient,
}: {
  id: number;
  onEdit: (patient: PatientView) => void;
  onOpenPatient: (id: number) => void;
}) {
  const patient = useApiQuery('patients.get', { id });
  if (patient.error) return <ApiErrorAlert error={patient.error} />;
  if (!patient.data) return <PageLoader />;
  const data = patient.data;
  return <PatientDetail patient={data} onEdit={() => onEdit(data)} onOpenPatient={onOpenPatient} />;
}

/** Tiếp đón: find or register the patient (typing or one scan), then check them in. */
export default function ReceptionPage() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [view, setView] = useState<View>({ kind: 'search' });
  // The search box's text, known without re-rendering the page on every key; kept for the
  // box's return when the page moves to a record or a form.
  const query = useRef('');
  const [kept, setKept] = useState('');
  const rememberQuery = useCallback((text: string) => {
    query.current = text;
  }, []);
  const leaveSearch = useCallback((next: View) => {
    setKept(query.current);
    setView(next);
  }, []);
  const notify = useNotify();

  const open = useCallback((id: number) => leaveSearch({ kind: 'patient', id }), [leaveSearch]);
  const register = useCallback(
    (initial: PatientFormValues, notices: LocalizedText[] = []) =>
      leaveSearch({ kind: 'register', initial, notices, key: Date.now() }),
    [leaveSearch],
  );
  const registerFromQuery = () => {
    const values = emptyPatientValues();
    const typed = query.current;
    if (classifySearch(typed) === 'name' && !/\d/.test(typed)) values.fullName = typed.trim();
    register(values);
  };

  const handleScan = useCallback(
    async (raw: string) => {
      const card = await call('cards.parse', { raw });
      if (card.kind === 'unknown') {
        const problem = card.problems?.[0] ?? { key: 'cards.scan.unrecognised' as const };
        notify('red', t(problem.key, problem.params));
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
  useHotkeys([['F2', registerFromQuery]], []);
  useHotkeys([['Escape', () => setView({ kind: 'search' })]]);

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
      {view.kind === 'search' && (
        <PatientSearch initialQuery={kept} onQueryChange={rememberQuery} onOpen={open} />
      )}
      {view.kind === 'patient' && (
        <PatientById
          key={view.id}
          id={view.id}
          onEdit={(patient) => setView({ kind: 'edit', patient })}
          onOpenPatient={open}
        />
      )}
      {view.kind === 'register' && (
        <PatientForm
          key={view.key}
          initial={view.initial}
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
          patient={view.patient}
          initial={valuesFromPatient(view.patient)}
          onSaved={(patient) => open(patient.id)}
          onCancel={() => open(view.patient.id)}
          onOpenPatient={open}
        />
      )}
    </>
  );
}
