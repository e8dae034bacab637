import { z } from 'zod';
import { nullableMultilineText, nullableText } from '../common/text-fields';
import { FieldIssue, validationError } from '../errors';
import { addFieldIssue } from '../parse-with';
import { consentPurposeKeySchema } from './purposes';

/**
 * The consent ledger (F4.2): append-only records of grants and withdrawals; the current state is derived
 * (consent-state.ts). A record keeps the exact wording and its version, how it was collected and the proof.
 */

export const CONSENT_METHODS = ['STAFF_OUTSIDE_SYSTEM', 'ONLINE_FORM', 'IMPORT', 'API'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export const consentRecordInputSchema = z
  .object({
    purposeKey: consentPurposeKeySchema,
    granted: z.boolean(),
    method: z.enum(CONSENT_METHODS),
    /**
     * The exact text the client agreed to and its version. Optional in the input: staff record consents against
     * the purpose's current wording, which the service fills in; online forms and partner apps send the text
     * they showed.
     */
    wording: nullableMultilineText(5000).default(null),
    wordingVersion: z.number().int().min(1).nullable().default(null),
    /** IMPORT: the file and row ("import 2025-05-14 klienci.csv, row 17"); optional note otherwise. */
    evidence: nullableText(1000).default(null),
    ip: z.union([z.ipv4(), z.ipv6()]).nullable().default(null),
    userAgent: nullableText(1000).default(null),
  })
  .superRefine((v, ctx) => {
    for (const issue of consentProofIssues(v)) addFieldIssue(ctx, issue.code, issue.message, issue.path);
  });
export type ConsentRecordInput = z.input<typeof consentRecordInputSchema>;
export type ConsentRecordData = z.output<typeof consentRecordInputSchema>;

/**
 * What counts as proof, by method:
 * - ONLINE_FORM: the client ticked the box themselves; we keep the request's IP and user agent.
 * - STAFF_OUTSIDE_SYSTEM: collected on paper or in person (the UI reminds staff of that, F4.3); the proof is who
 *   recorded it, so a staff id is required (`recordedById`, passed by the service, never by the client).
 * - IMPORT: the source (file, row) in `evidence`, so the consent can be traced back to the old system.
 * - API: the partner app is accountable; the service records the API key as the recorder.
 * `recordedById` undefined means "not known here" (schema parsing); null means "known to be missing".
 */
export function consentProofIssues(
  input: { method: ConsentMethod; ip?: string | null; userAgent?: string | null; evidence?: string | null },
  recordedById?: string | null,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const required = (field: string, message: string) => issues.push({ path: [field], code: 'REQUIRED', message });
  if (input.method === 'ONLINE_FORM') {
    if (!input.ip) required('ip', 'Online consents must keep the IP address of the request');
    if (!input.userAgent) required('userAgent', 'Online consents must keep the user agent of the request');
  }
  if (input.method === 'IMPORT' && !input.evidence) {
    required('evidence', 'Imported consents must name their source (file, row)');
  }
  if (input.method === 'STAFF_OUTSIDE_SYSTEM' && recordedById === null) {
    required('recordedById', 'Consents entered by staff must say who recorded them');
  }
  return issues;
}

export function assertValidConsentProof(
  input: { method: ConsentMethod; ip?: string | null; userAgent?: string | null; evidence?: string | null },
  recordedById: string | null,
): void {
  const issues = consentProofIssues(input, recordedById);
  if (issues.length) throw validationError(issues);
}

export interface ConsentRecord {
  purposeKey: string;
  granted: boolean;
  method: ConsentMethod;
  wording: string;
  wordingVersion: number;
  recordedAt: Date;
  recordedById?: string | null;
  evidence?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}
