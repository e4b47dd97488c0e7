import { describe, expect, it } from 'vitest';
import { completeModulepreloads, importsFromManifest } from './modulepreloads';

const preload = (prefix: string, file: string) => `<link href="${prefix}${file}" rel="modulepreload">`;
const head = (prefix: string, files: string[]) =>
	`<head>\n\t\t${files.map((f) => preload(prefix, f)).join('\n\t\t')}\n\t\t<link href="${prefix}_app/immutable/assets/0.css" rel="stylesheet">\n</head>`;

// A page that imports `page.js`, which imports `db.js` statically; `db.js` imports `zod.js`, which
// SvelteKit left out because a dynamic import reached it first.
const manifest = JSON.stringify({
	'src/page.svelte': { file: '_app/immutable/nodes/page.js', imports: ['_db.js'] },
	'_db.js': { file: '_app/immutable/chunks/db.js', imports: ['_zod.js'], dynamicImports: ['src/lazy.ts'] },
	'_zod.js': { file: '_app/immutable/chunks/zod.js' },
	'src/lazy.ts': { file: '_app/immutable/chunks/lazy.js', imports: ['_zod.js'] }
});

describe('completeModulepreloads', () => {
	const importsOf = importsFromManifest(manifest);

	it('adds every static import the listed chunks lack, with the page’s own relative prefix', () => {
		const html = head('../', ['_app/immutable/nodes/page.js', '_app/immutable/chunks/db.js']);
		const done = completeModulepreloads(html, importsOf);
		expect(done).toContain(preload('../', '_app/immutable/chunks/zod.js'));
		// Added after the listed ones and before the stylesheets.
		expect(done.indexOf('chunks/zod.js')).toBeGreaterThan(done.indexOf('chunks/db.js'));
		expect(done.indexOf('chunks/zod.js')).toBeLessThan(done.indexOf('rel="stylesheet"'));
	});

	it('leaves dynamic imports to load on demand', () => {
		const done = completeModulepreloads(head('./', ['_app/immutable/nodes/page.js']), importsOf);
		expect(done).toContain(preload('./', '_app/immutable/chunks/db.js'));
		expect(done).not.toContain('lazy.js');
	});

	it('changes nothing when the list is whole, or when the page has none', () => {
		const whole = head('./', ['_app/immutable/nodes/page.js', '_app/immutable/chunks/db.js', '_app/immutable/chunks/zod.js']);
		expect(completeModulepreloads(whole, importsOf)).toBe(whole);
		expect(completeModulepreloads('<head></head>', importsOf)).toBe('<head></head>');
	});

	it('lists each chunk once however many importers reach it', () => {
		const done = completeModulepreloads(head('./', ['_app/immutable/nodes/page.js']), importsOf);
		expect(done.match(/chunks\/zod\.js/g)).toHaveLength(1);
	});
});
