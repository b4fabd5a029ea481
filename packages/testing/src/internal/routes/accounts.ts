/**
 * `/api/v1/accounts/*` (docs: methods/accounts).
 *
 * @internal
 */
import * as AdminBlocks from "../admin/store.js"
import * as P from "../params.js"
import { edgePage, offsetPage, statusPage } from "../paging.js"
import * as Render from "../render.js"
import {
  type Ctx,
  error,
  forbidden,
  json,
  notFound,
  publicRoute,
  type Reply,
  type RouteDef,
  tokenRoute,
  type UserCtx,
  userRoute
} from "../route.js"
import { type AccountRow, limits, pair, type State, type TokenRow } from "../state.js"
import { canSee } from "../statuses/store.js"
import { updateProfile } from "./profileUpdate.js"

/** Usernames Mastodon keeps for itself. */
const reserved: ReadonlySet<string> = new Set([
  "admin",
  "administrator",
  "root",
  "webmaster",
  "hostmaster",
  "postmaster",
  "support",
  "help",
  "mastodon",
  "abuse",
  "security",
  "owner",
  "staff",
  "moderator"
])

/** Locales the confirmation email can be sent in. */
const locales: ReadonlySet<string> = new Set(
  (
    "ar ast be bg bn br ca ckb co cs cy da de el en en-GB eo es es-AR es-MX et eu fa fi fil fo fr fr-CA fy ga gd gl he hi " +
    "hr hu hy id ig io is it ja ka kab kk kn ko ku kw la lt lv mk ml mr ms my nl nn no oc pa pl pt-BR pt-PT ro ru sa sc " +
    "sco si sk sl sq sr sr-Latn sv ta te th tr tt ug uk ur vi zgh zh-CN zh-HK zh-TW"
  ).split(" ")
)

/** The Token entity JSON. */
export const tokenJson = (t: TokenRow): Record<string, unknown> => ({
  access_token: t.token,
  token_type: "Bearer",
  scope: t.scopes.join(" "),
  created_at: Math.floor(t.created_at / 1000),
  ...(t.refresh === undefined ? {} : { refresh_token: t.refresh })
})

type Detail = { readonly error: string; readonly description: string }

const humanize: Record<string, string> = {
  username: "Username",
  email: "Email",
  password: "Password",
  agreement: "Service agreement",
  locale: "Locale",
  reason: "Reason",
  date_of_birth: "Date of birth"
}

/** Validate a registration, producing Mastodon's `details` hash. */
export const validateRegistration = (state: State, p: P.ParamHash): Record<string, Array<Detail>> => {
  const details: Record<string, Array<Detail>> = {}
  const add = (field: string, code: string, description: string) => {
    ;(details[field] ??= []).push({ error: code, description })
  }
  const username = P.str(p, "username") ?? ""
  if (username.trim() === "") add("username", "ERR_BLANK", "can't be blank")
  else {
    if (!/^[a-z0-9_]+$/i.test(username)) add("username", "ERR_INVALID", "must contain only letters, numbers and underscores")
    if (username.length > limits.username) add("username", "ERR_TOO_LONG", `is too long (maximum is ${limits.username} characters)`)
    if (reserved.has(username.toLowerCase())) add("username", "ERR_RESERVED", "is reserved")
    else if (state.byHandle(username) !== undefined) add("username", "ERR_TAKEN", "has already been taken")
  }
  const email = P.str(p, "email") ?? ""
  if (email.trim() === "") add("email", "ERR_BLANK", "can't be blank")
  // Like Mastodon's validator: one @ with something on both sides; a dotless host passes.
  else if (!/^[^@\s]+@[^@\s]+$/.test(email)) add("email", "ERR_INVALID", "is invalid")
  else {
    const domain = email.split("@")[1]?.toLowerCase() ?? ""
    const blocked = state.options.emailDomainBlocklist.some((d) => domain === d.toLowerCase() || domain.endsWith(`.${d.toLowerCase()}`)) ||
      AdminBlocks.signUpBlocked(state, email)
    if (blocked) add("email", "ERR_BLOCKED", "is not allowed")
    else if (state.byEmail.has(email.toLowerCase())) add("email", "ERR_TAKEN", "has already been taken")
  }
  const password = P.str(p, "password") ?? ""
  if (password === "") add("password", "ERR_BLANK", "can't be blank")
  else if (password.length < limits.password.min) add("password", "ERR_TOO_SHORT", `is too short (minimum is ${limits.password.min} characters)`)
  else if (password.length > limits.password.max) add("password", "ERR_TOO_LONG", `is too long (maximum is ${limits.password.max} characters)`)
  if (P.bool(p, "agreement") !== true) add("agreement", "ERR_ACCEPTED", "must be accepted")
  const locale = P.str(p, "locale")
  if (locale !== undefined && locale !== "" && !locales.has(locale)) add("locale", "ERR_INCLUSION", "is not included in the list")
  return details
}

const register = (ctx: Ctx & { readonly token: TokenRow }): Reply => {
  if (ctx.state.options.registrations === "closed") return forbidden()
  const details = validateRegistration(ctx.state, ctx.body)
  const fields = Object.keys(details)
  if (fields.length > 0) {
    const message = fields.flatMap((f) => (details[f] ?? []).map((d) => `${humanize[f] ?? f} ${d.description}`)).join(", ")
    return error(422, `Validation failed: ${message}`, { details })
  }
  const row = ctx.state.createAccount({
    username: P.str(ctx.body, "username") ?? "",
    email: P.str(ctx.body, "email"),
    password: P.str(ctx.body, "password"),
    locale: P.str(ctx.body, "locale") || "en",
    confirmed: !ctx.state.options.requireEmailConfirmation,
    approved: ctx.state.options.registrations !== "approval",
    discoverable: false,
    createdByApp: ctx.token.app === undefined ? undefined : Number(ctx.token.app),
    created_at: ctx.now
  })
  AdminBlocks.recordSignUp(ctx.state, row, P.str(ctx.body, "reason"))
  const token = ctx.state.issueToken({ app: ctx.token.app, account: row.idx, scopes: ctx.token.scopes, now: ctx.now, refresh: false })
  return json(tokenJson(token))
}

/** The target account of `/:id` routes. */
const target = (ctx: Ctx): AccountRow | undefined => ctx.state.account(ctx.path["id"])

const withTarget = (handler: (ctx: UserCtx, other: AccountRow) => Reply) => (ctx: UserCtx): Reply => {
  const other = target(ctx)
  return other === undefined ? notFound() : handler(ctx, other)
}

const rel = (ctx: UserCtx, other: AccountRow): Reply => json(Render.relationship(ctx.state, ctx.user, other, ctx.now))

const followOptions = (p: P.ParamHash) => ({
  reblogs: P.bool(p, "reblogs"),
  notify: P.bool(p, "notify"),
  languages: p["languages"] === undefined ? undefined : P.list(p, "languages").length === 0 ? null : P.list(p, "languages")
})

/** Follow semantics: update an existing follow, request a locked account, or follow. */
export const follow = (state: State, me: AccountRow, other: AccountRow, params: P.ParamHash): Reply | undefined => {
  if (me.idx === other.idx) return forbidden()
  if (state.blocks.has(pair(me.idx, other.idx)) || state.blocks.has(pair(other.idx, me.idx))) return forbidden()
  const options = followOptions(params)
  if (state.isFollowing(me.idx, other.idx)) state.addFollow(me, other, options)
  else if (other.locked) state.addRequest(me, other, options)
  else state.addFollow(me, other, options)
  return undefined
}

/** Whether `viewer` may see the account's follower/following lists. */
const collectionsVisible = (state: State, owner: AccountRow, viewer: AccountRow | undefined): boolean => {
  if (viewer !== undefined && state.blocks.has(pair(owner.idx, viewer.idx))) return false
  return !owner.hide_collections || viewer?.idx === owner.idx
}

const accountStatuses = (ctx: Ctx): Reply => {
  const owner = target(ctx)
  if (owner === undefined) return notFound()
  const viewer = ctx.user
  if (viewer !== undefined && ctx.state.blocks.has(pair(owner.idx, viewer.idx))) return json([])
  const pinned = P.bool(ctx.query, "pinned") === true
  const onlyMedia = P.bool(ctx.query, "only_media") === true
  const excludeReplies = P.bool(ctx.query, "exclude_replies") === true
  const excludeReblogs = P.bool(ctx.query, "exclude_reblogs") === true
  const tagged = P.str(ctx.query, "tagged")?.replace(/^#/, "").toLowerCase()
  const rows = (owner.statuses ?? []).filter((s) => {
    // Who may see what (followers, mentioned accounts, boosts of posts one may not see) is the
    // status store's rule, the same as for every status route.
    if (!canSee(ctx.state, s, viewer)) return false
    if (pinned && !s.pinned) return false
    if (onlyMedia && s.media.length === 0) return false
    // Replies to oneself (threads) stay, as in Mastodon.
    if (excludeReplies && s.inReplyTo !== undefined && s.inReplyTo.account !== owner.idx) return false
    if (excludeReblogs && s.reblog !== undefined) return false
    if (tagged !== undefined && tagged !== "" && !s.tags.some((t) => t.toLowerCase() === tagged)) return false
    return true
  })
  return statusPage(ctx, rows, 20, 40, (s) => Render.status(ctx.state, s, ctx.origin, viewer))
}

const renderAccount = (ctx: Ctx) => (idx: number) => {
  const a = ctx.state.accounts[idx]
  return a === undefined ? null : Render.account(ctx.state, a, ctx.origin)
}

const search = (ctx: UserCtx): Reply => {
  const raw = (P.str(ctx.query, "q") ?? "").trim().replace(/^@/, "").toLowerCase()
  if (raw === "") return json([])
  const onlyFollowing = P.bool(ctx.query, "following") === true
  const state = ctx.state
  const exact: Array<AccountRow> = []
  const rest: Array<AccountRow> = []
  const [qUser, qDomain] = raw.split("@")
  for (const a of state.accounts) {
    if (a === undefined) continue
    if (onlyFollowing && !state.isFollowing(ctx.user.idx, a.idx)) continue
    if (state.blocks.has(pair(a.idx, ctx.user.idx))) continue
    const acct = state.acct(a).toLowerCase()
    if (qDomain !== undefined && qDomain !== "") {
      if (acct === raw || (a.domain === null && a.username.toLowerCase() === qUser && qDomain === ctx.url.host.toLowerCase())) exact.push(a)
      continue
    }
    const username = a.username.toLowerCase()
    if (username === raw) exact.push(a)
    else if (username.startsWith(raw) || a.display_name.toLowerCase().split(/\s+/).some((w) => w.startsWith(raw))) rest.push(a)
  }
  return json(offsetPage(ctx, [...exact, ...rest], 40, 80).map((a) => Render.account(state, a, ctx.origin)))
}

const lookup = (ctx: Ctx): Reply => {
  const acct = (P.str(ctx.query, "acct") ?? "").trim().replace(/^@/, "")
  const [user, domain] = acct.split("@")
  const local = domain === undefined || domain.toLowerCase() === ctx.url.host.toLowerCase()
  const found = ctx.state.byHandle(local ? user ?? "" : acct)
  return found === undefined ? notFound() : json(Render.account(ctx.state, found, ctx.origin))
}

const familiarFollowers = (ctx: UserCtx): Reply => {
  const state = ctx.state
  const me = ctx.user
  return json(
    P.list(ctx.query, "id").flatMap((id) => {
      const other = state.account(id)
      if (other === undefined) return []
      const accounts: Array<unknown> = []
      const mine = me.following
      if (mine !== undefined && !other.hide_collections) {
        for (let i = mine.others.length - 1; i >= 0; i--) {
          const idx = mine.others[i] ?? 0
          if (state.isFollowing(idx, other.idx)) accounts.push(renderAccount(ctx)(idx))
        }
      }
      return [{ id: other.id, accounts }]
    })
  )
}

/** Feature an account on one's profile (it must be followed). */
const endorse = (ctx: UserCtx, other: AccountRow): Reply => {
  if (!ctx.state.isFollowing(ctx.user.idx, other.idx)) {
    return error(422, "Validation failed: You must be already following the person you want to endorse")
  }
  ctx.state.addEndorsement(ctx.user, other)
  return rel(ctx, other)
}

const unendorse = (ctx: UserCtx, other: AccountRow): Reply => {
  ctx.state.removeEndorsement(ctx.user, other)
  return rel(ctx, other)
}

/** The account routes. */
export const routes: ReadonlyArray<RouteDef> = [
  tokenRoute("POST", "/api/v1/accounts", ["write:accounts"], register),
  userRoute("GET", "/api/v1/accounts/verify_credentials", ["profile", "read:accounts"], (ctx) =>
    json(Render.credentialAccount(ctx.state, ctx.user, ctx.origin))),
  userRoute("PATCH", "/api/v1/accounts/update_credentials", ["write:accounts"], (ctx) =>
    updateProfile(ctx, false) ?? json(Render.credentialAccount(ctx.state, ctx.user, ctx.origin))),
  userRoute("GET", "/api/v1/accounts/relationships", ["read:follows"], (ctx) =>
    json(
      P.list(ctx.query, "id").flatMap((id) => {
        const other = ctx.state.account(id)
        return other === undefined ? [] : [Render.relationship(ctx.state, ctx.user, other, ctx.now)]
      })
    )),
  userRoute("GET", "/api/v1/accounts/familiar_followers", ["read:follows"], familiarFollowers, { since: "3.5.0" }),
  userRoute("GET", "/api/v1/accounts/search", ["read:accounts"], search),
  publicRoute("GET", "/api/v1/accounts/lookup", lookup, "3.4.0"),
  publicRoute("GET", "/api/v1/accounts", (ctx) =>
    json(
      P.list(ctx.query, "id").flatMap((id) => {
        const a = ctx.state.account(id)
        return a === undefined ? [] : [Render.account(ctx.state, a, ctx.origin)]
      })
    ), "4.3.0"),
  publicRoute("GET", "/api/v1/accounts/:id", (ctx) => {
    const a = target(ctx)
    return a === undefined ? notFound() : json(Render.account(ctx.state, a, ctx.origin))
  }),
  publicRoute("GET", "/api/v1/accounts/:id/statuses", accountStatuses),
  publicRoute("GET", "/api/v1/accounts/:id/followers", (ctx) => {
    const a = target(ctx)
    if (a === undefined) return notFound()
    if (!collectionsVisible(ctx.state, a, ctx.user)) return json([])
    return edgePage(ctx, a.followers, 40, 80, renderAccount(ctx))
  }),
  publicRoute("GET", "/api/v1/accounts/:id/following", (ctx) => {
    const a = target(ctx)
    if (a === undefined) return notFound()
    if (!collectionsVisible(ctx.state, a, ctx.user)) return json([])
    return edgePage(ctx, a.following, 40, 80, renderAccount(ctx))
  }),
  publicRoute("GET", "/api/v1/accounts/:id/featured_tags", (ctx) => {
    const a = target(ctx)
    if (a === undefined) return notFound()
    return json((a.featuredTags ?? []).map((t) => Render.featuredTag(ctx.state, t, ctx.origin)))
  }),
  userRoute("GET", "/api/v1/accounts/:id/lists", ["read:lists"], withTarget((ctx, other) =>
    json(
      [...ctx.state.lists.values()]
        .filter((l) => l.owner === ctx.user.idx && l.memberRecords.has(other.idx))
        .map(Render.list)
    ))),
  userRoute("POST", "/api/v1/accounts/:id/follow", ["write:follows"], withTarget((ctx, other) =>
    follow(ctx.state, ctx.user, other, ctx.body) ?? rel(ctx, other))),
  userRoute("POST", "/api/v1/accounts/:id/unfollow", ["write:follows"], withTarget((ctx, other) => {
    ctx.state.removeFollow(ctx.user, other)
    ctx.state.removeRequest(ctx.user, other)
    return rel(ctx, other)
  })),
  userRoute("POST", "/api/v1/accounts/:id/remove_from_followers", ["write:follows"], withTarget((ctx, other) => {
    ctx.state.removeFollow(other, ctx.user)
    return rel(ctx, other)
  }), { since: "3.5.0" }),
  userRoute("POST", "/api/v1/accounts/:id/block", ["write:blocks"], withTarget((ctx, other) => {
    if (other.idx === ctx.user.idx) return forbidden()
    ctx.state.addBlock(ctx.user, other)
    return rel(ctx, other)
  })),
  userRoute("POST", "/api/v1/accounts/:id/unblock", ["write:blocks"], withTarget((ctx, other) => {
    ctx.state.removeBlock(ctx.user, other)
    return rel(ctx, other)
  })),
  userRoute("POST", "/api/v1/accounts/:id/mute", ["write:mutes"], withTarget((ctx, other) => {
    if (other.idx === ctx.user.idx) return forbidden()
    const notifications = P.bool(ctx.body, "notifications") ?? true
    const duration = P.int(ctx.body, "duration") ?? 0
    ctx.state.addMute(ctx.user, other, notifications, duration > 0 ? ctx.now + duration * 1000 : null)
    return rel(ctx, other)
  })),
  userRoute("POST", "/api/v1/accounts/:id/unmute", ["write:mutes"], withTarget((ctx, other) => {
    ctx.state.removeMute(ctx.user, other)
    return rel(ctx, other)
  })),
  // `pin`/`unpin` are the names before 4.4; each route is spelled out, so tools that read the
  // route table (endpoint-coverage) find it.
  userRoute("POST", "/api/v1/accounts/:id/pin", ["write:accounts"], withTarget(endorse)),
  userRoute("POST", "/api/v1/accounts/:id/endorse", ["write:accounts"], withTarget(endorse), { since: "4.4.0" }),
  userRoute("POST", "/api/v1/accounts/:id/unpin", ["write:accounts"], withTarget(unendorse)),
  userRoute("POST", "/api/v1/accounts/:id/unendorse", ["write:accounts"], withTarget(unendorse), { since: "4.4.0" }),
  publicRoute("GET", "/api/v1/accounts/:id/endorsements", (ctx) => {
    const a = target(ctx)
    if (a === undefined) return notFound()
    return edgePage(ctx, a.endorsements, 40, 80, renderAccount(ctx), "since_id")
  }, "4.4.0"),
  userRoute("POST", "/api/v1/accounts/:id/note", ["write:accounts"], withTarget((ctx, other) => {
    const comment = P.str(ctx.body, "comment") ?? ""
    if (comment === "") ctx.state.notes.delete(pair(ctx.user.idx, other.idx))
    else ctx.state.notes.set(pair(ctx.user.idx, other.idx), comment)
    return rel(ctx, other)
  }), { since: "3.2.0" }),
  userRoute("GET", "/api/v1/accounts/:id/identity_proofs", [], withTarget(() => json([])))
]
