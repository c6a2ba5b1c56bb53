// `npm run pack -- SOURCE_DIR --out OUT [--key KEY.pem] [--version N]`: a content package (folder, or OUT.zip) from a folder and its sheet.
import { parseArgs } from 'node:util';

import { packPackage } from './pack/pack-package.ts';
import { progressPrinter } from './pack/pack-progress.ts';
import { formatProblems } from './pack/problems.ts';

const USAGE = `用法：npm run pack -- 资料文件夹 --out 输出位置 [--key private.pem] [--version N]
  资料文件夹   放文件和目录表（catalogue.xlsx、catalogue.csv 或 catalogue.json）的文件夹
  --out        输出位置：以 .zip 结尾得到一个 zip 文件（拷 U 盘用），否则得到一个文件夹（放网站上）
  --key        签名私钥（npm run keygen 生成的 private.pem）；不给则生成未签名的包
  --version    版本号（整数）；默认比输出位置原有的包大 1，没有则为 1
  --id、--title、--publisher  内容包的编号、名称和发布机构（可选）`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      key: { type: 'string' },
      version: { type: 'string' },
      id: { type: 'string' },
      title: { type: 'string' },
      publisher: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (e) {
  fail((e as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail('请给出一个资料文件夹');
if (!values.out) fail('请用 --out 给出输出位置');
const version = values.version === undefined ? undefined : Number(values.version);
if (version !== undefined && !(Number.isInteger(version) && version >= 1))
  fail(`--version 应是不小于 1 的整数，而不是“${values.version}”`);

const progress = progressPrinter();
const started = Date.now();
const result = await packPackage({
  sourceDir: positionals[0]!,
  out: values.out,
  keyFile: values.key,
  version,
  packageId: values.id,
  title: values.title,
  publisher: values.publisher,
  onProgress: progress.update,
});
progress.done();
for (const line of formatProblems(result.problems)) console.error(line);
if (!result.ok || !result.manifest) {
  console.error('\n请修正以上问题后重新打包。输出位置没有任何改动。');
  process.exit(1);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const bytes = result.manifest.files.reduce((sum, f) => sum + f.size, 0);
console.log(
  `已生成内容包 ${values.out}：版本 ${result.manifest.version}，${result.documents} 个文件条目，${result.manifest.files.length} 个文件，${(bytes / 1024 / 1024).toFixed(1)} MB，用时 ${seconds} 秒`,
);
if (result.publicKey) console.log(`已签名。查阅机配置的 trustedKeys 中须有这个公钥：\n${result.publicKey}`);
else console.log('未签名（没有给 --key）：只有设置了 allowUnsigned: true 的查阅机会接收它。');
