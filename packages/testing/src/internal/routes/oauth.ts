/**
 * Apps, OAuth and emails (docs: methods/apps, methods/oauth, methods/emails).
 *
 * @internal
 */
import * as Scope from "@mastodon-effect/core/Scope"
import * as Either from "effect/Either"
import * as Encoding from "effect/Encoding"
import * as P from "../params.js"
import * as Render from "../render.js"
import { type Ctx, error, json, publicRoute, type Reply, type RouteDef, tokenRoute, userRoute } from "../route.js"
import type { AccountRow, AppRow } from "../state.js"
import { sha256 } from "../sha256.js"
import { tokenJson } from "./accounts.js"

const oob = "urn:ietf:wg:oauth:2.0:oob"

const validScope = (s: string): boolean =>
  (Scope.topLevel as ReadonlyArray<string>).includes(s) || (Scope.granular as ReadonlyArray<string>).includes(s) || s === "admin:read" || s === "admin:write"

const isAbsoluteUri = (u: string): boolean => {
  if (u === oob) return true
  try {
    const url = new URL(u)
    return url.protocol.length > 1 && url.hash === ""
  } catch {
    return false
  }
}

const createApp = (ctx: Ctx): Reply => {
  const name = (P.str(ctx.body, "client_name") ?? "").trim()
  const rawRedirects = Array.isArray(ctx.body["redirect_uris"]) ? P.list(ctx.body, "redirect_uris") : (P.str(ctx.body, "redirect_uris") ?? "").split(/\s*\n\s*/)
  const redirects = rawRedirects.map((s) => s.trim()).filter((s) => s !== "")
  const scopes = Scope.parse(P.str(ctx.body, "scopes") ?? "read")
  const problems: Array<string> = []
  if (name === "") problems.push("Name can't be blank")
  if (redirects.length === 0) problems.push("Redirect URI can't be blank")
  else if (!redirects.every(isAbsoluteUri)) problems.push("Redirect URI must be an absolute URI.")
  if (!scopes.every(validScope)) problems.push("Scopes must be a valid scope")
  if (problems.length > 0) return error(422, `Validation failed: ${problems.join(", ")}`)
  const website = P.str(ctx.body, "website")
  const app = ctx.state.createApp({
    name,
    website: website === undefined || website === "" ? null : website,
    redirect_uris: redirects,
    scopes: scopes.length === 0 ? ["read"] : scopes
  })
  return json(Render.credentialApplication(app))
}

const invalidClient = (): Reply =>
  error(401, "invalid_client", {
    error_description:
      "Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method."
  })

const invalidGrant = (): Reply =>
  error(400, "invalid_grant", {
    error_description:
      "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."
  })

const invalidScope = (): Reply =>
  error(400, "invalid_scope", { error_description: "The requested scope is invalid, unknown, or malformed." })

/** The client of a token request: form fields or HTTP Basic. */
const clientOf = (ctx: Ctx): AppRow | undefined => {
  let id = P.str(ctx.body, "client_id")
  let secret = P.str(ctx.body, "client_secret")
  const basic = ctx.headers["authorization"]
  if ((id === undefined || secret === undefined) && basic !== undefined && /^basic /i.test(basic)) {
    const decoded = Either.getOrElse(Encoding.decodeBase64String(basic.slice(6).trim()), () => "")
    const colon = decoded.indexOf(":")
    if (colon > 0) {
      id = decodeURIComponent(decoded.slice(0, colon))
      secret = decodeURIComponent(decoded.slice(colon + 1))
    }
  }
  const app = id === undefined ? undefined : ctx.state.appsByClientId.get(id)
  return app !== undefined && app.client_secret === secret ? app : undefined
}

/** The requested scopes, checked against the app's; undefined when one is not allowed. */
const requestedScopes = (app: AppRow, raw: string | undefined): ReadonlyArray<string> | undefined => {
  const scopes = raw === undefined || raw.trim() === "" ? ["read"] : Scope.parse(raw)
  return scopes.every((s) => app.scopes.includes(s)) ? scopes : undefined
}

/**
 * Mastodon 4.4 dropped the password grant and refresh tokens: such a server lists only these
 * grants and issues tokens that do not expire.
 */
const modernGrants = (ctx: Ctx): boolean => Render.since(ctx.state, "4.4.0")

/** The grants the configured version accepts (and advertises). */
const grantTypes = (ctx: Ctx): ReadonlyArray<string> =>
  modernGrants(ctx) ? ["authorization_code", "client_credentials"] : ["authorization_code", "password", "client_credentials", "refresh_token"]

const unsupportedGrant = (): Reply =>
  error(400, "unsupported_grant_type", {
    error_description: "The authorization grant type is not supported by the authorization server."
  })

const s256 = (verifier: string): string => Encoding.encodeBase64Url(sha256(verifier))

const token = (ctx: Ctx): Reply => {
  const grant = P.str(ctx.body, "grant_type")
  const app = clientOf(ctx)
  if (app === undefined) return invalidClient()
  const state = ctx.state
  if (grant !== undefined && !grantTypes(ctx).includes(grant)) return unsupportedGrant()
  const refresh = !modernGrants(ctx)
  switch (grant) {
    case "authorization_code": {
      const code = state.codes.get(P.str(ctx.body, "code") ?? "")
      if (code === undefined || code.used || code.app !== app.id) return invalidGrant()
      if ((P.str(ctx.body, "redirect_uri") ?? "") !== code.redirect_uri) return invalidGrant()
      if (code.challenge !== undefined) {
        const verifier = P.str(ctx.body, "code_verifier")
        if (verifier === undefined || s256(verifier) !== code.challenge) return invalidGrant()
      }
      code.used = true
      return json(tokenJson(state.issueToken({ app: app.id, account: code.account, scopes: code.scopes, now: ctx.now, refresh })))
    }
    case "password": {
      const login = (P.str(ctx.body, "username") ?? "").toLowerCase()
      const idx = state.byEmail.get(login)
      const user = idx === undefined ? state.byHandle(login) : state.accounts[idx]
      if (user === undefined || user.domain !== null || user.password === undefined || user.password !== P.str(ctx.body, "password")) {
        return invalidGrant()
      }
      const scopes = requestedScopes(app, P.str(ctx.body, "scope"))
      if (scopes === undefined) return invalidScope()
      return json(tokenJson(state.issueToken({ app: app.id, account: user.idx, scopes, now: ctx.now, refresh })))
    }
    case "client_credentials": {
      const scopes = requestedScopes(app, P.str(ctx.body, "scope"))
      if (scopes === undefined) return invalidScope()
      return json(tokenJson(state.issueToken({ app: app.id, account: undefined, scopes, now: ctx.now, refresh: false })))
    }
    case "refresh_token": {
      const access = state.refreshTokens.get(P.str(ctx.body, "refresh_token") ?? "")
      const old = access === undefined ? undefined : state.tokens.get(access)
      if (old === undefined || old.app !== app.id) return invalidGrant()
      state.revokeToken(old)
      return json(tokenJson(state.issueToken({ app: app.id, account: old.account, scopes: old.scopes, now: ctx.now, refresh })))
    }
    default:
      return unsupportedGrant()
  }
}

const revoke = (ctx: Ctx): Reply => {
  const app = clientOf(ctx)
  const unauthorized = error(403, "unauthorized_client", { error_description: "You are not authorized to revoke this token" })
  if (app === undefined) return unauthorized
  const value = P.str(ctx.body, "token") ?? ""
  const row = ctx.state.tokens.get(value) ?? ctx.state.tokens.get(ctx.state.refreshTokens.get(value) ?? "")
  if (row === undefined) return json({})
  if (row.app !== app.id) return unauthorized
  ctx.state.revokeToken(row)
  return json({})
}

/** The user the auto-approving authorize endpoint signs in as. */
const authorizingUser = (ctx: Ctx): AccountRow | undefined => {
  const state = ctx.state
  const wanted = P.str(ctx.query, "login_as") ?? state.options.authorizeAs
  if (wanted !== undefined) {
    const found = state.byHandle(wanted)
    return found?.domain === null ? found : undefined
  }
  // The demo's user when `Seed.demo` ran (the one `serve:fake` advertises), else the first local one.
  const demo = state.byHandle("demo")
  if (demo?.domain === null) return demo
  return state.accounts.find((a): a is AccountRow => a !== undefined && a.domain === null)
}

const html = (status: number, body: string, headers?: Record<string, string>): Reply => ({
  status,
  body: `<!DOCTYPE html><html><head><title>Mastodon</title></head><body>${body}</body></html>`,
  contentType: "text/html; charset=utf-8",
  headers
})

/** Auto-approve: issue a code for the chosen user and redirect (or show it for the oob URI). */
const authorize = (ctx: Ctx): Reply => {
  const q = ctx.query
  const app = ctx.state.appsByClientId.get(P.str(q, "client_id") ?? "")
  if (app === undefined) return error(400, "invalid_client", { error_description: "Client authentication failed due to unknown client." })
  const redirectUri = P.str(q, "redirect_uri") ?? ""
  if (!app.redirect_uris.includes(redirectUri)) {
    return error(400, "invalid_redirect_uri", { error_description: "The requested redirect uri is malformed or doesn't match client redirect URI." })
  }
  if (P.str(q, "response_type") !== "code") {
    return error(400, "unsupported_response_type", { error_description: "The authorization server does not support this response type." })
  }
  const scopes = requestedScopes(app, P.str(q, "scope"))
  if (scopes === undefined) return invalidScope()
  const method = P.str(q, "code_challenge_method")
  const challenge = P.str(q, "code_challenge")
  if (challenge !== undefined && method !== undefined && method !== "S256") {
    return error(400, "invalid_request", { error_description: "Code challenge method must be S256." })
  }
  const user = authorizingUser(ctx)
  if (user === undefined) return error(400, "access_denied", { error_description: "No local user to authorize as." })
  const code = ctx.state.createCode({ app: app.id, account: user.idx, scopes, redirect_uri: redirectUri, challenge })
  if (redirectUri === oob) return html(200, `<h1>Authorization code</h1><input class="oauth-code" readonly type="text" value="${code.code}">`)
  const location = new URL(redirectUri)
  location.searchParams.set("code", code.code)
  const stateParam = P.str(q, "state")
  if (stateParam !== undefined) location.searchParams.set("state", stateParam)
  return { status: 302, body: "", contentType: "text/html; charset=utf-8", headers: { location: location.toString() } }
}

const metadata = (ctx: Ctx): Reply =>
  json({
    issuer: `${ctx.origin}/`,
    service_documentation: "https://docs.joinmastodon.org/",
    authorization_endpoint: `${ctx.origin}/oauth/authorize`,
    token_endpoint: `${ctx.origin}/oauth/token`,
    app_registration_endpoint: `${ctx.origin}/api/v1/apps`,
    revocation_endpoint: `${ctx.origin}/oauth/revoke`,
    userinfo_endpoint: `${ctx.origin}/oauth/userinfo`,
    scopes_supported: [...Scope.topLevel, ...Scope.granular],
    response_types_supported: ["code"],
    response_modes_supported: ["query", "fragment", "form_post"],
    code_challenge_methods_supported: ["S256"],
    grant_types_supported: grantTypes(ctx),
    token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"]
  })

const userinfo = (ctx: Ctx & { readonly user: AccountRow }): Reply =>
  json({
    iss: `${ctx.origin}/`,
    sub: `${ctx.origin}/users/${ctx.user.username}`,
    name: ctx.user.display_name,
    preferred_username: ctx.user.username,
    profile: `${ctx.origin}/@${ctx.user.username}`,
    picture: Render.avatarUrl(ctx.user, ctx.origin)
  })

const resendConfirmation = (ctx: Ctx & { readonly user: AccountRow }): Reply => {
  const user = ctx.user
  if (user.createdByApp === undefined || String(user.createdByApp) !== ctx.token?.app) {
    return error(403, "This method is only available to the application the user originally signed-up with")
  }
  if (user.confirmed) return error(403, "This method is only available while the e-mail is awaiting confirmation")
  const email = P.str(ctx.body, "email")
  if (email !== undefined && email !== "") {
    if (user.email !== undefined) ctx.state.byEmail.delete(user.email.toLowerCase())
    user.email = email
    ctx.state.byEmail.set(email.toLowerCase(), user.idx)
  }
  return json({})
}

/** Routes of apps, OAuth and emails. */
export const routes: ReadonlyArray<RouteDef> = [
  publicRoute("POST", "/api/v1/apps", createApp),
  tokenRoute("GET", "/api/v1/apps/verify_credentials", [], (ctx) => {
    const app = ctx.app
    return app === undefined ? error(401, "The access token is invalid") : json(Render.application(app))
  }),
  publicRoute("GET", "/oauth/authorize", authorize),
  publicRoute("POST", "/oauth/token", token),
  publicRoute("POST", "/oauth/revoke", revoke),
  userRoute("GET", "/oauth/userinfo", ["profile"], userinfo, { since: "4.4.0" }),
  userRoute("POST", "/oauth/userinfo", ["profile"], userinfo, { since: "4.4.0" }),
  publicRoute("GET", "/.well-known/oauth-authorization-server", metadata, "4.3.0"),
  userRoute("POST", "/api/v1/emails/confirmations", [], resendConfirmation, { since: "3.4.0", allowUnconfirmed: true })
]
