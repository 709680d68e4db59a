import { call } from './bridge';
import type { SystemInfo } from './types';

/** The program's state: version, data folder, whether the unit is set up. */
export const systemInfo = () => call<SystemInfo>('app.System.Info');
