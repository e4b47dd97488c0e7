// Apart from schema.ts so that the assignment form offers the modes without zod.

export const FEEDBACK_MODES = ['each', 'end', 'none'] as const;
export type FeedbackMode = (typeof FEEDBACK_MODES)[number];
