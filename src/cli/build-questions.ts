import { runBuildBanks } from './build-banks';

process.exitCode = runBuildBanks(process.cwd(), {
	out: (line) => console.log(line),
	err: (line) => console.error(line)
});
