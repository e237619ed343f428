/**
 * A TCP proxy on 127.0.0.1 in front of a server, that can cut every connection through it at
 * once: a server or a network dropping a session mid-conversation. New connections still pass.
 */
import { connect, createServer, type AddressInfo, type Socket } from 'node:net'

export interface DroppingProxy {
  port: number
  /** Destroys both ends of every open connection, as a reset would. */
  cutAll(): void
  close(): Promise<void>
}

export async function startDroppingProxy(target: { host: string; port: number }) {
  const open = new Set<Socket>()
  const track = (socket: Socket) => {
    open.add(socket)
    socket.on('error', () => {})
    socket.on('close', () => open.delete(socket))
  }
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host)
    track(client)
    track(upstream)
    client.pipe(upstream)
    upstream.pipe(client)
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const proxy: DroppingProxy = {
    port: (server.address() as AddressInfo).port,
    cutAll() {
      for (const socket of open) socket.destroy()
    },
    close() {
      proxy.cutAll()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
  return proxy
}
