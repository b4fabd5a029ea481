import { describe, expect, it } from "@effect/vitest"
import * as Emails from "@mastodon-effect/http/Emails"
import * as Effect from "effect/Effect"
import { mockClient } from "./utils/mockHttp.js"

describe("Emails.resendConfirmation", () => {
  it.effect("posts to /api/v1/emails/confirmations with the user token, email only when given", () =>
    Effect.gen(function*() {
      const { layer, requests } = yield* mockClient(() => ({ json: {} }))
      yield* Effect.provide(Emails.resendConfirmation(), layer)
      yield* Effect.provide(Emails.resendConfirmation({ email: "new@mail.example" }), layer)
      const [plain, withEmail] = yield* requests
      expect(plain?.method).toBe("POST")
      expect(plain?.url.toString()).toBe("https://mastodon.example/api/v1/emails/confirmations")
      expect(plain?.headers["authorization"]).toBe("Bearer test-token")
      expect(plain?.text ?? "").toBe("")
      expect(Array.from(new URLSearchParams(withEmail?.text).entries())).toEqual([["email", "new@mail.example"]])
    }))

  it.effect("an already confirmed address (or another app's token) is Forbidden", () =>
    Effect.gen(function*() {
      const { layer } = yield* mockClient(() => ({
        status: 403,
        json: { error: "This method is only available while the e-mail is awaiting confirmation" }
      }))
      const error = yield* Effect.flip(Effect.provide(Emails.resendConfirmation(), layer))
      expect(error._tag).toBe("Forbidden")
      if (error._tag === "Forbidden") expect(error.error).toContain("awaiting confirmation")
    }))
})
