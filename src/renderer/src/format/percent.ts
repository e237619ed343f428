/** A percentage as the reader writes it: "16.9%" in English, "16,9 %" in Russian. */
export function formatPercent(percent: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
    percent / 100,
  )
}
