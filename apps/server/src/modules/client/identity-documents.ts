import { normalizeIdentityDocumentNumber } from '@kartoteka/domain';
import type { FieldEncryption } from '../../crypto/field-encryption';
import type { ClientEntity } from './client.entity';

type Docs = { idCardNumber?: string | null; passportNumber?: string | null } | null;

/** Encrypts ID card and passport numbers for storage (plus a keyed hash for exact lookups) and decrypts on read. */
export class IdentityDocumentsVault {
  constructor(private readonly enc: FieldEncryption) {}

  columnsFor(docs: Docs): Pick<ClientEntity, 'idCardEncrypted' | 'idCardHash' | 'passportEncrypted' | 'passportHash'> {
    const idCard = docs?.idCardNumber ? normalizeIdentityDocumentNumber(docs.idCardNumber) : null;
    const passport = docs?.passportNumber ? normalizeIdentityDocumentNumber(docs.passportNumber) : null;
    return {
      idCardEncrypted: idCard ? this.enc.encrypt(idCard) : null,
      idCardHash: idCard ? this.enc.blindIndex(`id:${idCard}`) : null,
      passportEncrypted: passport ? this.enc.encrypt(passport) : null,
      passportHash: passport ? this.enc.blindIndex(`passport:${passport}`) : null,
    };
  }

  read(client: ClientEntity): { idCardNumber: string | null; passportNumber: string | null } {
    return {
      idCardNumber: client.idCardEncrypted ? this.enc.decrypt(client.idCardEncrypted) : null,
      passportNumber: client.passportEncrypted ? this.enc.decrypt(client.passportEncrypted) : null,
    };
  }
}
