import { DomainError } from '../errors';
import type { ConsentMethod, ConsentRecord } from './consent-record';
import type { MarketingChannel } from './purposes';

export interface ConsentState {
  purposeKey: string;
  granted: boolean;
  /** When the current state began; null when nothing was ever recorded for the purpose. */
  since: Date | null;
  method: ConsentMethod | null;
  wordingVersion: number | null;
  recordedById?: string | null;
}

/**
 * The current state per purpose: the latest record by `recordedAt`; on equal times the one recorded later in the
 * list wins (records are appended, so list order is insertion order). Purposes in `purposeKeys` that were never
 * recorded come back as not granted with `since: null`. Output order: `purposeKeys` first, then any other recorded
 * purposes alphabetically.
 */
export function currentConsentState(records: readonly ConsentRecord[], purposeKeys: readonly string[] = []): ConsentState[] {
  const latest = new Map<string, ConsentRecord>();
  for (const record of records) {
    const seen = latest.get(record.purposeKey);
    if (!seen || record.recordedAt.getTime() >= seen.recordedAt.getTime()) latest.set(record.purposeKey, record);
  }
  const keys = [...new Set([...purposeKeys, ...[...latest.keys()].filter((k) => !purposeKeys.includes(k)).sort()])];
  return keys.map((purposeKey) => {
    const r = latest.get(purposeKey);
    if (!r) return { purposeKey, granted: false, since: null, method: null, wordingVersion: null };
    return {
      purposeKey,
      granted: r.granted,
      since: r.recordedAt,
      method: r.method,
      wordingVersion: r.wordingVersion,
      ...(r.recordedById !== undefined ? { recordedById: r.recordedById } : {}),
    };
  });
}

type StateLike = readonly Pick<ConsentState, 'purposeKey' | 'granted'>[];

export function isConsentGranted(state: StateLike, purposeKey: string): boolean {
  return state.find((s) => s.purposeKey === purposeKey)?.granted ?? false;
}

/** Accepts the whole state list or the state of the one purpose concerned. */
export type ConsentStateInput = ConsentState | readonly ConsentState[];

function stateOf(state: ConsentStateInput, purposeKey?: string): ConsentState | undefined {
  if (!Array.isArray(state)) {
    const one = state as ConsentState;
    return purposeKey === undefined || one.purposeKey === purposeKey ? one : undefined;
  }
  return (state as readonly ConsentState[]).find((s) => s.purposeKey === purposeKey);
}

/** Withdrawal (F4.4, one action) is possible only for a purpose that is currently granted. */
export function canWithdraw(state: ConsentStateInput, purposeKey?: string): boolean {
  return stateOf(state, purposeKey)?.granted ?? false;
}

/** `purposeKey` may be left out when a single purpose's state is passed. */
export type ConsentChange = { purposeKey?: string; granted: boolean; wordingVersion?: number | null };

/**
 * A change that would not change anything, so nothing is recorded: granting again what is granted under the same
 * wording version, or withdrawing what is already withdrawn (or was refused). Granting again under a NEW wording
 * version is recorded: the client agreed to a different text.
 */
export function isNoOpConsentChange(state: ConsentStateInput, change: ConsentChange): boolean {
  const current = stateOf(state, change.purposeKey);
  if (!current || current.since === null) return false;
  if (change.granted) {
    return current.granted && (change.wordingVersion == null || change.wordingVersion === current.wordingVersion);
  }
  return !current.granted;
}

/** Withdrawing a consent that was never recorded is a client error (INVALID_STATE), not a silent success. */
export function assertCanWithdraw(state: ConsentStateInput, purposeKey?: string): void {
  const current = stateOf(state, purposeKey);
  if (!current || current.since === null) {
    throw new DomainError('INVALID_STATE', `Consent ${purposeKey} was never granted`, [], { purposeKey });
  }
}

/** What the service does with a requested change: record it, or skip it. Throws INVALID_STATE as above. */
export function planConsentChange(state: ConsentStateInput, change: ConsentChange): 'RECORD' | 'NO_OP' {
  if (!change.granted) assertCanWithdraw(state, change.purposeKey);
  return isNoOpConsentChange(state, change) ? 'NO_OP' : 'RECORD';
}

const PURPOSE_FOR_CHANNEL: Record<MarketingChannel, string> = {
  EMAIL: 'MARKETING_EMAIL',
  SMS: 'MARKETING_SMS',
  PHONE: 'MARKETING_PHONE',
};

/**
 * May this client be put on a marketing list for the channel (F4.4)? Needs the channel's consent AND no
 * newsletter block: the block is the client's "no mass messages" flag and wins over an old consent.
 */
export function canContactFor(channel: MarketingChannel, consents: StateLike, optOuts: { blockNewsletter: boolean }): boolean {
  return !optOuts.blockNewsletter && isConsentGranted(consents, PURPOSE_FOR_CHANNEL[channel]);
}

/**
 * Automatic messages (reminders, confirmations) are part of delivering the booked service (art. 6(1)(b) GDPR), so
 * they do not wait for a consent; they stop when the client blocks automatic messages or has withdrawn or refused
 * NOTIFICATIONS.
 */
export function canSendAutomaticMessages(consents: readonly ConsentState[], optOuts: { blockAutomaticMessages: boolean }): boolean {
  if (optOuts.blockAutomaticMessages) return false;
  const notifications = consents.find((s) => s.purposeKey === 'NOTIFICATIONS');
  return !(notifications && notifications.since !== null && !notifications.granted);
}
