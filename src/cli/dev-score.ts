import { runDevScore } from './dev-score-command';

process.exitCode = runDevScore(process.argv.slice(2), {
	out: (text) => console.log(text),
	err: (line) => console.error(line)
});
