export type {
  FakeAddress,
  FakeAddressKind,
  FakeBirthday,
  FakeClient,
  FakeClientGenerator,
  FakeClientGeneratorOptions,
  FakeClientKind,
  FakeConsent,
  FakeConsentPurpose,
  FakeEmail,
  FakeGender,
  FakePhone,
  FakePhoneType,
} from './types';
export { createFakeClientGenerator, DEFAULT_NOW, generateFakeClients } from './generator';
export { FAKE_GROUP_NAMES, FAKE_SOURCES, FAKE_TAGS } from './data/catalogs';
export { isValidNip, nipCheckDigit, validNip } from './nip';
export { createPrng, SeededRandom, type Prng } from './random';
export { feminineSurname, toAsciiSlug } from './text';
