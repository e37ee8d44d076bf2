// The seed article of ../shared/fixtures and what the reader must show for it.
import { sharedFile } from './server.js';

export interface SeedExpected {
  url: string;
  title: string;
  siteName: string;
  byline: string;
  publishedTime: string;
  mustRemove: string[];
  mustKeep: string[];
}

export const SEED_EXPECTED = JSON.parse(sharedFile('fixtures/seed-article.expected.json')) as SeedExpected;
