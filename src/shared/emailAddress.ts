/**
 * What counts as an email address, in one place for the contract, the import and the window.
 * The rule is what RFC 5321 lets an SMTP envelope carry and what real servers accept:
 * - before @, a dot-atom: letters, digits and ! # $ % & ' * + - / = ? ^ _ ` { | } ~, in parts
 *   joined by single dots (no dot first, last or doubled), at most 64 characters; quoted local
 *   parts and non-Latin letters before @ (SMTPUTF8) are refused, as most servers refuse them;
 * - after @, a domain name with at least one dot (`a@b` is refused: no mail goes to a bare host
 *   name), labels of letters, digits and hyphens; an internationalised domain (`пример.рф`) is
 *   converted to its ASCII form (`xn--e1afmkfd.xn--p1ai`), the form the envelope must carry, so
 *   both spellings are one address for duplicates and the do-not-send list;
 * - at most 254 characters in all.
 */
export type AddressCheck = { ok: true; address: string } | { ok: false; problem: string }

const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
const DOT_ATOM = new RegExp(`^${ATEXT}(?:\\.${ATEXT})*$`)
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/
const NON_ASCII = /[^ -~]/ // anything outside printable ASCII
/** Characters that would make a URL parser read the domain as something else. */
const NOT_IN_A_DOMAIN = /[\s/\\?#:@[\]%]/

const refuse = (problem: string): AddressCheck => ({ ok: false, problem })

function localPartProblem(local: string): string | null {
  if (!local) return 'There is nothing before @'
  if (local.length > 64) return 'The part before @ has at most 64 characters'
  if (NON_ASCII.test(local))
    return 'The part before @ can hold only Latin letters, digits and . _ - +'
  if (DOT_ATOM.test(local)) return null
  if (/^\.|\.$|\.\./.test(local))
    return 'A dot cannot start or end the part before @, nor follow another dot'
  return 'The part before @ holds a character an address cannot have'
}

/** The domain in ASCII (A-labels), or why it is not a domain name. */
function asciiDomain(domain: string): { ok: true; ascii: string } | { ok: false; problem: string } {
  if (!domain) return { ok: false, problem: 'There is no domain after @' }
  let ascii = domain
  if (NON_ASCII.test(domain)) {
    if (NOT_IN_A_DOMAIN.test(domain)) return { ok: false, problem: 'The domain is not valid' }
    try {
      // The platform's IDNA (UTS #46), the same in Node and in the window.
      ascii = new URL(`http://${domain}`).hostname
    } catch {
      return { ok: false, problem: 'The domain is not valid' }
    }
  }
  const labels = ascii.split('.')
  if (labels.length < 2) return { ok: false, problem: 'The domain has no dot (like example.com)' }
  if (ascii.length > 253 || !labels.every((label) => LABEL.test(label)))
    return { ok: false, problem: 'The domain is not valid' }
  if (/^\d+$/.test(labels.at(-1)!)) return { ok: false, problem: 'The domain is not valid' }
  return { ok: true, ascii }
}

export function checkEmailAddress(input: string): AddressCheck {
  const at = input.lastIndexOf('@')
  if (at < 0) return refuse('An address has an @')
  const localProblem = localPartProblem(input.slice(0, at))
  if (localProblem) return refuse(localProblem)
  const domain = asciiDomain(input.slice(at + 1))
  if (!domain.ok) return refuse(domain.problem)
  const address = `${input.slice(0, at)}@${domain.ascii}`
  if (address.length > 254) return refuse('An address has at most 254 characters')
  return { ok: true, address }
}
