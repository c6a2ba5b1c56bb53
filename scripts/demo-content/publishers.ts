// The fictional 云溪县 bodies that publish the demo documents: names, 索引号 org codes and 文号 prefixes.

export const COUNTY = '云溪县';
export const TOWN = '青石镇';

export interface Publisher {
  name: string;
  /** Fixed 8-digit organisation code that opens every 索引号 of this publisher. */
  orgCode: string;
  /** Who a 通知 of this publisher is addressed to. */
  addressee: string;
}

/** Keyed by the short code that also appears in document ids (`yx-2024-czj-012`). */
export const PUBLISHERS = {
  xzf: { name: '云溪县人民政府', orgCode: '11532600', addressee: '各乡（镇）人民政府，县直各委、办、局：' },
  zfb: { name: '云溪县人民政府办公室', orgCode: '11532601', addressee: '各乡（镇）人民政府，县直各有关单位：' },
  czj: { name: '云溪县财政局', orgCode: '11532602', addressee: '各乡（镇）财政所，县直各预算单位：' },
  jyj: { name: '云溪县教育局', orgCode: '11532603', addressee: '各乡（镇）中心学校，县直各中小学校：' },
  zjj: { name: '云溪县住房和城乡建设局', orgCode: '11532604', addressee: '各乡（镇）人民政府，局属各单位：' },
  zrj: { name: '云溪县自然资源局', orgCode: '11532605', addressee: '各乡（镇）人民政府，各自然资源所：' },
  nyj: { name: '云溪县农业农村局', orgCode: '11532606', addressee: '各乡（镇）人民政府，各乡（镇）农业农村服务中心：' },
  scj: { name: '云溪县市场监督管理局', orgCode: '11532607', addressee: '各市场监督管理所，局机关各股室：' },
  gaj: { name: '云溪县公安局', orgCode: '11532608', addressee: '各派出所，局机关各部门：' },
  hbj: { name: '云溪县生态环境局', orgCode: '11532609', addressee: '各乡（镇）人民政府，县直各有关单位：' },
  mzj: { name: '云溪县民政局', orgCode: '11532610', addressee: '各乡（镇）人民政府，各乡（镇）民政办：' },
  qsz: { name: '云溪县青石镇人民政府', orgCode: '11532611', addressee: '各村（居）民委员会，镇属各单位：' },
  jyzx: { name: '云溪县公共资源交易中心', orgCode: '12532612', addressee: '各有关单位：' },
} satisfies Record<string, Publisher>;

export type PublisherKey = keyof typeof PUBLISHERS;

export function publisherOf(key: string): Publisher {
  const publisher = (PUBLISHERS as Record<string, Publisher>)[key];
  if (!publisher) throw new Error(`unknown publisher code "${key}"`);
  return publisher;
}

/** The towns of the county, for tables and per-town figures. */
export const TOWNS = [
  '溪城街道',
  '青石镇',
  '白沙镇',
  '河口镇',
  '石门镇',
  '龙潭乡',
  '松林乡',
  '梅岭乡',
  '桃源乡',
  '大坪乡',
];
