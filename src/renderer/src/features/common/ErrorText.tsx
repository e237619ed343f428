import { useTranslation } from 'react-i18next'
import { reasonText } from '../../i18n/reasonText'
import type { ShownError } from '../../store/errorOf'
import { Fragment } from './Fragment'

/**
 * An engine error in the user's language: by its reason when the engine named one and we have
 * words for it (with its technical fragment, if any, as it came), by its code for the host's
 * own failures, else the engine's English sentence.
 */
export function ErrorText({ error }: { error: ShownError }) {
  const { t, i18n } = useTranslation()
  if (error.code === 'unauthorized') return <>{t('errors.unauthorized')}</>
  if (error.code === 'unavailable') return <>{t('errors.unavailable')}</>
  const text = reasonText(t, i18n, error.reason, error.params)
  if (text === null) return <>{t('errors.generic', { message: error.message })}</>
  return (
    <>
      {text}
      <Fragment text={error.params?.fragment} />
    </>
  )
}
