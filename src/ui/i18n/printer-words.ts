// The printer's states and CUPS reasons in words, for the attendant desk and the staff console (kept apart from the main tables).

// CUPS printer-state-reasons (RFC 8011 and PWG 5100.9) a desk printer reports; any other shows as its code.
const reasonsZh: Record<string, string> = {
  'media-empty': '缺纸',
  'media-needed': '缺纸',
  'media-low': '纸快用完了',
  'media-jam': '卡纸',
  'toner-low': '墨粉不足',
  'toner-empty': '墨粉用完',
  'marker-supply-low': '墨水不足',
  'marker-supply-empty': '墨水用完',
  'door-open': '机盖打开了',
  'cover-open': '机盖打开了',
  'input-tray-missing': '纸盒没有装好',
  'output-tray-missing': '出纸盘没有装好',
  'output-area-full': '出纸盘满了',
  paused: '已暂停',
  offline: '没有连接',
  shutdown: '已关机',
  'not-accepting-jobs': '不接收打印任务',
  'cups-unavailable': '打印服务（CUPS）没有运行',
  'connecting-to-device': '正在连接',
};

const reasonsEn: Record<string, string> = {
  'media-empty': 'out of paper',
  'media-needed': 'out of paper',
  'media-low': 'paper low',
  'media-jam': 'paper jam',
  'toner-low': 'toner low',
  'toner-empty': 'out of toner',
  'marker-supply-low': 'ink low',
  'marker-supply-empty': 'out of ink',
  'door-open': 'door open',
  'cover-open': 'cover open',
  'input-tray-missing': 'paper tray missing',
  'output-tray-missing': 'output tray missing',
  'output-area-full': 'output tray full',
  paused: 'paused',
  offline: 'not connected',
  shutdown: 'switched off',
  'not-accepting-jobs': 'not accepting jobs',
  'cups-unavailable': 'the print service (CUPS) is not running',
  'connecting-to-device': 'connecting',
};

export const printerZh = {
  states: { ready: '就绪', printing: '正在打印', stopped: '已停止', offline: '没有连接', none: '没有找到打印机' },
  reasons: reasonsZh,
  line: (name: string, state: string, reasons: string) =>
    `打印机${name ? `（${name}）` : ''}：${state}${reasons ? `，${reasons}` : ''}`,
  browser: '打印机状态：不知道（本机没有通过终端的本地服务运行，打印交给浏览器）',
  noAnswer: '打印机状态：终端的本地服务没有回答',
  byOutcome: '打印人／结果',
  outcomes: { printing: '正在打印', completed: '已打出', failed: '没有打出', unknown: '不确定' },
  failedToday: (n: string) => `今天有 ${n} 次没有打出来，排在最前面，可以“再打印”。`,
  testSending: '正在打印测试页……',
  testPage: {
    completed: (id: number) => `测试页打印好了（打印任务 ${id}）。请到打印机取纸，看字迹是否清楚。`,
    failed: (id: number) => `测试页没有打出来（打印任务 ${id}）。请看上面打印机的状态，检查打印机。`,
    unknown: (id: number) => `测试页已送到打印机（打印任务 ${id}），还不知道是否打出来。请到打印机看一看。`,
  },
};

export const printerEn: typeof printerZh = {
  states: {
    ready: 'ready',
    printing: 'printing',
    stopped: 'stopped',
    offline: 'not connected',
    none: 'no printer found',
  },
  reasons: reasonsEn,
  line: (name, state, reasons) => `Printer${name ? ` (${name})` : ''}: ${state}${reasons ? `, ${reasons}` : ''}`,
  browser: "Printer state: unknown (not served by the terminal's local server; the browser prints)",
  noAnswer: "Printer state: the terminal's local server did not answer",
  byOutcome: 'By / result',
  outcomes: { printing: 'printing', completed: 'printed', failed: 'not printed', unknown: 'unknown' },
  failedToday: (n) =>
    n === '1'
      ? '1 job did not print today; it is listed first, with Print again.'
      : `${n} jobs did not print today; they are listed first, with Print again.`,
  testSending: 'Printing the test page...',
  testPage: {
    completed: (id) => `The test page printed (job ${id}). Take it from the printer and check that its text is clear.`,
    failed: (id) => `The test page did not print (job ${id}). See the printer's state above and check the printer.`,
    unknown: (id) => `The test page went to the printer (job ${id}); whether it came out is not known yet.`,
  },
};
