import { call } from './bridge';
import type { Unit } from './types';

/** The unit's settings; rejects with kind 'not_found' before the first run. */
export const getUnit = () => call<Unit>('app.Settings.Unit');

/** Saves the unit's settings; rejects with 'invalid' and a message per field. */
export const saveUnit = (unit: Unit) => call<Unit>('app.Settings.SaveUnit', unit);

/** Today's place-and-date line for place, as printed on documents. */
export const dateLine = (place: string) => call<string>('app.Settings.DateLine', place);
