/** Typed errors of the scheduling module. */

/** Settings or a stored card that ts-fsrs cannot work with. */
export class SrsError extends Error {
	override readonly name = 'SrsError';
}
