/**
 * Everyday words for the words the texts use: someone asks where to 交 a form, the notice says 报送/邮寄/发送至.
 * A query word in `typed` (or in `text`) matches a clause containing any word of `text`. Reviewed by hand from the
 * five texts; each group says why. Names of units and topics are not here: they are in content/units.yaml and
 * content/topics.yaml (names and aliases), where the pages use them too.
 *
 * A single character (交, 钱) counts only when the query's word segmentation gives it as a word of its own.
 */

export interface SynonymGroup {
	/** What people type. */
	typed: string[];
	/** What the clauses write. Every entry occurs in some clause (tests/unit/search/tables.test.ts). */
	text: string[];
	reason: string;
}

export const SYNONYMS: SynonymGroup[] = [
	{ typed: ['交', '上交', '递交', '报', '上报', '送', '寄', '提交', '报送'], text: ['报送', '邮寄', '发送'], reason: '交材料：通知写“报送、邮寄至、发送至”。' },
	{ typed: ['发到', '寄到', '交到', '送到', '发给', '寄给', '交给', '发往', '寄往'], text: ['发送至', '邮寄至', '报送'], reason: '交到哪里：通知写“邮寄至我厅职成处”“发送至”邮箱。' },
	{ typed: ['纸质', '纸质版', '纸质材料', '纸质件'], text: ['邮寄', '加盖公章'], reason: '纸质材料：通知不说“纸质”，写盖章后“邮寄至”。' },
	{ typed: ['盖章', '盖公章', '公章', '章'], text: ['加盖公章', '公章'], reason: '通知写“加盖公章”。' },
	{ typed: ['申请', '报名', '申报'], text: ['申报', '申请'], reason: '项目申请：通知写“申报”，文中也有“申请”。' },
	{ typed: ['学校', '院校'], text: ['学校', '院校'], reason: '文中“职业学校”“职业院校”“技工院校”并用。' },
	{ typed: ['中职'], text: ['中职', '中等职业'], reason: '“中职”：文中也写“中等职业学校、中等职业教育”。' },
	{ typed: ['高职'], text: ['高职', '高等职业'], reason: '“高职”：文中也写“高等职业院校、高等职业专科”。' },
	{ typed: ['职校'], text: ['职业学校', '职业院校'], reason: '“职校”是职业学校的简称。' },
	{ typed: ['技校'], text: ['技工院校', '技工学校'], reason: '“技校”是技工学校的简称。' },
	{ typed: ['老师'], text: ['教师', '师资'], reason: '文中写“教师、师资”。' },
	{ typed: ['员工', '工人', '职工'], text: ['职工', '员工', '工人'], reason: '文中“企业职工”“企业员工”“一线工人”并用。' },
	{ typed: ['公司', '厂', '工厂'], text: ['企业'], reason: '文中写“企业”（具体公司名称照录）。' },
	{ typed: ['钱', '给钱', '多少钱', '资金', '经费', '补贴', '补助', '拨款', '费用', '花钱'], text: ['经费', '资金', '补贴', '拨款', '费用', '投入', '基金'], reason: '“钱”：文中写“经费、资金、补贴、拨款、投入、基金”。' },
	{ typed: ['工资', '薪酬', '收入', '待遇'], text: ['工资', '收入', '待遇'], reason: '文中写“绩效工资、收入水平、待遇”。' },
	{ typed: ['够', '够了', '满', '修满', '达到'], text: ['达到'], reason: '“学分够了”：文中写“累计学分达到规定要求”。' },
	{ typed: ['开', '办', '开设', '开办', '举办'], text: ['开办', '开设', '举办', '设立'], reason: '“开个班、办学校”：文中写“开办、开设、举办、设立”。' },
	{ typed: ['分校'], text: ['分院', '分站'], reason: '文中写“设立分院”“设立分站”。' },
	{ typed: ['比赛', '大赛', '竞赛'], text: ['竞赛', '大赛'], reason: '文中写“技能竞赛、技能大赛”。' },
	{ typed: ['国外', '境外', '出国', '海外'], text: ['国（境）外', '海外', '国际'], reason: '文中写“国（境）外、海外、国际”。' },
	{ typed: ['开发区', '经开区', '高新区'], text: ['经济技术开发区', '高新技术产业开发区', '产业园区'], reason: '文中写全称“国家级经济技术开发区”“高新技术产业开发区”。' },
	{ typed: ['下企业', '去企业', '进企业', '到企业'], text: ['到企业', '赴企业', '进企业', '企业实践', '顶岗实践'], reason: '教师到企业实践：文中写“赴企业”“到企业”“顶岗实践”。' },
	{ typed: ['毕业证'], text: ['毕业证书'], reason: '文中写“毕业证书”。' },
	{ typed: ['大学', '上大学', '读大学', '升学'], text: ['高校', '高等学校', '本科'], reason: '“上大学”：文中写“高等学校、本科高校、高等职业专科”。' },
	{ typed: ['税收', '税', '减税', '免税', '税收优惠', '税费'], text: ['财税', '税费', '减税', '税务'], reason: '文中写“财税政策、税费、结构性减税”。' },
	{ typed: ['买', '购买', '采购'], text: ['购买'], reason: '文中写“购买服务、购买意外伤害保险”。' },
	{ typed: ['培训费'], text: ['培训费用', '培训经费'], reason: '文中写“学徒培训费用”“教育培训经费”。' },
];
