import { describe, expect, it } from 'vitest'
import { AccountInput, AccountUpdate, ConnectionTestInput } from '@shared/contract'
import { sampleAccount } from '../../test/accounts'
import {
  emptyForm,
  formFromAccount,
  isHastyDelay,
  suggestPort,
  toConnectionTestInput,
  toCreateInput,
  toUpdateInput,
  warmupPicked,
} from './accountForm'

const filled = () => ({
  ...emptyForm(),
  name: 'Work',
  host: ' smtp.example.com ',
  username: 'ann',
  password: 'secret',
  fromEmail: 'ann@example.com',
})

describe('the account form', () => {
  it('suggests the usual port when the security changes, unless the port is the user’s own', () => {
    expect(suggestPort(587, 'tls')).toBe(465)
    expect(suggestPort(465, 'none')).toBe(25)
    expect(suggestPort(25, 'starttls')).toBe(587)
    expect(suggestPort('', 'tls')).toBe(465)
    expect(suggestPort(2525, 'tls')).toBe(2525)
  })

  it('builds a new account the contract accepts, empty optional fields as null', () => {
    const input = toCreateInput({ ...filled(), delaySeconds: 1.5, hourlyCap: 100 })
    expect(input).toMatchObject({
      host: 'smtp.example.com',
      password: 'secret',
      replyTo: null,
      dkim: null,
      defaults: { delayMs: 1500, concurrency: 2 },
      hourlyCap: 100,
      dailyCap: null,
    })
    expect(AccountInput.safeParse(input).success).toBe(true)
    expect(toCreateInput({ ...filled(), password: '', username: '' })).toMatchObject({
      password: null,
      username: null,
    })
  })

  it('keeps the saved password when the field is left empty on an edit', () => {
    const v = formFromAccount(sampleAccount())
    expect(v.password).toBe('')
    const update = toUpdateInput(v, 2)
    expect('password' in update).toBe(false)
    expect(AccountUpdate.safeParse(update).success).toBe(true)
  })

  it('removes the saved password when asked, and replaces it when a new one is typed', () => {
    const v = formFromAccount(sampleAccount())
    expect(toUpdateInput({ ...v, removePassword: true }, 2).password).toBeNull()
    expect(toUpdateInput({ ...v, password: 'new' }, 2).password).toBe('new')
  })

  it('keeps the saved DKIM key with a null key, and sends a new one when pasted', () => {
    const v = formFromAccount(sampleAccount())
    expect(toUpdateInput(v, 2).dkim).toEqual({
      domain: 'example.com',
      selector: 'mail',
      privateKey: null,
    })
    const pem = '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----'
    expect(toUpdateInput({ ...v, dkimKey: `${pem}\n` }, 2).dkim?.privateKey).toBe(pem)
    expect(toUpdateInput({ ...v, dkimEnabled: false }, 2).dkim).toBeNull()
  })

  it('tests the form as it stands: with the id and no password when editing', () => {
    const edit = toConnectionTestInput(formFromAccount(sampleAccount()), 2)
    expect(edit.id).toBe(2)
    expect('password' in edit).toBe(false)
    expect(ConnectionTestInput.safeParse(edit).success).toBe(true)
    const fresh = toConnectionTestInput(filled(), null)
    expect(fresh).toMatchObject({ id: null, password: 'secret' })
  })

  it('leaves an empty required number for the contract to report on its field', () => {
    const result = AccountInput.safeParse(toCreateInput({ ...filled(), port: '' }))
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['port'])
  })

  it('warns about a delay under a second', () => {
    expect(isHastyDelay({ ...emptyForm(), delaySeconds: 0.5 })).toBe(true)
    expect(isHastyDelay({ ...emptyForm(), delaySeconds: 1 })).toBe(false)
    expect(isHastyDelay({ ...emptyForm(), delaySeconds: '' })).toBe(false)
  })

  it('sends no warm-up when off, a preset’s ramp in this computer’s zone, or the custom numbers', () => {
    expect(toCreateInput(filled()).warmup).toBeNull()
    const standard = warmupPicked(filled(), 'standard')
    expect(toCreateInput(standard).warmup).toEqual({
      startPerDay: 50,
      targetPerDay: 1000,
      days: 21,
      zone: emptyForm().warmupZone,
    })
    expect(AccountInput.safeParse(toCreateInput(standard)).success).toBe(true)
    // "Custom" starts from the preset picked before, and sends what is typed.
    const custom = { ...warmupPicked(standard, 'custom'), warmupDays: 10 as const }
    expect(toCreateInput(custom).warmup).toMatchObject({ startPerDay: 50, days: 10 })
    const refused = AccountInput.safeParse(toCreateInput({ ...custom, warmupTarget: 40 }))
    expect(refused.error?.issues[0]?.path).toEqual(['warmup', 'targetPerDay'])
  })

  it('reads a saved warm-up back as its preset or as custom, in its own zone', () => {
    const saved = (startPerDay: number) =>
      formFromAccount(
        sampleAccount({
          warmup: { startPerDay, targetPerDay: 1000, days: 21, zone: 'Asia/Tokyo' },
        }),
      )
    expect(saved(50)).toMatchObject({ warmup: 'standard', warmupZone: 'Asia/Tokyo' })
    expect(saved(60)).toMatchObject({ warmup: 'custom', warmupStart: 60, warmupDays: 21 })
    expect(toUpdateInput(saved(60), 2).warmup?.zone).toBe('Asia/Tokyo')
  })

  it('sends the sending hours back on an edit, and none for a new account', () => {
    const sendingHours = { days: [1, 2, 3], from: '09:00', to: '18:00', zone: 'Europe/Moscow' }
    const update = toUpdateInput(formFromAccount(sampleAccount({ sendingHours })), 2)
    expect(update.sendingHours).toEqual(sendingHours)
    expect(toCreateInput(filled()).sendingHours).toBeNull()
  })
})
