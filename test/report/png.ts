/** Reads a PNG's signature and IHDR size, so tests check real images without an image library. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG (bad signature)');
  if (png.toString('ascii', 12, 16) !== 'IHDR') throw new Error('not a PNG (no IHDR first)');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
