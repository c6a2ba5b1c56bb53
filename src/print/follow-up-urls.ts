// The addresses behind the QR codes: a document's online original, and the config's 依申请公开 and portal templates filled in.

export interface TemplateFields {
  indexNo: string;
  title: string;
  site: string;
}

/** Fills {indexNo}, {title} and {site}, each URL-encoded; unknown placeholders stay as written, missing fields become empty. */
export function fillUrlTemplate(template: string, fields: Partial<TemplateFields>): string {
  return template.replace(/\{(indexNo|title|site)\}/g, (_, key: keyof TemplateFields) =>
    encodeURIComponent(fields[key] ?? ''),
  );
}

export interface FollowUpSources {
  onlineUrl?: string;
  portalUrl?: string;
  applyUrl?: string;
}

/**
 * The address itself when it is an http(s) URL, else undefined. The package schema refuses any other scheme, but a
 * catalogue stored before it did may still hold `javascript:` or `intent://`: never shown as a QR code or printed.
 */
export function webUrlOrNone(address: string | undefined): string | undefined {
  if (!address) return undefined;
  try {
    const { protocol } = new URL(address);
    return protocol === 'http:' || protocol === 'https:' ? address : undefined;
  } catch {
    return undefined;
  }
}

/** The online original: the document's own onlineUrl, else the portal's search for its 索引号, else none. */
export function originalUrl(sources: FollowUpSources, fields: TemplateFields): string | undefined {
  const online = webUrlOrNone(sources.onlineUrl);
  if (online) return online;
  return sources.portalUrl ? fillUrlTemplate(sources.portalUrl, fields) : undefined;
}

export function applyUrl(sources: FollowUpSources, fields: TemplateFields): string | undefined {
  return sources.applyUrl ? fillUrlTemplate(sources.applyUrl, fields) : undefined;
}
