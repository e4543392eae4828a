import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { INDUSTRY_LAYOUT_ID, documentSchema, externalSchema, industryLayoutSchema, makeClauseSchema, topicSchema, unitSchema } from './lib/schema';

/** The content layer reads content/ (data), not src/content/. Schemas come from src/lib/schema. */
const documents = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/documents', generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
	schema: documentSchema,
});

const clauses = defineCollection({
	// id = `<doc-slug>/<clause-id>`, exactly the path, so URLs follow the file names.
	loader: glob({ pattern: '*/*.mdx', base: './content/clauses', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
	schema: makeClauseSchema(reference('documents')),
});

const units = defineCollection({ loader: file('./content/units.yaml'), schema: unitSchema });
const topics = defineCollection({ loader: file('./content/topics.yaml'), schema: topicSchema });
const external = defineCollection({ loader: file('./content/external.yaml'), schema: externalSchema });

// The dataset is one table, not a list of entries: load the whole file as a single entry.
const industryLayout = defineCollection({
	loader: file('./content/datasets/industry-layout.yaml', { parser: (text) => ({ [INDUSTRY_LAYOUT_ID]: parseYaml(text) }) }),
	schema: industryLayoutSchema,
});

export const collections = { documents, clauses, units, topics, external, industryLayout };
