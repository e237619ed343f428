/**
 * A template that does not fit, as a Russian user reads it: what is wrong and where (part,
 * line, column), the parser's excerpt as it came; in the preview, the pre-flight and a refused
 * test send alike.
 */
import { MantineProvider } from '@mantine/core'
import { render as renderBare, screen } from '@testing-library/react'
import type { ReactElement } from 'react'
import { describe, expect, it } from 'vitest'
import { OutboxError } from '@shared/errors'
import { initI18n } from '@renderer/i18n'
import { errorOf } from '@renderer/store/errorOf'
import { ErrorText } from '../../common/ErrorText'
import { TemplateProblem } from './TemplateProblem'

const render = (ui: ReactElement) => renderBare(ui, { wrapper: MantineProvider })

const fragment = '...<p>Dear {{name</p>\n-----------^\nExpecting ID, got INVALID'
const syntax = {
  reason: 'template.syntax' as const,
  params: { part: 'html', line: 2, column: 11, fragment },
}

async function inRussian() {
  const i18n = await initI18n('ru')
  await i18n.changeLanguage('ru')
}

describe('a template problem', () => {
  it('says in Russian what is wrong and where, keeping the parser’s excerpt', async () => {
    await inRussian()
    render(
      <TemplateProblem
        problem={{ message: 'Template error in the HTML body: Parse error on line 2', ...syntax }}
      />,
    )
    expect(
      screen.getByText(
        'Шаблон (письмо, строка 2, позиция 11) записан с ошибкой: проверьте там фигурные скобки и теги.',
      ),
    ).toBeTruthy()
    expect(screen.getByTestId('technical-fragment').textContent).toBe(fragment)
    expect(screen.queryByText(/Template error/)).toBeNull()
  })

  it('names the missing variable of the subject in Russian', async () => {
    await inRussian()
    render(
      <TemplateProblem
        problem={{
          message: 'Missing variable "city" in the subject (line 1)',
          reason: 'template.missingVariable',
          params: { part: 'subject', variable: 'city', line: 1, column: 9 },
        }}
      />,
    )
    expect(
      screen.getByText(
        'Шаблон (тема, строка 1, позиция 9) использует «city», а у этого получателя такого значения нет.',
      ),
    ).toBeTruthy()
  })

  it('words a test send refused for its template, after the round trip through the bridge', async () => {
    await inRussian()
    const sent = new OutboxError(
      'invalid_input',
      'Template error in the HTML body: …',
      undefined,
      syntax,
    )
    render(<ErrorText error={errorOf(OutboxError.fromPayload(sent.toPayload()))} />)
    expect(
      screen.getByText(/^Шаблон \(письмо, строка 2, позиция 11\) записан с ошибкой/),
    ).toBeTruthy()
    expect(screen.getByTestId('technical-fragment').textContent).toBe(fragment)
  })
})
