import { Badge, Button, Group, Modal, Paper, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { UserView } from '../../../shared/api';
import { formatLocalDateTime } from '../../../shared/domain/dates';
import { useApiQuery } from '../../api/hooks';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n';
import { UserForm } from './user-form';

type Editing = { mode: 'create' } | { mode: 'edit'; user: UserView } | null;

export default function UsersPage() {
  const { t } = useI18n();
  const users = useApiQuery('users.list', {});
  const [editing, setEditing] = useState<Editing>(null);

  return (
    <>
      <PageHeader
        title={t('users.title')}
        actions={
          <Button onClick={() => setEditing({ mode: 'create' })} autoFocus>
            {t('users.add')}
          </Button>
        }
      />
      <ApiErrorAlert error={users.error} />
      <Paper withBorder>
        <Table.ScrollContainer minWidth={820}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('auth.username')}</Table.Th>
                <Table.Th>{t('auth.fullName')}</Table.Th>
                <Table.Th>{t('users.roles')}</Table.Th>
                <Table.Th>{t('users.practitionerColumn')}</Table.Th>
                <Table.Th>{t('users.status')}</Table.Th>
                <Table.Th>{t('users.lastLogin')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data?.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td>{user.username}</Table.Td>
                  <Table.Td>{user.fullName}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {user.roles.map((role) => (
                        <Badge key={role} variant="light" size="sm">
                          {t(`role.${role}`)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td ff="monospace">{user.practitionerCode ?? ''}</Table.Td>
                  <Table.Td>
                    {user.active ? (
                      <Text size="sm">{t('users.active')}</Text>
                    ) : (
                      <Text size="sm" c="red.9">
                        {t('users.inactive')}
                      </Text>
                    )}
                    {user.lockedUntil && (
                      <Text size="xs" c="orange.9">
                        {t('users.lockedUntil', { time: formatLocalDateTime(user.lockedUntil) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {user.lastLoginAt ? formatLocalDateTime(user.lastLoginAt) : t('users.never')}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      variant="subtle"
                      size="xs"
                      onClick={() => setEditing({ mode: 'edit', user })}
                      aria-label={`${t('common.edit')} ${user.username}`}
                    >
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing?.mode === 'edit'
            ? t('users.edit', { username: editing.user.username })
            : t('users.add')
        }
        size="lg"
      >
        {editing && (
          <UserForm
            key={editing.mode === 'edit' ? editing.user.id : 'new'}
            {...(editing.mode === 'edit' && { user: editing.user })}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </>
  );
}
