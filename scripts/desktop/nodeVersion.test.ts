import { describe, expect, it } from 'vitest'
import { checkNodeForElectron, isAtLeast, minimumNode } from './nodeVersion'
import { SetupRefusal } from './refusal'

const electron45 = { electronVersion: '45.5.0', enginesNode: '>= 22.12.0' }

describe('the Node that Electron’s tools need', () => {
  it('reads the minimum from a `>=` engines range', () => {
    expect(minimumNode('>= 22.12.0')).toBe('22.12.0')
    expect(minimumNode('>=22.12.0')).toBe('22.12.0')
    expect(minimumNode('^20.19.0 || >=22.12.0')).toBeUndefined()
    expect(minimumNode(undefined)).toBeUndefined()
  })

  it('compares versions part by part', () => {
    expect(isAtLeast('22.12.0', '22.12.0')).toBe(true)
    expect(isAtLeast('v24.1.0', '22.12.0')).toBe(true)
    expect(isAtLeast('22.9.5', '22.12.0')).toBe(false)
    expect(isAtLeast('20.20.2', '22.12.0')).toBe(false)
  })

  it('refuses an older Node with one sentence that says what to install and what works now', () => {
    const refusal = (() => {
      try {
        checkNodeForElectron({ nodeVersion: '20.20.2', ...electron45 })
      } catch (error) {
        return error
      }
    })()
    expect(refusal).toBeInstanceOf(SetupRefusal)
    const message = (refusal as Error).message
    expect(message).toContain('Node.js 22.12.0 or newer')
    expect(message).toContain('this is Node.js 20.20.2')
    expect(message).toContain('npm run serve')
    expect(message).not.toContain('\n')
  })

  it('lets Node 22.12 and newer through', () => {
    expect(() => checkNodeForElectron({ nodeVersion: '22.12.0', ...electron45 })).not.toThrow()
    expect(() => checkNodeForElectron({ nodeVersion: '24.3.1', ...electron45 })).not.toThrow()
  })
})
