/**
 * Uploaded images: decoded, auto-rotated, resized and re-encoded, which also drops every piece of
 * metadata (EXIF location, camera, names). What is stored is only the pixels we chose to keep.
 */
import { unprocessable } from './errors.ts';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface ProcessedImage {
  bytes: Buffer;
  contentType: 'image/webp';
  width: number;
  height: number;
}

/**
 * A profile photo is a 480 px square; a story image, a logo and a hero image keep their shape within
 * 1600, 800x400 and 1920x1080 px (never enlarged). WebP keeps a logo's transparency.
 */
export async function processImage(input: Uint8Array, purpose: 'photo' | 'story' | 'logo' | 'hero'): Promise<ProcessedImage> {
  if (input.byteLength > MAX_UPLOAD_BYTES)
    throw unprocessable('The image is too large.', [{ path: 'file', message: 'Use an image under 10 MB.' }], 'image-too-large');
  // Loaded on the first upload, not at start: libvips adds ~30 MB to a server that may never see an image.
  const { default: sharp } = await import('sharp');
  try {
    const pipeline = sharp(input, { failOn: 'error', limitInputPixels: 40_000_000 }).rotate();
    const inside = (width: number, height: number) => pipeline.resize(width, height, { fit: 'inside', withoutEnlargement: true });
    const resized =
      purpose === 'photo'
        ? pipeline.resize(480, 480, { fit: 'cover', position: 'attention' })
        : purpose === 'logo'
          ? inside(800, 400)
          : purpose === 'hero'
            ? inside(1920, 1080)
            : inside(1600, 1600);
    const { data, info } = await resized.webp({ quality: 82 }).toBuffer({ resolveWithObject: true });
    return { bytes: data, contentType: 'image/webp', width: info.width, height: info.height };
  } catch {
    throw unprocessable(
      'This file is not an image we can read.',
      [{ path: 'file', message: 'Use a JPEG, PNG, WebP or GIF image.' }],
      'not-an-image',
    );
  }
}
