/** The signed-in user, shared by every page; null when signed out. */
import { createContext, useContext } from 'react';
import type { Me } from './types.ts';

export interface Session {
  me: Me;
  /** Replace the session after a change (sign-in, renamed organisation, language). */
  setMe(me: Me): void;
  /** Rejects when the server could not end the session (then the user is still signed in). */
  signOut(everywhere: boolean): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside a signed-in page');
  return s;
}
