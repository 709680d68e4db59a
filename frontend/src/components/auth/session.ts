import { createContext, useContext } from 'react';
import type { AccountView, Permission } from '../../api';

/** The logged-in account, for components that show or hide by permission. */
export const SessionContext = createContext<AccountView | null>(null);

/** The logged-in account, or null. */
export const useUser = () => useContext(SessionContext);

/** Whether the logged-in account has permission p (Go checks again). */
export function useCan(p: Permission): boolean {
  return useContext(SessionContext)?.permissions.includes(p) ?? false;
}
