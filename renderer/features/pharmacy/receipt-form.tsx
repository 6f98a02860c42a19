import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { RemoveRowButton } from '../../components/remove-row-button';
import { useForm } from '@mantine/form';
import { useState, type KeyboardEvent } from 'react';
import type { DrugView, GoodsReceiptView } from '../../../shared/api';
import { receiptLine } from '../../../shared/api/stock';
import type { LocalizedText } from '../../../shared/api/result';
import { fieldIssues } from '../../../shared/api/validation';
import { formatIsoDate, localDate } from '../../../shared/domain/dates';
import { formatVnd } from '../../../shared/domain/money';
import { callFile } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { ApiErrorAlert, fieldErrorsOf } from '../../components/api-error';
import { clearDraft, readDraft, useKeepDraft } from '../../app/drafts';
import { DateField, invalidDate } from '../../components/date-field';
import { RestoredDraft } from '../../components/draft-notice';
import { PrintActions } from '../../components/print-actions';
import { quantityInput, vndInput } from '../../components/number-formats';
import { useI18n } from '../../i18n/i18n';
import { DrugSelect } from './drug-select';
import { STOCK_QUERIES } from './stock-shared';

interface Line {
  key: number;
  drug: DrugView | null;
  lot: string;
  expiry: string | null;
  quantity: number | string;
  unitCost: number | string;
}

interface Values {
  supplier: string;
  invoiceNo: string;
  date: string | null;
  lines: Line[];
}

/** The goods receipt being typed, kept when the pharmacist turns to another tab or page. */
const RECEIPT_DRAFT = 'stock.receipt';

let nextKey = 1;
const emptyLine = (): Line => ({
  key: nextKey++,
  drug: null,
  lot: '',
  expiry: null,
  quantity: '',
  unitCost: '',
});

const FIELDS = ['drug', 'lot', 'expiry', 'quantity', 'unitCost'] as const;

const emptyReceipt = (supplier = ''): Values => ({
  supplier,
  invoiceNo: '',
  date: null,
  lines: [emptyLine()],
});

/** Lines with anything typed in them, with their place in the form. */
const filledLines = (values: Values): { line: Line; index: number }[] =>
  values.lines
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.drug || line.lot || line.quantity !== '');

const lineInput = (l: Line) => ({
  drugId: l.drug?.id ?? 0,
  lot: l.lot,
  expiry: l.expiry ?? '',
  quantity: Number(l.quantity || 0),
  unitCost: Number(l.unitCost || 0),
});

const holdsWork = (values: Values): boolean =>
  filledLines(values).length > 0 || values.invoiceNo.trim() !== '';

/**
 * Every problem the form can see before sending, by form path: the contract's own rules for
 * each line, dates that do not exist (kept as typed), expired batches and a future invoice.
 */
function receiptProblems(values: Values, today: string): Record<string, LocalizedText> {
  const problems: Record<string, LocalizedText> = {};
  if (invalidDate(values.date)) problems.date = { key: 'validation.date' };
  else if (values.date && values.date > today) {
    problems.date = { key: 'pharmacy.receive.futureDate' };
  }
  const filled = filledLines(values);
  if (filled.length === 0) problems['lines.0.drug'] = { key: 'pharmacy.receive.noLines' };
  for (const { line, index } of filled) {
    const parsed = receiptLine.safeParse(lineInput(line));
    if (!parsed.success) {
      for (const [path, problem] of Object.entries(fieldIssues(parsed.error))) {
        problems[`lines.${index}.${path === 'drugId' ? 'drug' : path}`] = problem;
      }
    }
    if (invalidDate(line.expiry)) problems[`lines.${index}.expiry`] = { key: 'validation.date' };
    else if (line.expiry && line.expiry < today) {
      problems[`lines.${index}.expiry`] = { key: 'pharmacy.receive.expired' };
    }
  }
  return problems;
}

/**
 * Moves to a field of a line: at once, so keys typed straight after Enter land there, or once
 * the next frame is drawn (a new line; a drug just chosen, which the select still handles).
 */
function focusField(line: number, field: (typeof FIELDS)[number], later = false): void {
  const find = () =>
    document.querySelector<HTMLInputElement>(`[data-line="${line}"][data-field="${field}"]`);
  const now = later ? null : find();
  if (now) now.focus();
  else requestAnimationFrame(() => find()?.focus());
}

/**
 * Phiếu nhập kho: supplier and invoice, then one line per batch. Enter moves along a line and
 * opens a new one after the unit cost; Ctrl+Enter saves the receipt.
 */
export function ReceiptForm() {
  const { t } = useI18n();
  const receive = useApiMutation('stock.receive', STOCK_QUERIES);
  const [saved, setSaved] = useState<GoodsReceiptView | null>(null);
  const form = useForm<Values>({
    initialValues: readDraft<Values>(RECEIPT_DRAFT)?.values ?? emptyReceipt(),
    validate: (values) =>
      Object.fromEntries(
        Object.entries(receiptProblems(values, localDate(new Date()))).map(([path, p]) => [
          path,
          t(p.key, p.params),
        ]),
      ),
  });
  const lines = form.values.lines;
  useKeepDraft(RECEIPT_DRAFT, form.values, {
    keep: holdsWork,
    label: (values) =>
      t('pharmacy.receipt.draftLabel', {
        supplier: values.supplier || '—',
        lines: filledLines(values).length,
      }),
  });
  /** DateField holds YYYY-MM-DD or null (or a date typed that does not exist). */
  const dateProps = (path: string) => {
    const props = form.getInputProps(path);
    const value = (props.value as string | null | undefined) ?? null;
    return { ...props, value, keepInvalid: true };
  };

  const submit = form.onSubmit(async (values) => {
    const filled = filledLines(values);
    try {
      const receipt = await receive.mutateAsync({
        supplier: values.supplier,
        invoiceNo: values.invoiceNo,
        ...(values.date && { date: values.date }),
        lines: filled.map(({ line }) => lineInput(line)),
      });
      clearDraft(RECEIPT_DRAFT);
      setSaved(receipt);
      form.setValues(emptyReceipt(values.supplier));
      focusField(0, 'drug');
    } catch (failure) {
      // The server numbers the lines it was sent: put each error back on its line.
      const errors = fieldErrorsOf(failure, t);
      form.setErrors(
        Object.fromEntries(
          Object.entries(errors).map(([path, text]) => {
            const match = /^lines\.(\d+)\.(\w+)$/.exec(path);
            const line = match && filled[Number(match[1])];
            if (!match || !line) return [path, text];
            return [`lines.${line.index}.${match[2] === 'drugId' ? 'drug' : match[2]}`, text];
          }),
        ),
      );
    }
  });

  const onLineKey = (index: number, field: (typeof FIELDS)[number]) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.ctrlKey) return;
    event.preventDefault();
    const next = FIELDS[FIELDS.indexOf(field) + 1];
    if (next) return focusField(index, next, field === 'drug');
    if (index === lines.length - 1) form.insertListItem('lines', emptyLine());
    focusField(index + 1, 'drug');
  };

  const lineProps = (index: number, field: (typeof FIELDS)[number]) => ({
    'data-line': index,
    'data-field': field,
    onKeyDown: onLineKey(index, field),
    'aria-label': `${t(`pharmacy.receipt.${field}`)} ${index + 1}`,
  });

  const total = lines.reduce(
    (sum, l) => sum + Number(l.quantity || 0) * Number(l.unitCost || 0),
    0,
  );

  return (
    <form
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.ctrlKey) {
          event.preventDefault();
          submit();
        }
      }}
      noValidate
    >
      <Stack gap="md">
        <RestoredDraft
          draftKey={RECEIPT_DRAFT}
          onDiscard={() => {
            form.setValues(emptyReceipt());
            form.clearErrors();
          }}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('pharmacy.receipt.supplier')} {...form.getInputProps('supplier')} />
          <TextInput label={t('pharmacy.receipt.invoiceNo')} {...form.getInputProps('invoiceNo')} />
          <DateField
            label={t('pharmacy.receipt.date')}
            description={t('pharmacy.receipt.dateHint')}
            {...dateProps('date')}
          />
        </SimpleGrid>
        <Paper withBorder>
          <Table.ScrollContainer minWidth={900}>
            <Table aria-label={t('pharmacy.receipt.lines')} verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={36}>#</Table.Th>
                  <Table.Th>{t('pharmacy.receipt.drug')}</Table.Th>
                  <Table.Th w={130}>{t('pharmacy.receipt.lot')}</Table.Th>
                  <Table.Th w={150}>{t('pharmacy.receipt.expiry')}</Table.Th>
                  <Table.Th w={110}>{t('pharmacy.receipt.quantity')}</Table.Th>
                  <Table.Th w={130}>{t('pharmacy.receipt.unitCost')}</Table.Th>
                  <Table.Th w={120} ta="right">
                    {t('pharmacy.col.amount')}
                  </Table.Th>
                  <Table.Th w={40}>
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.map((line, index) => (
                  <Table.Tr key={line.key} style={{ verticalAlign: 'top' }}>
                    <Table.Td pt={14}>{index + 1}</Table.Td>
                    <Table.Td>
                      <DrugSelect
                        {...lineProps(index, 'drug')}
                        autoFocus={index === 0}
                        value={line.drug}
                        onChange={(drug) => form.setFieldValue(`lines.${index}.drug`, drug)}
                        error={form.errors[`lines.${index}.drug`]}
                      />
                      {line.drug && (
                        <Text size="xs" c="dimmed">
                          {t('pharmacy.receipt.unitOf', { unit: line.drug.unit })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        {...lineProps(index, 'lot')}
                        {...form.getInputProps(`lines.${index}.lot`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <DateField
                        {...lineProps(index, 'expiry')}
                        {...dateProps(`lines.${index}.expiry`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        {...quantityInput}
                        {...lineProps(index, 'quantity')}
                        {...form.getInputProps(`lines.${index}.quantity`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        {...vndInput}
                        {...lineProps(index, 'unitCost')}
                        {...form.getInputProps(`lines.${index}.unitCost`)}
                      />
                    </Table.Td>
                    <Table.Td ta="right" pt={14} style={{ whiteSpace: 'nowrap' }}>
                      {formatVnd(Number(line.quantity || 0) * Number(line.unitCost || 0))}
                    </Table.Td>
                    <Table.Td>
                      {lines.length > 1 && (
                        <RemoveRowButton
                          mt={4}
                          label={t('pharmacy.receipt.removeLine', { n: index + 1 })}
                          onClick={() => form.removeListItem('lines', index)}
                        />
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
        <Group justify="space-between">
          <Button
            variant="default"
            onClick={() => {
              form.insertListItem('lines', emptyLine());
              focusField(lines.length, 'drug');
            }}
          >
            {t('pharmacy.receipt.addLine')}
          </Button>
          <Group>
            <Text fw={600}>{t('pharmacy.receipt.total', { total: formatVnd(total) })}</Text>
            <Button type="submit" loading={receive.isPending}>
              {t('pharmacy.receipt.save')}
            </Button>
          </Group>
        </Group>
        <ApiErrorAlert error={receive.error} hideWhenFieldErrors />
        {saved && (
          <Alert color="teal" variant="light" role="status">
            <Group justify="space-between">
              <Text size="sm">
                {t('pharmacy.receipt.saved', {
                  id: saved.id,
                  lines: saved.lines.length,
                  total: formatVnd(saved.total),
                  date: formatIsoDate(saved.date),
                })}
              </Text>
              <PrintActions
                document={{ kind: 'goodsReceipt', receiptId: saved.id }}
                pdf={() => callFile('stock.receiptSlip', { receiptId: saved.id })}
                title={t('pharmacy.slip.receiptTitle')}
                pdfLabel={t('pharmacy.slip.receiptButton')}
                hotkey="ctrl+P"
                size="xs"
              />
            </Group>
          </Alert>
        )}
      </Stack>
    </form>
  );
}
