import encodeQR from '@paulmillr/qr';

/**
 * QR codes at error correction M. Version 15 (77×77 modules, 412 bytes) is the largest that a
 * phone reads off a projector from the back of a classroom; a result shown on a phone and scanned
 * close up may be larger.
 */
export const PROJECTOR_MAX_VERSION = 15;
export const PHONE_MAX_VERSION = 25;

export interface QrMatrix {
	version: number;
	/** Modules per side, without the quiet zone. */
	size: number;
	/** `dark[y][x]` */
	dark: boolean[][];
}

/** The QR code of a text, or null when it needs a version above `maxVersion` (or any version). */
export function qrMatrix(text: string, maxVersion = 40): QrMatrix | null {
	let dark: boolean[][];
	try {
		dark = encodeQR(text, 'raw', { ecc: 'medium', border: 0 });
	} catch {
		return null;
	}
	const version = (dark.length - 17) / 4;
	return version <= maxVersion ? { version, size: dark.length, dark } : null;
}

/**
 * The dark modules as one SVG path (a unit square per module, in module coordinates): drawn with
 * crisp edges it stays sharp at any size on a projector.
 */
export function qrPath(matrix: QrMatrix): string {
	const parts: string[] = [];
	matrix.dark.forEach((line, y) => {
		let x = 0;
		while (x < line.length) {
			if (!line[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < line.length && line[x]) x++;
			parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
		}
	});
	return parts.join('');
}
