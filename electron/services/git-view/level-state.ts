/**
 * How far a learner is into a level being played: commands counted against par, hints shown,
 * whether the goal was met. Kept next to the level's repository (`<dataDir>/levels/<id>.json`)
 * so a restart resumes where the learner stopped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const LEVEL_STATE = z.object({
  commands: z.number().int().min(0).max(1_000_000),
  hintsShown: z.number().int().min(0).max(100),
  complete: z.boolean(),
});
export type LevelState = z.infer<typeof LEVEL_STATE>;

export const FRESH_LEVEL_STATE: LevelState = { commands: 0, hintsShown: 0, complete: false };

export class LevelFolders {
  constructor(readonly root: string) {}

  repoDir(levelId: string): string {
    return path.join(this.root, levelId);
  }

  private stateFile(levelId: string): string {
    return path.join(this.root, `${levelId}.json`);
  }

  /** The saved state when the level's repository is still there; undefined otherwise. */
  read(levelId: string): LevelState | undefined {
    if (!fs.existsSync(path.join(this.repoDir(levelId), '.git'))) return undefined;
    try {
      const parsed = LEVEL_STATE.safeParse(JSON.parse(fs.readFileSync(this.stateFile(levelId), 'utf8')));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  write(levelId: string, state: LevelState): void {
    fs.mkdirSync(this.root, { recursive: true });
    const file = this.stateFile(levelId);
    const tmp = `${file}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, JSON.stringify(state));
    fs.renameSync(tmp, file);
  }

  /** An empty folder for a fresh setup. */
  clear(levelId: string): string {
    const dir = this.repoDir(levelId);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  }
}
