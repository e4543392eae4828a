/**
 * Search synonyms for words that are neither a unit nor a topic in content/, so the vocabularies cannot supply
 * them. Keep this list short: a word belongs in content/units.yaml or content/topics.yaml when it names a unit
 * or a topic.
 */
export interface Synonym {
	/** What the clauses write. */
	name: string;
	/** What people type. */
	terms: string[];
}

// Empty: 1+X moved to the topic 职业技能等级证书 in content/topics.yaml, where the data can carry it.
export const SYNONYMS: Synonym[] = [];
