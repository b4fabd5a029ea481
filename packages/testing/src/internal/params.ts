/**
 * Rails-style request parameters: `id[]=1&id[]=2`, `source[privacy]=public`,
 * `fields_attributes[0][name]=x`, JSON bodies and multipart bodies all become one tree.
 *
 * @internal
 */

/** An uploaded file of a multipart body. */
export interface UploadedFile {
  readonly _tag: "UploadedFile"
  readonly filename: string
  readonly type: string
  readonly bytes: Uint8Array
}

/** A parameter value: a scalar, a file, a list or a nested hash. */
export type Param = string | number | boolean | null | UploadedFile | ReadonlyArray<Param> | ParamHash

/** A nested hash of parameters. */
export interface ParamHash {
  readonly [key: string]: Param | undefined
}

type MutableHash = { [key: string]: Param | undefined }

const isHash = (p: Param | undefined): p is ParamHash =>
  typeof p === "object" && p !== null && !Array.isArray(p) && !isFile(p)

/** Whether a parameter is an uploaded file. */
export const isFile = (p: Param | undefined): p is UploadedFile =>
  typeof p === "object" && p !== null && !Array.isArray(p) && (p as { _tag?: unknown })._tag === "UploadedFile"

/** `a[b][]` → `["a", "b", ""]`. */
const splitKey = (key: string): Array<string> => {
  const open = key.indexOf("[")
  if (open <= 0) return [key]
  const out = [key.slice(0, open)]
  const re = /\[([^\]]*)\]/g
  let m: RegExpExecArray | null
  while ((m = re.exec(key.slice(open))) !== null) out.push(m[1] ?? "")
  return out
}

/** Insert one `key=value` pair into a tree, the way Rack's nested query parser does. */
const insert = (root: MutableHash, key: string, value: Param): void => {
  const segments = splitKey(key)
  let node: MutableHash = root
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] ?? ""
    const last = i === segments.length - 1
    const nextIsPush = segments[i + 1] === ""
    if (last) {
      node[seg] = value
      return
    }
    if (nextIsPush) {
      const existing = node[seg]
      const list: Array<Param> = Array.isArray(existing) ? [...(existing as ReadonlyArray<Param>)] : []
      if (i + 1 === segments.length - 1) {
        list.push(value)
        node[seg] = list
        return
      }
      // `a[][b]`: rarely used, approximated by pushing a hash.
      const child: MutableHash = {}
      list.push(child)
      node[seg] = list
      node = child
      i++
      continue
    }
    const existing = node[seg]
    if (isHash(existing)) {
      node = existing as MutableHash
    } else {
      const child: MutableHash = {}
      node[seg] = child
      node = child
    }
  }
}

/** Parse a query string or form-urlencoded body. */
export const fromSearchParams = (params: URLSearchParams): ParamHash => {
  const root: MutableHash = {}
  for (const [k, v] of params) insert(root, k, v)
  return root
}

/** Parse the entries of a multipart body. */
export const fromFormData = async (form: FormData): Promise<ParamHash> => {
  const root: MutableHash = {}
  for (const [k, v] of form.entries()) {
    if (typeof v === "string") insert(root, k, v)
    else insert(root, k, { _tag: "UploadedFile", filename: v.name, type: v.type, bytes: new Uint8Array(await v.arrayBuffer()) })
  }
  return root
}

/** Accept a decoded JSON body when it is an object; anything else gives no parameters. */
export const fromJson = (value: unknown): ParamHash => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as ParamHash) : {})

/** Merge query and body parameters, body winning (Rails merges both into `params`). */
export const merge = (a: ParamHash, b: ParamHash): ParamHash => ({ ...a, ...b })

/** A parameter as a string, when it is a scalar. */
export const str = (p: ParamHash, key: string): string | undefined => {
  const v = p[key]
  if (typeof v === "string") return v
  if (typeof v === "number" || typeof v === "boolean") return String(v)
  return undefined
}

/** A parameter as a boolean, with Rails' casting (`"0"`, `"f"`, `"false"`, `"off"` are false). */
export const bool = (p: ParamHash, key: string): boolean | undefined => {
  const v = p[key]
  if (v === undefined || v === null) return undefined
  if (typeof v === "boolean") return v
  if (typeof v === "number") return v !== 0
  if (typeof v === "string") {
    if (v === "") return undefined
    return !["0", "f", "false", "off", "F", "FALSE", "OFF"].includes(v)
  }
  return undefined
}

/** A parameter as an integer, when it parses. */
export const int = (p: ParamHash, key: string): number | undefined => {
  const s = str(p, key)
  if (s === undefined || s.trim() === "") return undefined
  const n = Number(s)
  return Number.isFinite(n) ? Math.trunc(n) : undefined
}

/** A list parameter (`id[]=1&id[]=2`, a JSON array, or a single value) as strings. */
export const list = (p: ParamHash, key: string): Array<string> => {
  const v = p[key]
  if (v === undefined || v === null) return []
  if (Array.isArray(v)) {
    return (v as ReadonlyArray<Param>).flatMap((x) => (typeof x === "string" || typeof x === "number" ? [String(x)] : []))
  }
  if (isHash(v)) return Object.values(v).flatMap((x) => (typeof x === "string" || typeof x === "number" ? [String(x)] : []))
  if (typeof v === "string" || typeof v === "number") return [String(v)]
  return []
}

/** A nested hash parameter (`source[privacy]`), or an empty one. */
export const hash = (p: ParamHash, key: string): ParamHash => {
  const v = p[key]
  return isHash(v) ? v : {}
}

/** A list of hashes given either as an array or as a hash with index keys (`fields_attributes`). */
export const hashes = (p: ParamHash, key: string): Array<ParamHash> | undefined => {
  const v = p[key]
  if (v === undefined) return undefined
  if (Array.isArray(v)) return (v as ReadonlyArray<Param>).filter(isHash)
  if (isHash(v)) {
    return Object.keys(v)
      .sort((a, b) => Number(a) - Number(b))
      .flatMap((k) => {
        const x = v[k]
        return isHash(x) ? [x] : []
      })
  }
  return []
}

/** A file parameter, when one was uploaded. */
export const file = (p: ParamHash, key: string): UploadedFile | undefined => {
  const v = p[key]
  return isFile(v) ? v : undefined
}
