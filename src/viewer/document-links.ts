// Where an HTML document's references point: its images to files of the same package, its links to web addresses for a QR.

/** A relative image reference resolved against the document's own package path; null for anything outside the package. */
export function packageImagePath(documentPath: string, ref: string): string | null {
  const trimmed = ref.trim();
  // Anything with a scheme (http:, data:, javascript:, file:) or a host (//x) is not one of the package's files.
  if (trimmed === '' || /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//') || trimmed.startsWith('/'))
    return null;
  const clean = trimmed.split(/[?#]/)[0]!;
  const parts = documentPath.split('/').slice(0, -1);
  for (const segment of decodeURIComponentSafe(clean).replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(segment);
  }
  const path = parts.join('/');
  // Only the package's document files are images a page may show.
  return path.startsWith('files/') ? path : null;
}

/** A link's target as a full http(s) address for its QR code, resolving relative links against the online original. */
export function linkTarget(href: string, originalUrl?: string): string | null {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  try {
    const url = originalUrl ? new URL(trimmed, originalUrl) : new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
