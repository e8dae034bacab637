import { assertActorCan, clientPhotoIssues, detectImageType, DomainError, IMAGE_SIGNATURE_BYTES, validationError } from '@kartoteka/domain';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { inTenant } from '../../db/tenant-scope';
import { staffMembershipId, type Viewer } from '../../graphql/context';
import type { ClientEntity } from '../client/client.entity';
import { clientRepository as repo } from '../client/client.repository';
import { appendEvent } from '../events/outbox';
import { fileKeyVersion, newFileKey, type FileStorage } from './file-storage';

/** Where the admin loads a client's photo; `v` changes with every upload, so browsers never show an old one. */
export function clientPhotoUrl(client: Pick<ClientEntity, 'id' | 'photoKey'>): string | null {
  return client.photoKey ? `/files/clients/${client.id}/photo?v=${fileKeyVersion(client.photoKey)}` : null;
}

export interface PhotoDownload {
  contentType: string;
  size: number;
  etag: string;
  /** The bytes, read only when the browser's cached copy (If-None-Match) is not current. */
  load(): Promise<Buffer>;
}

/**
 * The client's profile photo (F1.2). A change is a change of the card: the version goes up and `client.updated`
 * (field `photo`, the old and new URL) is appended in the same transaction. The file is written before the
 * transaction commits and removed again if it does not; the replaced file is removed after the commit.
 */
export class ClientPhotoService {
  constructor(private readonly ds: DataSource, private readonly storage: FileStorage, private readonly log: Logger) {}

  /** Staff of the client's business only: another business (or an unknown id) gets NOT_FOUND, as for the card. */
  async read(viewer: Viewer, clientId: string): Promise<PhotoDownload> {
    assertActorCan(viewer, 'client:read');
    const client = await inTenant(this.ds, viewer, (em) => repo.findById(em, viewer.tenantId, clientId, { includeDeleted: true }));
    if (!client?.photoKey || !client.photoContentType) throw new DomainError('NOT_FOUND', 'This client has no photo.');
    const key = client.photoKey;
    return {
      contentType: client.photoContentType, size: client.photoSize ?? 0, etag: `"${fileKeyVersion(key)}"`,
      load: async () => {
        const data = await this.storage.get(key);
        if (!data) {
          this.log.warn({ clientId, key }, 'client photo recorded but missing from the file storage');
          throw new DomainError('NOT_FOUND', 'The photo file is missing.');
        }
        return data;
      },
    };
  }

  async replace(viewer: Viewer, clientId: string, declaredType: string, data: Buffer): Promise<ClientEntity> {
    assertActorCan(viewer, 'client:update');
    const issues = clientPhotoIssues({ declaredType, size: data.length, head: data.subarray(0, IMAGE_SIGNATURE_BYTES) });
    if (issues.length) throw validationError(issues);
    const contentType = detectImageType(data)!;
    const key = newFileKey(viewer.tenantId, 'clients', clientId, 'photo');
    return this.change(viewer, clientId, { photoKey: key, photoContentType: contentType, photoSize: data.length }, async () => {
      await this.storage.put(key, data, contentType);
    }).catch(async (err: unknown) => {
      await this.discard(key);
      throw err;
    });
  }

  /** Removing a photo that is not there changes nothing. */
  async remove(viewer: Viewer, clientId: string): Promise<ClientEntity> {
    assertActorCan(viewer, 'client:update');
    return this.change(viewer, clientId, { photoKey: null, photoContentType: null, photoSize: null });
  }

  private async change(
    viewer: Viewer, clientId: string, photo: Pick<ClientEntity, 'photoKey' | 'photoContentType' | 'photoSize'>, write?: () => Promise<void>,
  ): Promise<ClientEntity> {
    const { saved, replaced } = await inTenant(this.ds, viewer, async (em) => {
      const current = await repo.lockForUpdate(em, viewer.tenantId, clientId);
      if (!current || current.deletedAt) throw new DomainError('NOT_FOUND', 'Client not found.');
      if (!current.photoKey && !photo.photoKey) return { saved: current, replaced: null };
      await write?.();
      const version = current.version + 1;
      await repo.update(em, viewer.tenantId, clientId, {
        ...photo, version, updatedAt: new Date(), updatedById: staffMembershipId(viewer),
      });
      await appendEvent(em, viewer, 'client.updated', clientId, {
        clientId, version,
        changes: [{ field: 'photo', from: clientPhotoUrl(current), to: clientPhotoUrl({ id: clientId, photoKey: photo.photoKey }) }],
      });
      return { saved: (await repo.findById(em, viewer.tenantId, clientId))!, replaced: current.photoKey };
    });
    if (replaced) await this.discard(replaced);
    return saved;
  }

  /** A file left behind is only wasted space, never a wrong photo (keys are never reused): log and go on. */
  private async discard(key: string): Promise<void> {
    await this.storage.delete(key).catch((err: unknown) => this.log.warn({ err, key }, 'could not remove a client photo file'));
  }
}
