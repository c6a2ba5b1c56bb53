// A resident's session: what each part of the app keeps for it registers here, and is wiped together at idle.

type Wipe = () => void;
const wipes = new Set<Wipe>();

/** Registers what a module keeps for the current resident (a print count, an attendant's unlock, scroll places). */
export function onSessionEnd(wipe: Wipe): () => void {
  wipes.add(wipe);
  return () => wipes.delete(wipe);
}

/** Forgets everything the session kept; a failing wipe does not stop the others. */
export function endSession(): void {
  for (const wipe of wipes) {
    try {
      wipe();
    } catch (e) {
      console.error('a session wipe failed', e);
    }
  }
}
