/**
 * Parse an RFC 8288 `Link` header into its relations. Mastodon sends `next` and `prev`.
 * The URLs are kept exactly as the server wrote them: they are opaque cursors.
 */
export const parseLinkHeader = (header: string | undefined): Readonly<Record<string, string>> => {
  const links: Record<string, string> = {}
  if (header === undefined || header === "") return links
  const pattern = /<([^>]*)>((?:\s*;\s*[^,;]+)*)/g
  for (const match of header.matchAll(pattern)) {
    const url = match[1]
    const attributes = match[2] ?? ""
    const rel = /;\s*rel\s*=\s*"?([^";]+)"?/i.exec(attributes)?.[1]
    if (url === undefined || rel === undefined) continue
    for (const name of rel.trim().split(/\s+/)) {
      if (!(name in links)) links[name] = url
    }
  }
  return links
}
