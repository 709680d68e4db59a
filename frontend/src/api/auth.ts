import { call } from './bridge';

/** Role names (app/domain.Role). */
export type Role = 'admin' | 'leader' | 'clerk' | 'police' | 'viewer';

/** Permissions (app.Permission); the UI hides what the role may not do. */
export type Permission =
  | 'use'
  | 'unit.edit'
  | 'calendar.edit'
  | 'accounts.manage'
  | 'audit.view'
  | 'backups.manage'
  | 'identity.reveal'
  | 'logbook.view'
  | 'logbook.record'
  | 'petitions.view'
  | 'petitions.record'
  | 'reports.view';

/** domain.Account. */
export interface Account {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  disabled: boolean;
  mustChangePassword: boolean;
  failedLogins: number;
  lockedUntil: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** app.AccountView: the logged-in account. */
export interface AccountView extends Account {
  roleLabel: string;
  permissions: Permission[];
}

/** app.AuthState. */
export interface AuthState {
  hasAccounts: boolean;
  user: AccountView | null;
  lockedUser: string;
  idleMinutes: number;
}

/** app.SetupInput. */
export interface SetupInput {
  username: string;
  fullName: string;
  password: string;
  passwordConfirm: string;
}

/** app.ChangePasswordInput. */
export interface ChangePasswordInput {
  current: string;
  password: string;
  passwordConfirm: string;
}

/** The session's state: first run, logged in, locked. Needs no login. */
export const authState = () => call<AuthState>('app.Auth.State');

/** Creates the first administrator and logs in. */
export const setupAdmin = (input: SetupInput) => call<AuthState>('app.Auth.SetupAdmin', input);

/** Logs in. */
export const login = (username: string, password: string) => call<AuthState>('app.Auth.Login', username, password);

/** Logs out. */
export const logout = () => call<void>('app.Auth.Logout');

/** Locks the screen (idle, or the person's choice). */
export const lock = () => call<void>('app.Auth.Lock');

/** Tells Go the person is still at work. */
export const touch = () => call<void>('app.Auth.Touch');

/** Changes the logged-in person's password. */
export const changePassword = (input: ChangePasswordInput) => call<AuthState>('app.Auth.ChangePassword', input);
