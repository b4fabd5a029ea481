/**
 * JSON renderings of the moderation state, shaped like the Admin_* entities of the Mastodon docs,
 * and the limited rendering of a suspended account.
 *
 * @internal
 */
import * as Render from "../render.js"
import { iso, whenSince } from "../render.js"
import { sha256 } from "../sha256.js"
import type { AccountRow, State } from "../state.js"
import * as StatusStore from "../statuses/store.js"
import type { ReportRow } from "../reports.js"
import {
  type CanonicalEmailBlockRow,
  type DomainBlockRow,
  type DomainRow,
  type IpBlockRow,
  type RoleRow,
  storeOf
} from "./store.js"

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")

/** The SHA-256 of a string, in hex. */
export const sha256Hex = (s: string): string => hex(sha256(s))

/** A Role entity. */
export const role = (state: State, r: RoleRow): Record<string, unknown> => ({
  id: r.id,
  name: r.name,
  permissions: r.permissions,
  color: r.color,
  highlighted: r.highlighted,
  ...whenSince(state, "4.6.0", { collection_limit: 10 })
})

/** An Admin::Account entity. */
export const adminAccount = (state: State, a: AccountRow, origin: string): Record<string, unknown> => {
  const store = storeOf(state)
  const moderation = store.moderation.get(a.idx)
  const local = a.domain === null
  const suspended = (moderation?.suspendedAt ?? null) !== null || store.domainBlockOf(a.domain)?.severity === "suspend"
  return {
    id: a.id,
    username: a.username,
    domain: a.domain,
    created_at: iso(a.created_at),
    email: local ? a.email ?? "" : null,
    ip: null,
    ...whenSince(state, "3.5.0", { ips: local ? [] : null }),
    locale: local ? a.locale : null,
    invite_request: local ? moderation?.inviteRequest ?? null : null,
    role: local ? (Render.since(state, "4.0.0") ? role(state, store.roleOf(a)) : legacyRole(store.roleOf(a))) : null,
    confirmed: local ? a.confirmed : null,
    approved: local ? a.approved : null,
    disabled: local ? moderation?.disabled ?? false : null,
    ...whenSince(state, "3.3.0", { sensitized: moderation?.sensitized ?? false }),
    silenced: moderation?.silenced === true || store.domainBlockOf(a.domain)?.severity === "silence",
    suspended,
    account: Render.account(state, a, origin),
    ...(a.createdByApp === undefined ? {} : { created_by_application_id: String(a.createdByApp) })
  }
}

const legacyRole = (r: RoleRow): string => r.name === "Moderator" ? "moderator" : r.name === "Admin" || r.name === "Owner" ? "admin" : "user"

/** An Admin::Report entity. */
export const adminReport = (state: State, r: ReportRow, origin: string, viewer: AccountRow | undefined): Record<string, unknown> => {
  const accountOf = (idx: number | null) => {
    const row = idx === null ? undefined : state.accounts[idx]
    return row === undefined ? null : adminAccount(state, row, origin)
  }
  const statuses = r.status_ids.flatMap((id) => {
    const s = state.statuses.get(id)
    return s === undefined || !StatusStore.alive(state, s) ? [] : [Render.status(state, s, origin, viewer)]
  })
  return {
    id: r.id,
    action_taken: r.action_taken_at !== null,
    action_taken_at: r.action_taken_at === null ? null : iso(r.action_taken_at),
    ...whenSince(state, "3.5.0", { category: r.category }),
    comment: r.comment,
    ...whenSince(state, "4.0.0", { forwarded: r.forwarded }),
    created_at: iso(r.created_at),
    updated_at: iso(r.updated_at),
    account: accountOf(r.account),
    target_account: accountOf(r.target),
    assigned_account: accountOf(r.assigned_account),
    action_taken_by_account: accountOf(r.action_taken_by),
    statuses,
    ...whenSince(state, "3.5.0", { rules: r.rule_ids.map((id) => ({ id, text: "" })) })
  }
}

/** An Admin::DomainBlock entity. */
export const domainBlock = (b: DomainBlockRow): Record<string, unknown> => ({
  id: b.id,
  domain: b.domain,
  digest: sha256Hex(b.domain),
  created_at: iso(b.created_at),
  severity: b.severity,
  reject_media: b.reject_media,
  reject_reports: b.reject_reports,
  private_comment: b.private_comment,
  public_comment: b.public_comment,
  obfuscate: b.obfuscate
})

/** An Admin::DomainAllow entity. */
export const domainAllow = (d: DomainRow): Record<string, unknown> => ({ id: d.id, domain: d.domain, created_at: iso(d.created_at) })

/** An Admin::EmailDomainBlock entity, with a week of sign-up attempts (none reach the fake). */
export const emailDomainBlock = (d: DomainRow, now: number): Record<string, unknown> => ({
  id: d.id,
  domain: d.domain,
  created_at: iso(d.created_at),
  history: Array.from({ length: 7 }, (_, i) => ({
    day: String(Math.floor((Math.floor(now / 86400000) - i) * 86400)),
    accounts: "0",
    uses: "0"
  }))
})

/** An Admin::IpBlock entity. */
export const ipBlock = (b: IpBlockRow): Record<string, unknown> => ({
  id: b.id,
  ip: b.ip,
  severity: b.severity,
  comment: b.comment,
  created_at: iso(b.created_at),
  expires_at: b.expiresAt === null ? null : iso(b.expiresAt)
})

/** An Admin::CanonicalEmailBlock entity. */
export const canonicalEmailBlock = (b: CanonicalEmailBlockRow): Record<string, unknown> => ({ id: b.id, canonical_email_hash: b.hash })
