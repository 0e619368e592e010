import { crc32 } from 'node:zlib';

/**
 * A ZIP archive of files stored as they are (no compression: DOCX and PDF are compressed already). Names are
 * UTF-8, marked both ways tools read it: flag bit 11 (Windows, Python, 7-Zip) and the Info-ZIP Unicode Path
 * extra field (Info-ZIP unzip), so Chinese unit names survive.
 */
export function zipStore(files: Record<string, Uint8Array>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const unicodePath = Buffer.concat([Buffer.from([0x75, 0x70, 0, 0, 1, 0, 0, 0, 0]), nameBytes]);
    unicodePath.writeUInt16LE(5 + nameBytes.length, 2);
    unicodePath.writeUInt32LE(crc32(nameBytes), 5);
    const header = (signature: number, central: boolean) => {
      const fixed = Buffer.alloc(central ? 46 : 30);
      let at = 0;
      const u32 = (v: number) => {
        fixed.writeUInt32LE(v >>> 0, at);
        at += 4;
      };
      const u16 = (v: number) => {
        fixed.writeUInt16LE(v, at);
        at += 2;
      };
      u32(signature);
      if (central) u16(20);
      u16(20);
      u16(0x0800);
      u16(0);
      u16(0);
      u16(0x21);
      u32(crc);
      u32(data.length);
      u32(data.length);
      u16(nameBytes.length);
      u16(unicodePath.length);
      if (central) {
        u16(0);
        u16(0);
        u16(0);
        u32(0);
        u32(offset);
      }
      return Buffer.concat([fixed, nameBytes, unicodePath]);
    };
    const local = header(0x04034b50, false);
    locals.push(local, Buffer.from(data));
    centrals.push(header(0x02014b50, true));
    offset += local.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
