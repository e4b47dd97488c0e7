import { runCheckBanks } from './bank-check';

// The repository root defaults to the working directory, as npm scripts run there; tests pass
// a temporary root instead.
process.exitCode = runCheckBanks(process.argv[2] ?? process.cwd(), {
	out: (line) => console.log(line),
	err: (line) => console.error(line)
});
