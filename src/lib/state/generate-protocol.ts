import type { GenerateOptions, GenerateOutcome } from '$lib/generate';

/** Messages between the generator page and its Web Worker. */
export interface GenerateRequest {
	text: string;
	options: Omit<GenerateOptions, 'onProgress'>;
}

export type GenerateStage = NonNullable<Parameters<NonNullable<GenerateOptions['onProgress']>>[0]>;

export type GenerateReply =
	{ type: 'progress'; stage: GenerateStage; fraction: number } | { type: 'done'; outcome: GenerateOutcome } | { type: 'error'; message: string };
