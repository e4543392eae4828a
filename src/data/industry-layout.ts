import { getEntry } from 'astro:content';
import { INDUSTRY_LAYOUT_ID, type IndustryLayout } from '../lib/schema/industry-layout';

/** The 产业布局表 dataset, validated by the content layer (count mismatches arrive as `quality` flags). */
export async function loadIndustryLayout(): Promise<IndustryLayout> {
	const entry = await getEntry('industryLayout', INDUSTRY_LAYOUT_ID);
	if (!entry) throw new Error('content/datasets/industry-layout.yaml did not load: check the file exists and parses as YAML');
	return entry.data;
}
