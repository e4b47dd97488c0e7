import type { NameRun } from './names';
import type { PersonCue } from './people';

/**
 * Casting in a review: "Greta Voss, played by Sian Maddox, keeps …". Both names are people (a
 * part and the performer in it), yet neither has a title, an appositive role or a speech verb
 * beside it, so a theatre or film review found almost no one in its cast. The performer's role
 * is the part they play.
 */

/** The verbs that give a part to a performer, with the present tense a role is stated in. */
const PERFORMS: Record<string, string> = { played: 'actor who plays', voiced: 'actor who voices', sung: 'singer who sings' };

/** A capitalised name of one to three words ending right before ", played by ". */
const PART_BEFORE = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}), (played|voiced|sung) by $/u;

/** ", played by Sian Maddox" right after a name: that name is a part. */
const PERFORMER_AFTER = /^, (?:played|voiced|sung) by \p{Lu}[\p{L}'’-]+ \p{Lu}/u;

/** What casting says of the run: the performer of a named part, or the part itself. */
export function castCue(run: NameRun, sentence: string): PersonCue | null {
	const before = PART_BEFORE.exec(sentence.slice(0, run.start));
	if (before) return { role: `the ${PERFORMS[before[2]]} ${before[1].replace(/^The /, 'the ')}`, strong: true };
	if (PERFORMER_AFTER.test(sentence.slice(run.end))) return { strong: true };
	return null;
}
