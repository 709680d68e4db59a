// Types of the values the Go services exchange, mirroring the JSON of the Go
// structs (app/domain, app). Dates are ISO strings (2026-11-27).

/** domain.Unit: the unit's settings (Thiết lập đơn vị). */
export interface Unit {
  name: string;
  superiorAgency: string;
  docSymbol: string;
  placeName: string;
  chairmanName: string;
  chairmanTitle: string;
  receptionPlace: string;
  /** ISO weekdays: 1 = Thứ Hai … 6 = Thứ Bảy. */
  periodicDays: number[];
  reportRecipient: string;
  revision: number;
  updatedAt?: string;
}

/** app.BuildInfo. */
export interface BuildInfo {
  version: string;
  commit: string;
  buildDate: string;
  goVersion: string;
}

/** app.SystemInfo. */
export interface SystemInfo {
  build: BuildInfo;
  dataDir: string;
  schemaVersion: number;
  sqliteVersion: string;
  configured: boolean;
  today: string;
}
