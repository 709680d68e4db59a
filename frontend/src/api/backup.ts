import { call } from './bridge';

/** Why a backup was taken (store.BackupKind). */
export type BackupKind = 'daily' | 'close' | 'manual' | 'before-restore' | 'before-migration';

/** app.BackupView: one backup of the data folder's set. */
export interface BackupView {
  /** The file's name, which identifies the backup. */
  name: string;
  kind: BackupKind;
  /** When it was taken, local time without offset: "2026-11-27T09:30:15". */
  time: string;
  /** Size in bytes. */
  size: number;
  /** From createBackup only: why the copy to the second folder was not made. */
  warning?: string;
}

/** domain.BackupSettings: what the settings form sends. */
export interface BackupSettingsInput {
  /** Full path of the second folder (a USB stick); '' for none. */
  secondFolder: string;
}

/** app.BackupSettingsView. */
export interface BackupSettingsView {
  /** Where the backups are kept: the data folder's backups/. */
  folder: string;
  secondFolder: string;
  /** Whether the second folder can be reached now (the stick is plugged in). */
  secondReachable: boolean;
  updatedAt: string;
  /** The rotation of the automatic backups. */
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
}

/** The backups of the data folder, newest first. */
export const listBackups = () => call<BackupView[]>('app.Backups.List');

/** Takes a backup now; a warning says when the second copy could not be made. */
export const createBackup = () => call<BackupView>('app.Backups.Create');

/**
 * Replaces all the data with the backup name, after keeping the current data
 * as a "before-restore" backup, which it returns. The session is logged out:
 * reload the app afterwards.
 */
export const restoreBackup = (name: string) => call<BackupView>('app.Backups.Restore', name);

/** The backup settings. */
export const backupSettings = () => call<BackupSettingsView>('app.Backups.Settings');

/** Saves the backup settings; rejects with 'invalid' and a message for secondFolder. */
export const saveBackupSettings = (input: BackupSettingsInput) =>
  call<BackupSettingsView>('app.Backups.SaveSettings', input);
