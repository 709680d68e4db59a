import { call } from './bridge';
import type { Account, Role } from './auth';

/** app.RoleOption. */
export interface RoleOption {
  role: Role;
  label: string;
}

/** app.NewAccountInput. */
export interface NewAccountInput {
  username: string;
  fullName: string;
  role: Role | '';
  password: string;
}

/** app.AccountUpdate. */
export interface AccountUpdate {
  id: number;
  fullName: string;
  role: Role;
  disabled: boolean;
  revision: number;
}

/** domain.SecuritySettings: the login rules. */
export interface SecuritySettings {
  maxFailedLogins: number;
  lockoutMinutes: number;
  idleMinutes: number;
  revision: number;
}

/** Every account (administrator only). */
export const listAccounts = () => call<Account[]>('app.Accounts.List');

/** The roles with their Vietnamese names. */
export const accountRoles = () => call<RoleOption[]>('app.Accounts.Roles');

/** Creates an account; its password must be changed at the first login. */
export const createAccount = (input: NewAccountInput) => call<Account>('app.Accounts.Create', input);

/** Changes an account's name, role or disabled flag. */
export const updateAccount = (input: AccountUpdate) => call<Account>('app.Accounts.Update', input);

/** Gives an account a new password to change at the next login. */
export const resetPassword = (id: number, password: string) => call<void>('app.Accounts.ResetPassword', id, password);

/** The login rules. */
export const securitySettings = () => call<SecuritySettings>('app.Accounts.SecuritySettings');

/** Saves the login rules. */
export const saveSecuritySettings = (s: SecuritySettings) => call<SecuritySettings>('app.Accounts.SaveSecuritySettings', s);
