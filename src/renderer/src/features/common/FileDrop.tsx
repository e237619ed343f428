import { FileButton, Paper, Stack, Text, UnstyledButton } from '@mantine/core'
import { useState } from 'react'

/** Files chosen with the system dialog or dropped from the desktop; either way `onFiles`. */
export function FileDrop({
  accept,
  multiple = false,
  onFiles,
  label,
  hint,
  testId,
}: {
  accept: string
  multiple?: boolean
  onFiles: (files: File[]) => void
  label: string
  hint?: string
  testId?: string
}) {
  const [over, setOver] = useState(false)
  const pick = (files: File | File[] | null) =>
    onFiles(files === null ? [] : Array.isArray(files) ? files : [files])
  return (
    <FileButton
      onChange={pick}
      accept={accept}
      multiple={multiple}
      inputProps={{ 'data-testid': testId } as object}
    >
      {(props) => (
        // Named by its visible label and hint (an aria-label would hide the hint).
        <UnstyledButton {...props}>
          <Paper
            withBorder
            p="lg"
            style={{
              borderStyle: 'dashed',
              borderWidth: 2,
              background: over ? 'var(--mantine-color-default-hover)' : undefined,
            }}
            onDragOver={(e: React.DragEvent) => {
              e.preventDefault()
              setOver(true)
            }}
            onDragLeave={() => setOver(false)}
            onDrop={(e: React.DragEvent) => {
              e.preventDefault()
              setOver(false)
              onFiles(Array.from(e.dataTransfer.files))
            }}
          >
            <Stack gap={4} align="center">
              <Text fw={500}>{label}</Text>
              {hint && (
                <Text size="sm" c="dimmed" ta="center">
                  {hint}
                </Text>
              )}
            </Stack>
          </Paper>
        </UnstyledButton>
      )}
    </FileButton>
  )
}
