import { Fieldset, SimpleGrid, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SectionProps } from './formProps'

/** Optional DKIM signing; a saved key is kept when the key field is left empty. */
export function DkimFields({ values, set, errors, saved }: SectionProps) {
  const { t } = useTranslation()
  const keySaved = saved?.dkim?.hasKey === true
  return (
    <Fieldset legend={t('accounts.form.dkimSection')}>
      <Stack gap="sm">
        <Switch
          label={t('accounts.form.dkimEnabled')}
          description={t('accounts.form.dkimHelp')}
          checked={values.dkimEnabled}
          onChange={(e) => set('dkimEnabled', e.currentTarget.checked)}
          data-testid="account-dkim-switch"
        />
        {values.dkimEnabled && (
          <>
            <SimpleGrid cols={2}>
              <TextInput
                label={t('accounts.form.dkimDomain')}
                placeholder="example.com"
                required
                value={values.dkimDomain}
                onChange={(e) => set('dkimDomain', e.currentTarget.value)}
                error={errors['dkim.domain']}
              />
              <TextInput
                label={t('accounts.form.dkimSelector')}
                description={t('accounts.form.dkimSelectorHelp')}
                required
                value={values.dkimSelector}
                onChange={(e) => set('dkimSelector', e.currentTarget.value)}
                error={errors['dkim.selector']}
              />
            </SimpleGrid>
            <Textarea
              label={t('accounts.form.dkimKey')}
              placeholder={
                keySaved ? t('accounts.form.dkimKeyKept') : t('accounts.form.dkimKeyPlaceholder')
              }
              autosize
              minRows={3}
              maxRows={8}
              spellCheck={false}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              value={values.dkimKey}
              onChange={(e) => set('dkimKey', e.currentTarget.value)}
              error={errors['dkim.privateKey']}
            />
            {keySaved && values.dkimKey === '' && (
              <Text size="xs" c="dimmed">
                {t('accounts.form.dkimKeyKept')}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Fieldset>
  )
}
