import { useTranslation } from 'react-i18next'

/** An engine error in the user's language when its code has a plain explanation. */
export function ErrorText({ error }: { error: { code: string; message: string } }) {
  const { t } = useTranslation()
  if (error.code === 'unauthorized') return <>{t('errors.unauthorized')}</>
  if (error.code === 'unavailable') return <>{t('errors.unavailable')}</>
  return <>{t('errors.generic', { message: error.message })}</>
}
