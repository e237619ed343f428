import {
  Autocomplete,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Input,
  NumberInput,
  PasswordInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  TextInput,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MailboxTestResult as Result } from '@shared/contract'
import { outbox } from '../../client'
import { numberOrEmpty, type SectionProps } from './formProps'
import {
  mailboxSwitched,
  suggestImapHost,
  suggestImapPort,
  toMailboxTestInput,
  type MailboxFormValues,
} from './mailboxForm'
import { MailboxTestResult } from './MailboxTestResult'

const SECURITIES: MailboxFormValues['security'][] = ['tls', 'starttls', 'none']

/**
 * The account's own mailbox, read over IMAP for bounces, replies and unsubscribe requests:
 * off by default; on, where it is, how to sign in (the SMTP login unless told), which folders.
 * `report` shows a refused test the way the form shows a refused save.
 */
export function MailboxFields({
  values,
  set,
  errors,
  saved,
  report,
}: SectionProps & { report: (error: unknown) => void }) {
  const { t } = useTranslation()
  const m = values.mailbox
  const change = (patch: Partial<MailboxFormValues>) => set('mailbox', { ...m, ...patch })
  const [test, setTest] = useState<Result | null>(null)
  const [testing, setTesting] = useState(false)
  const passwordStored = saved?.mailbox?.hasPassword === true && !m.useSmtpPassword
  // The folders the last test found, and whatever is chosen already, for the pickers.
  const folders = [...new Set([...(test?.folders ?? []), ...m.folders])]

  const runTest = async () => {
    setTesting(true)
    setTest(null)
    try {
      setTest(await outbox().mailbox.test(toMailboxTestInput(m, values, saved?.id ?? null)))
    } catch (error) {
      report(error)
    } finally {
      setTesting(false)
    }
  }

  return (
    <Fieldset legend={t('accounts.mailbox.section')} data-testid="mailbox-fields">
      <Stack gap="sm">
        <Switch
          label={t('accounts.mailbox.enabled')}
          description={t('accounts.mailbox.enabledHelp')}
          checked={m.enabled}
          onChange={(e) => set('mailbox', mailboxSwitched(m, e.currentTarget.checked, values.host))}
          data-testid="mailbox-switch"
        />
        {m.enabled && (
          <>
            <Input.Wrapper
              label={t('accounts.mailbox.security')}
              description={t('accounts.mailbox.portHint')}
              error={errors['mailbox.security']}
            >
              <SegmentedControl
                mt={4}
                fullWidth
                aria-label={t('accounts.mailbox.security')}
                data-testid="mailbox-security"
                value={m.security}
                onChange={(value) => {
                  const security = value as MailboxFormValues['security']
                  change({ security, port: suggestImapPort(m.port, security) })
                }}
                data={SECURITIES.map((s) => ({ value: s, label: t(`accounts.security.${s}`) }))}
              />
            </Input.Wrapper>
            <Group grow align="flex-start" wrap="nowrap">
              <TextInput
                style={{ flexGrow: 3 }}
                label={t('accounts.mailbox.host')}
                placeholder={suggestImapHost(values.host) || 'imap.example.com'}
                required
                data-testid="mailbox-host"
                value={m.host}
                onChange={(e) => change({ host: e.currentTarget.value })}
                error={errors['mailbox.host']}
              />
              <NumberInput
                label={t('accounts.mailbox.port')}
                required
                min={1}
                max={65535}
                allowDecimal={false}
                hideControls
                data-testid="mailbox-port"
                value={m.port}
                onChange={(v) => change({ port: numberOrEmpty(v) })}
                error={errors['mailbox.port']}
              />
            </Group>
            <SimpleGrid cols={2}>
              <TextInput
                label={t('accounts.mailbox.username')}
                placeholder={t('accounts.mailbox.sameAsSmtp')}
                autoComplete="off"
                data-testid="mailbox-username"
                value={m.username}
                onChange={(e) => change({ username: e.currentTarget.value })}
                error={errors['mailbox.username']}
              />
              <Stack gap={6}>
                <PasswordInput
                  label={t('accounts.mailbox.password')}
                  placeholder={
                    passwordStored
                      ? t('accounts.mailbox.passwordKept')
                      : t('accounts.mailbox.sameAsSmtp')
                  }
                  autoComplete="new-password"
                  data-testid="mailbox-password"
                  value={m.password}
                  onChange={(e) => change({ password: e.currentTarget.value })}
                  error={errors['mailbox.password']}
                />
                {saved?.mailbox?.hasPassword === true && (
                  <Checkbox
                    size="xs"
                    label={t('accounts.mailbox.useSmtpPassword')}
                    checked={m.useSmtpPassword}
                    onChange={(e) =>
                      change({ useSmtpPassword: e.currentTarget.checked, password: '' })
                    }
                  />
                )}
              </Stack>
            </SimpleGrid>
            <TagsInput
              label={t('accounts.mailbox.folders')}
              description={t('accounts.mailbox.foldersHelp')}
              data={folders}
              value={m.folders}
              onChange={(list) => change({ folders: list })}
              clearable
              data-testid="mailbox-folders"
              error={errors['mailbox.folders']}
            />
            <Autocomplete
              label={t('accounts.mailbox.sentFolder')}
              description={t('accounts.mailbox.sentFolderHelp')}
              placeholder={
                test?.sentFolder
                  ? `${t('accounts.mailbox.sentFolderAuto')}: ${test.sentFolder}`
                  : t('accounts.mailbox.sentFolderAuto')
              }
              data={folders}
              value={m.sentFolder}
              onChange={(sentFolder) => change({ sentFolder })}
              data-testid="mailbox-sent-folder"
              error={errors['mailbox.sentFolder']}
            />
            <Switch
              label={t('accounts.mailbox.moveBounces')}
              description={t('accounts.mailbox.moveBouncesHelp')}
              checked={m.moveBounces}
              onChange={(e) => change({ moveBounces: e.currentTarget.checked })}
              data-testid="mailbox-move-switch"
            />
            {m.moveBounces && (
              <Autocomplete
                label={t('accounts.mailbox.moveTo')}
                required
                data={folders}
                value={m.moveTo}
                onChange={(moveTo) => change({ moveTo })}
                data-testid="mailbox-move-to"
                error={errors['mailbox.moveBouncesTo']}
              />
            )}
            {test && <MailboxTestResult result={test} />}
            <Group>
              <Button
                variant="default"
                loading={testing}
                onClick={() => void runTest()}
                data-testid="mailbox-test"
              >
                {t('accounts.mailbox.test')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Fieldset>
  )
}
