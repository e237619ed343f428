import { Button } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { focusHeading } from './screenFocus'

const HIDDEN: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
}

/** The first Tab stop: jumps past the header and the navigation; shown only while focused. */
export function SkipLink({ main }: { main: React.RefObject<HTMLElement | null> }) {
  const { t } = useTranslation()
  const [focused, setFocused] = useState(false)
  return (
    <Button
      data-testid="skip-to-content"
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onClick={() => focusHeading(main.current) || main.current?.focus()}
      style={
        focused ? { position: 'fixed', top: 8, left: 8, zIndex: 1000 } : { ...HIDDEN, padding: 0 }
      }
    >
      {t('app.skipToContent')}
    </Button>
  )
}
