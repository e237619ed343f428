import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { reasonText } from '@renderer/i18n/reasonText'
import { Fragment } from '../../common/Fragment'

/**
 * A template that does not fit, in the user's words: what is wrong and where (line, column),
 * with the parser's excerpt as it came. The engine's sentence only for a reason we lack.
 */
export function TemplateProblem({
  problem,
}: {
  problem: { message: string; reason: string; params: Record<string, string | number> }
}) {
  const { t, i18n } = useTranslation()
  return (
    <div data-testid="template-problem">
      <Text size="sm">
        {reasonText(t, i18n, problem.reason, problem.params) ?? problem.message}
      </Text>
      <Fragment text={problem.params.fragment} />
    </div>
  )
}
