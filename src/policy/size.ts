/** File sizes as people write them: `5 MiB`, `512KiB`, `20MB`, or a plain number of bytes. */

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The ceiling a policy or flag may raise the limit to: a scan holds each file, its statements and ASTs in memory. */
export const MAX_FILE_BYTES_CEILING = 512 * 1024 * 1024;

const UNITS: Record<string, number> = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 };

/** The size in bytes, or undefined when the text is not a size within 1 byte … the ceiling. */
export function parseSize(text: string | number): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(String(text));
  if (!match) return undefined;
  const unit = UNITS[(match[2] || 'b').toLowerCase()];
  if (unit === undefined) return undefined;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes >= 1 && bytes <= MAX_FILE_BYTES_CEILING ? bytes : undefined;
}

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MiB` : bytes >= 1024 ? `${+(bytes / 1024).toFixed(1)} KiB` : `${bytes} bytes`;
}
