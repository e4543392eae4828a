import { describe, expect, it } from 'vitest';
import { ownMarker, splitLabel } from '../../src/lib/citations/labels';

describe('labels', () => {
	it.each([
		['二、（一）3．', ['二、', '（一）', '3．'], '3．'],
		['15、', ['15、'], '15、'],
		['六、', ['六、'], '六、'],
		['三、(三)1.', ['三、', '(三)', '1.'], '1.'],
		['附件2 1.1', ['附件2', '1.1'], '1.1'],
		['附件 1', ['附件 1'], '附件 1'],
		['附件 1：', ['附件 1：'], '附件 1：'],
		['', [], ''],
	])('%s', (label, parts, own) => {
		expect(splitLabel(label)).toEqual(parts);
		expect(ownMarker(label)).toBe(own);
	});
});
