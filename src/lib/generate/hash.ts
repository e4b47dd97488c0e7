/**
 * FNV-1a, 32 bit: a small, stable hash for question ids and answer positions. Stability across
 * runs and platforms is what matters here, not strength.
 */
export function hash32(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** Five base-36 characters of `hash32`: short enough for an id, enough to tell sentences apart. */
export function shortHash(s: string): string {
	return hash32(s).toString(36).padStart(7, '0').slice(-5);
}

/**
 * A slug in the bank id alphabet (`^[a-z0-9][a-z0-9._-]*$`): accents folded, other characters
 * made hyphens, at most `max` characters cut at a hyphen.
 */
export function slugify(s: string, max = 40): string {
	const slug = s
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= max) return slug;
	const cut = slug.slice(0, max);
	const at = cut.lastIndexOf('-');
	return (at > max / 2 ? cut.slice(0, at) : cut).replace(/-+$/, '');
}
