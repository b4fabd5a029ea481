/**
 * Posting, scheduling and editing statuses with the server's validation: the checks run in the
 * order Mastodon's post and update services run them, and the 422 bodies carry its wording.
 *
 * @internal
 */
import * as P from "../params.js"
import { error, notFound, type Reply } from "../route.js"
import { type AccountRow, type AttachmentRow, pair, type State, type StatusRow } from "../state.js"
import {
  canSee,
  type EditRow,
  extOf,
  idempotencyWindowMillis,
  index,
  type MediaRow,
  type PollRow,
  processed,
  type QuotePolicy,
  type ScheduledParams,
  type ScheduledRow,
  storeOf,
  type Visibility
} from "./store.js"

/** Poll limits of `configuration.polls`. */
export const pollLimits = { maxOptions: 4, maxCharactersPerOption: 50, minExpiration: 300, maxExpiration: 2_629_746 } as const

/** The most attachments per status. */
export const maxMedia = 4

/** Scheduled statuses must be at least this far ahead (ms). */
export const minimumScheduleOffset = 5 * 60_000

/**
 * The problem of a scheduled date too close: the server's current wording (the docs quote an
 * older one, "Scheduled at The scheduled date must be in the future").
 */
export const tooSoon = "Scheduled at date must be in the future"

const visibilities: ReadonlyArray<Visibility> = ["public", "unlisted", "private", "direct"]
const quotePolicies: ReadonlyArray<QuotePolicy> = ["public", "followers", "nobody"]

/** A poll as posted. */
export interface PollInput {
  readonly options: ReadonlyArray<string>
  readonly expires_in: number | undefined
  readonly multiple: boolean
  readonly hide_totals: boolean
}

/** The parameters of a post, read from a request or a scheduled status. */
export interface PostInput {
  readonly text: string | undefined
  readonly mediaIds: ReadonlyArray<string>
  readonly poll: PollInput | undefined
  readonly inReplyToId: string | undefined
  readonly sensitive: boolean | undefined
  readonly spoiler_text: string | undefined
  readonly visibility: string | undefined
  readonly language: string | undefined
  readonly scheduledAt: string | undefined
  readonly quotedStatusId: string | undefined
  readonly quotePolicy: string | undefined
  readonly idempotency: string | undefined
}

const nonEmpty = (s: string | undefined): string | undefined => (s === undefined || s === "" ? undefined : s)

/** Read a poll parameter hash (`poll[options][]`, `poll[expires_in]`, ...). */
export const readPoll = (p: P.ParamHash): PollInput | undefined => {
  const raw = p["poll"]
  if (raw === undefined || raw === null || raw === "") return undefined
  const poll = P.hash(p, "poll")
  return {
    options: P.list(poll, "options"),
    expires_in: P.int(poll, "expires_in"),
    multiple: P.bool(poll, "multiple") ?? false,
    hide_totals: P.bool(poll, "hide_totals") ?? false
  }
}

/** Read the parameters of `POST /api/v1/statuses`. */
export const readPost = (p: P.ParamHash, headers: Readonly<Record<string, string>>): PostInput => ({
  text: P.str(p, "status"),
  mediaIds: P.list(p, "media_ids"),
  poll: readPoll(p),
  inReplyToId: nonEmpty(P.str(p, "in_reply_to_id")),
  sensitive: P.bool(p, "sensitive"),
  spoiler_text: P.str(p, "spoiler_text"),
  visibility: nonEmpty(P.str(p, "visibility")),
  language: nonEmpty(P.str(p, "language")),
  scheduledAt: nonEmpty(P.str(p, "scheduled_at")),
  quotedStatusId: nonEmpty(P.str(p, "quoted_status_id")),
  quotePolicy: nonEmpty(P.str(p, "quote_approval_policy")),
  idempotency: nonEmpty(headers["idempotency-key"]?.trim())
})

const urlPattern = /https?:\/\/[^\s<]+/g
const mentionPattern = /(^|[^\w/@])@([a-z0-9_]+)(?:@([a-z0-9.-]+\.[a-z]{2,}))?/gi

/** The length Mastodon counts: a URL is 23 characters, a mention only its username part. */
export const countedLength = (text: string): number =>
  [...text.replace(urlPattern, "x".repeat(23)).replace(mentionPattern, (_m, lead: string, user: string) => `${lead}@${user}`)].length

/** The accounts mentioned in a text that exist on the instance. */
export const mentionsIn = (state: State, text: string, host: string): Array<number> => {
  const out: Array<number> = []
  for (const m of text.matchAll(mentionPattern)) {
    const user = m[2] ?? ""
    const domain = m[3]
    const local = domain === undefined || domain.toLowerCase() === host.toLowerCase()
    const found = state.byHandle(local ? user : `${user}@${domain}`)
    if (found !== undefined && !out.includes(found.idx)) out.push(found.idx)
  }
  return out
}

/** Hashtags of a text, without `#`. */
export const tagsIn = (text: string): Array<string> =>
  Array.from(new Set(Array.from(text.matchAll(/(?:^|[^\w/&])#([\p{L}\p{N}_]*[\p{L}_][\p{L}\p{N}_]*)/gu), (m) => m[1] ?? "")))

const languageOf = (given: string | undefined, fallback: string | null): string =>
  given !== undefined && /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(given) ? given : fallback ?? "en"

/** The problems of a poll, as Mastodon words them on the status. */
const pollProblems = (poll: PollInput): Array<string> => {
  const out: Array<string> = []
  if (poll.options.length < 2) out.push("Poll options must have more than one item")
  if (poll.options.length > pollLimits.maxOptions) out.push(`Poll options can't contain more than ${pollLimits.maxOptions} items`)
  if (poll.options.some((o) => [...o].length > pollLimits.maxCharactersPerOption)) {
    out.push(`Poll options cannot be longer than ${pollLimits.maxCharactersPerOption} characters each`)
  }
  if (new Set(poll.options.map((o) => o.trim())).size !== poll.options.length) out.push("Poll options must not contain duplicate items")
  if (poll.expires_in === undefined) out.push("Poll expires at can't be blank")
  else if (poll.expires_in < pollLimits.minExpiration) out.push("Poll expires at is too soon")
  else if (poll.expires_in > pollLimits.maxExpiration) out.push("Poll expires at is too far into the future")
  return out
}

/** Text problems: blank without media, or over the character limit. */
const textProblems = (state: State, text: string, spoiler: string, hasMedia: boolean): Array<string> => {
  const out: Array<string> = []
  if (text.trim() === "" && !hasMedia) out.push("Text can't be blank")
  const max = storeOf(state).maxCharacters
  if (countedLength(text) + countedLength(spoiler) > max) out.push(`Text character limit of ${max} exceeded`)
  return out
}

const validationFailed = (problems: ReadonlyArray<string>): Reply => error(422, `Validation failed: ${problems.join(", ")}`)

/** Check the attachments of a post or edit; `own` are ids already on the edited status. */
const checkMedia = (
  state: State,
  author: AccountRow,
  ids: ReadonlyArray<string>,
  hasPoll: boolean,
  now: number,
  editing: StatusRow | undefined
): Array<MediaRow> | Reply => {
  if (ids.length === 0) return []
  if (ids.length > maxMedia || hasPoll) return error(422, `Cannot attach more than ${maxMedia} files`)
  const store = storeOf(state)
  const found: Array<MediaRow> = []
  const missing: Array<string> = []
  for (const id of Array.from(new Set(ids))) {
    const m = store.attachments.get(id)
    if (m !== undefined && m.account === author.idx && (m.status === undefined || m.status === editing?.idStr)) found.push(m)
    else missing.push(id)
  }
  if (missing.length > 0) return error(422, `Media ${missing.join(", ")} not found or already attached to another post`)
  if (found.length > 1 && found.some((m) => m.kind !== "image")) return error(422, "Cannot attach a video to a post that already contains images")
  if (found.some((m) => !processed(m, now))) return error(422, "Cannot attach files that have not finished processing. Try again in a moment!")
  return found
}

/** The attachment row a status keeps for an uploaded file. */
export const attachmentOf = (origin: string, m: MediaRow): AttachmentRow => ({
  id: m.id,
  type: m.kind,
  url: `${origin}${m.path}`,
  description: m.description
})

/** What a post produced. */
export type PostResult =
  | { readonly _tag: "Status"; readonly row: StatusRow }
  | { readonly _tag: "Scheduled"; readonly row: ScheduledRow }
  | { readonly _tag: "Error"; readonly reply: Reply }

const fail = (reply: Reply): PostResult => ({ _tag: "Error", reply })

/** Who may quote a status, for a quoting account. */
export const quoteDecision = (state: State, quoted: StatusRow, viewer: AccountRow | undefined): "automatic" | "denied" | "unknown" => {
  if (viewer === undefined) return "unknown"
  if (quoted.visibility === "direct") return "denied"
  if (viewer.idx === quoted.account) return "automatic"
  if (quoted.visibility === "private") return "denied"
  const policy = extOf(state, quoted).quotePolicy
  if (state.blocks.has(pair(quoted.account, viewer.idx))) return "denied"
  if (policy === "public") return "automatic"
  if (policy === "followers" && state.isFollowing(viewer.idx, quoted.account)) return "automatic"
  return "denied"
}

/**
 * Post (or schedule) a status as `author` at `now`. `origin` builds attachment URLs; `app` is the
 * id of the token's application. `scheduling` false publishes a due scheduled status.
 */
export const post = (
  state: State,
  author: AccountRow,
  input: PostInput,
  ctx: { readonly now: number; readonly origin: string; readonly host: string; readonly app: string | undefined; readonly quotes: boolean; readonly scheduling: boolean }
): PostResult => {
  const store = storeOf(state)
  const now = ctx.now
  const idemKey = input.idempotency === undefined ? undefined : `${author.idx}:${input.idempotency}`
  if (idemKey !== undefined && ctx.scheduling) {
    const seen = store.idempotency.get(idemKey)
    if (seen !== undefined && seen.at + idempotencyWindowMillis > now) {
      if (seen.kind === "scheduled") {
        const row = store.scheduled.get(Number(seen.id))
        return row === undefined ? fail(notFound()) : { _tag: "Scheduled", row }
      }
      const row = state.statuses.get(seen.id)
      return row === undefined ? fail(notFound()) : { _tag: "Status", row }
    }
  }

  if (input.visibility !== undefined && !visibilities.includes(input.visibility as Visibility)) {
    return fail(error(422, `'${input.visibility}' is not a valid visibility`))
  }
  if (ctx.quotes && input.quotePolicy !== undefined && !quotePolicies.includes(input.quotePolicy as QuotePolicy)) {
    return fail(error(422, `'${input.quotePolicy}' is not a valid quote_approval_policy`))
  }

  let scheduledAt: number | undefined
  if (ctx.scheduling && input.scheduledAt !== undefined) {
    const t = Date.parse(input.scheduledAt)
    if (Number.isNaN(t)) return fail(error(422, "invalid date"))
    // A time already past publishes at once, as the server does.
    if (t > now) scheduledAt = t
  }

  let inReplyTo: StatusRow | undefined
  if (input.inReplyToId !== undefined) {
    inReplyTo = state.statuses.get(input.inReplyToId)
    if (inReplyTo === undefined || !canSee(state, inReplyTo, author) || inReplyTo.reblog !== undefined) {
      return fail(error(404, "The post you are trying to reply to does not appear to exist."))
    }
  }
  let quoted: StatusRow | undefined
  if (ctx.quotes && input.quotedStatusId !== undefined) {
    quoted = state.statuses.get(input.quotedStatusId)
    quoted = quoted?.reblog ?? quoted
    // The server answers the same for a missing post and one its policy does not let you quote.
    if (quoted === undefined || !canSee(state, quoted, author) || quoteDecision(state, quoted, author) !== "automatic") {
      return fail(error(404, "The post you are trying to quote does not appear to exist."))
    }
  }

  const media = checkMedia(state, author, input.mediaIds, input.poll !== undefined, now, undefined)
  if (!Array.isArray(media)) return fail(media)

  const text = input.text ?? ""
  const spoiler = input.spoiler_text ?? ""
  if (quoted !== undefined && (input.visibility ?? author.privacy) === "direct" && !mentionsIn(state, text, ctx.host).includes(quoted.account)) {
    return fail(error(422, "Cannot quote a non-mentioned user in a Private Mention post."))
  }
  const problems = [...textProblems(state, text, spoiler, media.length > 0), ...(input.poll === undefined ? [] : pollProblems(input.poll))]
  if (scheduledAt !== undefined) {
    if (scheduledAt < now + minimumScheduleOffset) problems.push(tooSoon)
    const mine = [...store.scheduled.values()].filter((r) => r.account === author.idx)
    const day = Math.floor(scheduledAt / 86_400_000)
    if (mine.length >= 300) problems.push("You have exceeded the limit of 300 scheduled posts")
    if (mine.filter((r) => Math.floor(r.scheduled_at / 86_400_000) === day).length >= 25) {
      problems.push("You have exceeded the limit of 25 scheduled posts for today")
    }
  }
  if (problems.length > 0) return fail(validationFailed(problems))

  if (scheduledAt !== undefined) {
    const params: ScheduledParams = {
      text: input.text ?? null,
      media_ids: input.mediaIds.length === 0 ? null : input.mediaIds,
      sensitive: input.sensitive ?? null,
      spoiler_text: input.spoiler_text ?? null,
      visibility: (input.visibility as Visibility | undefined) ?? null,
      language: input.language ?? null,
      poll: input.poll === undefined
        ? null
        : { options: input.poll.options, expires_in: input.poll.expires_in ?? 0, multiple: input.poll.multiple, hide_totals: input.poll.hide_totals },
      in_reply_to_id: input.inReplyToId ?? null,
      quoted_status_id: ctx.quotes ? input.quotedStatusId ?? null : null,
      quote_approval_policy: ctx.quotes ? (input.quotePolicy as QuotePolicy | undefined) ?? null : null,
      idempotency: input.idempotency ?? null
    }
    const row: ScheduledRow = { id: store.nextScheduledId(), account: author.idx, scheduled_at: scheduledAt, params, application: ctx.app }
    store.scheduled.set(row.id, row)
    for (const m of media) m.status = `scheduled:${row.id}`
    if (idemKey !== undefined) store.idempotency.set(idemKey, { kind: "scheduled", id: String(row.id), at: now })
    return { _tag: "Scheduled", row }
  }

  let visibility = (input.visibility as Visibility | undefined) ?? (author.privacy as Visibility)
  if (quoted?.visibility === "private" && (visibility === "public" || visibility === "unlisted")) visibility = "private"
  const id = state.nextStatusId(now)
  const row: StatusRow = {
    id,
    idStr: id.toString(),
    account: author.idx,
    text,
    visibility,
    created_at: now,
    pinned: false,
    media: media.map((m) => attachmentOf(ctx.origin, m)),
    inReplyTo,
    reblog: undefined,
    tags: tagsIn(text),
    language: languageOf(input.language, author.language)
  }
  const ext = extOf(state, row)
  ext.sensitive = (input.sensitive ?? author.sensitive) || spoiler.trim() !== ""
  ext.spoiler_text = spoiler
  ext.mentions = mentionsIn(state, text, ctx.host)
  ext.application = ctx.app
  const policy = (input.quotePolicy as QuotePolicy | undefined) ?? (author.quote_policy as QuotePolicy)
  ext.quotePolicy = visibility === "private" || visibility === "direct" ? "nobody" : policy
  if (quoted !== undefined) ext.quote = { quoted: quoted.idStr, state: "accepted" }
  if (input.poll !== undefined) ext.poll = makePoll(state, row.idStr, input.poll, now)
  for (const m of media) m.status = row.idStr
  state.addStatus(row)
  index(state, row)
  state.emit({ _tag: "Posted", status: row })
  store.posted++
  if (idemKey !== undefined) store.idempotency.set(idemKey, { kind: "status", id: row.idStr, at: now })
  return { _tag: "Status", row }
}

/**
 * `booster` boosts `s` (the original, never a boost): the existing boost when there is one. A
 * private post boosted by its author stays private; otherwise `visibility` or the booster's default.
 */
export const boost = (state: State, booster: AccountRow, s: StatusRow, visibility: string | undefined, now: number, app: string | undefined): StatusRow => {
  const existing = extOf(state, s).reblogs.find((r) => r.account === booster.idx && state.statuses.get(r.idStr) === r)
  if (existing !== undefined) return existing
  const chosen = visibility === "public" || visibility === "unlisted" || visibility === "private" ? visibility : (booster.privacy as Visibility)
  const id = state.nextStatusId(now)
  const row: StatusRow = {
    id,
    idStr: id.toString(),
    account: booster.idx,
    text: "",
    visibility: s.visibility === "private" ? "private" : chosen,
    created_at: now,
    pinned: false,
    media: [],
    inReplyTo: undefined,
    reblog: s,
    tags: [],
    language: s.language
  }
  extOf(state, row).application = app
  state.addStatus(row)
  index(state, row)
  state.emit({ _tag: "Reblogged", reblog: row })
  return row
}

/** Create the poll of a status. */
export const makePoll = (state: State, statusId: string, input: PollInput, now: number): PollRow => {
  const store = storeOf(state)
  const poll: PollRow = {
    id: store.nextId(),
    status: statusId,
    options: [...input.options],
    votes: input.options.map(() => 0),
    voters: new Map(),
    multiple: input.multiple,
    hide_totals: input.hide_totals,
    expires_at: input.expires_in === undefined ? null : now + input.expires_in * 1000
  }
  store.polls.set(poll.id, poll)
  return poll
}

/** A snapshot of a status as it is now. */
export const snapshot = (state: State, s: StatusRow, at: number): EditRow => {
  const ext = extOf(state, s)
  return { at, text: s.text, spoiler_text: ext.spoiler_text, sensitive: ext.sensitive, media: s.media, poll: ext.poll?.options ?? null }
}

/** Apply `PUT /api/v1/statuses/:id`: everything is replaced by what is sent, except the language. */
export const edit = (
  state: State,
  s: StatusRow,
  author: AccountRow,
  p: P.ParamHash,
  ctx: { readonly now: number; readonly origin: string; readonly host: string; readonly quotes: boolean }
): Reply | undefined => {
  const store = storeOf(state)
  const ext = extOf(state, s)
  const poll = readPoll(p)
  const mediaIds = P.list(p, "media_ids")
  const quotePolicy = nonEmpty(P.str(p, "quote_approval_policy"))
  if (ctx.quotes && quotePolicy !== undefined && !quotePolicies.includes(quotePolicy as QuotePolicy)) {
    return error(422, `'${quotePolicy}' is not a valid quote_approval_policy`)
  }
  const media = checkMedia(state, author, mediaIds, poll !== undefined, ctx.now, s)
  if (!Array.isArray(media)) return media
  const text = P.str(p, "status") ?? ""
  const spoiler = P.str(p, "spoiler_text") ?? ""
  const problems = [...textProblems(state, text, spoiler, media.length > 0), ...(poll === undefined ? [] : pollProblems(poll))]
  if (problems.length > 0) return validationFailed(problems)

  if (ext.edits.length === 0) ext.edits.push(snapshot(state, s, s.created_at))
  // Descriptions and focus of the attachments may be changed in the same request.
  for (const attrs of P.hashes(p, "media_attributes") ?? []) {
    const m = media.find((x) => x.id === P.str(attrs, "id"))
    if (m === undefined) continue
    const description = P.str(attrs, "description")
    if (description !== undefined) m.description = description
    const focus = P.str(attrs, "focus")
    if (focus !== undefined) {
      const [x, y] = focus.split(",").map(Number)
      if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) m.focus = { x, y }
    }
  }
  for (const m of media) m.status = s.idStr
  const mutable = s as { -readonly [K in keyof StatusRow]: StatusRow[K] }
  mutable.text = text
  mutable.media = media.map((m) => attachmentOf(ctx.origin, m))
  mutable.tags = tagsIn(text)
  mutable.language = languageOf(nonEmpty(P.str(p, "language")), s.language)
  ext.spoiler_text = spoiler
  ext.sensitive = (P.bool(p, "sensitive") ?? false) || spoiler.trim() !== ""
  ext.mentions = Array.from(new Set([...ext.mentions, ...mentionsIn(state, text, ctx.host)]))
  if (poll === undefined) {
    if (ext.poll !== undefined) store.polls.delete(ext.poll.id)
    ext.poll = undefined
  } else if (ext.poll === undefined) {
    ext.poll = makePoll(state, s.idStr, poll, ctx.now)
  } else {
    // The poll keeps its id; changing the options or the kind of poll resets its votes.
    const current = ext.poll
    if (current.multiple !== poll.multiple || current.options.join("\n") !== poll.options.join("\n")) {
      current.options = [...poll.options]
      current.votes = poll.options.map(() => 0)
      current.voters = new Map()
      current.multiple = poll.multiple
    }
    current.hide_totals = poll.hide_totals
    if (poll.expires_in !== undefined) current.expires_at = ctx.now + poll.expires_in * 1000
  }
  if (ctx.quotes && quotePolicy !== undefined) {
    ext.quotePolicy = s.visibility === "private" || s.visibility === "direct" ? "nobody" : (quotePolicy as QuotePolicy)
  }
  ext.edited_at = ctx.now
  ext.edits.push(snapshot(state, s, ctx.now))
  state.emit({ _tag: "Edited", status: s })
  return undefined
}

/** Publish every scheduled status whose time has come (called lazily before each request). */
export const publishDue = (state: State, now: number, origin: string, host: string, quotes: boolean): void => {
  const store = storeOf(state)
  if (store.scheduled.size === 0) return
  const due = [...store.scheduled.values()].filter((r) => r.scheduled_at <= now).sort((a, b) => a.scheduled_at - b.scheduled_at || a.id - b.id)
  for (const row of due) {
    store.scheduled.delete(row.id)
    const author = state.accounts[row.account]
    if (author === undefined) continue
    const prm = row.params
    for (const m of store.attachments.values()) if (m.status === `scheduled:${row.id}`) m.status = undefined
    post(state, author, {
      text: prm.text ?? undefined,
      mediaIds: prm.media_ids ?? [],
      poll: prm.poll ?? undefined,
      inReplyToId: prm.in_reply_to_id ?? undefined,
      sensitive: prm.sensitive ?? undefined,
      spoiler_text: prm.spoiler_text ?? undefined,
      visibility: prm.visibility ?? undefined,
      language: prm.language ?? undefined,
      scheduledAt: undefined,
      quotedStatusId: prm.quoted_status_id ?? undefined,
      quotePolicy: prm.quote_approval_policy ?? undefined,
      idempotency: undefined
    }, { now: row.scheduled_at, origin, host, app: row.application, quotes, scheduling: false })
  }
}
