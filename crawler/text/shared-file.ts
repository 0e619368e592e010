import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** A file's bytes in shared memory: worker threads given them read the same bytes, not a copy each. */
export function readShared(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const bytes = new Uint8Array(new SharedArrayBuffer(fstatSync(fd).size));
    for (let at = 0; at < bytes.length; ) {
      const read = readSync(fd, bytes, at, bytes.length - at, at);
      if (read === 0) throw new Error(`${path} ended at byte ${at} of ${bytes.length}`);
      at += read;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}
