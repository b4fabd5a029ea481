/**
 * JSON renderings of the state rows, shaped like the entities of the Mastodon docs.
 *
 * @internal
 */
import * as AdminStore from "./admin/store.js"
import * as StatusRender from "./statuses/render.js"
import { type AccountRow, type AppRow, type FeaturedTagRow, type ListRow, pair, type State, type StatusRow } from "./state.js"

const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")

/** Plain text → the HTML Mastodon stores: paragraphs, line breaks, linked URLs. */
export const textToHtml = (text: string): string => {
  if (text.trim() === "") return ""
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${linkify(escapeHtml(p)).replace(/\n/g, "<br />")}</p>`)
    .join("")
}

const linkify = (escaped: string): string =>
  escaped.replace(
    /https?:\/\/[^\s<]+/g,
    (url) => `<a href="${url}" target="_blank" rel="nofollow noopener me" translate="no">${url}</a>`
  )

/** A field value as HTML: linked when it is a URL, escaped otherwise. */
const fieldValueHtml = (value: string): string => linkify(escapeHtml(value))

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

/** An ISO 8601 timestamp as Mastodon writes it (milliseconds, `Z`). */
export const iso = (ms: number): string => new Date(ms).toISOString()

const profileUrl = (a: AccountRow, origin: string): string =>
  a.domain === null ? `${origin}/@${a.username}` : `https://${a.domain}/@${a.username}`

const actorUri = (a: AccountRow, origin: string): string =>
  a.domain === null ? `${origin}/users/${a.username}` : `https://${a.domain}/users/${a.username}`

/** The avatar URL, or Mastodon's placeholder when none is set. */
export const avatarUrl = (a: AccountRow, origin: string): string =>
  a.avatar === undefined ? `${origin}/avatars/original/missing.png` : `${origin}${a.avatar.path}`

/** The header URL, or Mastodon's placeholder when none is set. */
export const headerUrl = (a: AccountRow, origin: string): string =>
  a.header === undefined ? `${origin}/headers/original/missing.png` : `${origin}${a.header.path}`

/**
 * Whether the configured Mastodon version has a feature added in `wanted` (`x.y.z`): fields added
 * later than the version the instance claims are left out, as that version's server would.
 */
export const since = (state: State, wanted: string): boolean => {
  const parse = (v: string) => (v.match(/^(\d+)\.(\d+)\.(\d+)/) ?? []).slice(1, 4).map(Number)
  const have = parse(state.options.version)
  const want = parse(wanted)
  for (let i = 0; i < 3; i++) {
    const x = have[i] ?? 0
    const y = want[i] ?? 0
    if (x !== y) return x > y
  }
  return true
}

/** `fields` when the configured version has `wanted`, else nothing. */
export const whenSince = (state: State, wanted: string, fields: Record<string, unknown>): Record<string, unknown> =>
  since(state, wanted) ? fields : {}

/** An Account entity, with the fields of the configured version. */
export const account = (state: State, a: AccountRow, origin: string): Record<string, unknown> => {
  const statuses = a.statuses
  const last = statuses === undefined ? undefined : statuses[statuses.length - 1]
  const avatar = avatarUrl(a, origin)
  const header = headerUrl(a, origin)
  const local = a.domain === null
  // A suspended account is shown without its profile, a silenced one as limited.
  return AdminStore.moderated(state, a, origin, {
    id: a.id,
    username: a.username,
    acct: state.acct(a),
    display_name: a.display_name,
    locked: a.locked,
    bot: a.bot,
    discoverable: a.discoverable,
    ...whenSince(state, "4.3.0", { indexable: a.indexable }),
    group: a.group,
    created_at: iso(a.created_at),
    note: textToHtml(a.note),
    url: profileUrl(a, origin),
    ...whenSince(state, "4.2.0", { uri: actorUri(a, origin) }),
    avatar,
    avatar_static: avatar,
    ...whenSince(state, "4.6.0", { avatar_description: a.avatar_description }),
    header,
    header_static: header,
    ...whenSince(state, "4.6.0", { header_description: a.header_description }),
    followers_count: a.followers?.size ?? 0,
    following_count: a.following?.size ?? 0,
    statuses_count: statuses?.length ?? 0,
    last_status_at: last === undefined ? null : isoDay(last.created_at),
    ...whenSince(state, "4.3.0", { hide_collections: a.hide_collections }),
    // Mastodon sends `noindex` for local accounts only.
    ...(local ? whenSince(state, "4.0.0", { noindex: !a.indexable }) : {}),
    ...whenSince(state, "4.6.0", { show_media: a.show_media, show_media_replies: a.show_media_replies, show_featured: a.show_featured }),
    emojis: [],
    // A local user's role shows on their profile when it is highlighted (the built-in staff roles are).
    ...whenSince(state, "4.1.0", { roles: local ? AdminStore.highlightedRoles(state, a) : null }),
    ...whenSince(state, "4.6.0", {
      // Local accounts accept being featured by anyone; a remote account's server did not say.
      feature_approval: local
        ? { automatic: ["public"], manual: [], current_user: "automatic" }
        : { automatic: [], manual: [], current_user: "missing" }
    }),
    fields: a.fields.map((f) => ({ name: escapeHtml(f.name), value: fieldValueHtml(f.value), verified_at: null }))
  })
}

const roleJson = (r: AdminStore.RoleRow) => ({ id: r.id, name: r.name, permissions: r.permissions, color: r.color, highlighted: r.highlighted })

/** A CredentialAccount entity: the account plus `source` and `role`. */
export const credentialAccount = (state: State, a: AccountRow, origin: string): Record<string, unknown> => ({
  ...account(state, a, origin),
  source: {
    privacy: a.privacy,
    sensitive: a.sensitive,
    language: a.language,
    note: a.note,
    fields: a.fields.map((f) => ({ name: f.name, value: f.value, verified_at: null })),
    follow_requests_count: a.requests?.size ?? 0,
    ...whenSince(state, "4.1.0", { hide_collections: a.hide_collections }),
    discoverable: a.discoverable,
    ...whenSince(state, "4.3.0", { indexable: a.indexable }),
    ...whenSince(state, "4.4.0", { attribution_domains: a.attribution_domains }),
    ...whenSince(state, "4.5.0", { quote_policy: a.quote_policy })
  },
  ...whenSince(state, "4.0.0", {
    // The user's role: the built-in "everyone" one unless a moderator role was given.
    role: { ...roleJson(AdminStore.roleOf(state, a)), ...whenSince(state, "4.6.0", { collection_limit: 10 }) }
  })
})

/** A Profile entity (Mastodon 4.6). */
export const profile = (state: State, a: AccountRow, origin: string): Record<string, unknown> => ({
  id: a.id,
  display_name: a.display_name,
  note: a.note,
  fields: a.fields.map((f) => ({ name: f.name, value: f.value, verified_at: null })),
  avatar: a.avatar === undefined ? null : `${origin}${a.avatar.path}`,
  avatar_static: a.avatar === undefined ? null : `${origin}${a.avatar.path}`,
  avatar_description: a.avatar_description,
  header: a.header === undefined ? null : `${origin}${a.header.path}`,
  header_static: a.header === undefined ? null : `${origin}${a.header.path}`,
  header_description: a.header_description,
  locked: a.locked,
  bot: a.bot,
  hide_collections: a.hide_collections,
  discoverable: a.discoverable,
  indexable: a.indexable,
  show_media: a.show_media,
  show_media_replies: a.show_media_replies,
  show_featured: a.show_featured,
  attribution_domains: a.attribution_domains,
  featured_tags: (a.featuredTags ?? []).map((t) => featuredTag(state, t, origin))
})

/** A Relationship entity, computed from the state. */
export const relationship = (state: State, me: AccountRow, other: AccountRow, now: number): Record<string, unknown> => {
  const follow = state.followOptionsOf(me.idx, other.idx)
  const request = state.requests.get(pair(me.idx, other.idx))
  const options = follow ?? request?.options
  const mute = state.activeMute(me.idx, other.idx, now)
  return {
    id: other.id,
    following: follow !== undefined,
    showing_reblogs: options?.reblogs ?? false,
    ...whenSince(state, "3.3.0", { notifying: options?.notify ?? false }),
    ...whenSince(state, "4.0.0", { languages: options?.languages ?? null }),
    followed_by: state.isFollowing(other.idx, me.idx),
    blocking: state.blocks.has(pair(me.idx, other.idx)),
    blocked_by: state.blocks.has(pair(other.idx, me.idx)),
    muting: mute !== undefined,
    muting_notifications: mute?.notifications ?? false,
    ...whenSince(state, "4.6.0", {
      muting_expires_at: mute?.expiresAt === undefined || mute.expiresAt === null ? null : iso(mute.expiresAt)
    }),
    requested: request !== undefined,
    ...whenSince(state, "4.1.0", { requested_by: state.requests.has(pair(other.idx, me.idx)) }),
    domain_blocking: other.domain !== null && (me.domainBlocks?.has(other.domain) ?? false),
    endorsed: state.endorsements.has(pair(me.idx, other.idx)),
    note: state.notes.get(pair(me.idx, other.idx)) ?? ""
  }
}

/** A Status entity as `viewer` sees it (rendered by the status store, which knows counts, polls and flags). */
export const status = (state: State, s: StatusRow, origin: string, viewer: AccountRow | undefined): Record<string, unknown> =>
  StatusRender.status(state, s, origin, viewer)

/** A List entity. */
export const list = (l: ListRow): Record<string, unknown> => ({
  id: l.id,
  title: l.title,
  replies_policy: l.replies_policy,
  exclusive: l.exclusive
})

/** A FeaturedTag entity, counting the owner's statuses with that tag. */
export const featuredTag = (state: State, t: FeaturedTagRow, origin: string): Record<string, unknown> => {
  const owner = state.accounts[t.account]
  const tagged = (owner?.statuses ?? []).filter((s) => s.tags.some((x) => x.toLowerCase() === t.name.toLowerCase()))
  const last = tagged[tagged.length - 1]
  return {
    id: t.id,
    name: t.name,
    url: owner === undefined ? `${origin}/tags/${t.name}` : `${origin}/@${owner.username}/tagged/${t.name}`,
    statuses_count: String(tagged.length),
    last_status_at: last === undefined ? null : isoDay(last.created_at)
  }
}

/** An Application entity (without secrets). */
export const application = (app: AppRow): Record<string, unknown> => ({
  id: app.id,
  name: app.name,
  website: app.website,
  scopes: app.scopes,
  redirect_uri: app.redirect_uris.join("\n"),
  redirect_uris: app.redirect_uris,
  vapid_key: "BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M="
})

/** A CredentialApplication entity (with the client credentials). */
export const credentialApplication = (app: AppRow): Record<string, unknown> => ({
  ...application(app),
  client_id: app.client_id,
  client_secret: app.client_secret,
  client_secret_expires_at: 0
})
