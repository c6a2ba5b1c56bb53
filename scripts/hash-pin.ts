// Prints the { salt, iterations, hash } a kiosk config takes for a PIN (PBKDF2-SHA-256), e.g. `npx tsx scripts/hash-pin.ts 24681357`.
import { pbkdf2Sync, randomBytes } from 'node:crypto';

const pin = process.argv[2] ?? '';
if (!/^\d{8,}$/.test(pin)) {
  console.error('用法: npx tsx scripts/hash-pin.ts <至少 8 位数字的 PIN>');
  process.exit(2);
}
const iterations = 600_000;
const salt = randomBytes(16);
const hash = pbkdf2Sync(pin, salt, iterations, 32, 'sha256');
console.log(JSON.stringify({ salt: salt.toString('base64'), iterations, hash: hash.toString('base64') }, null, 2));
