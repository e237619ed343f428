/**
 * The colours the editor offers: a few text colours that read well on a white sheet, and
 * swatches for the letter's theme. All #rrggbb, the only form the letter accepts.
 */
export const TEXT_COLOURS = [
  { name: 'graphite', hex: '#1f2937' },
  { name: 'grey', hex: '#6b7280' },
  { name: 'red', hex: '#dc2626' },
  { name: 'orange', hex: '#ea580c' },
  { name: 'green', hex: '#15803d' },
  { name: 'blue', hex: '#2563eb' },
  { name: 'violet', hex: '#7c3aed' },
] as const

export type TextColourName = (typeof TEXT_COLOURS)[number]['name']

/** Light grounds for the background and the sheet, then dark and bright ones for text and accents. */
export const THEME_SWATCHES = [
  '#ffffff',
  '#f8fafc',
  '#f1f5f9',
  '#f5f5f4',
  '#fff7ed',
  '#fefce8',
  '#f0fdf4',
  '#eff6ff',
  '#111827',
  '#1e293b',
  '#292524',
  '#2563eb',
  '#0f766e',
  '#15803d',
  '#ea580c',
  '#dc2626',
  '#7c3aed',
  '#db2777',
]
