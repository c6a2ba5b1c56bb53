// Document ids made from the 索引号: readable, URL-safe, and the same in every version so links and statistics keep working.
import { createHash } from 'node:crypto';

const URL_SAFE = /^[A-Za-z0-9._~-]+$/;

/** `11610330/2018-02542` → `11610330-2018-02542`; a 索引号 with other characters, or two that fold alike, get a short hash. */
export function documentIds(indexNos: string[]): string[] {
  const slugs = indexNos.map(slugOf);
  const counts = new Map<string, number>();
  for (const slug of slugs) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  return indexNos.map((indexNo, i) => {
    const slug = slugs[i]!;
    // Only `/` folds without loss in practice; Chinese characters would vanish, so the hash keeps such ids apart.
    const lossy = !/^[A-Za-z0-9._~/-]+$/.test(indexNo);
    if (slug && !lossy && counts.get(slug) === 1) return slug;
    const hash = createHash('sha256').update(indexNo).digest('hex').slice(0, 8);
    return slug ? `${slug}-${hash}` : `doc-${hash}`;
  });
}

function slugOf(indexNo: string): string {
  return indexNo
    .normalize('NFKC')
    .replace(/[^A-Za-z0-9._~-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

export function isUrlSafeId(id: string): boolean {
  return URL_SAFE.test(id);
}
