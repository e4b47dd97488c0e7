// SvelteKit 2 lists a prerendered page's `<link rel="modulepreload">` tags by walking Vite's
// manifest with one "seen" set for static and dynamic imports alike. A chunk first reached
// through a dynamic import (the storage module's lazy imports reach zod and the repositories) is
// marked seen but not listed, so when the page later imports it statically it is skipped: the
// browser then finds it only after downloading and parsing its importer, one more round trip
// before the first card on a phone. This lists the rest of the static imports of what is listed.

/** A chunk's static imports, as output files (`_app/immutable/chunks/x.js`); undefined if unknown. */
export type StaticImports = (file: string) => readonly string[] | undefined;

const PRELOAD = /<link href="([^"]*?)(_app\/[^"]+)" rel="modulepreload">/g;

/** `html` with a modulepreload tag, after the page's last one, for each static import it lacks. */
export function completeModulepreloads(html: string, importsOf: StaticImports): string {
	const tags = [...html.matchAll(PRELOAD)];
	const last = tags.at(-1);
	if (!last || last.index === undefined) return html;
	const prefix = last[1];
	const listed = new Set(tags.map((t) => t[2]));
	const closure = new Set<string>();
	const visit = (file: string) => {
		if (closure.has(file)) return;
		closure.add(file);
		for (const imported of importsOf(file) ?? []) visit(imported);
	};
	listed.forEach(visit);
	const missing = [...closure].filter((file) => !listed.has(file));
	if (missing.length === 0) return html;
	const end = last.index + last[0].length;
	const added = missing.map((file) => `\n\t\t<link href="${prefix}${file}" rel="modulepreload">`).join('');
	return html.slice(0, end) + added + html.slice(end);
}

interface ManifestChunk {
	file: string;
	imports?: string[];
}

/** Static imports by output file, from the text of Vite's `.vite/manifest.json`. */
export function importsFromManifest(manifestText: string): StaticImports {
	const manifest = JSON.parse(manifestText) as Record<string, ManifestChunk>;
	const byFile = new Map<string, string[]>();
	for (const chunk of Object.values(manifest)) {
		byFile.set(chunk.file, (chunk.imports ?? []).flatMap((key) => (manifest[key] ? [manifest[key].file] : [])));
	}
	return (file) => byFile.get(file);
}
