import { runReport } from './report-command';

process.exitCode = runReport(process.argv.slice(2), {
	out: (text) => console.log(text),
	err: (line) => console.error(line)
});
