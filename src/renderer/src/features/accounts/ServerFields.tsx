import {
  Checkbox,
  Group,
  Input,
  NumberInput,
  PasswordInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { suggestPort, type AccountFormValues } from './accountForm'
import { numberOrEmpty, type SectionProps } from './formProps'

const SECURITIES: AccountFormValues['security'][] = ['tls', 'starttls', 'none']

/** Name, where the server is, how to reach it securely, and how to sign in. */
export function ServerFields({ values, set, errors, saved }: SectionProps) {
  const { t } = useTranslation()
  const passwordSaved = saved?.hasPassword === true
  return (
    <Stack gap="sm">
      <TextInput
        label={t('accounts.form.name')}
        description={t('accounts.form.nameHelp')}
        required
        data-autofocus
        data-testid="account-name"
        value={values.name}
        onChange={(e) => set('name', e.currentTarget.value)}
        error={errors.name}
      />
      <Input.Wrapper
        label={t('accounts.form.security')}
        description={`${t(`accounts.securityLong.${values.security}`)}. ${t('accounts.form.portHint')}`}
        error={errors.security}
      >
        <SegmentedControl
          mt={4}
          fullWidth
          aria-label={t('accounts.form.security')}
          data-testid="account-security"
          value={values.security}
          onChange={(value) => {
            const security = value as AccountFormValues['security']
            set('security', security)
            set('port', suggestPort(values.port, security))
          }}
          data={SECURITIES.map((s) => ({ value: s, label: t(`accounts.security.${s}`) }))}
        />
      </Input.Wrapper>
      <Group grow align="flex-start" wrap="nowrap">
        <TextInput
          style={{ flexGrow: 3 }}
          label={t('accounts.form.host')}
          placeholder={t('accounts.form.hostPlaceholder')}
          required
          data-testid="account-host"
          value={values.host}
          onChange={(e) => set('host', e.currentTarget.value)}
          error={errors.host}
        />
        <NumberInput
          label={t('accounts.form.port')}
          required
          min={1}
          max={65535}
          allowDecimal={false}
          hideControls
          data-testid="account-port"
          value={values.port}
          onChange={(v) => set('port', numberOrEmpty(v))}
          error={errors.port}
        />
      </Group>
      <SimpleGrid cols={2}>
        <TextInput
          label={t('accounts.form.username')}
          description={t('accounts.form.usernameHelp')}
          autoComplete="off"
          value={values.username}
          onChange={(e) => set('username', e.currentTarget.value)}
          error={errors.username}
        />
        <Stack gap={6}>
          <PasswordInput
            label={t('accounts.form.password')}
            placeholder={
              passwordSaved && !values.removePassword ? t('accounts.form.passwordKept') : ''
            }
            autoComplete="new-password"
            disabled={values.removePassword}
            value={values.password}
            onChange={(e) => set('password', e.currentTarget.value)}
            error={errors.password}
          />
          {passwordSaved && (
            <Checkbox
              size="xs"
              label={t('accounts.form.removePassword')}
              checked={values.removePassword}
              onChange={(e) => {
                set('removePassword', e.currentTarget.checked)
                if (e.currentTarget.checked) set('password', '')
              }}
            />
          )}
        </Stack>
      </SimpleGrid>
    </Stack>
  )
}
