/**
 * The e-mail endpoint (`/api/v1/emails`): resend the confirmation e-mail of an account that signed
 * up through this app. See the Mastodon docs, methods/emails.
 *
 * @since 0.1.0
 */
import type * as MastodonError from "@mastodon-effect/core/MastodonError"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Endpoint from "./Endpoint.js"
import type { MastodonClient } from "./MastodonClient.js"

/** The declaration behind {@link resendConfirmation}: `POST /api/v1/emails/confirmations`. @since 0.1.0 */
export const resendConfirmationEndpoint = /* @__PURE__ */ Endpoint.make({
  name: "emails.resendConfirmation",
  method: "POST",
  path: "/api/v1/emails/confirmations",
  // Documented as an empty object.
  body: /* @__PURE__ */ Schema.Struct({ email: /* @__PURE__ */ Schema.optional(Schema.String) }),
  response: Schema.Unknown,
  auth: "user",
  versions: { added: "3.4.0" }
})

/**
 * Send the confirmation e-mail again (`POST /api/v1/emails/confirmations`, Mastodon 3.4), first
 * changing the address when `email` is given. It needs the user token that sign-up returned: a
 * token of another app, or an already confirmed address, is `Forbidden`.
 *
 * @example
 * import { Emails, MastodonClient } from "@mastodon-effect/http"
 * import * as Redacted from "effect/Redacted"
 * declare const userToken: Redacted.Redacted<string>
 * const again = Emails.resendConfirmation({ email: "fixed@mail.example" }).pipe(MastodonClient.withAccessToken(userToken))
 *
 * @since 0.1.0
 */
export const resendConfirmation = (
  params: { readonly email?: string | undefined } = {}
): Effect.Effect<void, MastodonError.MastodonError, MastodonClient> =>
  Effect.asVoid(Endpoint.call(resendConfirmationEndpoint, { body: params }))
