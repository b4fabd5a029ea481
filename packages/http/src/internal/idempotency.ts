/**
 * Idempotency keys for posts: a random UUID from the platform's Web Crypto (Node 19+, Bun, Deno,
 * browsers), with a fallback for the rare runtime that has `getRandomValues` but not `randomUUID`
 * (a browser page served over plain HTTP).
 *
 * @internal
 */
import * as Effect from "effect/Effect"

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")

/** A fresh random key, made when the effect runs (each run of a post is a new post). */
export const makeKey: Effect.Effect<string> = Effect.sync(() => {
  const crypto = globalThis.crypto
  if (typeof crypto?.randomUUID === "function") return crypto.randomUUID()
  const bytes = new Uint8Array(16)
  if (typeof crypto?.getRandomValues === "function") crypto.getRandomValues(bytes)
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256)
  // RFC 9562 version 4, variant 10.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const h = hex(bytes)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
})

/** The caller's key, or a fresh one. */
export const keyOr = (given: string | undefined): Effect.Effect<string> => given === undefined ? makeKey : Effect.succeed(given)
