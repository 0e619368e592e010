/** FNV-1a 64-bit as hex: a stable, dependency-free fingerprint usable in Node and in the extension. */
export function fingerprint(...parts: (string | number | undefined)[]): string {
  let hash = 0xcbf29ce484222325n;
  const text = parts.map((p) => (p === undefined ? '' : String(p))).join('\u0001');
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
