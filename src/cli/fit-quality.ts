import { runFitQuality } from './fit-quality-command';

process.exitCode = runFitQuality(process.argv.slice(2), {
	out: (text) => console.log(text),
	err: (line) => console.error(line)
});
