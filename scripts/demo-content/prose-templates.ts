// Wraps each document's own facts in genre prose (通知, 公告, 办法 …), so 60+ documents read differently but plausibly.
import { DEMO_DOMAINS } from '../../src/shared/package-format.ts';
import { DOMAIN_PROFILES } from './domain-profiles.ts';
import { chineseDate, type DocBody, type DocSpec } from './doc-spec.ts';
import { publisherOf } from './publishers.ts';
import { seedFrom, seededRandom, type SeededRandom } from './seeded-random.ts';

const CHINESE_NUMERALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
];
const MIN_BODY_CHARS = 320;

export interface ProseContext {
  spec: DocSpec;
  publisherCode: string;
  /** Documents this one replaces, so the closing can say what stops applying. */
  replaces: DocSpec[];
  /** Titles of related documents (a 解读 names its policy). */
  relatedTitles: string[];
}

interface Frame {
  spec: DocSpec;
  rand: SeededRandom;
  subject: string;
  domainName: string;
  aim: string;
  basis: string;
  contact: string;
  publisher: string;
  addressee: string;
}

export function numeral(n: number): string {
  return CHINESE_NUMERALS[n - 1] ?? String(n);
}

export function subjectOf(spec: DocSpec): string {
  if (spec.subject) return spec.subject;
  const about = /关于(.+?)的(?:通知|公告|决定|意见|报告|通告)$/.exec(spec.title);
  if (about?.[1]) return about[1];
  return spec.title
    .replace(/^云溪县/, '')
    .replace(/[《》]/g, '')
    .replace(/政策解读$/, '');
}

const COMMITMENTS = [
  '坚持以人民为中心的发展思想，把DOMAIN工作作为保障和改善民生的重要内容，做到政策公开、程序规范、结果公正。',
  '坚持依法依规、公开透明、便民高效的原则，统筹推进DOMAIN各项工作，做到底数清、情况明、责任实。',
  '坚持问题导向和目标导向相结合，聚焦群众反映强烈的突出问题，推动DOMAIN工作提质增效。',
];
const REQUIREMENTS = [
  '各乡（镇）、各有关单位要高度重视，明确分管领导和具体经办人员，确保按时完成各项工作任务。',
  '要严格执行公示制度，主动接受群众监督，对群众反映的问题及时调查核实并予以答复。',
  '要加强政策宣传解读，通过政府网站、村务公开栏和政府信息公开查阅点等渠道，让群众知晓政策、用好政策。',
  '对工作中弄虚作假、推诿扯皮、失职失责的，一经查实，依纪依法严肃追究责任。',
  '要建立工作台账，实行月调度、季通报制度，及时研究解决工作推进中遇到的困难和问题。',
];
const PRACTICES = [
  '健全工作机制，明确部门职责分工，形成上下联动、齐抓共管的工作格局。',
  '加大信息公开力度，及时在政府网站和政府信息公开查阅点公开政策文件和办理结果。',
  '强化督促检查，定期通报工作进展情况，确保各项任务按期完成。',
  '开展政策进村入户宣传，组织工作人员走访群众，现场解答政策问题。',
];
const NOTICE_EXTRAS = [
  '以上信息同时在县人民政府网站、公开栏和政府信息公开查阅点发布。',
  '群众可在工作日到政府信息公开查阅点查阅有关资料，工作人员可协助查询和打印。',
  '监督举报可拨打12345政务服务便民热线。',
  '以上内容如有变化，以后续发布的信息为准。',
];
const SHORTCOMINGS = [
  '一是部分基层工作人员政策掌握不够全面，业务能力有待提升；二是信息化手段运用不足，部分数据仍靠人工统计。',
  '一是个别项目推进进度偏慢；二是群众参与和监督的渠道还需进一步拓宽。',
];
const NEXT_STEPS = [
  '下一步，将继续聚焦群众急难愁盼问题，完善制度机制，加强监督检查，推动各项工作取得新成效。',
  '下一步，将进一步加强业务培训和信息化建设，提升服务效能，让群众办事更便捷、更透明。',
];

function makeFrame(context: ProseContext): Frame {
  const { spec } = context;
  const rand = seededRandom(seedFrom(spec.id));
  const profile = DOMAIN_PROFILES[spec.domain] ?? DOMAIN_PROFILES.other;
  if (!profile) throw new Error('the "other" domain profile is missing');
  const publisher = publisherOf(context.publisherCode);
  return {
    spec,
    rand,
    subject: subjectOf(spec),
    domainName: DEMO_DOMAINS.find((d) => d.key === spec.domain)?.name ?? '政务公开',
    aim: rand.pick(profile.aims),
    basis: spec.basis ?? rand.pick(profile.bases),
    contact: profile.contact,
    publisher: publisher.name,
    addressee: publisher.addressee,
  };
}

/** A report looks back on the year it is about (the first year its subject names), else on the year so far. */
function reportPeriod(spec: DocSpec, subject: string): string {
  const year = /(\d{4})年/.exec(subject)?.[1];
  return year ? `${year}年` : `${spec.publishDate.slice(0, 4)}年以来`;
}

/** 规划, 计划 or 方案, and the period it covers. */
function planTerms(spec: DocSpec): { noun: string; period: string } {
  const noun = spec.title.endsWith('计划') ? '计划' : spec.title.endsWith('方案') ? '方案' : '规划';
  if (spec.title.includes('十四五')) return { noun, period: '规划期为2021—2025年' };
  const year = /(\d{4})年/.exec(spec.title)?.[1];
  return { noun, period: year ? `执行期为${year}年度` : `规划期至${Number(spec.publishDate.slice(0, 4)) + 4}年` };
}

/** A 预算/决算 公开说明 sets out figures; it is not a work report with problems and next steps. */
const isDisclosureStatement = (spec: DocSpec) => /说明$|公开$/.test(spec.title);

function numbered(points: string[], style: 'paren' | 'plain'): string[] {
  return points.map((point, i) =>
    style === 'paren' ? `（${numeral(i + 1)}）${point}` : `${numeral(i + 1)}、${point}`,
  );
}

function pickSome(rand: SeededRandom, pool: string[], count: number): string[] {
  const rest = [...pool];
  const chosen: string[] = [];
  while (chosen.length < count && rest.length > 0)
    chosen.push(rest.splice(rand.int(0, rest.length - 1), 1)[0] as string);
  return chosen;
}

/** What this document says about the older documents it replaces; `inForce` when the sentence must also say so. */
function replacementNote(context: ProseContext, noun: string, inForce = true): string[] {
  // Some documents already say it in their own facts.
  if (context.spec.points.some((point) => /停止执行|同时废止/.test(point))) return [];
  return context.replaces.map((old) => {
    const cited = `《${old.title.replace(/^云溪县[^关]*关于/, '关于')}》${old.docNo ? `（${old.docNo}）` : ''}`;
    if (old.validity === '已修订') return `本${noun}是对${cited}的修订。`;
    const fate = old.validity === '失效' ? '同时停止执行' : '同时废止';
    return inForce ? `本${noun}自发布之日起施行，${cited}${fate}。` : `${cited}${fate}。`;
  });
}

/** "关于印发《X》的通知" hands a document on; other 通知 set out their own rules. */
function noticeLead(f: Frame): string {
  if (f.spec.title.includes('印发')) return `现将${f.subject}印发给你们，请结合实际认真贯彻执行。主要内容如下：`;
  return `为${f.aim}，根据${f.basis}，结合我县实际，现就${f.subject}有关事项通知如下：`;
}

function workReport(f: Frame): DocBody {
  return {
    lead: `${reportPeriod(f.spec, f.subject)}，在县委、县政府的坚强领导下，${f.publisher}认真贯彻落实上级决策部署，围绕${f.domainName}工作目标任务，扎实推进各项工作。现将${f.subject}报告如下：`,
    sections: [
      { heading: '一、基本情况', paragraphs: numbered(f.spec.points, 'paren') },
      { heading: '二、主要做法', paragraphs: pickSome(f.rand, PRACTICES, 2) },
      { heading: '三、存在的问题', paragraphs: [f.rand.pick(SHORTCOMINGS)] },
      { heading: '四、下一步工作', paragraphs: [f.rand.pick(NEXT_STEPS)] },
    ],
  };
}

function disclosureStatement(f: Frame): DocBody {
  return {
    lead: `根据${f.basis}，现将${f.subject}公开说明如下：`,
    sections: [
      { heading: '一、基本情况', paragraphs: numbered(f.spec.points, 'paren') },
      {
        heading: '二、有关说明',
        paragraphs: [
          '以上数据以县人民代表大会或其常务委员会审查批准的文本为准。',
          `对公开内容如有疑问，请向${f.contact}咨询。`,
        ],
      },
    ],
  };
}

const GENRE_BUILDERS: Record<DocSpec['genre'], (f: Frame, c: ProseContext) => DocBody> = {
  通知: (f, c) => ({
    salutation: f.addressee,
    lead: noticeLead(f),
    sections: [
      {
        heading: `一、${f.rand.pick(['总体要求', '工作目标'])}`,
        paragraphs: [f.rand.pick(COMMITMENTS).replace('DOMAIN', f.domainName)],
      },
      {
        heading: `二、${f.rand.pick(['主要内容', '具体事项', '工作任务'])}`,
        paragraphs: numbered(f.spec.points, 'paren'),
      },
      { heading: '三、工作要求', paragraphs: [...pickSome(f.rand, REQUIREMENTS, 2), ...replacementNote(c, '通知')] },
      { heading: '四、咨询方式', paragraphs: [`政策咨询：${f.contact}。`] },
    ],
    closing: '特此通知。',
  }),
  公告: (f, c) => {
    // A 公示 or 通告 says so in its own words; a notice that already names where to object needs no generic line.
    const kind = /公示$/.test(f.spec.title) ? '公示' : /通告$/.test(f.spec.title) ? '通告' : '公告';
    const objection = f.spec.points.some((p) => p.includes('异议'))
      ? []
      : [`如对本${kind}内容有异议，可在发布之日起${f.rand.pick(['5', '7', '10'])}个工作日内向${f.contact}反映。`];
    return {
      lead: `根据${f.basis}，现将${f.subject}有关事项${kind}如下：`,
      sections: [
        { paragraphs: numbered(f.spec.points, 'plain') },
        { paragraphs: [...objection, ...replacementNote(c, kind)] },
      ],
      closing: `特此${kind}。`,
    };
  },
  报告: (f) => (isDisclosureStatement(f.spec) ? disclosureStatement(f) : workReport(f)),
  意见: (f, c) => ({
    salutation: f.addressee,
    lead: `为${f.aim}，根据${f.basis}，结合我县实际，现就${f.subject}提出如下意见。`,
    sections: [
      { heading: '一、指导思想', paragraphs: [f.rand.pick(COMMITMENTS).replace('DOMAIN', f.domainName)] },
      { heading: '二、主要任务', paragraphs: numbered(f.spec.points, 'paren') },
      { heading: '三、保障措施', paragraphs: [...pickSome(f.rand, REQUIREMENTS, 2), ...replacementNote(c, '意见')] },
    ],
  }),
  办法: (f, c) => {
    const points = f.spec.points;
    const article = (n: number, text: string) => `第${numeral(n)}条\u3000${text}`;
    const last = points.length + 3;
    return {
      lead: '',
      sections: [
        {
          heading: '第一章　总则',
          paragraphs: [
            article(1, `为了${f.aim}，根据${f.basis}，结合本县实际，制定本办法。`),
            article(2, `本办法适用于本县行政区域内${f.subject.replace(/办法$/, '')}相关工作。`),
          ],
        },
        { heading: '第二章　具体规定', paragraphs: points.map((p, i) => article(i + 3, p)) },
        {
          heading: '第三章　附则',
          paragraphs: [
            article(
              last,
              `${f.publisher}负责本办法的组织实施和解释，各乡（镇）人民政府和县直有关部门按照职责分工做好相关工作。`,
            ),
            article(
              last + 1,
              `本办法自${chineseDate(f.spec.publishDate)}起施行。${replacementNote(c, '办法', false).join('')}`,
            ),
          ],
        },
      ],
    };
  },
  规划: (f, c) => ({
    lead: `${f.subject}是指导全县${f.domainName}工作的重要依据。本${planTerms(f.spec).noun}依据${f.basis}编制，${planTerms(f.spec).period}。`,
    sections: [
      { heading: '一、发展基础', paragraphs: [f.rand.pick(PRACTICES), f.rand.pick(SHORTCOMINGS)] },
      { heading: '二、目标与重点任务', paragraphs: numbered(f.spec.points, 'paren') },
      {
        heading: '三、保障措施',
        paragraphs: [...pickSome(f.rand, REQUIREMENTS, 2), ...replacementNote(c, planTerms(f.spec).noun)],
      },
    ],
  }),
  解读: (f, c) => ({
    lead: `近日，${c.relatedTitles[0] ? `《${c.relatedTitles[0]}》正式印发` : '相关政策正式出台'}。为便于群众理解和办理，现就有关内容解读如下。`,
    sections: [
      { heading: '一、出台背景', paragraphs: [`为${f.aim}，根据${f.basis}，结合我县实际，制定了该政策。`] },
      { heading: '二、主要内容', paragraphs: numbered(f.spec.points, 'paren') },
      {
        heading: '三、办理渠道',
        paragraphs: [
          pickSome(f.rand, REQUIREMENTS, 1)[0] ?? '',
          '群众也可在各政府信息公开查阅点免费查阅和打印政策原文。',
        ],
      },
      { heading: '四、咨询方式', paragraphs: [`咨询单位：${f.contact}。`] },
    ],
  }),
  决定: (f, c) => ({
    lead: `为${f.aim}，根据${f.basis}，经县人民政府研究，决定如下：`,
    sections: [{ paragraphs: [...numbered(f.spec.points, 'plain'), ...replacementNote(c, '决定')] }],
    closing: '本决定自公布之日起施行。',
  }),
};

/** Which section takes padding: never a numbered list, and never a 办法 (its articles are numbered). */
const PAD_SECTION: Record<DocSpec['genre'], number> = {
  通知: 0,
  公告: 1,
  报告: 1,
  意见: 0,
  办法: -1,
  规划: 0,
  解读: 2,
  决定: 0,
};

/** The body of a document, between its title and its 落款. */
export function composeBody(context: ProseContext): DocBody {
  const frame = makeFrame(context);
  const body = GENRE_BUILDERS[context.spec.genre](frame, context);
  // Short fact lists would give a thin page; pad a general (unnumbered) section rather than leave it under ~300 characters.
  const padded = body.sections[PAD_SECTION[context.spec.genre]];
  const announcesOnly =
    context.spec.genre === '公告' || (context.spec.genre === '报告' && isDisclosureStatement(context.spec));
  const extras = pickSome(frame.rand, announcesOnly ? NOTICE_EXTRAS : [...PRACTICES, ...REQUIREMENTS], 4);
  while (padded && bodyLength(body) < MIN_BODY_CHARS && extras.length > 0)
    padded.paragraphs.push(extras.shift() as string);
  return body;
}

export function bodyLength(body: DocBody): number {
  const sectionChars = body.sections.reduce((n, s) => n + (s.heading?.length ?? 0) + s.paragraphs.join('').length, 0);
  return (body.salutation?.length ?? 0) + body.lead.length + sectionChars + (body.closing?.length ?? 0);
}
