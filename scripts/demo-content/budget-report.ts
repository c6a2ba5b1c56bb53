// Builds the long 2024 budget execution report: many sections and seeded tables, so the demo has a 20+ page PDF.
import type { DocBody, Section, Table } from './doc-spec.ts';
import { numeral } from './prose-templates.ts';
import { TOWNS } from './publishers.ts';
import { seededRandom, type SeededRandom } from './seeded-random.ts';

const REVENUE_ITEMS = [
  '增值税',
  '企业所得税',
  '个人所得税',
  '资源税',
  '城市维护建设税',
  '房产税',
  '印花税',
  '城镇土地使用税',
  '土地增值税',
  '车船税',
  '耕地占用税',
  '契税',
  '环境保护税',
  '专项收入',
  '行政事业性收费收入',
  '罚没收入',
  '国有资源（资产）有偿使用收入',
  '政府住房基金收入',
  '其他收入',
];
const EXPENDITURE_ITEMS = [
  '一般公共服务支出',
  '国防支出',
  '公共安全支出',
  '教育支出',
  '科学技术支出',
  '文化旅游体育与传媒支出',
  '社会保障和就业支出',
  '卫生健康支出',
  '节能环保支出',
  '城乡社区支出',
  '农林水支出',
  '交通运输支出',
  '资源勘探工业信息等支出',
  '商业服务业等支出',
  '自然资源海洋气象等支出',
  '住房保障支出',
  '粮油物资储备支出',
  '灾害防治及应急管理支出',
  '债务付息支出',
  '其他支出',
];
const DEPARTMENTS = [
  '县人大常委会办公室',
  '县政协办公室',
  '县人民政府办公室',
  '县发展和改革局',
  '县教育局',
  '县科技和工业信息化局',
  '县公安局',
  '县民政局',
  '县司法局',
  '县财政局',
  '县人力资源和社会保障局',
  '县自然资源局',
  '县生态环境局',
  '县住房和城乡建设局',
  '县交通运输局',
  '县水务局',
  '县农业农村局',
  '县商务局',
  '县文化和旅游局',
  '县卫生健康局',
  '县退役军人事务局',
  '县应急管理局',
  '县审计局',
  '县市场监督管理局',
  '县统计局',
  '县医疗保障局',
  '县林业和草原局',
  '县乡村振兴服务中心',
  '县政务服务管理局',
  '县信访局',
  '县档案馆',
  '县图书馆',
  '县融媒体中心',
  '县人民医院',
  '县中医医院',
  '县疾病预防控制中心',
  '县妇幼保健院',
  '县第一中学',
  '县第二中学',
  '县职业高级中学',
  '县实验小学',
  '县特殊教育学校',
  '县公共资源交易中心',
  '县机关事务服务中心',
  '县城市管理综合执法大队',
  '县残疾人联合会',
  '县总工会',
  '共青团云溪县委员会',
  '县妇女联合会',
  '县科学技术协会',
];
const PROJECT_KINDS = [
  '农村公路养护',
  '农村饮水安全巩固提升',
  '高标准农田建设',
  '乡村学校校舍维修',
  '卫生院能力提升',
  '污水管网建设',
];
const FUND_ITEMS = [
  '国有土地使用权出让收入',
  '国有土地收益基金收入',
  '农业土地开发资金收入',
  '城市基础设施配套费收入',
  '污水处理费收入',
  '彩票公益金收入',
  '专项债券对应项目专项收入',
  '其他政府性基金收入',
];
const INSURANCE_FUNDS = [
  '城乡居民基本养老保险基金',
  '机关事业单位基本养老保险基金',
  '城乡居民基本医疗保险基金',
  '职工基本医疗保险基金',
  '工伤保险基金',
  '失业保险基金',
];

const fixed = (value: number) => value.toFixed(1);
// Rounded before formatting so a tiny fall never prints as "-0.0%".
const percent = (part: number, whole: number) => `${(Math.round((part / whole) * 1000) / 10 || 0).toFixed(1)}%`;

/** One line of a budget table: plan, adjusted plan, actual, share of the adjusted plan, growth on last year. */
function executionRow(rand: SeededRandom, name: string, scale: number): { row: string[]; actual: number } {
  const plan = scale * (0.4 + rand.next());
  const adjusted = plan * (0.95 + rand.next() * 0.12);
  const actual = adjusted * (0.9 + rand.next() * 0.14);
  const lastYear = actual / (0.92 + rand.next() * 0.18);
  return {
    row: [
      name,
      fixed(plan),
      fixed(adjusted),
      fixed(actual),
      percent(actual, adjusted),
      percent(actual - lastYear, lastYear),
    ],
    actual,
  };
}

function executionTable(
  rand: SeededRandom,
  caption: string,
  items: string[],
  scale: number,
): { table: Table; total: number } {
  const rows = items.map((name) => executionRow(rand, name, scale));
  const total = rows.reduce((sum, r) => sum + r.actual, 0);
  return {
    table: {
      caption,
      unit: '单位：万元',
      head: ['项目', '年初预算数', '调整预算数', '执行数', '为调整预算%', '比上年增长%'],
      rows: [...rows.map((r) => r.row), ['合计', '', '', fixed(total), '', '']],
    },
    total,
  };
}

function departmentTable(rand: SeededRandom): Table {
  return {
    caption: '表4　2024年县级部门支出执行情况表',
    unit: '单位：万元',
    head: ['部门', '基本支出', '项目支出', '合计', '执行率%'],
    rows: DEPARTMENTS.map((name) => {
      const basic = 150 + rand.next() * 2400;
      const project = 60 + rand.next() * 3600;
      return [name, fixed(basic), fixed(project), fixed(basic + project), `${(93 + rand.next() * 7).toFixed(1)}%`];
    }),
  };
}

function threePublicTable(rand: SeededRandom): Table {
  return {
    caption: '表9　2024年县级部门“三公”经费支出情况表',
    unit: '单位：万元',
    head: ['部门', '公务用车运行维护费', '公务用车购置费', '公务接待费', '合计'],
    rows: DEPARTMENTS.map((name) => {
      const car = 0.8 + rand.next() * 14;
      const purchase = rand.next() < 0.1 ? 18 + rand.next() * 8 : 0;
      const hosting = 0.2 + rand.next() * 4;
      return [name, fixed(car), fixed(purchase), fixed(hosting), fixed(car + purchase + hosting)];
    }),
  };
}

function projectTable(rand: SeededRandom): Table {
  const rows = TOWNS.flatMap((town) =>
    PROJECT_KINDS.map((kind) => {
      const budget = 40 + rand.next() * 900;
      const spent = budget * (0.78 + rand.next() * 0.22);
      return [`${town}${kind}项目`, fixed(budget), fixed(spent), percent(spent, budget)];
    }),
  );
  return {
    caption: '表10　2024年重点民生项目资金执行情况表',
    unit: '单位：万元',
    head: ['项目名称', '预算数', '执行数', '执行率%'],
    rows,
  };
}

function debtTable(rand: SeededRandom): Table {
  const rows = Array.from({ length: 24 }, (_, i) => {
    const general = i % 3 === 0;
    const amount = general ? 5000 + rand.next() * 20000 : 8000 + rand.next() * 40000;
    return [
      `2024年${general ? '一般' : '专项'}债券（第${numeral(i + 1)}批）`,
      general ? '一般债券' : '专项债券',
      `${rand.pick([7, 10, 15, 20, 30])}年`,
      `${(2.1 + rand.next() * 0.9).toFixed(2)}%`,
      fixed(amount),
    ];
  });
  return {
    caption: '表8　2024年新增政府债券明细表',
    unit: '单位：万元',
    head: ['债券名称', '类型', '期限', '票面利率', '金额'],
    rows,
  };
}

function monthlyTable(rand: SeededRandom): Table {
  let revenue = 0;
  let spending = 0;
  const rows = Array.from({ length: 12 }, (_, i) => {
    const r = 5200 + rand.next() * 4400;
    const s = 18000 + rand.next() * 16000 + (i === 11 ? 30000 : 0);
    revenue += r;
    spending += s;
    return [`${i + 1}月`, fixed(r), fixed(revenue), fixed(s), fixed(spending)];
  });
  return {
    caption: '表3　2024年分月收支进度表',
    unit: '单位：万元',
    head: ['月份', '当月收入', '累计收入', '当月支出', '累计支出'],
    rows,
  };
}

function townTables(rand: SeededRandom, firstNumber: number): Section[] {
  return TOWNS.map((town, i) => {
    const { table } = executionTable(
      rand,
      `表${firstNumber + i}\u3000${town}2024年一般公共预算支出执行情况表`,
      EXPENDITURE_ITEMS.slice(0, 14),
      180,
    );
    return {
      heading: `（${numeral(i + 1)}）${town}`,
      paragraphs: [
        `${town}2024年一般公共预算支出执行情况如下表。全年重点保障了基层运转、农村公益事业和民生项目，年末结转结余资金按规定收回统筹使用。`,
      ],
      table,
    };
  });
}

/** The body of 《云溪县2024年度财政预算执行情况报告》. */
export function budgetReportBody(): DocBody {
  const rand = seededRandom(2024);
  const revenue = executionTable(rand, '表1　2024年一般公共预算收入执行情况表', REVENUE_ITEMS, 4800);
  const spending = executionTable(rand, '表2　2024年一般公共预算支出执行情况表', EXPENDITURE_ITEMS, 16000);
  const funds = executionTable(rand, '表5　2024年政府性基金预算收入执行情况表', FUND_ITEMS, 7000);
  const capital = executionTable(
    rand,
    '表6　2024年国有资本经营预算执行情况表',
    ['利润收入', '股利、股息收入', '产权转让收入', '其他国有资本经营预算收入'],
    300,
  );
  const insurance = executionTable(rand, '表7　2024年社会保险基金预算执行情况表', INSURANCE_FUNDS, 21000);
  const wan = (value: number) => `${(value / 10000).toFixed(2)}亿元`;
  const sections: Section[] = [
    {
      heading: '一、一般公共预算收入执行情况',
      paragraphs: [
        `2024年全县一般公共预算收入完成${wan(revenue.total)}，其中税收收入占比保持在六成以上。主要税种中，增值税、企业所得税随重点企业产能释放稳步增长，契税和土地增值税受房地产市场影响有所下降。`,
        '非税收入中，国有资源（资产）有偿使用收入因盘活闲置资产增加较多，行政事业性收费收入继续下降，体现了减税降费政策的持续效应。',
      ],
      table: revenue.table,
    },
    {
      heading: '二、一般公共预算支出执行情况',
      paragraphs: [
        `2024年全县一般公共预算支出完成${wan(spending.total)}。全县坚持“三保”支出在预算安排中的优先顺序，教育、社会保障和就业、卫生健康、农林水等民生支出得到有效保障。`,
        '其中，教育支出重点用于义务教育学校公用经费、教师工资和学生资助；社会保障和就业支出重点用于城乡居民基本养老保险、最低生活保障和特困人员救助供养。',
      ],
      table: spending.table,
    },
    {
      heading: '三、分月收支进度',
      paragraphs: ['全年收入进度总体均衡，支出进度在年末受上级转移支付集中下达影响有所加快。'],
      table: monthlyTable(rand),
    },
    {
      heading: '四、县级部门支出执行情况',
      paragraphs: [
        '县级各部门严格按照批准的预算组织支出，基本支出保障正常运转，项目支出优先保障县委、县政府确定的重点工作。',
      ],
      table: departmentTable(rand),
    },
    {
      heading: '五、政府性基金预算执行情况',
      paragraphs: [
        `2024年全县政府性基金预算收入完成${wan(funds.total)}，国有土地使用权出让收入仍是主要来源，收入相应安排用于征地拆迁补偿、城市建设和农村基础设施建设。`,
      ],
      table: funds.table,
    },
    {
      heading: '六、国有资本经营预算执行情况',
      paragraphs: [
        '县属国有企业上缴利润、股利股息收入全部纳入国有资本经营预算管理，主要用于解决国有企业历史遗留问题和资本金注入。',
      ],
      table: capital.table,
    },
    {
      heading: '七、社会保险基金预算执行情况',
      paragraphs: ['各项社会保险基金收支总体平稳，当年收支结余全部存入财政专户，保值增值，确保各项待遇按时足额发放。'],
      table: insurance.table,
    },
    {
      heading: '八、政府债务情况',
      paragraphs: [
        '2024年全县新增政府债券主要用于保障性安居工程、城乡供水一体化、农村公路和学校建设等公益性项目，债务余额控制在省核定的限额以内。',
        '全年按时足额偿还到期政府债务本息，未发生逾期。隐性债务化解按计划推进。',
      ],
      table: debtTable(rand),
    },
    {
      heading: '九、“三公”经费执行情况',
      paragraphs: ['县级部门“三公”经费支出继续压减，严格执行公务接待、公务用车管理规定，因公出国（境）费为零。'],
      table: threePublicTable(rand),
    },
    {
      heading: '十、重点民生项目资金执行情况',
      paragraphs: [
        '各乡（镇）重点民生项目资金按进度拨付，执行率较低的项目主要受施工季节和项目审批影响，结转资金按规定继续使用。',
      ],
      table: projectTable(rand),
    },
    { heading: '十一、乡（镇）财政收支情况', paragraphs: ['各乡（镇）财政收支情况分述如下。'] },
    ...townTables(rand, 11),
    {
      heading: '十二、预算绩效管理情况',
      paragraphs: [
        '全县对所有项目支出实行绩效目标管理，对年度预算执行情况开展绩效自评，选取部分重点项目开展财政重点绩效评价，评价结果与下年度预算安排挂钩。',
        '对绩效评价等次较低的项目，相应压减下年度预算，推动部门主动提高资金使用效益。',
      ],
    },
    {
      heading: '十三、存在的问题和下一步工作',
      paragraphs: [
        '一是财政收入增长基础还不稳固，土地出让收入下降较多；二是刚性支出需求持续增加，收支平衡压力较大；三是部分项目前期工作不充分，资金支出进度偏慢。',
        '下一步，我们将坚持过紧日子，加强财源建设，严格预算执行，强化绩效管理，防范化解政府债务风险，持续推进财政预决算公开，自觉接受人大监督和社会监督。',
      ],
    },
  ];
  return {
    lead: '2024年，全县财政部门坚持稳中求进工作总基调，严格执行县人民代表大会批准的预算，积极组织收入，优化支出结构，兜牢“三保”底线，全年预算执行情况总体良好。现将2024年度全县财政预算执行情况报告如下。',
    sections,
  };
}
