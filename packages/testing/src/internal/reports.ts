/**
 * Reports filed through `POST /api/v1/reports`, kept for the admin API: `allReports(state)` lists
 * them, `reportById` finds one, and moderators' actions change the row in place (`action_taken_at`,
 * `assigned_account`, ...). One store per instance state, created on first use.
 *
 * @internal
 */
import type { State } from "./state.js"

/** A report. */
export interface ReportRow {
  readonly id: string
  /** The reporting account's index. */
  readonly account: number
  /** The reported account's index. */
  readonly target: number
  readonly status_ids: ReadonlyArray<string>
  readonly collection_ids: ReadonlyArray<string>
  /** Changed by a moderator reclassifying the report. */
  rule_ids: ReadonlyArray<string>
  readonly comment: string
  category: string
  readonly forwarded: boolean
  readonly created_at: number
  updated_at: number
  /** When a moderator resolved it (ms), or null while open. */
  action_taken_at: number | null
  /** The moderator who resolved it (account index), or null. */
  action_taken_by: number | null
  /** The moderator it is assigned to (account index), or null. */
  assigned_account: number | null
}

interface ReportStore {
  readonly rows: Map<string, ReportRow>
  seq: number
}

const stores = new WeakMap<State, ReportStore>()

const storeOf = (state: State): ReportStore => {
  let store = stores.get(state)
  if (store === undefined) {
    store = { rows: new Map(), seq: 0 }
    stores.set(state, store)
  }
  return store
}

/** File a report; the id is fresh and increasing. */
export const addReport = (state: State, row: Omit<ReportRow, "id">): ReportRow => {
  const store = storeOf(state)
  const report: ReportRow = { id: String(++store.seq), ...row }
  store.rows.set(report.id, report)
  return report
}

/** Every report, oldest first. */
export const allReports = (state: State): ReadonlyArray<ReportRow> => [...storeOf(state).rows.values()]

/** One report by id. */
export const reportById = (state: State, id: string | undefined): ReportRow | undefined =>
  id === undefined ? undefined : storeOf(state).rows.get(id)

/** A Report entity as the reporter sees it (`POST /api/v1/reports`). */
export const renderReport = (r: ReportRow, iso: (ms: number) => string, targetAccount: unknown): Record<string, unknown> => ({
  id: r.id,
  action_taken: r.action_taken_at !== null,
  action_taken_at: r.action_taken_at === null ? null : iso(r.action_taken_at),
  category: r.category,
  comment: r.comment,
  forwarded: r.forwarded,
  created_at: iso(r.created_at),
  status_ids: r.status_ids.length === 0 ? null : r.status_ids,
  rule_ids: r.rule_ids.length === 0 ? null : r.rule_ids,
  collection_ids: r.collection_ids.length === 0 ? null : r.collection_ids,
  target_account: targetAccount
})
