// ECDSA P-256 signing keys and manifest signatures in the form the kiosk verifies with WebCrypto (raw r‖s, base64 SPKI).
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface KeyPair {
  /** PKCS#8 PEM: stays with staff, never on a terminal. */
  privatePem: string;
  /** Base64 SPKI DER: what a kiosk config's `trustedKeys` takes. */
  publicKey: string;
}

export class SigningKeyError extends Error {}

export function generateKeyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    publicKey: publicKeyText(publicKey),
  };
}

export function publicKeyText(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return (publicKey.export({ type: 'spki', format: 'der' }) as Buffer).toString('base64');
}

/** Loads private.pem, refusing any key the kiosk could not verify against (not EC, or not P-256). */
export function loadPrivateKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch (e) {
    throw new SigningKeyError(`不是有效的私钥文件（应为 npm run keygen 生成的 private.pem）：${(e as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new SigningKeyError('私钥类型不对：查阅机只认 ECDSA P-256 密钥，请用 npm run keygen 生成');
  }
  return key;
}

/** manifest.sig's content: base64 of the 64-byte r‖s signature over manifest.json's exact bytes. */
export function signManifest(manifestBytes: Uint8Array, key: KeyObject): string {
  return sign('sha256', manifestBytes, { key, dsaEncoding: 'ieee-p1363' }).toString('base64');
}

/** keygen: writes DIR/private.pem (owner-only) and DIR/public.key; refuses when either exists. */
export async function writeKeyPair(dir: string): Promise<KeyPair & { privatePath: string; publicPath: string }> {
  const privatePath = join(dir, 'private.pem');
  const publicPath = join(dir, 'public.key');
  for (const path of [privatePath, publicPath]) {
    if (
      await access(path, constants.F_OK).then(
        () => true,
        () => false,
      )
    ) {
      // A new key silently replacing the old one would lock every terminal out of the next update.
      throw new SigningKeyError(`${path} 已存在，不会覆盖。查阅机上的公钥只认原来的私钥；确需新密钥请换一个文件夹。`);
    }
  }
  await mkdir(dir, { recursive: true });
  const keys = generateKeyPair();
  await writeFile(privatePath, keys.privatePem, { mode: 0o600, flag: 'wx' });
  await writeFile(publicPath, `${keys.publicKey}\n`, { flag: 'wx' });
  return { ...keys, privatePath, publicPath };
}
