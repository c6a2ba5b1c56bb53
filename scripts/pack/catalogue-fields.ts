// The catalogue sheet's columns: Chinese header, DESIGN field name, what staff write there; read by the parser and the template maker.

export type FieldKey =
  | 'id'
  | 'indexNo'
  | 'title'
  | 'publisher'
  | 'docNo'
  | 'writtenDate'
  | 'publishDate'
  | 'topics'
  | 'domain'
  | 'genre'
  | 'disclosure'
  | 'scope'
  | 'validity'
  | 'keywords'
  | 'summary'
  | 'files'
  | 'onlineUrl'
  | 'related'
  | 'replacedBy';

export interface FieldSpec {
  key: FieldKey;
  /** The header staff write, as in a 政府信息公开目录. */
  header: string;
  /** Other headers seen in real catalogues for the same column. */
  aliases: string[];
  required: boolean;
  /** Explains the column in the template. */
  note: string;
  example: string;
}

export const CATALOGUE_FIELDS: FieldSpec[] = [
  {
    key: 'indexNo',
    header: '索引号',
    aliases: [],
    required: true,
    note: '必填，不可重复。照原件填写，用于生成文件编号和“相关文件”“替代文件”的对应',
    example: '11530425/2024-00012',
  },
  {
    key: 'title',
    header: '标题',
    aliases: ['文件标题', '名称'],
    required: true,
    note: '必填。文件的完整标题',
    example: '关于2024年城乡居民基本医疗保险参保缴费工作的通知',
  },
  {
    key: 'publisher',
    header: '发布机构',
    aliases: ['发文机关', '发布单位'],
    required: false,
    note: '发布本文件的机关全称',
    example: '某某县人民政府办公室',
  },
  {
    key: 'docNo',
    header: '文号',
    aliases: ['发文字号'],
    required: false,
    note: '没有文号可留空',
    example: '某政办发〔2024〕12号',
  },
  {
    key: 'writtenDate',
    header: '成文日期',
    aliases: ['生成日期'],
    required: false,
    note: '可留空。写法：2024-03-05、2024/3/5、2024.3.5、2024年3月5日 或 二〇二四年三月五日，也可用 Excel 日期格式',
    example: '2024-03-01',
  },
  {
    key: 'publishDate',
    header: '发布日期',
    aliases: ['公开日期', '发布时间'],
    required: true,
    note: '必填。写法同“成文日期”',
    example: '2024-03-05',
  },
  {
    key: 'topics',
    header: '主题分类',
    aliases: ['分类'],
    required: false,
    note: '可写多个，用“；”隔开',
    example: '卫生、体育；社会保障',
  },
  {
    key: 'domain',
    header: '重点领域',
    aliases: [],
    required: false,
    note: '写领域的中文名称，须是重点领域列表中的一个（见说明）；不属于任何领域写“其他”或留空',
    example: '涉农补贴',
  },
  {
    key: 'genre',
    header: '体裁',
    aliases: ['文种'],
    required: false,
    note: '通知、公告、报告、意见、办法、规划、解读等',
    example: '通知',
  },
  {
    key: 'disclosure',
    header: '公开方式',
    aliases: [],
    required: false,
    note: '主动公开 或 依申请公开；留空按主动公开',
    example: '主动公开',
  },
  { key: 'scope', header: '公开范围', aliases: [], required: false, note: '留空按“面向全社会”', example: '面向全社会' },
  {
    key: 'validity',
    header: '有效性',
    aliases: ['时效', '效力状态'],
    required: false,
    note: '有效、已修订、失效 或 废止；留空按有效',
    example: '有效',
  },
  {
    key: 'keywords',
    header: '关键词',
    aliases: ['主题词'],
    required: false,
    note: '可写多个，用“；”隔开',
    example: '医疗保险；参保缴费',
  },
  {
    key: 'summary',
    header: '摘要',
    aliases: ['内容概述'],
    required: false,
    note: '一两句话说明文件内容，可留空',
    example: '明确2024年度城乡居民医保个人缴费标准和缴费时间。',
  },
  {
    key: 'files',
    header: '文件',
    aliases: ['文件路径'],
    required: true,
    note: '必填。文件在资料文件夹中的位置（相对于该文件夹），可写多个，用“；”隔开，第一个为正文。查阅机能显示 PDF、网页（.html）和图片；OFD、Word、Excel 等会打包，但查阅机上显示“请扫码查看原文”',
    example: '2024/医保缴费通知.pdf；2024/医保缴费通知附件.pdf',
  },
  {
    key: 'onlineUrl',
    header: '原文链接',
    aliases: ['网址', '原文地址'],
    required: false,
    note: '文件在政府网站上的网址，以 http:// 或 https:// 开头；查阅机上生成二维码',
    example: 'https://www.example.gov.cn/zwgk/2024/0305/12.html',
  },
  {
    key: 'related',
    header: '相关文件',
    aliases: ['关联文件'],
    required: false,
    note: '相关文件的索引号（如政策与其解读），须在本表中，填一边即可，两个文件会互相关联；多个用“；”隔开',
    example: '',
  },
  {
    key: 'replacedBy',
    header: '替代文件',
    aliases: [],
    required: false,
    note: '本文件已被另一文件替代（修订、废止）时，填写新文件的索引号，须在本表中',
    example: '',
  },
];

/** Not in the template: a document id is made from the 索引号, but a sheet may give its own. */
const ID_FIELD: FieldSpec = { key: 'id', header: 'id', aliases: ['编号'], required: false, note: '', example: '' };

/** Folds the ways people decorate headers: spaces, full-width forms, a star or a note in brackets (“标题（必填）”). */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[(（【[].*?[)）】\]]/g, '')
    .replace(/[\s*＊:：]/g, '')
    .toLowerCase();
}

const byHeader = new Map<string, FieldSpec>();
for (const field of [...CATALOGUE_FIELDS, ID_FIELD]) {
  for (const name of [field.header, field.key, ...field.aliases]) byHeader.set(normaliseHeader(name), field);
}

/** The field a header names, in Chinese or by DESIGN's English name; undefined for a column the kiosk does not use. */
export function fieldForHeader(header: string): FieldSpec | undefined {
  return byHeader.get(normaliseHeader(header));
}

export function fieldSpec(key: FieldKey): FieldSpec {
  return key === 'id' ? ID_FIELD : CATALOGUE_FIELDS.find((f) => f.key === key)!;
}

export const VALIDITIES = ['有效', '已修订', '失效', '废止'] as const;
export const DISCLOSURES = ['主动公开', '依申请公开'] as const;
