import { Code } from '@mantine/core'

/**
 * A technical fragment kept as it came (a parser's excerpt with its caret, a system error):
 * monospace and in its own block, so the caret stays under the spot.
 */
export function Fragment({ text }: { text: string | number | undefined }) {
  if (text === undefined || text === '') return null
  return (
    <Code block mt={4} data-testid="technical-fragment">
      {String(text)}
    </Code>
  )
}
