/** Small line icons for the toolbar (the window has no icon library); each is decorative. */
import type { ReactNode } from 'react'

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      aria-hidden="true"
    >
      {children}
    </svg>
  )
}

const lines = (rows: [number, number][]) =>
  rows.map(([from, to], i) => <line key={i} x1={from} y1={3 + i * 3.3} x2={to} y2={3 + i * 3.3} />)

export const AlignLeftIcon = () => (
  <Icon>
    {lines([
      [2, 14],
      [2, 10],
      [2, 14],
      [2, 9],
    ])}
  </Icon>
)
export const AlignCenterIcon = () => (
  <Icon>
    {lines([
      [2, 14],
      [4, 12],
      [2, 14],
      [5, 11],
    ])}
  </Icon>
)
export const AlignRightIcon = () => (
  <Icon>
    {lines([
      [2, 14],
      [6, 14],
      [2, 14],
      [7, 14],
    ])}
  </Icon>
)
export const BulletListIcon = () => (
  <Icon>
    <circle cx="3" cy="4" r="0.8" fill="currentColor" />
    <circle cx="3" cy="8" r="0.8" fill="currentColor" />
    <circle cx="3" cy="12" r="0.8" fill="currentColor" />
    <line x1="6" y1="4" x2="14" y2="4" />
    <line x1="6" y1="8" x2="14" y2="8" />
    <line x1="6" y1="12" x2="14" y2="12" />
  </Icon>
)
export const OrderedListIcon = () => (
  <Icon>
    <text x="1" y="6" fontSize="5" fill="currentColor" stroke="none">
      1
    </text>
    <text x="1" y="13" fontSize="5" fill="currentColor" stroke="none">
      2
    </text>
    <line x1="6" y1="4" x2="14" y2="4" />
    <line x1="6" y1="11" x2="14" y2="11" />
  </Icon>
)
export const LinkIcon = () => (
  <Icon>
    <path d="M7 9.5a3 3 0 0 0 4.2 0l2-2a3 3 0 0 0-4.2-4.2l-1 1" />
    <path d="M9 6.5a3 3 0 0 0-4.2 0l-2 2a3 3 0 0 0 4.2 4.2l1-1" />
  </Icon>
)
export const DuplicateIcon = () => (
  <Icon>
    <rect x="5" y="5" width="9" height="9" rx="1.5" />
    <path d="M11 3.5V3a1 1 0 0 0-1-1H3a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h.5" />
  </Icon>
)
