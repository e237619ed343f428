import { useTranslation } from 'react-i18next'
import type { ShownError } from '../../store/errorOf'

/**
 * An engine error in the user's language: by its reason when the engine named one and we have
 * words for it, by its code for the host's own failures, else the engine's English sentence.
 */
export function ErrorText({ error }: { error: ShownError }) {
  const { t, i18n } = useTranslation()
  if (error.code === 'unauthorized') return <>{t('errors.unauthorized')}</>
  if (error.code === 'unavailable') return <>{t('errors.unavailable')}</>
  const key = error.reason && `errors.reasons.${error.reason.replace(/\./g, '_')}`
  if (key && i18n.exists(key)) {
    const params = { ...error.params }
    // A campaign's status is a word of the interface, so it is translated too.
    if (typeof params.status === 'string')
      params.status = t(`campaigns.status.${params.status}` as 'campaigns.status.draft')
    return <>{t(key as 'errors.generic', params as { message: string })}</>
  }
  return <>{t('errors.generic', { message: error.message })}</>
}
