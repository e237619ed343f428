/**
 * What the blocks need besides their own data, in contexts that change apart: the letter's
 * operations (the same for the editor's whole life), the campaign's images, and the
 * recipients' variables. A block redraws only when what it reads changes.
 */
import { createContext, useContext, type ComponentType } from 'react'
import type { Block, ColumnBlock, LetterDesign } from '@shared/letter/design'
import type { Place } from '@shared/letter/edit/designOps'
import type { Outcome } from './useLetterState'

export interface LetterOps {
  language: LetterDesign['language']
  change: (make: (design: LetterDesign) => LetterDesign, key?: string) => Outcome
  /** Marks the block the marketer works in: its toolbar and settings show. */
  activate: (id: string) => void
}

export interface CampaignImage {
  cid: string
  filename: string
  size: number
}

export interface ImageSource {
  images: readonly CampaignImage[]
  /** A data: URL to show the image with, or undefined to show a placeholder. */
  imageUrl?: (cid: string) => string | undefined
}

const missing = () => {
  throw new Error('Inside the visual editor only')
}

export const OpsContext = createContext<LetterOps>({
  language: 'en',
  change: missing,
  activate: missing,
})
export const ImagesContext = createContext<ImageSource>({ images: [] })
/** The names offered by “Insert a variable”, `email` first. */
export const VariablesContext = createContext<readonly string[]>(['email'])

export const useOps = () => useContext(OpsContext)
export const useImages = () => useContext(ImagesContext)
export const useVariables = () => useContext(VariablesContext)

export interface BlockListProps {
  blocks: readonly (Block | ColumnBlock)[]
  place: Place
  activeId: string | null
}

/**
 * The list of blocks, for a row of columns to draw its two: handed down rather than imported,
 * since the list draws the row that draws the list.
 */
export const BlockListContext = createContext<ComponentType<BlockListProps>>(() => null)
