// Checks manifest.sig (raw ECDSA P-256 r‖s over manifest.json's bytes) against the config's trusted keys.

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** True when any trusted key (base64 SPKI) verifies the signature; a malformed key or signature verifies nothing. */
export async function verifyManifestSignature(
  manifestBytes: Uint8Array<ArrayBuffer>,
  signatureBase64: string,
  trustedKeys: readonly string[],
): Promise<boolean> {
  let signature: Uint8Array<ArrayBuffer>;
  try {
    signature = base64ToBytes(signatureBase64);
  } catch {
    return false;
  }
  for (const key of trustedKeys) {
    try {
      const publicKey = await crypto.subtle.importKey(
        'spki',
        base64ToBytes(key),
        { name: 'ECDSA', namedCurve: 'P-256' },
        false,
        ['verify'],
      );
      if (await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, publicKey, signature, manifestBytes)) {
        return true;
      }
    } catch {
      // A key that does not import is not trusted; try the next one.
    }
  }
  return false;
}
