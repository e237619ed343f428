/**
 * A real Dovecot IMAP server on 127.0.0.1 for the IMAP source's tests, in a fresh temporary
 * folder on a free port. Any user name logs in with the one password (static passdb), so each
 * test can read its own mailbox. Messages are delivered the way a mail server's delivery agent
 * would: written into the user's maildir, which Dovecot notices (IDLE included).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createServer, connect, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const DOVECOT_INSTALL = 'apt-get install -y --no-install-recommends dovecot-imapd'
const START_TIMEOUT_MS = 15_000

export interface Dovecot {
  host: '127.0.0.1'
  port: number
  /** A user name of its own; any other name works too, with the same password. */
  user: string
  password: string
  /** Drops a message into `user`'s folder (`INBOX`, `Sent`…), creating the folder if needed. */
  deliver(user: string, folder: string, raw: Buffer | string): void
  stop(): Promise<void>
}

export async function startDovecot(): Promise<Dovecot> {
  const binary = findDovecot()
  if (process.getuid?.() !== 0) {
    throw new Error(
      'Dovecot is started as root (it switches to its own users); run the tests as root',
    )
  }
  const owner = dovecotOwner()
  const dir = mkdtempSync(join(tmpdir(), 'outbox-dovecot-'))
  // Dovecot's login and mail processes run as dovenull/dovecot and must reach its sockets here.
  chmodSync(dir, 0o755)
  mkdirSync(join(dir, 'mail'))
  chownSync(join(dir, 'mail'), owner.uid, owner.gid)
  const port = await freePort()
  const password = 'secret'
  writeFileSync(join(dir, 'dovecot.conf'), config(dir, port, password))
  const child = spawn(binary, ['-c', join(dir, 'dovecot.conf'), '-F'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const stderr: Buffer[] = []
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    await waitForPort(port, child, () => Buffer.concat(stderr).toString() + readLog(dir))
  } catch (error) {
    child.kill('SIGKILL')
    await exited
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  let sequence = 0
  return {
    host: '127.0.0.1',
    port,
    user: 'ann',
    password,
    deliver(user, folder, raw) {
      const maildir = join(dir, 'mail', user, folder.toUpperCase() === 'INBOX' ? '' : `.${folder}`)
      makeOwnedDir(join(dir, 'mail', user), owner)
      for (const sub of ['', 'cur', 'new', 'tmp']) makeOwnedDir(join(maildir, sub), owner)
      const name = `${Date.now()}.M${++sequence}P${process.pid}.outbox-test`
      writeFileSync(join(maildir, 'tmp', name), raw)
      chownSync(join(maildir, 'tmp', name), owner.uid, owner.gid)
      renameSync(join(maildir, 'tmp', name), join(maildir, 'new', name))
    },
    async stop() {
      child.kill('SIGTERM')
      await exited
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

function findDovecot(): string {
  for (const path of ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot']) {
    if (existsSync(path)) return path
  }
  throw new Error(`The IMAP tests need Dovecot, which is not installed: ${DOVECOT_INSTALL}`)
}

function dovecotOwner(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'dovecot']).toString().trim())
  return { uid: id('-u'), gid: id('-g') }
}

function makeOwnedDir(path: string, owner: { uid: number; gid: number }) {
  if (existsSync(path)) return
  mkdirSync(path, { recursive: true })
  chownSync(path, owner.uid, owner.gid)
}

function config(dir: string, port: number, password: string): string {
  return `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# The tests refuse logins on purpose: no delay after one (and no penalty, see anvil below).
auth_failure_delay = 0
mail_location = maildir:${dir}/mail/%u
default_login_user = dovenull
default_internal_user = dovecot
default_internal_group = dovecot
first_valid_uid = 100
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
# Failed logins make later ones from the same address wait (2 s, 4 s…) unless the auth process
# cannot reach anvil's penalty socket: auth runs as dovecot, and the socket admits no one.
service anvil {
  chroot =
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service auth {
  user = dovecot
}
namespace inbox {
  inbox = yes
  mailbox Sent {
    special_use = \\Sent
  }
}
passdb {
  driver = static
  args = password=${password}
}
userdb {
  driver = static
  args = uid=dovecot gid=dovecot home=${dir}/mail/%u
}
`
}

function readLog(dir: string): string {
  try {
    return readFileSync(join(dir, 'dovecot.log'), 'utf8')
  } catch {
    return ''
  }
}

/** A port nothing listens on right now (the kernel's pick, released at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Resolves once the port accepts a connection; rejects if Dovecot exits or takes too long. */
async function waitForPort(port: number, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + START_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Dovecot exited while starting:\n${output()}`)
    }
    if (await accepts(port)) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`Dovecot did not listen on ${port} within ${START_TIMEOUT_MS} ms:\n${output()}`)
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}
