/**
 * The moderation state of the fake instance: roles, each account's moderation flags (reports live
 * in `../reports.ts`, shared with the reports endpoint), domain blocks and allows, e-mail domain, IP and canonical e-mail blocks, and trend reviews.
 *
 * One store per `State`, created on first use (as the status store is), so the shared state module
 * keeps only the rows every route reads. The rest of the API asks `isSuspended` / `isSilenced`,
 * which also count the domain blocks of remote accounts, as Mastodon applies a domain block to
 * every account of the domain.
 *
 * @internal
 */
import * as RolePermission from "@mastodon-effect/core/RolePermission"
import { sha256 } from "../sha256.js"
import { addReport, type ReportRow } from "../reports.js"
import type { AccountRow, State } from "../state.js"

/** A role: Mastodon's `UserRole`. */
export interface RoleRow {
  readonly id: string
  readonly name: string
  readonly permissions: string
  readonly color: string
  readonly highlighted: boolean
  /** The rank of the role: a role may act against users whose role ranks below it. */
  readonly position: number
}

/** The moderation flags of an account (and its user). */
export interface ModerationRow {
  silenced: boolean
  /** When the account was suspended, or null. */
  suspendedAt: number | null
  disabled: boolean
  sensitized: boolean
  /** The role id of a local user, or undefined for the built-in "everyone" role. */
  role: string | undefined
  /** The reason given on a sign-up that waits for review. */
  inviteRequest: string | null
  /** Set when the account's data was deleted by a moderator (its rendering stays suspended). */
  deleted: boolean
}

/** A domain block. */
export interface DomainBlockRow {
  readonly id: string
  readonly domain: string
  readonly created_at: number
  severity: "silence" | "suspend" | "noop"
  reject_media: boolean
  reject_reports: boolean
  private_comment: string | null
  public_comment: string | null
  obfuscate: boolean
}

/** An allowed domain, an e-mail domain block. */
export interface DomainRow {
  readonly id: string
  readonly domain: string
  readonly created_at: number
}

/** An IP block. */
export interface IpBlockRow {
  readonly id: string
  ip: string
  severity: "sign_up_requires_approval" | "sign_up_block" | "no_access"
  comment: string
  readonly created_at: number
  expiresAt: number | null
}

/** A canonical e-mail block. */
export interface CanonicalEmailBlockRow {
  readonly id: string
  readonly hash: string
}

/** Mastodon's built-in roles (ids as a fresh server numbers them) and their default permissions. */
export const builtInRoles: ReadonlyArray<RoleRow> = [
  {
    id: "1",
    name: "Moderator",
    permissions: RolePermission.fromFlags([
      "view_dashboard",
      "view_audit_log",
      "manage_users",
      "manage_reports",
      "manage_taxonomies",
      "manage_appeals"
    ]),
    color: "",
    highlighted: true,
    position: 10
  },
  {
    id: "2",
    name: "Admin",
    permissions: RolePermission.fromFlags(RolePermission.all.filter((f) => f !== "administrator" && f !== "view_devops")),
    color: "",
    highlighted: true,
    position: 100
  },
  { id: "3", name: "Owner", permissions: RolePermission.fromFlags(["administrator"]), color: "", highlighted: true, position: 1000 }
]

/** The role every user has: `invite_users` only. */
export const everyone: RoleRow = { id: "-99", name: "", permissions: "65536", color: "", highlighted: false, position: -1 }

/** Whether a role may act against a user with another role: it ranks higher, or it administers. */
export const overrides = (actor: RoleRow, target: RoleRow): boolean =>
  RolePermission.has(actor.permissions, "administrator") || actor.position > target.position

/** The moderation state of one instance. */
export class AdminStore {
  readonly roles = new Map<string, RoleRow>(builtInRoles.map((r) => [r.id, r]))
  readonly moderation = new Map<number, ModerationRow>()
  readonly domainBlocks = new Map<string, DomainBlockRow>()
  readonly domainAllows = new Map<string, DomainRow>()
  readonly emailDomainBlocks = new Map<string, DomainRow>()
  readonly ipBlocks = new Map<string, IpBlockRow>()
  readonly canonicalEmailBlocks = new Map<string, CanonicalEmailBlockRow>()
  /** Review decisions: `status:<id>`, `tag:<name>`, `link:<id>` → trendable or not. */
  readonly reviews = new Map<string, boolean>()
  /** Hashtag ids, given on first sight of a name (lower case). */
  readonly tagIds = new Map<string, string>()
  private seq = 0
  private roleSeq = 100

  nextId(): string {
    return String(++this.seq)
  }

  /** A custom role. */
  addRole(name: string, permissions: string): RoleRow {
    const role: RoleRow = { id: String(++this.roleSeq), name, permissions, color: "", highlighted: false, position: 0 }
    this.roles.set(role.id, role)
    return role
  }

  /** The moderation row of an account, created on first write. */
  of(account: AccountRow): ModerationRow {
    let row = this.moderation.get(account.idx)
    if (row === undefined) {
      row = { silenced: false, suspendedAt: null, disabled: false, sensitized: false, role: undefined, inviteRequest: null, deleted: false }
      this.moderation.set(account.idx, row)
    }
    return row
  }

  /** The role of a user: its own, or "everyone". */
  roleOf(account: AccountRow): RoleRow {
    const id = this.moderation.get(account.idx)?.role
    return (id === undefined ? undefined : this.roles.get(id)) ?? everyone
  }

  /** The strictest domain block of a domain (or of a parent domain), if any. */
  domainBlockOf(domain: string | null): DomainBlockRow | undefined {
    if (domain === null) return undefined
    let found: DomainBlockRow | undefined
    for (const block of this.domainBlocks.values()) {
      const d = block.domain.toLowerCase()
      const matches = domain.toLowerCase() === d || domain.toLowerCase().endsWith(`.${d}`)
      if (matches && (found === undefined || block.severity === "suspend")) found = block
    }
    return found
  }

  /** The id of a hashtag (given on first sight). */
  tagId(name: string): string {
    const key = name.toLowerCase()
    let id = this.tagIds.get(key)
    if (id === undefined) {
      id = String(this.tagIds.size + 1)
      this.tagIds.set(key, id)
    }
    return id
  }

  /** The hashtag name of an id. */
  tagName(id: string): string | undefined {
    for (const [name, tagId] of this.tagIds) if (tagId === id) return name
    return undefined
  }
}

const stores = new WeakMap<State, AdminStore>()

/** The moderation store of a state. */
export const storeOf = (state: State): AdminStore => {
  let store = stores.get(state)
  if (store === undefined) {
    store = new AdminStore()
    stores.set(state, store)
  }
  return store
}

/** Whether an account is suspended, by a moderator or by a `suspend` block of its domain. */
export const isSuspended = (state: State, account: AccountRow): boolean => {
  const store = stores.get(state)
  if (store === undefined) return false
  return (store.moderation.get(account.idx)?.suspendedAt ?? null) !== null || store.domainBlockOf(account.domain)?.severity === "suspend"
}

/** Whether an account is silenced (limited), by a moderator or by a `silence` block of its domain. */
export const isSilenced = (state: State, account: AccountRow): boolean => {
  const store = stores.get(state)
  if (store === undefined) return false
  return store.moderation.get(account.idx)?.silenced === true || store.domainBlockOf(account.domain)?.severity === "silence"
}

/** Whether a user's login is disabled by a moderator. */
export const isDisabled = (state: State, account: AccountRow): boolean =>
  stores.get(state)?.moderation.get(account.idx)?.disabled === true

/** The role of a user (the built-in "everyone" role unless one was given). */
export const roleOf = (state: State, account: AccountRow): RoleRow => storeOf(state).roleOf(account)

/** File a report (the reports endpoint's store, shared with the admin routes). */
export const fileReport = (
  state: State,
  input: {
    readonly account: AccountRow
    readonly target: AccountRow
    readonly comment?: string | undefined
    readonly category?: string | undefined
    readonly statusIds?: ReadonlyArray<string> | undefined
    readonly ruleIds?: ReadonlyArray<string> | undefined
    readonly forward?: boolean | undefined
    readonly now: number
  }
): ReportRow =>
  addReport(state, {
    account: input.account.idx,
    target: input.target.idx,
    comment: input.comment ?? "",
    category: input.category ?? ((input.ruleIds?.length ?? 0) > 0 ? "violation" : "other"),
    status_ids: input.statusIds ?? [],
    collection_ids: [],
    rule_ids: input.ruleIds ?? [],
    forwarded: input.forward === true && input.target.domain !== null,
    created_at: input.now,
    updated_at: input.now,
    action_taken_at: null,
    action_taken_by: null,
    assigned_account: null
  })

/**
 * A canonical e-mail address as Mastodon computes it: lower case, and in the local part the dots
 * and anything after a `+` removed.
 */
export const canonicalEmail = (email: string): string => {
  const [local = "", domain = ""] = email.trim().toLowerCase().split("@")
  return `${local.split("+")[0]?.replace(/\./g, "") ?? ""}@${domain}`
}

/**
 * The public Account of a suspended or silenced account, as Mastodon renders it: a suspended one
 * keeps its identity and loses its profile (`suspended: true`), a silenced one is flagged
 * `limited: true`. Other accounts are unchanged.
 */
export const moderated = (state: State, a: AccountRow, origin: string, rendered: Record<string, unknown>): Record<string, unknown> => {
  const store = stores.get(state)
  if (store === undefined) return rendered
  const moderation = store.moderation.get(a.idx)
  const block = store.domainBlockOf(a.domain)
  if ((moderation?.suspendedAt ?? null) !== null || block?.severity === "suspend") {
    const avatar = `${origin}/avatars/original/missing.png`
    const header = `${origin}/headers/original/missing.png`
    return {
      ...rendered,
      display_name: "",
      locked: false,
      bot: false,
      note: "",
      avatar,
      avatar_static: avatar,
      header,
      header_static: header,
      followers_count: 0,
      following_count: 0,
      statuses_count: 0,
      last_status_at: null,
      emojis: [],
      fields: [],
      suspended: true
    }
  }
  if (moderation?.silenced === true || block?.severity === "silence") return { ...rendered, limited: true }
  return rendered
}

/** Whether an e-mail address may not sign up: its domain or its canonical form is blocked. */
export const signUpBlocked = (state: State, email: string, hashOf: (canonical: string) => string = defaultHash): boolean => {
  const store = stores.get(state)
  if (store === undefined) return false
  const domain = email.split("@")[1]?.toLowerCase() ?? ""
  for (const block of store.emailDomainBlocks.values()) {
    const d = block.domain.toLowerCase()
    if (domain === d || domain.endsWith(`.${d}`)) return true
  }
  if (store.canonicalEmailBlocks.size === 0) return false
  const hash = hashOf(canonicalEmail(email))
  for (const block of store.canonicalEmailBlocks.values()) if (block.hash === hash) return true
  return false
}

/** Keep what a sign-up says for the moderators who review it (the `reason` on approval mode). */
export const recordSignUp = (state: State, account: AccountRow, reason: string | undefined): void => {
  if (reason !== undefined && reason !== "") storeOf(state).of(account).inviteRequest = reason
}

const defaultHash = (canonical: string): string => Array.from(sha256(canonical), (b) => b.toString(16).padStart(2, "0")).join("")

/** The roles a local account shows on its profile: its role, when it is highlighted. */
export const highlightedRoles = (state: State, account: AccountRow): Array<{ id: string; name: string; color: string }> => {
  const store = stores.get(state)
  const role = store?.roleOf(account)
  return role === undefined || !role.highlighted ? [] : [{ id: role.id, name: role.name, color: role.color }]
}
