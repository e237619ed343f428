/**
 * The DKIM private key: checked when the user gives it, sealed at rest, opened only to sign
 * one message. nodemailer signs rsa-sha256 and, when its signer fails, sends the message
 * unsigned without a word, so every key is checked here for what it must be.
 */
import { createPrivateKey, type KeyObject } from 'node:crypto'
import { OutboxError, type ErrorReason } from '@shared/errors'
import type { Params } from '@shared/contract'
import type { AccountRow } from './db/accounts'
import type { SecretStore } from './secrets/secretStore'

/** RFC 8301: verifiers must refuse RSA keys shorter than 1024 bits. */
const MIN_RSA_BITS = 1024

export interface DkimSigning {
  domainName: string
  keySelector: string
  privateKey: KeyObject
}

function problemWith(pem: string): OutboxError | null {
  const problem = (message: string, reason: ErrorReason['reason'], params?: Params) =>
    new OutboxError('invalid_input', message, undefined, { reason, ...(params && { params }) })
  if (!/-----BEGIN (RSA |ENCRYPTED )?PRIVATE KEY-----/.test(pem)) {
    return problem(
      'The DKIM key must be a private key in PEM format (-----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)',
      'dkim.notPem',
    )
  }
  if (pem.includes('ENCRYPTED')) {
    return problem('The DKIM key is protected by a passphrase: give it without', 'dkim.encrypted')
  }
  let key: KeyObject
  try {
    key = createPrivateKey({ key: pem, format: 'pem' })
  } catch (error) {
    const detail = (error as Error).message
    return problem(`The DKIM key cannot be read: ${detail}`, 'dkim.unreadable', { detail })
  }
  if (key.asymmetricKeyType !== 'rsa') {
    const type = key.asymmetricKeyType ?? 'not RSA'
    return problem(`The DKIM key is ${type}: DKIM signing here needs an RSA key`, 'dkim.notRsa', {
      type,
    })
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0
  if (bits < MIN_RSA_BITS) {
    return problem(
      `The DKIM key has ${bits} bits: at least ${MIN_RSA_BITS} (better 2048) are needed`,
      'dkim.tooShort',
      { bits, min: MIN_RSA_BITS },
    )
  }
  return null
}

/** Throws invalid_input naming what is wrong with the key. */
export function checkDkimKey(pem: string): void {
  const problem = problemWith(pem.trim())
  if (problem) throw problem
}

/** What the composer signs with, or null when the account does not sign. */
export function dkimSigningOf(account: AccountRow, secrets: SecretStore): DkimSigning | null {
  if (!account.dkim_domain || !account.dkim_selector || !account.dkim_key) return null
  return {
    domainName: account.dkim_domain,
    keySelector: account.dkim_selector,
    privateKey: createPrivateKey(secrets.open(account.dkim_key)),
  }
}
