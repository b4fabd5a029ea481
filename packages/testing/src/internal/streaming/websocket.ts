/**
 * The WebSocket face of the streaming API on the loopback server: a small RFC 6455 server on
 * `node:http`'s `upgrade` event (text frames, ping/pong, close; no extensions), speaking
 * Mastodon's multiplexed protocol (`{ type: "subscribe" | "unsubscribe", stream, tag?, list? }`
 * in, `{ stream, event, payload }` out, `{ error, status }` for a refused subscription). Node only:
 * `MastodonServer` is its only importer.
 *
 * @internal
 */
import { createHash } from "node:crypto"
import type * as Http from "node:http"
import type * as Net from "node:net"
import type { RecordedRequest } from "../app.js"
import type { State } from "../state.js"
import { hubOf, keyOf, type Listener, refusal, viewerOf } from "./hub.js"
import { tokenOf } from "./sse.js"

const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

const frame = (opcode: number, payload: Uint8Array): Uint8Array => {
  const length = payload.length
  const head = length < 126 ? 2 : length < 65_536 ? 4 : 10
  const out = new Uint8Array(head + length)
  out[0] = 0x80 | opcode
  if (length < 126) {
    out[1] = length
  } else if (length < 65_536) {
    out[1] = 126
    out[2] = length >>> 8
    out[3] = length & 0xff
  } else {
    out[1] = 127
    new DataView(out.buffer).setBigUint64(2, BigInt(length))
  }
  out.set(payload, head)
  return out
}

const refuse = (socket: Net.Socket, status: string): void => {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
}

/**
 * Answer an upgrade request on `/api/v1/streaming`: authenticate (Authorization header,
 * `Sec-WebSocket-Protocol`, or the legacy `access_token` parameter), switch protocols, then serve
 * subscriptions until either side closes.
 */
export const upgrade = (
  state: State,
  log: Array<RecordedRequest>,
  origin: string,
  request: Http.IncomingMessage,
  socket: Net.Socket,
  now: number
): void => {
  const url = new URL(request.url ?? "/", origin)
  log.push({
    method: request.method ?? "GET",
    path: url.pathname,
    query: url.search,
    authorization: request.headers["authorization"] !== undefined,
    body: "",
    contentType: undefined,
    at: now
  })
  if (url.pathname.replace(/\/+$/, "") !== "/api/v1/streaming") return refuse(socket, "404 Not Found")
  const key = request.headers["sec-websocket-key"]
  if (typeof key !== "string" || request.headers["upgrade"]?.toLowerCase() !== "websocket") return refuse(socket, "400 Bad Request")
  const offered = (request.headers["sec-websocket-protocol"] ?? "").split(",").map((p) => p.trim()).filter((p) => p !== "")
  const headers: Record<string, string | undefined> = { authorization: request.headers["authorization"] }
  const viewer = viewerOf(state, tokenOf(headers, url) ?? offered[0])
  if (viewer === undefined) return refuse(socket, "401 Unauthorized")

  const accept = createHash("sha1").update(key + GUID).digest("base64")
  socket.write(
    [
      "HTTP/1.1 101 Switching Protocols",
      "Upgrade: websocket",
      "Connection: Upgrade",
      `Sec-WebSocket-Accept: ${accept}`,
      // A browser fails the handshake unless one of the protocols it offered comes back.
      ...(offered[0] !== undefined ? [`Sec-WebSocket-Protocol: ${offered[0]}`] : []),
      "",
      ""
    ].join("\r\n")
  )
  socket.setNoDelay(true)

  const hub = hubOf(state)
  const encoder = new TextEncoder()
  const sendText = (text: string) => {
    if (!socket.destroyed && socket.writable) socket.write(frame(0x1, encoder.encode(text)))
  }
  const listener: Listener = {
    viewer,
    origin,
    channels: new Set(),
    push: (stream, event, payload) => sendText(JSON.stringify({ stream, event, ...(payload === undefined ? {} : { payload }) })),
    malformed: () => sendText("{\"stream\": [\"user\"], 'event': update, [}"),
    drop: () => {
      socket.destroy()
    }
  }
  hub.listeners.add(listener)
  const subscribe = (type: unknown, stream: unknown, tag: unknown, list: unknown) => {
    if (typeof stream !== "string") return sendText(JSON.stringify({ error: "Unknown stream type", status: 400 }))
    const param = stream.startsWith("hashtag") ? (typeof tag === "string" ? tag.replace(/^#/, "").toLowerCase() : undefined) : stream === "list" ? (list === undefined ? undefined : String(list)) : undefined
    const refused = refusal(state, viewer, stream, param)
    if (refused !== undefined) return sendText(JSON.stringify({ error: refused, status: refused.startsWith("Not authorized") ? 401 : 400 }))
    if (type === "unsubscribe") listener.channels.delete(keyOf(stream, param))
    else listener.channels.add(keyOf(stream, param))
  }
  const initial = url.searchParams.get("stream")
  if (initial !== null) subscribe("subscribe", initial, url.searchParams.get("tag") ?? undefined, url.searchParams.get("list") ?? undefined)

  let buffer = new Uint8Array(0)
  let fragments: Array<Uint8Array> = []
  const onFrame = (opcode: number, fin: boolean, payload: Uint8Array) => {
    if (opcode === 0x8) {
      if (!socket.destroyed) socket.end(frame(0x8, payload.slice(0, 2)))
      return
    }
    if (opcode === 0x9) return socket.write(frame(0xa, payload))
    if (opcode === 0xa) return
    fragments.push(payload)
    if (!fin) return
    const whole = Buffer.concat(fragments)
    fragments = []
    let message: Record<string, unknown>
    try {
      message = JSON.parse(whole.toString("utf8")) as Record<string, unknown>
    } catch {
      return sendText(JSON.stringify({ error: "Could not parse message", status: 400 }))
    }
    subscribe(message["type"], message["stream"], message["tag"], message["list"])
  }
  socket.on("data", (chunk: Buffer) => {
    const joined = new Uint8Array(buffer.length + chunk.length)
    joined.set(buffer)
    joined.set(chunk, buffer.length)
    buffer = joined
    while (buffer.length >= 2) {
      const b0 = buffer[0]!
      const b1 = buffer[1]!
      let length = b1 & 0x7f
      let at = 2
      if (length === 126) {
        if (buffer.length < 4) return
        length = (buffer[2]! << 8) | buffer[3]!
        at = 4
      } else if (length === 127) {
        if (buffer.length < 10) return
        length = Number(new DataView(buffer.buffer, buffer.byteOffset).getBigUint64(2))
        at = 10
      }
      const masked = (b1 & 0x80) !== 0
      const total = at + (masked ? 4 : 0) + length
      if (buffer.length < total) return
      const mask = masked ? buffer.slice(at, at + 4) : undefined
      const payload = buffer.slice(at + (masked ? 4 : 0), total)
      if (mask !== undefined) for (let i = 0; i < payload.length; i++) payload[i] = payload[i]! ^ mask[i % 4]!
      buffer = buffer.slice(total)
      onFrame(b0 & 0x0f, (b0 & 0x80) !== 0, payload)
    }
  })
  const forget = () => {
    hub.listeners.delete(listener)
  }
  socket.on("close", forget)
  socket.on("error", forget)
}

/** Cut every streaming connection of an instance (the server is closing). */
export const closeAll = (state: State): void => {
  for (const l of [...hubOf(state).listeners]) l.drop()
}
