import type { FieldIssue } from '../errors';

/**
 * The client's profile photo (F1.2, F6.3): which images are accepted and how big. The admin checks a chosen file
 * with the same rule before uploading; the server checks the bytes it received, so a text file sent as
 * `image/png` is refused by its content, not trusted by its label.
 */
export const CLIENT_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ClientPhotoType = (typeof CLIENT_PHOTO_TYPES)[number];

/** 5 MB: a phone camera's JPEG fits, a RAW file or a video does not. */
export const CLIENT_PHOTO_MAX_BYTES = 5 * 1024 * 1024;

/** How many leading bytes `detectImageType` needs. */
export const IMAGE_SIGNATURE_BYTES = 12;

/** For messages: the accepted types as people call them. */
export const CLIENT_PHOTO_TYPE_NAMES = 'JPEG, PNG, WebP';

export function isClientPhotoType(value: unknown): value is ClientPhotoType {
  return typeof value === 'string' && (CLIENT_PHOTO_TYPES as readonly string[]).includes(value);
}

/** The image type the file's first bytes (its signature, "magic bytes") say it is, or null when none we accept. */
export function detectImageType(head: Uint8Array): ClientPhotoType | null {
  const at = (offset: number, bytes: number[]) => bytes.every((b, i) => head[offset + i] === b);
  if (at(0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  // RIFF....WEBP
  if (at(0, [0x52, 0x49, 0x46, 0x46]) && at(8, [0x57, 0x45, 0x42, 0x50])) return 'image/webp';
  return null;
}

export interface PhotoCandidate {
  /** What the sender says it is (the browser's File.type, the request's Content-Type). */
  declaredType: string;
  size: number;
  /** The first bytes of the file (at least IMAGE_SIGNATURE_BYTES); omitted when not read yet. */
  head?: Uint8Array;
}

/** Problems with a file offered as a client photo, on the path `['photo']`; empty when it is acceptable. */
export function clientPhotoIssues(file: PhotoCandidate): FieldIssue[] {
  const path = ['photo'];
  const declared = file.declaredType.split(';')[0]!.trim().toLowerCase();
  if (file.size <= 0) return [{ path, code: 'REQUIRED', message: 'The file is empty.' }];
  if (file.size > CLIENT_PHOTO_MAX_BYTES) {
    return [{
      path, code: 'FILE_TOO_LARGE', message: `The photo may have at most ${CLIENT_PHOTO_MAX_BYTES} bytes.`,
      params: { maxMb: CLIENT_PHOTO_MAX_BYTES / 1024 / 1024 },
    }];
  }
  // a JPEG named .png is still a photo: the content decides the type, as long as both are images we accept
  if (!isClientPhotoType(declared) || (file.head && !detectImageType(file.head))) {
    return [{
      path, code: 'UNSUPPORTED_FILE_TYPE', message: `A photo must be ${CLIENT_PHOTO_TYPE_NAMES} (by its content, not only its name).`,
      params: { types: CLIENT_PHOTO_TYPE_NAMES },
    }];
  }
  return [];
}
