/** Runs a command-line entry: its result is the exit status; an error is printed and exits 1. */
export function runMain(main: () => Promise<number>): void {
	main().then(
		(code) => process.exit(code),
		(error: unknown) => {
			console.error(error);
			process.exit(1);
		}
	);
}
