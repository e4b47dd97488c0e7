import { getSrsSettings, putSrsSettings, type FactdeckDatabase } from '$lib/db';
import { DEFAULT_SRS_SETTINGS, srsSettingsSchema, type SrsSettings } from '$lib/srs';

/** The learner's scheduling settings: loaded validated, saved only when valid. */
export class SettingsState {
	#saved = $state<SrsSettings>(DEFAULT_SRS_SETTINGS);
	#problems = $state<string[]>([]);

	constructor(private readonly db: FactdeckDatabase) {}

	get saved(): SrsSettings {
		return this.#saved;
	}
	get problems(): string[] {
		return this.#problems;
	}

	async load(): Promise<void> {
		this.#saved = await getSrsSettings(this.db);
	}

	/** Saves the changed fields; returns false (and lists why) when any is out of range. */
	async save(changes: Partial<SrsSettings>): Promise<boolean> {
		const parsed = srsSettingsSchema.safeParse({ ...this.#saved, ...changes });
		if (!parsed.success) {
			this.#problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
			return false;
		}
		this.#problems = [];
		this.#saved = await putSrsSettings(this.db, parsed.data);
		return true;
	}
}
