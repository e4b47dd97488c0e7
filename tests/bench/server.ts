// A static server for the built app, as a real static host serves it: the SPA fallback, and the
// precompressed files (gzip, brotli) the build writes. `mounts` adds folders under a prefix,
// such as the bench's in-page entry under /__bench. `root` is the built app's folder.
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

export function serve(port: number, mounts: Record<string, string> = {}, root = 'build'): Promise<Server> {
	const app = sirv(root, { single: '200.html', gzip: true, brotli: true });
	const extra = Object.entries(mounts).map(([prefix, dir]) => ({ prefix: `${prefix}/`, handler: sirv(dir, { dev: true }) }));
	const server = createServer((req, res) => {
		const notFound = () => {
			res.statusCode = 404;
			res.end();
		};
		const mount = extra.find((m) => req.url?.startsWith(m.prefix));
		if (mount) {
			req.url = req.url?.slice(mount.prefix.length - 1);
			mount.handler(req, res, notFound);
		} else {
			app(req, res, notFound);
		}
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve(server));
	});
}
