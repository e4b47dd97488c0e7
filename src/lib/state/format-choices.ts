import type { ExportFormatId, FormatId } from '$lib/formats/registry';

// The formats as the import form lists them. Kept apart from the registry so that the page
// can draw the form without loading the codecs; a test checks both list the same formats.

export const FORMAT_CHOICES: { id: FormatId; label: string }[] = [
	{ id: 'apkg', label: 'Anki package (.apkg)' },
	{ id: 'anki-text', label: 'Anki plain text (.txt)' },
	{ id: 'quizlet', label: 'Quizlet term and definition text' },
	{ id: 'csv', label: 'CSV (front, back, tags)' },
	{ id: 'gift', label: 'Moodle GIFT' }
];

/** The formats a deck can be exported in, as the export form lists them. */
export const EXPORT_CHOICES: { id: ExportFormatId; label: string }[] = [
	{ id: 'anki-text', label: 'Anki plain text (.txt)' },
	{ id: 'quizlet', label: 'Quizlet term and definition text (tab)' },
	{ id: 'csv', label: 'CSV (front, back, tags)' },
	{ id: 'gift', label: 'Moodle GIFT' }
];
