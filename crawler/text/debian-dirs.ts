import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where a Debian package puts architecture-specific data: the directory named by the environment variable
 * (an override, first), then /usr/lib/<multiarch>/<subdir> for every multiarch triplet present.
 */
export function multiarchDirs(envVar: string, subdir: string): string[] {
  const dirs = process.env[envVar] ? [process.env[envVar]!] : [];
  try {
    for (const arch of readdirSync('/usr/lib')) dirs.push(join('/usr/lib', arch, subdir));
  } catch {
    /* no /usr/lib: not Linux */
  }
  return dirs;
}
