import { runJudged } from './judged-command';

process.exitCode = runJudged(process.argv.slice(2), {
	out: (text) => console.log(text),
	err: (line) => console.error(line)
});
