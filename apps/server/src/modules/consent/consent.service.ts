import {
  assertActorCan, consentPurposeInputSchema, consentRecordInputSchema, currentConsentState, DomainError,
  isNoOpConsentChange, parseWith, type ConsentMethod, type ConsentPurposeInput, type ConsentRecordInput,
} from '@kartoteka/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { inTenant } from '../../db/tenant-scope';
import { staffMembershipId, type Viewer } from '../../graphql/context';
import { clientRepository } from '../client/client.repository';
import { appendEvent } from '../events/outbox';
import type { ConsentPurposeEntity, ConsentRecordEntity } from './consent.entities';
import { consentRepository as repo } from './consent.repository';

export interface ConsentStateRow {
  purpose: ConsentPurposeEntity;
  granted: boolean;
  since: Date | null;
  method: ConsentMethod | null;
  wordingVersion: number | null;
}

/**
 * The consent ledger (F4.2): every grant and withdrawal is a new record with the exact wording and version, how
 * it was collected and by whom; the current state is derived by the domain rule, never stored.
 */
export class ConsentService {
  constructor(private readonly ds: DataSource) {}

  listPurposes(viewer: Viewer, includeArchived = false): Promise<ConsentPurposeEntity[]> {
    return inTenant(this.ds, viewer, (em) => repo.listPurposes(em, viewer.tenantId, includeArchived));
  }

  async record(viewer: Viewer, clientId: string, raw: ConsentRecordInput): Promise<ConsentStateRow> {
    assertActorCan(viewer, 'consent:record');
    // a partner app records what its user ticked in the app: always method API, whatever it sent
    const input = parseWith(consentRecordInputSchema, viewer.kind === 'apiKey' ? { ...raw, method: 'API' } : raw);
    if (viewer.kind === 'staff' && input.method !== 'STAFF_OUTSIDE_SYSTEM') {
      // a staff member cannot testify that the client ticked a box online or in a partner app (F4.3)
      throw new DomainError('VALIDATION_FAILED', 'Staff can only record consents collected outside the system.', [
        { path: ['method'], code: 'NOT_ALLOWED', message: 'Staff can only record consents collected outside the system.' },
      ]);
    }
    return inTenant(this.ds, viewer, async (em) => {
      const client = await clientRepository.lockForUpdate(em, viewer.tenantId, clientId);
      if (!client || client.deletedAt) throw new DomainError('NOT_FOUND', 'Client not found.');
      const purpose = await repo.findPurpose(em, viewer.tenantId, input.purposeKey);
      if (!purpose || purpose.isArchived) {
        throw new DomainError('VALIDATION_FAILED', 'Unknown consent purpose.', [
          { path: ['purposeKey'], code: 'INVALID_CHOICE', message: 'Unknown consent purpose.' },
        ]);
      }
      const records = await repo.recordsOf(em, viewer.tenantId, [clientId]);
      const before = currentConsentState(records.map(toDomainRecord), [purpose.key])[0]!;
      if (!input.granted && !before.granted) {
        throw new DomainError('INVALID_STATE', 'This consent is not granted, so it cannot be withdrawn.');
      }
      if (isNoOpConsentChange(before, { granted: input.granted, wordingVersion: purpose.wordingVersion })) {
        return this.stateRow(purpose, before);
      }
      const saved = await this.append(em, viewer, clientId, purpose, input.granted, input.method, input);
      return this.stateRow(purpose, { granted: saved.granted, since: saved.recordedAt, method: saved.method, wordingVersion: saved.wordingVersion });
    });
  }

  /** Consents ticked while creating a client: only grants are recorded (an unticked box is the default state). */
  async recordChoices(em: EntityManager, viewer: Viewer, clientId: string, choices: { purposeKey: string; granted: boolean }[], method: ConsentMethod): Promise<void> {
    const purposes = new Map((await repo.listPurposes(em, viewer.tenantId)).map((p) => [p.key, p]));
    for (const [i, choice] of choices.entries()) {
      const purpose = purposes.get(choice.purposeKey);
      if (!purpose) {
        throw new DomainError('VALIDATION_FAILED', 'Unknown consent purpose.', [
          { path: ['consents', i, 'purposeKey'], code: 'INVALID_CHOICE', message: 'Unknown consent purpose.' },
        ]);
      }
      if (choice.granted) await this.append(em, viewer, clientId, purpose, true, method, {});
    }
  }

  async currentState(viewer: Viewer, clientIds: readonly string[]): Promise<Map<string, ConsentStateRow[]>> {
    return inTenant(this.ds, viewer, async (em) => {
      const purposes = await repo.listPurposes(em, viewer.tenantId);
      const records = await repo.recordsOf(em, viewer.tenantId, clientIds);
      const result = new Map<string, ConsentStateRow[]>();
      for (const clientId of clientIds) {
        const own = records.filter((r) => r.clientId === clientId).map(toDomainRecord);
        const states = currentConsentState(own, purposes.map((p) => p.key));
        result.set(clientId, purposes.map((p, i) => this.stateRow(p, states[i]!)));
      }
      return result;
    });
  }

  history(viewer: Viewer, clientId: string): Promise<ConsentRecordEntity[]> {
    assertActorCan(viewer, 'client:read');
    return inTenant(this.ds, viewer, async (em) => (await repo.recordsOf(em, viewer.tenantId, [clientId])).reverse());
  }

  async savePurpose(viewer: Viewer, raw: ConsentPurposeInput & { id?: string | null }): Promise<ConsentPurposeEntity> {
    assertActorCan(viewer, 'classification:manage');
    const input = parseWith(consentPurposeInputSchema, raw);
    return inTenant(this.ds, viewer, async (em) => {
      if (raw.id) {
        const existing = await repo.findPurposeById(em, viewer.tenantId, raw.id);
        if (!existing) throw new DomainError('NOT_FOUND', 'Consent purpose not found.');
        // new wording is a new version: records keep the wording they were given under
        const wordingChanged = existing.wording !== input.wording;
        return repo.savePurpose(em, {
          ...existing, name: input.name, wording: input.wording, isArchived: input.isArchived ?? existing.isArchived,
          wordingVersion: wordingChanged ? existing.wordingVersion + 1 : existing.wordingVersion,
        });
      }
      if (await repo.findPurpose(em, viewer.tenantId, input.key)) {
        throw new DomainError('ALREADY_EXISTS', 'A purpose with this key exists.', [
          { path: ['key'], code: 'DUPLICATE', message: 'A purpose with this key exists.' },
        ]);
      }
      const count = (await repo.listPurposes(em, viewer.tenantId, true)).length;
      return repo.savePurpose(em, {
        tenantId: viewer.tenantId, key: input.key, name: input.name, wording: input.wording, wordingVersion: 1,
        isBuiltin: false, isArchived: false, position: count,
      });
    });
  }

  private async append(
    em: EntityManager, viewer: Viewer, clientId: string, purpose: ConsentPurposeEntity, granted: boolean,
    method: ConsentMethod, proof: { evidence?: string | null; ip?: string | null; userAgent?: string | null },
  ): Promise<ConsentRecordEntity> {
    const saved = await repo.append(em, {
      tenantId: viewer.tenantId, clientId, purposeKey: purpose.key, granted, method,
      wording: purpose.wording, wordingVersion: purpose.wordingVersion,
      // the partner app is accountable for an API consent: the record names its key
      evidence: proof.evidence ?? (viewer.kind === 'apiKey' ? `API key "${viewer.name}" (${viewer.apiKeyId})` : null),
      ip: proof.ip ?? null, userAgent: proof.userAgent ?? null, recordedById: staffMembershipId(viewer),
    });
    await appendEvent(em, viewer, 'consent.changed', clientId, {
      clientId, purposeKey: purpose.key, granted, method, wordingVersion: purpose.wordingVersion,
      recordedAt: saved.recordedAt.toISOString(),
    });
    return saved;
  }

  private stateRow(purpose: ConsentPurposeEntity, s: { granted: boolean; since: Date | null; method: ConsentMethod | null; wordingVersion: number | null }): ConsentStateRow {
    return { purpose, granted: s.granted, since: s.since, method: s.method, wordingVersion: s.wordingVersion };
  }
}

function toDomainRecord(r: ConsentRecordEntity) {
  return {
    purposeKey: r.purposeKey, granted: r.granted, method: r.method, wording: r.wording,
    wordingVersion: r.wordingVersion, recordedAt: r.recordedAt, recordedById: r.recordedById,
  };
}
