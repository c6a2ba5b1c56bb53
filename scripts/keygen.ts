// `npm run keygen -- --out DIR`: a signing key pair for content packages, DIR/private.pem (keep it safe) and DIR/public.key.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SigningKeyError, writeKeyPair } from './pack/signing-keys.ts';

const USAGE = '用法：npm run keygen -- --out 密钥文件夹';

let out: string | undefined;
try {
  out = parseArgs({ options: { out: { type: 'string' } } }).values.out;
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (!out) {
  console.error(USAGE);
  process.exit(2);
}
try {
  const keys = await writeKeyPair(resolve(out));
  console.log(`私钥：${keys.privatePath}（打包签名用，请妥善保管，不要放到网站或查阅机上）`);
  console.log(`公钥：${keys.publicPath}（填入查阅机配置的 trustedKeys）`);
  console.log(keys.publicKey);
} catch (e) {
  if (!(e instanceof SigningKeyError)) throw e;
  console.error(e.message);
  process.exit(1);
}
