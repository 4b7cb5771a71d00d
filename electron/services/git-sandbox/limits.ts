/** Caps that keep a learner's sandbox small and the app responsive. */
export interface SandboxLimits {
  /** Largest file a command may write, in bytes. */
  readonly maxFileBytes: number;
  /** Most files (outside .git) the work tree may hold. */
  readonly maxFiles: number;
  /** Most bytes all work-tree files together may hold. */
  readonly maxTotalBytes: number;
  /** Most output one command may print, in bytes; the rest is cut with a note. */
  readonly maxOutputBytes: number;
  /** Longest command line accepted, in characters. */
  readonly maxCommandLength: number;
  /** Longest single file or folder name, in bytes (most file systems stop at 255). */
  readonly maxNameBytes: number;
  /** Longest path inside the sandbox, in bytes. */
  readonly maxPathBytes: number;
  /** How many commands `undo` can step back through. */
  readonly undoDepth: number;
}

export const DEFAULT_LIMITS: SandboxLimits = {
  maxFileBytes: 1024 * 1024,
  maxFiles: 5000,
  maxTotalBytes: 64 * 1024 * 1024,
  maxOutputBytes: 512 * 1024,
  maxCommandLength: 8192,
  maxNameBytes: 255,
  maxPathBytes: 1024,
  undoDepth: 20,
};

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}
