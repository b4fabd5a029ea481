/**
 * The cryptography of Web Push message encryption (RFC 8291 over RFC 8188's `aes128gcm`) with
 * WebCrypto only (`globalThis.crypto.subtle`), so it runs in browsers, Deno, Bun and Node 20.
 *
 * @internal
 */

const subtle = (): SubtleCrypto => globalThis.crypto.subtle

/** base64url without padding. */
export const toBase64Url = (bytes: Uint8Array): string => {
  let binary = ""
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")
}

/** base64url or base64, with or without padding; undefined when it is neither. */
export const fromBase64Url = (text: string): Uint8Array | undefined => {
  const b64 = text.trim().replace(/-/g, "+").replace(/_/g, "/")
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return undefined
  try {
    const binary = atob(b64.padEnd(Math.ceil(b64.length / 4) * 4, "="))
    const out = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
    return out
  } catch {
    return undefined
  }
}

export const concat = (...parts: ReadonlyArray<Uint8Array>): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

const utf8 = (s: string) => new TextEncoder().encode(s)

/** A copy on its own ArrayBuffer, which is what WebCrypto's types ask for. */
const own = (u: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(u)

/** HKDF-SHA-256 (extract then expand) of `length` bytes. */
export const hkdf = async (salt: Uint8Array, ikm: Uint8Array, info: Uint8Array, length: number): Promise<Uint8Array> => {
  const key = await subtle().importKey("raw", own(ikm), "HKDF", false, ["deriveBits"])
  const bits = await subtle().deriveBits({ name: "HKDF", hash: "SHA-256", salt: own(salt), info: own(info) }, key, length * 8)
  return new Uint8Array(bits)
}

/** A P-256 ECDH key pair, the public key as the 65-byte uncompressed point. */
export const generateEcdh = async (): Promise<{ readonly privateKey: CryptoKey; readonly publicRaw: Uint8Array; readonly privateJwk: JsonWebKey }> => {
  const pair = await subtle().generateKey({ name: "ECDH", namedCurve: "P-256" }, true, ["deriveBits"]) as CryptoKeyPair
  const publicRaw = new Uint8Array(await subtle().exportKey("raw", pair.publicKey))
  const privateJwk = await subtle().exportKey("jwk", pair.privateKey)
  return { privateKey: pair.privateKey, publicRaw, privateJwk }
}

export const importPrivate = (jwk: JsonWebKey): Promise<CryptoKey> =>
  subtle().importKey("jwk", jwk, { name: "ECDH", namedCurve: "P-256" }, false, ["deriveBits"])

export const importPublic = (raw: Uint8Array): Promise<CryptoKey> =>
  subtle().importKey("raw", own(raw), { name: "ECDH", namedCurve: "P-256" }, true, [])

const ecdh = async (privateKey: CryptoKey, publicKey: CryptoKey): Promise<Uint8Array> =>
  new Uint8Array(await subtle().deriveBits({ name: "ECDH", public: publicKey }, privateKey, 256))

/** The content key and nonce base of a message (RFC 8291 section 3.4, RFC 8188 section 2.2). */
const keys = async (
  secret: Uint8Array,
  auth: Uint8Array,
  uaPublic: Uint8Array,
  asPublic: Uint8Array,
  salt: Uint8Array
): Promise<{ readonly cek: CryptoKey; readonly nonce: Uint8Array }> => {
  const keyInfo = concat(utf8("WebPush: info\0"), uaPublic, asPublic)
  const ikm = await hkdf(auth, secret, keyInfo, 32)
  const cekBytes = await hkdf(salt, ikm, utf8("Content-Encoding: aes128gcm\0"), 16)
  const nonce = await hkdf(salt, ikm, utf8("Content-Encoding: nonce\0"), 12)
  const cek = await subtle().importKey("raw", own(cekBytes), "AES-GCM", false, ["encrypt", "decrypt"])
  return { cek, nonce }
}

/** The nonce of record `seq`: the base nonce with the sequence number XORed into its end. */
const recordNonce = (base: Uint8Array, seq: number): Uint8Array => {
  const nonce = base.slice()
  let n = seq
  for (let i = nonce.length - 1; i >= nonce.length - 6 && n > 0; i--) {
    nonce[i]! ^= n & 0xff
    n = Math.floor(n / 256)
  }
  return nonce
}

/** Why a message did not decrypt. */
export class DecryptFailure {
  constructor(readonly reason: string) {}
}

/** Decrypt an `aes128gcm` Web Push message for the user agent's keys. */
export const decrypt = async (
  message: Uint8Array,
  ua: { readonly privateKey: CryptoKey; readonly publicRaw: Uint8Array; readonly auth: Uint8Array }
): Promise<Uint8Array | DecryptFailure> => {
  if (message.length < 21) return new DecryptFailure("shorter than the aes128gcm header")
  const salt = message.slice(0, 16)
  const rs = new DataView(message.buffer, message.byteOffset + 16, 4).getUint32(0)
  const idlen = message[20]!
  if (rs < 18) return new DecryptFailure(`record size ${rs} is too small`)
  if (idlen !== 65 || message.length < 21 + idlen) return new DecryptFailure("the key id is not the sender's 65-byte public key")
  const asPublic = message.slice(21, 21 + idlen)
  let asKey: CryptoKey
  try {
    asKey = await importPublic(asPublic)
  } catch {
    return new DecryptFailure("the sender's public key is not a P-256 point")
  }
  const secret = await ecdh(ua.privateKey, asKey)
  const { cek, nonce } = await keys(secret, ua.auth, ua.publicRaw, asPublic, salt)
  const body = message.slice(21 + idlen)
  if (body.length === 0) return new DecryptFailure("no records")
  const plain: Array<Uint8Array> = []
  for (let seq = 0, at = 0; at < body.length; seq++, at += rs) {
    const record = body.slice(at, at + rs)
    const last = at + rs >= body.length
    let opened: Uint8Array
    try {
      opened = new Uint8Array(await subtle().decrypt({ name: "AES-GCM", iv: own(recordNonce(nonce, seq)) }, cek, own(record)))
    } catch {
      return new DecryptFailure(`record ${seq} does not authenticate (wrong keys, or a corrupted message)`)
    }
    let end = opened.length - 1
    while (end >= 0 && opened[end] === 0) end--
    const delimiter = opened[end]
    if (delimiter !== (last ? 2 : 1)) return new DecryptFailure(`record ${seq} has no valid padding delimiter`)
    plain.push(opened.slice(0, end))
  }
  return concat(...plain)
}

/** Encrypt a message as a push server does: one record, a fresh sender key and salt. */
export const encrypt = async (
  plaintext: Uint8Array,
  ua: { readonly publicRaw: Uint8Array; readonly auth: Uint8Array },
  options: { readonly recordSize?: number } = {}
): Promise<Uint8Array> => {
  const sender = await generateEcdh()
  const uaKey = await importPublic(ua.publicRaw)
  const secret = await ecdh(sender.privateKey, uaKey)
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16))
  const { cek, nonce } = await keys(secret, ua.auth, ua.publicRaw, sender.publicRaw, salt)
  // Each record holds at most rs - 17 bytes of content (a delimiter and the 16-byte tag).
  const rs = options.recordSize ?? 4096
  const chunk = rs - 17
  const records: Array<Uint8Array> = []
  for (let seq = 0, at = 0; at < plaintext.length || seq === 0; seq++, at += chunk) {
    const last = at + chunk >= plaintext.length
    const content = concat(plaintext.slice(at, at + chunk), new Uint8Array([last ? 2 : 1]))
    const sealed = new Uint8Array(await subtle().encrypt({ name: "AES-GCM", iv: own(recordNonce(nonce, seq)) }, cek, own(content)))
    records.push(last ? sealed : concat(sealed, new Uint8Array(rs - sealed.length)))
    if (last) break
  }
  const header = new Uint8Array(21)
  header.set(salt, 0)
  new DataView(header.buffer).setUint32(16, rs)
  header[20] = sender.publicRaw.length
  return concat(header, sender.publicRaw, ...records)
}
