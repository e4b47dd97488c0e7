// Finds Debian's Chromium for the browser tests, installing the `chromium` package when it is
// missing and this user may (root with apt). Never downloads a browser of its own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

function found() {
	return CANDIDATES.find((p) => existsSync(p));
}

export function ensureChromium() {
	const existing = found();
	if (existing) return { ok: true, path: existing };
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
	if (!isRoot || !hasApt) {
		return {
			ok: false,
			message:
				'Chromium is needed for the end-to-end tests and is not installed. Install it with ' +
				'`sudo apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary, then run `npm test` again.'
		};
	}
	console.log("\n=== installing Debian's chromium package (apt-get)");
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
	const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
	const path = found();
	if (install && install.status === 0 && path) return { ok: true, path };
	return { ok: false, message: "Installing Debian's chromium package failed (see apt-get above); the end-to-end tests did not run." };
}
