import { describe, expect, it } from 'vitest'
import { campaignSlug } from './campaignSlug'

describe('campaignSlug', () => {
  it('lower-cases the name and joins its words with dashes', () => {
    expect(campaignSlug('Spring sale 2025')).toBe('spring-sale-2025')
    expect(campaignSlug('  News — May/June: {{name}}!  ')).toBe('news-may-june-name')
    expect(campaignSlug('Рассылка от 12.05.2025')).toBe('рассылка-от-12-05-2025')
  })

  it('is never empty, and never a template', () => {
    expect(campaignSlug('{{ }}')).toBe('campaign')
    expect(campaignSlug('a'.repeat(300))).toHaveLength(100)
  })
})
