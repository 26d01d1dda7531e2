/** A fixed seed for a lesson's questions: the server's copy and the browser's agree on the order, and it stays stable per question. */
export const LESSON_SEED = 0x5eed;
