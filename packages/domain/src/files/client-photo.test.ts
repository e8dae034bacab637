import { fieldIssueMessage } from '../i18n-messages';
import { CLIENT_PHOTO_MAX_BYTES, clientPhotoIssues, detectImageType, IMAGE_SIGNATURE_BYTES } from './client-photo';

const bytes = (...b: number[]) => Uint8Array.from([...b, ...new Array(IMAGE_SIGNATURE_BYTES).fill(0)]);
// the first bytes of real files: a camera JPEG (JFIF and Exif), a PNG, a WebP from a browser's canvas
const JPEG_JFIF = bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46);
const JPEG_EXIF = bytes(0xff, 0xd8, 0xff, 0xe1, 0x2a, 0x1e, 0x45, 0x78, 0x69, 0x66);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d);
const WEBP = bytes(0x52, 0x49, 0x46, 0x46, 0x24, 0x08, 0x00, 0x00, 0x57, 0x45, 0x42, 0x50);
const TEXT = new TextEncoder().encode('hello, this is not an image');
const GIF = new TextEncoder().encode('GIF89a\x01\x00\x01\x00');
const RIFF_WAV = bytes(0x52, 0x49, 0x46, 0x46, 0x24, 0x08, 0x00, 0x00, 0x57, 0x41, 0x56, 0x45);

describe('detectImageType', () => {
  it.each([
    ['JPEG (JFIF)', JPEG_JFIF, 'image/jpeg'],
    ['JPEG (Exif)', JPEG_EXIF, 'image/jpeg'],
    ['PNG', PNG, 'image/png'],
    ['WebP', WEBP, 'image/webp'],
    ['text', TEXT, null],
    ['GIF', GIF, null],
    ['WAV (RIFF but not WebP)', RIFF_WAV, null],
    ['nothing', new Uint8Array(0), null],
  ])('%s → %s', (_name, head, type) => {
    expect(detectImageType(head)).toBe(type);
  });
});

describe('clientPhotoIssues', () => {
  const codes = (file: Parameters<typeof clientPhotoIssues>[0]) => clientPhotoIssues(file).map((i) => [i.path.join('.'), i.code]);

  it.each([
    ['a JPEG', { declaredType: 'image/jpeg', size: 120_000, head: JPEG_EXIF }, []],
    ['a PNG', { declaredType: 'image/png', size: 4_000, head: PNG }, []],
    ['a WebP with a charset-like parameter', { declaredType: 'image/webp; q=1', size: 4_000, head: WEBP }, []],
    ['a JPEG named .png (the content decides)', { declaredType: 'image/png', size: 4_000, head: JPEG_JFIF }, []],
    ['exactly 5 MB', { declaredType: 'image/jpeg', size: CLIENT_PHOTO_MAX_BYTES, head: JPEG_JFIF }, []],
    ['before the bytes are read (the admin checks type and size first)', { declaredType: 'image/jpeg', size: 10 }, []],
    ['a text file labelled image/png', { declaredType: 'image/png', size: TEXT.length, head: TEXT }, [['photo', 'UNSUPPORTED_FILE_TYPE']]],
    ['a GIF', { declaredType: 'image/gif', size: 1_000, head: GIF }, [['photo', 'UNSUPPORTED_FILE_TYPE']]],
    ['a PDF by its label', { declaredType: 'application/pdf', size: 1_000 }, [['photo', 'UNSUPPORTED_FILE_TYPE']]],
    ['one byte over 5 MB', { declaredType: 'image/jpeg', size: CLIENT_PHOTO_MAX_BYTES + 1, head: JPEG_JFIF }, [['photo', 'FILE_TOO_LARGE']]],
    ['an empty file', { declaredType: 'image/jpeg', size: 0 }, [['photo', 'REQUIRED']]],
  ])('%s', (_name, file, expected) => {
    expect(codes(file)).toEqual(expected);
  });

  it('says the limits in Polish and English', () => {
    const [tooLarge] = clientPhotoIssues({ declaredType: 'image/jpeg', size: CLIENT_PHOTO_MAX_BYTES * 2 });
    expect(fieldIssueMessage(tooLarge!.code, 'pl', tooLarge!.params)).toBe('Plik jest za duży (maks. 5 MB)');
    expect(fieldIssueMessage(tooLarge!.code, 'en', tooLarge!.params)).toBe('The file is too large (max. 5 MB)');
    const [wrong] = clientPhotoIssues({ declaredType: 'text/plain', size: 10 });
    expect(fieldIssueMessage(wrong!.code, 'pl', wrong!.params)).toBe('Nieobsługiwany rodzaj pliku (dozwolone: JPEG, PNG, WebP)');
  });
});
