import { runGenerate } from './generate-command';

process.exitCode = runGenerate(process.argv.slice(2), {
	out: (text) => process.stdout.write(text),
	err: (line) => console.error(line)
});
