/**
 * The PKCE digest of the in-memory instance is plain TypeScript (no `node:crypto`, so the in-process
 * face runs in any runtime): it must agree with Node's SHA-256 on every length, including the
 * padding edges around 55, 56 and 64 bytes.
 */
import { describe, expect, it } from "@effect/vitest"
import { createHash, randomBytes } from "node:crypto"
import { sha256 } from "../src/internal/sha256.js"

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")

describe("sha256", () => {
  it("agrees with node:crypto for every length from 0 to 300 bytes", () => {
    for (let length = 0; length <= 300; length++) {
      const bytes = new Uint8Array(randomBytes(length))
      expect(hex(sha256(bytes)), `length ${length}`).toBe(createHash("sha256").update(bytes).digest("hex"))
    }
  })

  it("hashes strings as UTF-8", () => {
    const text = "verifier-é-🐘-" + "x".repeat(100)
    expect(hex(sha256(text))).toBe(createHash("sha256").update(text, "utf8").digest("hex"))
    expect(hex(sha256("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  })
})
