import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  List,
  Modal,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { StationCredentialView } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { contractProblems, translateProblems } from '../../components/form-problems';
import { useI18n } from '../../i18n/i18n';

/** Loopback names are of no use to another PC. */
const LOCAL = /^(127\.|::1$|localhost$)/i;

/** A fingerprint on two lines of 16 bytes each, never broken inside a byte. */
function inHalves(fingerprint: string): string {
  const bytes = fingerprint.split(':');
  if (bytes.length < 2) return fingerprint;
  const half = Math.ceil(bytes.length / 2);
  return `${bytes.slice(0, half).join(':')}:\n${bytes.slice(half).join(':')}`;
}

/** What the station's admin types beside the credential: this Tram's address and CA pin. */
function DistrictAddress() {
  const { t } = useI18n();
  const settings = useApiQuery('settings.get', {});
  const certificate = useApiQuery('network.certificate', {});
  const network = settings.data?.network;
  const names = (certificate.data?.names ?? [])
    .filter((name) => !LOCAL.test(name))
    // Addresses first: a station's PC may not resolve this PC's name.
    .sort((a, b) => Number(/^[a-z]/i.test(a)) - Number(/^[a-z]/i.test(b)));
  return (
    <Stack gap="xs">
      {network && !network.lanEnabled && (
        <Alert color="orange" variant="light">
          {t('stations.credential.lanOff')}
        </Alert>
      )}
      <div>
        <Text size="sm" fw={500}>
          {t('sync.target.baseUrl')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('stations.credential.addresses')}
        </Text>
        <List size="sm" data-testid="district-addresses">
          {names.map((name) => (
            <List.Item key={name}>
              <Code>{network ? `${name}:${network.lanPort}` : name}</Code>
            </List.Item>
          ))}
        </List>
      </div>
      <div>
        <Text size="sm" fw={500}>
          {t('sync.target.fingerprint')}
        </Text>
        <Text
          ff="monospace"
          size="sm"
          p="xs"
          bg="gray.1"
          style={{ whiteSpace: 'pre-line', borderRadius: 4 }}
          data-testid="district-fingerprint"
        >
          {inHalves(certificate.data?.caFingerprint ?? '')}
        </Text>
      </div>
      <ApiErrorAlert error={settings.error ?? certificate.error} />
    </Stack>
  );
}

export interface CredentialDialogProps {
  code: string;
  onClose: () => void;
}

/** Asks first (a new credential ends the old one), then shows it once with what goes with it. */
export function CredentialDialog({ code, onClose }: CredentialDialogProps) {
  const { t } = useI18n();
  const issue = useApiMutation('stations.credential');
  const [issued, setIssued] = useState<StationCredentialView | null>(null);
  return (
    <Modal opened onClose={onClose} title={t('stations.credential.title', { code })} size="lg">
      {!issued ? (
        <Stack gap="sm">
          <Text size="sm">{t('stations.credential.ask', { code })}</Text>
          <ApiErrorAlert error={issue.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              data-autofocus
              loading={issue.isPending}
              onClick={() =>
                void issue
                  .mutateAsync({ code })
                  .then(setIssued)
                  .catch(() => undefined)
              }
            >
              {t('stations.credential')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Alert color="orange" variant="light">
            {t('stations.credential.once')}
          </Alert>
          <div>
            <Text size="sm" fw={500}>
              {t('sync.target.credential')}
            </Text>
            <Group gap="xs" wrap="nowrap" align="center">
              <Text
                ff="monospace"
                fz="md"
                p="xs"
                bg="gray.1"
                style={{ flex: 1, wordBreak: 'break-all', borderRadius: 4 }}
                data-testid="issued-credential"
              >
                {issued.credential}
              </Text>
              <CopyButton value={issued.credential}>
                {({ copied, copy }) => (
                  <Button size="xs" variant={copied ? 'light' : 'default'} onClick={copy}>
                    {t(copied ? 'stations.credential.copied' : 'stations.credential.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="xs" c="dimmed" mt={4}>
              {t('stations.credential.issuedAt', { time: formatLocalDateTime(issued.issuedAt) })}
            </Text>
          </div>
          <DistrictAddress />
          <Group justify="flex-end">
            <Button data-autofocus onClick={onClose}>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

export interface OtherStationFormProps {
  onIssue: (code: string) => void;
}

/** A station not listed yet (it has sent nothing): its code, then the same dialog. */
export function OtherStationForm({ onIssue }: OtherStationFormProps) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = () => {
    const problems = translateProblems(contractProblems('stations.credential', { code }), t);
    setError(problems.code);
    if (!problems.code) onIssue(code.trim().toUpperCase());
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h5" mb={4}>
        {t('stations.credential.other')}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('stations.credential.otherHint')}
      </Text>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Group align="flex-start" gap="sm">
          <TextInput
            label={t('stations.credential.code')}
            w={220}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={error}
          />
          <Button type="submit" mt={25}>
            {t('stations.credential')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
