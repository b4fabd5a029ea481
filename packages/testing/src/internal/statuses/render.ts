/**
 * JSON renderings of statuses and what hangs off them (Status, MediaAttachment, Poll,
 * ScheduledStatus, StatusEdit, StatusSource, Translation), per viewer and per configured version.
 *
 * @internal
 */
import { filterResults } from "../filters.js"
import * as Render from "../render.js"
import type { AccountRow, AttachmentRow, State, StatusRow } from "../state.js"
import { quoteDecision } from "./post.js"
import {
  alive,
  canSee,
  conversationOf,
  type EditRow,
  extOf,
  type MediaRow,
  type PollRow,
  pollExpired,
  processed,
  type ScheduledRow,
  storeOf,
  viewerKey
} from "./store.js"

const blurhash = "LEHV6nWB2yk8pyo0adR*.7kCMdnj"

const dimensions = (width: number, height: number) => ({ width, height, size: `${width}x${height}`, aspect: width / height })

/** A MediaAttachment entity of an uploaded file. */
export const mediaRow = (m: MediaRow, origin: string, now: number): Record<string, unknown> => {
  const ready = processed(m, now)
  const url = `${origin}${m.path}`
  const meta: Record<string, unknown> = {}
  if (m.focus !== null) meta["focus"] = m.focus
  if (m.width !== undefined && m.height !== undefined && m.width > 0 && m.height > 0) {
    meta["original"] = dimensions(m.width, m.height)
    const scale = Math.min(1, 640 / Math.max(m.width, m.height))
    meta["small"] = dimensions(Math.max(1, Math.round(m.width * scale)), Math.max(1, Math.round(m.height * scale)))
  }
  return {
    id: m.id,
    type: m.kind,
    // The full file only appears once processing is over; the preview is there from the start.
    url: ready ? url : null,
    preview_url: m.thumbnail !== undefined ? `${origin}${m.thumbnail}` : m.kind === "audio" ? null : url,
    remote_url: null,
    text_url: null,
    meta: Object.keys(meta).length === 0 ? null : meta,
    description: m.description,
    blurhash: m.kind === "audio" ? null : blurhash
  }
}

/** A MediaAttachment entity of a status's attachment (an uploaded file, or a seeded one). */
export const attachment = (state: State, a: AttachmentRow, origin: string): Record<string, unknown> => {
  const store = storeOf(state)
  const m = store.attachments.get(a.id)
  if (m !== undefined) return mediaRow(m, origin, store.now)
  return { id: a.id, type: a.type, url: a.url, preview_url: a.url, remote_url: null, text_url: null, meta: null, description: a.description, blurhash: null }
}

/** A Poll entity as `viewer` sees it. */
export const poll = (state: State, p: PollRow, viewer: AccountRow | undefined, now: number): Record<string, unknown> => {
  const status = state.statuses.get(p.status)
  const owner = status?.account
  const expired = pollExpired(p, now)
  const hidden = p.hide_totals && !expired && viewer?.idx !== owner
  const own = viewer === undefined ? undefined : p.voters.get(viewer.idx)
  return {
    id: p.id,
    expires_at: p.expires_at === null ? null : Render.iso(p.expires_at),
    expired,
    multiple: p.multiple,
    votes_count: p.votes.reduce((a, b) => a + b, 0),
    voters_count: p.multiple ? p.voters.size : null,
    options: p.options.map((title, i) => ({ title, votes_count: hidden ? null : p.votes[i] ?? 0 })),
    emojis: [],
    ...(viewer === undefined ? {} : { voted: own !== undefined || viewer.idx === owner, own_votes: own ?? [] })
  }
}

const statusUrls = (state: State, s: StatusRow, origin: string) => {
  const author = state.accounts[s.account]
  if (author === undefined) return { uri: `${origin}/statuses/${s.idStr}`, url: `${origin}/statuses/${s.idStr}` }
  const local = author.domain === null
  const actor = local ? `${origin}/users/${author.username}` : `https://${author.domain}/users/${author.username}`
  const profile = local ? `${origin}/@${author.username}` : `https://${author.domain}/@${author.username}`
  return { uri: `${actor}/statuses/${s.idStr}`, url: `${profile}/${s.idStr}` }
}

const mention = (state: State, idx: number, origin: string): Record<string, unknown> | undefined => {
  const a = state.accounts[idx]
  if (a === undefined) return undefined
  return {
    id: a.id,
    username: a.username,
    url: a.domain === null ? `${origin}/@${a.username}` : `https://${a.domain}/@${a.username}`,
    acct: state.acct(a)
  }
}

const quoteApproval = (state: State, s: StatusRow, viewer: AccountRow | undefined): Record<string, unknown> => {
  const policy = extOf(state, s).quotePolicy
  return {
    automatic: policy === "public" ? ["public"] : policy === "followers" ? ["followers"] : [],
    manual: [],
    current_user: quoteDecision(state, s, viewer)
  }
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")

const tokens = /(https?:\/\/[^\s<]+)|(^|[^\w/@])@([a-z0-9_]+)(?:@([a-z0-9.-]+\.[a-z]{2,}))?|(^|[^\w/&;])#([\p{L}\p{N}_]*[\p{L}_][\p{L}\p{N}_]*)/giu

/**
 * The HTML of a status text, as Mastodon formats local posts: paragraphs and line breaks, links,
 * mentions of known accounts as `h-card` links, hashtags as tag links.
 */
export const statusHtml = (state: State, text: string, mentions: ReadonlyArray<number>, origin: string): string => {
  if (text.trim() === "") return ""
  const host = new URL(origin).host.toLowerCase()
  const format = (escaped: string): string =>
    escaped.replace(tokens, (whole, url: string | undefined, lead: string | undefined, user: string | undefined, domain: string | undefined, tagLead: string | undefined, tag: string | undefined) => {
      if (url !== undefined) return `<a href="${url}" target="_blank" rel="nofollow noopener" translate="no">${url}</a>`
      if (user !== undefined) {
        const local = domain === undefined || domain.toLowerCase() === host
        const found = state.byHandle(local ? user : `${user}@${domain}`)
        if (found === undefined || !mentions.includes(found.idx)) return whole
        const href = found.domain === null ? `${origin}/@${found.username}` : `https://${found.domain}/@${found.username}`
        return `${lead ?? ""}<span class="h-card" translate="no"><a href="${href}" class="u-url mention">@<span>${found.username}</span></a></span>`
      }
      if (tag !== undefined) return `${tagLead ?? ""}<a href="${origin}/tags/${tag.toLowerCase()}" class="mention hashtag" rel="tag">#<span>${tag}</span></a>`
      return whole
    })
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${format(escapeHtml(p)).replace(/\n/g, "<br />")}</p>`)
    .join("")
}

/** Whether the configured version has quote posts. */
export const hasQuotes = (state: State): boolean => Render.since(state, "4.5.0")

/** Options of a Status rendering. */
export interface StatusOptions {
  /** Add the source `text` (delete and redraft). */
  readonly source?: boolean | undefined
  /** Render a quote's status shallowly (inside another quote). */
  readonly shallow?: boolean | undefined
}

/** A Status entity as `viewer` sees it. */
export const status = (state: State, s: StatusRow, origin: string, viewer: AccountRow | undefined, options: StatusOptions = {}): Record<string, unknown> => {
  const store = storeOf(state)
  const now = store.now
  const ext = extOf(state, s)
  const author = state.accounts[s.account]
  const { uri, url } = statusUrls(state, s, origin)
  const quotes = hasQuotes(state)
  const boost = s.reblog
  const app = ext.application === undefined ? undefined : state.apps.get(ext.application)
  let content = boost === undefined ? statusHtml(state, s.text, ext.mentions, origin) : ""
  let quote: Record<string, unknown> | null = null
  if (quotes && ext.quote !== undefined) {
    const quoted = state.statuses.get(ext.quote.quoted)
    const visible = quoted !== undefined && canSee(state, quoted, viewer)
    const stateName = ext.quote.state === "revoked" ? "revoked" : quoted === undefined || !alive(state, quoted) ? "deleted" : visible ? "accepted" : "unauthorized"
    const shown = stateName === "accepted" && quoted !== undefined
    quote = options.shallow === true
      ? { state: stateName, quoted_status_id: shown ? quoted.idStr : null }
      : { state: stateName, quoted_status: shown ? status(state, quoted, origin, viewer, { shallow: true }) : null }
    // Older clients see a link to the quoted post when the text has none.
    if (quoted !== undefined && ext.quote.state === "accepted") {
      const link = statusUrls(state, quoted, origin).url
      if (!s.text.includes(link)) content = `<p class="quote-inline">RE: <a href="${link}">${link}</a></p>${content}`
    }
  }
  const visibleReplies = ext.replies.filter((r) => alive(state, r) && (r.visibility === "public" || r.visibility === "unlisted"))
  const when = (version: string, fields: Record<string, unknown>) => Render.whenSince(state, version, fields)
  const pinnable = viewer !== undefined && viewer.idx === s.account && boost === undefined && s.visibility !== "direct"
  return {
    id: s.idStr,
    uri,
    url,
    created_at: Render.iso(s.created_at),
    account: author === undefined ? null : Render.account(state, author, origin),
    content,
    visibility: s.visibility,
    sensitive: boost === undefined ? ext.sensitive : false,
    spoiler_text: boost === undefined ? ext.spoiler_text : "",
    media_attachments: boost === undefined ? s.media.map((a) => attachment(state, a, origin)) : [],
    application: app === undefined ? null : { name: app.name, website: app.website },
    mentions: boost === undefined ? ext.mentions.flatMap((idx) => mention(state, idx, origin) ?? []) : [],
    tags: boost === undefined ? s.tags.map((t) => ({ name: t.toLowerCase(), url: `${origin}/tags/${t.toLowerCase()}` })) : [],
    emojis: [],
    reblogs_count: ext.reblogs.length,
    favourites_count: ext.favourites.size,
    ...when("2.5.0", { replies_count: visibleReplies.length }),
    ...(quotes ? { quotes_count: ext.quotes.filter((q) => alive(state, q) && extOf(state, q).quote?.state === "accepted").length } : {}),
    in_reply_to_id: s.inReplyTo?.idStr ?? null,
    in_reply_to_account_id: s.inReplyTo === undefined ? null : state.accounts[s.inReplyTo.account]?.id ?? null,
    reblog: boost === undefined ? null : status(state, boost, origin, viewer),
    ...when("2.8.0", { poll: boost === undefined && ext.poll !== undefined ? poll(state, ext.poll, viewer, now) : null }),
    ...when("2.6.0", { card: null }),
    language: boost === undefined ? s.language : null,
    ...(options.source === true ? when("2.9.0", { text: s.text }) : {}),
    ...when("3.5.0", { edited_at: ext.edited_at === null ? null : Render.iso(ext.edited_at) }),
    ...when("4.4.0", { quote }),
    ...(quotes ? { quote_approval: quoteApproval(state, s, viewer) } : {}),
    ...when("4.6.0", { tagged_collections: [] }),
    ...(viewer === undefined
      ? {}
      : {
        favourited: ext.favouriteOf.has(viewer.idx),
        reblogged: ext.reblogs.some((r) => r.account === viewer.idx),
        muted: store.conversationMutes.has(viewer.idx + ":" + conversationOf(s)),
        ...when("3.1.0", { bookmarked: store.bookmarks.has(viewerKey(viewer.idx, s.idStr)) }),
        ...(pinnable ? { pinned: s.pinned } : {}),
        ...when("4.0.0", { filtered: filterResults(state, s, viewer, now) })
      })
  }
}

/** A StatusEdit entity. */
export const edit = (state: State, s: StatusRow, e: EditRow, origin: string): Record<string, unknown> => {
  const author = state.accounts[s.account]
  return {
    content: statusHtml(state, e.text, extOf(state, s).mentions, origin),
    spoiler_text: e.spoiler_text,
    sensitive: e.sensitive,
    created_at: Render.iso(e.at),
    account: author === undefined ? null : Render.account(state, author, origin),
    poll: e.poll === null ? null : { options: e.poll.map((title) => ({ title })) },
    media_attachments: e.media.map((a) => attachment(state, a, origin)),
    emojis: []
  }
}

/** A ScheduledStatus entity. */
export const scheduled = (state: State, row: ScheduledRow, origin: string): Record<string, unknown> => {
  const store = storeOf(state)
  const media = (row.params.media_ids ?? []).flatMap((id) => {
    const m = store.attachments.get(id)
    return m === undefined ? [] : [mediaRow(m, origin, store.now)]
  })
  const p = row.params
  return {
    id: String(row.id),
    scheduled_at: Render.iso(row.scheduled_at),
    params: {
      // Never null, so a media-only post reads as one with empty text.
      text: p.text ?? "",
      poll: p.poll === null ? null : { options: p.poll.options, expires_in: String(p.poll.expires_in), multiple: p.poll.multiple, hide_totals: p.poll.hide_totals },
      media_ids: p.media_ids,
      sensitive: p.sensitive,
      spoiler_text: p.spoiler_text,
      visibility: p.visibility,
      language: p.language,
      // Mastodon writes an integer; a string keeps a snowflake exact (JSON numbers are doubles here).
      in_reply_to_id: p.in_reply_to_id,
      scheduled_at: null,
      idempotency: p.idempotency,
      with_rate_limit: false,
      application_id: row.application === undefined ? null : Number(row.application),
      ...(hasQuotes(state) ? { quoted_status_id: p.quoted_status_id, quote_approval_policy: p.quote_approval_policy } : {})
    },
    media_attachments: media
  }
}

/** A deterministic stand-in for a translation: the text tagged with the target language. */
const fakeTranslate = (text: string, lang: string): string => (text === "" ? "" : `[${lang}] ${text}`)

/** A Translation entity. */
export const translation = (state: State, s: StatusRow, lang: string): Record<string, unknown> => {
  const ext = extOf(state, s)
  return {
    content: Render.textToHtml(fakeTranslate(s.text, lang)),
    spoiler_text: fakeTranslate(ext.spoiler_text, lang),
    language: lang,
    media_attachments: s.media.map((a) => ({ id: a.id, description: fakeTranslate(a.description ?? "", lang) })),
    poll: ext.poll === undefined ? null : { id: ext.poll.id, options: ext.poll.options.map((title) => ({ title: fakeTranslate(title, lang) })) },
    detected_source_language: s.language,
    provider: "mastodon-effect fake translator"
  }
}
