// The chayue-package/1 format (DESIGN.md, Content package): shapes shared by the pack tools, the importer and the screens.

export const PACKAGE_FORMAT = 'chayue-package/1';

export interface ManifestFile {
  /** Relative to the package root, e.g. `files/2024/abc.pdf`, `catalogue.json`. */
  path: string;
  sha256: string;
  size: number;
  /** MIME type. */
  type: string;
}

export interface Manifest {
  format: typeof PACKAGE_FORMAT;
  packageId: string;
  /** Grows with every release. */
  version: number;
  /** ISO time. */
  created: string;
  publisher: string;
  title: string;
  files: ManifestFile[];
}

export interface Domain {
  key: string;
  name: string;
}

export type Validity = '有效' | '已修订' | '失效' | '废止';
export type Disclosure = '主动公开' | '依申请公开';

export interface DocumentFile {
  path: string;
  type: string;
  pages?: number;
}

/** One entry of a 政府信息公开目录. */
export interface CatalogueDocument {
  id: string;
  indexNo: string;
  title: string;
  publisher: string;
  docNo: string;
  writtenDate: string;
  publishDate: string;
  topics: string[];
  domain: string;
  genre: string;
  disclosure: Disclosure;
  scope: string;
  validity: Validity;
  replacedBy?: string;
  keywords: string[];
  summary: string;
  files: DocumentFile[];
  textPath: string;
  onlineUrl?: string;
  related: string[];
}

/** A domain's terms to tap on the search screen (`domain` a key of `domains`, or `other`). */
export interface DomainTerms {
  domain: string;
  terms: string[];
}

export interface Catalogue {
  domains: Domain[];
  documents: CatalogueDocument[];
  /** Optional: staff's own common terms, shown instead of those the kiosk picks from the catalogue. */
  commonTerms?: DomainTerms[];
}

export interface Notice {
  id: string;
  title: string;
  body: string;
  /** A package path. */
  image?: string;
  start?: string;
  end?: string;
}

export interface Notices {
  notices: Notice[];
}

/** The 13 pilot domains the demo package uses; real packages bring their own list. */
export const DEMO_DOMAINS: Domain[] = [
  { key: 'land-compensation', name: '征地补偿' },
  { key: 'relocation', name: '拆迁安置' },
  { key: 'public-housing', name: '保障性住房' },
  { key: 'rural-housing-repair', name: '农村危房改造' },
  { key: 'poverty-disaster-relief', name: '扶贫救灾' },
  { key: 'municipal-services', name: '市政服务' },
  { key: 'public-resource-trading', name: '公共资源交易' },
  { key: 'compulsory-education', name: '义务教育' },
  { key: 'budgets-final-accounts', name: '财政预决算' },
  { key: 'environment', name: '环境保护' },
  { key: 'food-drug-safety', name: '食品药品监管' },
  { key: 'household-registration', name: '户籍管理' },
  { key: 'farm-subsidies', name: '涉农补贴' },
];
