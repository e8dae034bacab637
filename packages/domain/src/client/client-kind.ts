import { z } from 'zod';

/** F1.1: a client is a person or a company ("Osoba fizyczna" / "Firma"). */
export const CLIENT_KINDS = ['PERSON', 'COMPANY'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];
export const clientKindSchema = z.enum(CLIENT_KINDS);

/** Optional; OTHER for anyone who prefers not to be either. */
export const GENDERS = ['FEMALE', 'MALE', 'OTHER'] as const;
export type Gender = (typeof GENDERS)[number];
export const genderSchema = z.enum(GENDERS);
