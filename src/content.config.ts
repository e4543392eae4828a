import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentLoaders } from './lib/content/loader';
import { contentRoot } from './lib/corpus/from-disk';
import { clauseSchema, documentSchema, externalSchema, industryLayoutSchema, topicSchema, unitSchema } from './lib/schema';

/**
 * The content layer over content/ (data, not src/content/). Every collection is loaded by src/lib/content/loader.ts
 * from the one validated read of the content; the schemas here give the entries their types (the data was already
 * validated against the same schemas by the reader). XIANGCE_CONTENT_ROOT builds another content tree (fixtures).
 */
const loaders = contentLoaders(contentRoot());

export const collections = {
	documents: defineCollection({ loader: loaders.documents, schema: documentSchema }),
	clauses: defineCollection({ loader: loaders.clauses, schema: clauseSchema.extend({ text: z.string() }) }),
	units: defineCollection({ loader: loaders.units, schema: unitSchema }),
	topics: defineCollection({ loader: loaders.topics, schema: topicSchema }),
	external: defineCollection({ loader: loaders.external, schema: externalSchema }),
	industryLayout: defineCollection({ loader: loaders.industryLayout, schema: industryLayoutSchema }),
};
