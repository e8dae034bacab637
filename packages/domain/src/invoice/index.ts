export * from './tax-id-common';
export * from './nip';
export * from './regon';
export * from './pesel';
export * from './eu-vat';
export * from './tax-id';
export * from './invoice-data.schema';
export { isValidBirthNumber } from './eu-vat-checksums';
