/**
 * Filters applied to what the fake renders: which of a viewer's filters match a status (its
 * keywords in the text and content warning, or the status itself), the `filtered` results a
 * Status carries, and whether a `hide` match leaves a status out where Mastodon leaves it out
 * (the home feed and lists, and mentions in notifications: its `phrase_filtered?` check).
 * Elsewhere the status is served with its results and the client hides it.
 *
 * @internal
 */
import * as Render from "./render.js"
import type { AccountRow, State, StatusRow } from "./state.js"
import { extOf } from "./statuses/store.js"
import { type FilterRow, type KeywordRow, userDataOf } from "./userData.js"

const word = /[\p{L}\p{M}\p{N}_]/u

/** Whether a keyword occurs in a text, with Mastodon's whole-word rule. */
export const keywordMatches = (text: string, k: KeywordRow): boolean => {
  const haystack = text.toLowerCase()
  const needle = k.keyword.toLowerCase()
  if (needle === "") return false
  let at = haystack.indexOf(needle)
  while (at >= 0) {
    if (!k.whole_word) return true
    const before = at === 0 ? "" : haystack[at - 1]!
    const after = haystack[at + needle.length] ?? ""
    const startsWord = word.test(needle[0]!)
    const endsWord = word.test(needle[needle.length - 1]!)
    if (!(startsWord && before !== "" && word.test(before)) && !(endsWord && after !== "" && word.test(after))) return true
    at = haystack.indexOf(needle, at + 1)
  }
  return false
}

/** The filters of an account that are in force at `now`. */
export const activeFilters = (state: State, account: number, now: number): ReadonlyArray<FilterRow> =>
  [...userDataOf(state).filters.values()].filter((f) => f.account === account && (f.expiresAt === null || f.expiresAt > now))

/** A Filter entity (with its keywords and statuses unless `embedded`). */
export const renderFilter = (f: FilterRow, embedded = false): Record<string, unknown> => ({
  id: f.id,
  title: f.title,
  context: f.context,
  expires_at: f.expiresAt === null ? null : Render.iso(f.expiresAt),
  filter_action: f.action,
  ...(embedded
    ? {}
    : {
      keywords: f.keywords.map(renderKeyword),
      statuses: f.statuses.map((s) => ({ id: s.id, status_id: s.status }))
    })
})

/** A FilterKeyword entity. */
export const renderKeyword = (k: KeywordRow): Record<string, unknown> => ({ id: k.id, keyword: k.keyword, whole_word: k.whole_word })

interface Match {
  readonly filter: FilterRow
  readonly keywords: ReadonlyArray<string>
  readonly statuses: ReadonlyArray<string>
}

const matchesOf = (state: State, s: StatusRow, viewer: AccountRow, now: number): ReadonlyArray<Match> => {
  const filters = activeFilters(state, viewer.idx, now)
  if (filters.length === 0) return []
  // A boost is matched by what it boosts.
  const proper = s.reblog ?? s
  const ext = extOf(state, proper)
  const text = [ext.spoiler_text, proper.text, ...proper.media.map((m) => m.description ?? "")].join("\n")
  const out: Array<Match> = []
  for (const f of filters) {
    const keywords = f.keywords.filter((k) => keywordMatches(text, k)).map((k) => k.keyword)
    const statuses = f.statuses.filter((x) => x.status === proper.idStr || x.status === s.idStr).map((x) => x.status)
    if (keywords.length > 0 || statuses.length > 0) out.push({ filter: f, keywords, statuses })
  }
  return out
}

/** The `filtered` attribute of a Status as `viewer` sees it: every active filter that matches. */
export const filterResults = (state: State, s: StatusRow, viewer: AccountRow | undefined, now: number): ReadonlyArray<Record<string, unknown>> =>
  viewer === undefined
    ? []
    : matchesOf(state, s, viewer, now).map((m) => ({
      filter: renderFilter(m.filter, true),
      keyword_matches: m.keywords.length === 0 ? null : m.keywords,
      status_matches: m.statuses.length === 0 ? null : m.statuses
    }))

/**
 * Whether a `hide` filter in `context` leaves a status out for `viewer`: what the home feed and
 * lists (`home`) and mention notifications (`notifications`) do in Mastodon. A viewer's own
 * statuses are never left out of their home feed.
 */
export const hiddenByFilter = (
  state: State,
  s: StatusRow,
  viewer: AccountRow | undefined,
  context: "home" | "notifications" | "public" | "thread" | "account",
  now: number
): boolean =>
  viewer !== undefined &&
  !(context === "home" && s.account === viewer.idx) &&
  matchesOf(state, s, viewer, now).some((m) => m.filter.action === "hide" && m.filter.context.includes(context))

/**
 * Whether the viewer blocks the domain of a status' author (or of the boosted author): such
 * statuses are left out of timelines, threads and profiles.
 */
export const hiddenByDomainBlock = (state: State, s: StatusRow, viewer: AccountRow | undefined): boolean => {
  if (viewer === undefined || viewer.domainBlocks === undefined || viewer.domainBlocks.size === 0) return false
  const blocked = (idx: number) => {
    const domain = state.accounts[idx]?.domain
    return domain !== null && domain !== undefined && viewer.domainBlocks!.has(domain.toLowerCase())
  }
  return blocked(s.account) || (s.reblog !== undefined && blocked(s.reblog.account))
}
