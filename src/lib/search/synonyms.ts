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

export const SYNONYMS: Synonym[] = [
	// The 1+X certificate system: a diploma plus vocational skill level certificates (职业技能等级证书).
	{ name: '职业技能等级证书', terms: ['1+X', '1+X证书', 'X证书'] },
];
