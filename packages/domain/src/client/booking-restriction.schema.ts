import { z } from 'zod';
import { nullableMultilineText } from '../common/text-fields';
import { calendarDateToIso, DateInput, toCalendarDate } from '../dates/birthdays';
import { isoDateSchema } from '../dates/partial-date';
import { addFieldIssue } from '../parse-with';

/**
 * F1.8: whether the client may book online freely, only with approval, or not at all. A restriction needs a
 * reason (the next receptionist must know why) and may expire; it is in force up to and including `expiresAt`
 * ("blocked until 31.05" includes 31 May).
 */
export const BOOKING_MODES = ['ALLOW', 'REQUIRE_APPROVAL', 'BLOCKED'] as const;
export type BookingMode = (typeof BOOKING_MODES)[number];

export const bookingRestrictionSchema = z
  .object({
    mode: z.enum(BOOKING_MODES).default('ALLOW'),
    reason: nullableMultilineText(500).default(null),
    expiresAt: isoDateSchema.nullable().default(null),
  })
  .superRefine(
    (raw, ctx) => {
      if (!raw || typeof raw !== 'object') return;
      const r = raw as Partial<Record<string, unknown>>;
      const reason = typeof r.reason === 'string' ? r.reason.trim() : '';
      if (r.mode !== undefined && r.mode !== 'ALLOW' && !reason) {
        addFieldIssue(ctx, 'REQUIRED', 'A booking restriction needs a reason', ['reason']);
      }
    },
    { when: () => true },
  )
  // ALLOW has nothing to explain or expire; clearing here keeps stale reasons out of the card.
  .transform((r) => (r.mode === 'ALLOW' ? { mode: r.mode, reason: null, expiresAt: null } : r));

export type BookingRestriction = z.output<typeof bookingRestrictionSchema>;
export type BookingRestrictionInput = z.input<typeof bookingRestrictionSchema>;

export const NO_BOOKING_RESTRICTION: BookingRestriction = { mode: 'ALLOW', reason: null, expiresAt: null };

/** The mode in force on `today`: an expired restriction is ALLOW. */
export function effectiveBookingMode(
  restriction: { mode: BookingMode; expiresAt?: string | null } | null | undefined,
  today: DateInput,
): BookingMode {
  if (!restriction || restriction.mode === 'ALLOW') return 'ALLOW';
  if (restriction.expiresAt && calendarDateToIso(toCalendarDate(today)) > restriction.expiresAt) return 'ALLOW';
  return restriction.mode;
}
