// A signature made by pack verifies with WebCrypto exactly as the kiosk checks it, and keys that would not are refused early.
import { generateKeyPairSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyManifestSignature } from '../../src/content/verify-signature.ts';
import { generateKeyPair, loadPrivateKey, signManifest, writeKeyPair } from './signing-keys.ts';
import { emptyDir } from './test-source-folder.ts';

const manifest = new TextEncoder().encode('{"format":"chayue-package/1","title":"县政府信息公开目录"}\n');

describe('manifest signatures', () => {
  it('are 64 raw bytes (r‖s) that WebCrypto verifies against the base64 SPKI public key', async () => {
    const keys = generateKeyPair();
    const signature = signManifest(manifest, loadPrivateKey(keys.privatePem));
    const raw = Buffer.from(signature, 'base64');
    expect(raw.byteLength).toBe(64);

    const publicKey = await crypto.subtle.importKey(
      'spki',
      Buffer.from(keys.publicKey, 'base64'),
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, publicKey, raw, manifest)).toBe(true);
    // The kiosk's own check, as the import worker runs it.
    expect(await verifyManifestSignature(new Uint8Array(manifest), signature, [keys.publicKey])).toBe(true);
  });

  it('fail with a flipped byte in the manifest, a flipped bit in the signature, or another key', async () => {
    const keys = generateKeyPair();
    const signature = signManifest(manifest, loadPrivateKey(keys.privatePem));
    const tampered = new Uint8Array(manifest);
    tampered[5]! ^= 1;
    expect(await verifyManifestSignature(tampered, signature, [keys.publicKey])).toBe(false);
    const raw = Buffer.from(signature, 'base64');
    raw[10]! ^= 1;
    expect(await verifyManifestSignature(new Uint8Array(manifest), raw.toString('base64'), [keys.publicKey])).toBe(
      false,
    );
    expect(await verifyManifestSignature(new Uint8Array(manifest), signature, [generateKeyPair().publicKey])).toBe(
      false,
    );
  });

  it('refuse keys the kiosk cannot verify against: RSA, another curve, not a key at all', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    }) as string;
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    }) as string;
    expect(() => loadPrivateKey(rsa)).toThrow(/ECDSA P-256/);
    expect(() => loadPrivateKey(p384)).toThrow(/ECDSA P-256/);
    expect(() => loadPrivateKey('hello')).toThrow(/不是有效的私钥文件/);
  });
});

describe('keygen', () => {
  it('writes a PKCS#8 private.pem only its owner can read and a base64 SPKI public.key, and never overwrites them', async () => {
    const dir = join(await emptyDir(), 'keys');
    const keys = await writeKeyPair(dir);
    const pem = await readFile(join(dir, 'private.pem'), 'utf8');
    expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect((await readFile(join(dir, 'public.key'), 'utf8')).trim()).toBe(keys.publicKey);
    const { stat } = await import('node:fs/promises');
    expect((await stat(join(dir, 'private.pem'))).mode & 0o077).toBe(0);
    await expect(writeKeyPair(dir)).rejects.toThrow(/已存在，不会覆盖/);
    expect(await readFile(join(dir, 'private.pem'), 'utf8')).toBe(pem);
  });
});
