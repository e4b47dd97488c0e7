// fake-indexeddb must be in place before anything imports Dexie.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
