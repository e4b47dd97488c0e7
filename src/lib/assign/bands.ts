/**
 * Words for the figures of the gradebook, with the bands of Moodle's quiz statistics report
 * (docs.moodle.org, "Quiz statistics calculations").
 */

/** Facility index, percent right. */
export function facilityBand(facility: number): string {
	const f = Math.round(facility);
	if (f <= 5) return 'Extremely difficult, or something is wrong with the question';
	if (f <= 10) return 'Very difficult';
	if (f <= 20) return 'Difficult';
	if (f <= 34) return 'Moderately difficult';
	if (f <= 65) return 'About right for the average student';
	if (f <= 80) return 'Fairly easy';
	if (f <= 88) return 'Easy';
	if (f <= 94) return 'Very easy';
	return 'Extremely easy';
}

/** Discrimination index or discriminative efficiency, −100 to 100; null when it cannot be computed. */
export function discriminationBand(value: number | null): string {
	if (value === null) return 'Cannot be computed: every student got the same mark on it, or on the rest of the test';
	if (value < 0) return 'Negative: the question probably does not work; check the key';
	if (value >= 50) return 'Very good discrimination';
	if (value >= 30) return 'Adequate discrimination';
	if (value >= 20) return 'Weak discrimination';
	return 'Very weak discrimination';
}

/** Cronbach's alpha, 0 to 1; null when it cannot be computed. */
export function alphaBand(alpha: number | null): string {
	if (alpha === null) return 'Cannot be computed: it needs two questions and scores that differ';
	if (alpha >= 0.75) return 'Satisfactory: the questions measure one thing consistently';
	if (alpha >= 0.64) return 'Fair: the test would gain from better questions';
	return 'Low: the questions do not measure one thing consistently';
}
