/** Why a file could not be read, in words people act on (zh, en), instead of a raw "ENOENT: …" message. */
export function readProblem(error: unknown): [string, string] {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return ['文件不存在，请检查路径和文件名', 'the file does not exist; check the path and name'];
  if (code === 'EACCES' || code === 'EPERM') return ['没有读取权限', 'permission denied'];
  if (code === 'EISDIR') return ['这是一个文件夹，不是文件', 'it is a folder, not a file'];
  const message = (error as Error | undefined)?.message ?? String(error);
  return [message, message];
}
