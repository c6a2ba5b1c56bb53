// Every piece of interface text in Chinese, written for someone who has never used a computer.
import type { ImportFailureCode } from '../../shared/import-messages.ts';
import type { PdfFailure } from '../../viewer/pdf.ts';

export const zhCN = {
  locale: 'zh-CN',
  appName: '查阅',
  nav: { back: '返回', home: '回到首页' },
  home: {
    welcome: '欢迎查阅政府信息公开文件',
    byDomain: '按类别查看',
    latest: '最新公开的文件',
    otherDomain: '其他',
    docCount: (n: string) => `${n} 份`,
    contentVersion: (version: number, date: string, count: string) => `文件目录第 ${version} 版 · ${date}更新 · 共 ${count} 份文件`,
  },
  browse: {
    title: (domain: string) => domain,
    count: (n: string) => `共 ${n} 份文件，最新的在前面`,
    empty: '这个类别暂时没有文件。请点“回到首页”看看其他类别。',
    unknownDomain: '没有找到这个类别。请点“回到首页”重新选择。',
  },
  doc: {
    indexNo: '索引号',
    docNo: '文号',
    publisher: '发布机构',
    writtenDate: '成文日期',
    publishDate: '发布日期',
    disclosure: '公开方式',
    validity: '有效性',
    none: '无',
    notFound: '没有找到这份文件，它可能已被更新。请点“回到首页”重新查找。',
    validityBanner: {
      已修订: '提示：本文件已被修订，内容可能已经变化。',
      失效: '提示：本文件已失效，不再执行。',
      废止: '提示：本文件已废止，不再执行。',
    } as Record<string, string>,
    seeReplacement: '查看替代它的新文件',
    related: '相关文件',
    files: '本文件的附件',
    fileN: (n: number) => (n === 1 ? '正文' : `附件 ${n - 1}`),
    opening: '正在打开文件，请稍等……',
    prevPage: '上一页',
    nextPage: '下一页',
    pageOf: (page: number, total: number) => `第 ${page} 页 / 共 ${total} 页`,
    pageLabel: (page: number) => `第 ${page} 页`,
    errors: {
      encrypted: '这份文件设置了密码，本机无法打开。请扫码在手机上查看原文，或请工作人员帮忙。',
      damaged: '这份文件已损坏或不完整，本机无法打开。请请工作人员帮忙。',
      timeout: '这份文件打开时间太长，本机无法打开。请请工作人员帮忙。',
    } satisfies Record<PdfFailure, string>,
    missingFile: '本机缺少这份文件的内容。请请工作人员更新文件目录。',
    unsupported: '这种格式的文件本机无法显示。请扫码在手机上查看原文。',
  },
  startup: {
    preparing: '正在准备文件目录，第一次启动需要一点时间……',
    progress: (done: string, total: string, mbDone: string, mbTotal: string) =>
      `已准备 ${done} / ${total} 个文件（${mbDone} / ${mbTotal} MB）`,
    failed: '文件目录没有准备好。',
    retry: '重试',
    staffHint: '请工作人员检查网络和更新包后点“重试”。',
    failures: {
      'fetch-failed': (path: string) => `无法下载 ${path}。请检查网络或更新包地址。`,
      'too-large': (path: string) => `更新包太大（${path}），超过了本机允许的大小。`,
      'size-mismatch': (path: string) => `文件校验失败：${path} 的大小与清单不符。请重新发布或拷贝更新包。`,
      'hash-mismatch': (path: string) => `文件校验失败：${path} 与清单不符。请重新发布或拷贝更新包。`,
      schema: (path: string) => `文件格式有误：${path}。`,
      'missing-file': (path: string) => `更新包缺少文件：${path}。`,
      unsigned: () => '更新包没有签名，本机只接受签名的更新包。',
      'signature-invalid': () => '更新包签名验证失败，可能被改动过或不是可信的发布者。',
      'not-newer': () => '这个更新包不比本机现有的版本新。',
      'rolled-back': () => '这个版本已被工作人员回滚，本机不再接受它。请发布更新的版本。',
      'no-space': () => '本机存储空间不够，放不下这个更新包。请清理空间或联系技术人员。',
      'zip-entry': (path: string) => `压缩包内有不安全或清单之外的文件：${path}。请重新制作更新包。`,
      cancelled: () => '导入已取消，本机内容没有变化。',
      storage: (path: string) => `本机存储出错${path ? `（${path}）` : ''}。请检查存储空间。`,
    } satisfies Record<ImportFailureCode, (path: string) => string>,
  },
  configError: {
    title: '终端配置有误，暂时无法使用',
    residentHint: '请联系工作人员。',
    staffHint: (url: string) => `工作人员请检查配置文件：${url}`,
  },
};

export type Strings = typeof zhCN;
