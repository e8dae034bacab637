export * from './partial-date';
export * from './birthdays';
export * from './namedays';
export { NAME_DAYS_PL } from './namedays-pl.data';
