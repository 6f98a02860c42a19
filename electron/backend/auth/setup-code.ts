import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/**
 * First-run setup's one-time code (Jupyter's token model): made at start while no one is set
 * up, printed by `npm run web` in its ready line and passed by the desktop app itself, spent
 * by a successful auth.setup. A page that only reaches the port cannot know it.
 */
export class SetupCode {
  private current: string | null;

  constructor(needed: boolean) {
    this.current = needed ? randomBytes(18).toString('base64url') : null;
  }

  /** The code to show or pass on; null once setup is done. */
  get value(): string | null {
    return this.current;
  }

  matches(given: string): boolean {
    return this.current !== null && timingSafeEqual(digest(given), digest(this.current));
  }

  spend(): void {
    this.current = null;
  }
}
