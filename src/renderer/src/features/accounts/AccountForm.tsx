import { Alert, Button, Group, Stack } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { outbox } from '../../client'
import { accountSubmitted } from '../../store/accounts/actions'
import type { Account } from '../../store/accounts/state'
import { errorOf } from '../../store/errorOf'
import { ErrorText } from '../common/ErrorText'
import { issuesOf } from '../common/issues'
import {
  emptyForm,
  formFromAccount,
  toConnectionTestInput,
  toCreateInput,
  toUpdateInput,
  type AccountFormValues,
} from './accountForm'
import { DkimFields } from './DkimFields'
import { HoursFields } from './HoursFields'
import { MailboxFields } from './MailboxFields'
import { pathsOf, placeIssues } from './fieldErrors'
import type { SectionProps } from './formProps'
import { PaceFields } from './PaceFields'
import { SenderFields } from './SenderFields'
import { ServerFields } from './ServerFields'
import { TestResult, type ConnectionTest } from './TestResult'
import { WarmupFields } from './WarmupFields'

type Failure = { code: string; message: string }

/** Add or edit one account; `saved` is the account being edited, null for a new one. */
export function AccountForm({ saved, onDone }: { saved: Account | null; onDone: () => void }) {
  const { t } = useTranslation()
  const [values, setValues] = useState<AccountFormValues>(() =>
    saved ? formFromAccount(saved) : emptyForm(),
  )
  const [placed, setPlaced] = useState<ReturnType<typeof placeIssues>>({ fields: {}, other: [] })
  const [failure, setFailure] = useState<Failure | null>(null)
  const [test, setTest] = useState<ConnectionTest | null>(null)
  const [busy, setBusy] = useState<'test' | 'save' | null>(null)

  const formRef = useRef<HTMLFormElement>(null)
  /** Counts the engine's refusals: each one, and only those, moves the focus. */
  const [reports, setReports] = useState(0)

  // Take the user to the first field the engine refused (the form is longer than the window).
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [reports])

  const set: SectionProps['set'] = (key, value) => {
    setValues((v) => ({ ...v, [key]: value }))
    const paths = pathsOf(key).filter((path) => placed.fields[path])
    if (paths.length > 0)
      setPlaced((p) => ({
        ...p,
        fields: { ...p.fields, ...Object.fromEntries(paths.map((path) => [path, undefined])) },
      }))
  }

  /** invalid_input goes next to the fields; anything else is one sentence above the buttons. */
  const report = (error: unknown) => {
    const issues = issuesOf(error)
    setPlaced(placeIssues(issues, t))
    setReports((n) => n + 1)
    setFailure(issues.length > 0 ? null : errorOf(error))
  }
  const clear = () => {
    setPlaced({ fields: {}, other: [] })
    setFailure(null)
  }

  const runTest = async () => {
    setBusy('test')
    setTest(null)
    clear()
    try {
      setTest(
        await outbox().accounts.testConnection(toConnectionTestInput(values, saved?.id ?? null)),
      )
    } catch (error) {
      report(error)
    } finally {
      setBusy(null)
    }
  }

  const save = async () => {
    setBusy('save')
    clear()
    try {
      const account = await accountSubmitted(
        saved
          ? { kind: 'update', input: toUpdateInput(values, saved.id) }
          : { kind: 'create', input: toCreateInput(values) },
      )
      notifications.show({
        color: 'teal',
        message: t('accounts.form.saved', { name: account.name }),
      })
      onDone()
    } catch (error) {
      report(error)
    } finally {
      setBusy(null)
    }
  }

  const update: SectionProps['update'] = (change) => setValues(change)
  const section: SectionProps = { values, set, update, errors: placed.fields, saved }
  const hasFieldErrors = Object.values(placed.fields).some(Boolean)
  return (
    <form
      ref={formRef}
      data-testid="account-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <Stack gap="md">
        <ServerFields {...section} />
        <SenderFields {...section} />
        <DkimFields {...section} />
        <PaceFields {...section} />
        <HoursFields {...section} />
        <WarmupFields {...section} />
        <MailboxFields {...section} report={report} />
        {test && <TestResult result={test} />}
        {(failure || hasFieldErrors || placed.other.length > 0) && (
          <Alert color="red" data-testid="account-form-error" role="alert">
            {failure ? <ErrorText error={failure} /> : t('accounts.form.fixFields')}
            {placed.other.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </Alert>
        )}
        <Group justify="space-between">
          <Button
            variant="default"
            loading={busy === 'test'}
            disabled={busy !== null}
            onClick={() => void runTest()}
            data-testid="account-test"
          >
            {t('accounts.form.test')}
          </Button>
          <Group gap="sm">
            <Button variant="subtle" onClick={onDone} disabled={busy === 'save'}>
              {t('accounts.form.cancel')}
            </Button>
            <Button
              type="submit"
              loading={busy === 'save'}
              disabled={busy !== null}
              data-testid="account-save"
            >
              {t('accounts.form.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  )
}
