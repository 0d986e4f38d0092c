"""A labelled corpus for the checks: correct Chinese→English pairs and seeded errors.

Written for this project. Every correct pair is rich in the number forms and
glossary terms the checks care about; every seeded error is a mutation of a
correct pair, labelled with the check that must catch it.
"""

from __future__ import annotations

#: (Chinese, English) pairs that are correct and must draw no error or warning.
CORRECT: list[tuple[str, str]] = [
    ("技术合同成交总额突破400亿元。", "The total turnover of technology contracts exceeded RMB 40 billion."),
    ("取得科研成果3500余项，获省级奖励1433项。", "More than 3,500 research results were obtained and 1,433 provincial awards won."),
    ("全省科技进步贡献率由目前的55.5%提高到61%。", "The province's contribution rate of scientific and technological progress will rise from the current 55.5% to 61%."),
    ("高新技术企业数量翻了一番，达到524户。", "The number of high-tech enterprises has doubled to 524."),
    ("全省综合科技创新水平指数居全国第19位。", "The province ranked 19th in the country by the comprehensive scientific and technological innovation index."),
    ("启动实施“123N+”发展战略。", "The “123N+” development strategy will be launched."),
    ("启动实施吉林省科技人才“雨林计划”。", "Jilin will launch the “rain forest program” for science and technology talents."),
    ("加快“长春国家自主创新示范区”建设。", "Construction of the Changchun National Independent Innovation Demonstration Zone will be accelerated."),
    ("新建8个省级重点实验室。", "Eight key provincial laboratories will be built."),
    ("党的十八大以来，全省科技事业日新月异。", "Since the 18th CPC National Congress, the province's science and technology have changed rapidly."),
    ("会议于2018年3月30日在长春召开。", "The conference was held in Changchun on March 30, 2018."),
    ("全年研发投入增长12.3%，高于全国平均水平2.1个百分点。", "R&D spending grew 12.3% for the year, 2.1 percentage points above the national average."),
    ("全省共有国家重点实验室11个。", "The province has 11 State Key Laboratories."),
    ("计划到2022年，基本建立区域创新生态体系。", "By 2022, a regional innovation ecosystem will be basically established."),
    ("一季度新增高新技术企业86户，同比增长21.5%。", "In the first quarter, 86 high-tech enterprises were added, up 21.5% year on year."),
    ("设立总规模5亿元的科技创新基金。", "A science and technology innovation fund of RMB 500 million will be set up."),
    ("全省技术合同登记数达4800余项。", "More than 4,800 technology contracts were registered in the province."),
    ("近五年来，全省培养高层次人才近2000名。", "In nearly five years, the province has trained nearly 2,000 high-level talents."),
    ("获国家科学技术进步奖15项。", "The province won 15 National Science and Technology Progress Awards."),
    ("第三次省部会商将于下月举行。", "The third province-ministry consultation will be held next month."),
    ("项目总投资逾120亿元。", "Total investment in the projects is over RMB 12 billion."),
    ("长白山湿地与生态国家重点实验室于2017年获批。", "The Changbai Mountain Wetland and Ecology State Key Laboratory was approved in 2017."),
    ("全省科技活动产出指数居全国第14位。", "The province ranked 14th in the country by the output of science and technology activities."),
    ("科技型中小企业达到3万户。", "Technology-based small and medium-sized enterprises reached 30,000."),
    ("全省财政科技支出45.6亿元，增长8.7%。", "Provincial fiscal spending on science and technology was RMB 4.56 billion, up 8.7%."),
    ("4月11日，全省科技工作会议在长春召开。", "On April 11, the provincial science and technology work conference was held in Changchun."),
    ("专利授权量超过1.2万件。", "More than 12,000 patents were granted."),
    ("引进世界一流科学家20名、创新团队35个。", "Twenty world-class scientists and 35 innovation teams were introduced."),
    ("每万人发明专利拥有量达到4.5件。", "Invention patents per 10,000 people reached 4.5."),
    ("全省规模以上工业增加值增长5.5%。", "The added value of industry above designated size grew 5.5%."),
    ("高新区营业收入突破3000亿元。", "Operating revenue of the high-tech zones exceeded RMB 300 billion."),
    ("全省建成科技企业孵化器76家、众创空间160家。", "The province has built 76 technology business incubators and 160 maker spaces."),
    ("会议表彰了2017年度科技工作先进单位26个。", "The conference commended 26 advanced units in science and technology work for 2017."),
    ("到2020年，研发经费投入强度达到1.5%。", "By 2020, R&D intensity will reach 1.5%."),
    ("全省科技人员总数约为24万人。", "The province has about 240,000 science and technology personnel."),
    ("成果转化率比上年提高三个百分点。", "The conversion rate rose three percentage points over the previous year."),
    ("吉林省长吉图国家科技成果转移转化示范区建设取得进展。", "Progress was made in building the Jilin Province Changchun-Jilin-Tumen National Science and Technology Achievement Transfer and Demonstration Zone."),
    ("供给侧结构性改革深入推进。", "Supply-side structural reform was deepened."),
    ("全省共有两院院士23人。", "The province has 23 academicians of the two academies."),
    ("科技进步贡献率提高到55.5%，排名全国第12位。", "The contribution rate of scientific and technological progress rose to 55.5%, 12th in the country."),
]  # fmt: skip


#: (index of a correct pair, text in its English, replacement, the check that must catch it).
MUTATIONS: list[tuple[int, str, str, str]] = [
    # numbers: magnitude, value, qualifier, kind, date, missing
    (0, "RMB 40 billion", "RMB 400 billion", "numbers"),
    (1, "More than 3,500", "3,500", "numbers"),
    (1, "1,433", "1,343", "numbers"),
    (2, "to 61%", "to 16%", "numbers"),
    (3, "to 524", "to 542", "numbers"),
    (4, "19th", "9th", "numbers"),
    (10, "March 30, 2018", "March 3, 2018", "numbers"),
    (11, "2.1 percentage points", "2.1 percent", "numbers"),
    (14, "up 21.5%", "up 12.5%", "numbers"),
    (15, "RMB 500 million", "RMB 5 billion", "numbers"),
    (16, "More than 4,800", "4,800", "numbers"),
    (20, "is over RMB 12 billion", "is RMB 12 billion", "numbers"),
    (23, "30,000", "3,000", "numbers"),
    (24, "RMB 4.56 billion", "RMB 45.6 billion", "numbers"),
    (26, "More than 12,000", "More than 1,200", "numbers"),
    (27, "Twenty world-class", "Twelve world-class", "numbers"),
    (35, "three percentage points", "three percent", "numbers"),
    (34, "about 240,000", "about 24,000", "numbers"),
    (18, "won 15 National", "won National", "numbers"),
    (25, "On April 11,", "On April 1,", "numbers"),
    # glossary: approved English missing, forbidden rendering, verbatim token altered
    (7, "Changchun National Independent Innovation Demonstration Zone", "Changchun National Self-Innovation Demonstration Area", "glossary-term"),
    (12, "11 State Key Laboratories", "11 national key labs", "glossary-forbidden"),
    (6, "“rain forest program”", "“rainforest plan”", "glossary-forbidden"),
    (9, "18th CPC National Congress", "18th NPC", "glossary-forbidden"),
    (3, "high-tech enterprises", "high-technology firms", "glossary-term"),
    (37, "Supply-side structural reform", "Supply-side reform of structures", "glossary-term"),
    (2, "contribution rate of scientific and technological progress", "contribution rate of technological progress", "glossary-term"),
    (5, "“123N+”", "“123N”", "verbatim"),
    (5, "“123N+”", "“123 N+”", "verbatim"),
    (5, "“123N+”", "“123n+”", "verbatim"),
    # Chinese left in the English
    (13, "By 2022,", "By 2022，", "chinese-in-english"),
    (17, "talents.", "talents。", "chinese-in-english"),
    (21, "Laboratory was", "Laboratory 实验室 was", "chinese-in-english"),
    (29, "grew 5.5%", "grew：5.5%", "chinese-in-english"),
    (30, "zones exceeded", "zones\u3000exceeded", "chinese-in-english"),
    (31, "incubators", "《incubators》", "chinese-in-english"),
    # whitespace
    (32, "commended 26", "commended  26", "whitespace"),
    (33, "reach 1.5%.", "reach 1.5% .", "whitespace"),
    (38, "academies.", "academies. ", "whitespace"),
    # quotes mixed
    (6, "“rain forest program”", '"rain forest program”', "quote-style"),
    (39, "12th in the country.", "the country’s 12th, on the country's list.", "quote-style"),
    # omission
    (36, "Progress was made in building the Jilin Province Changchun-Jilin-Tumen National Science and Technology Achievement Transfer and Demonstration Zone.", "Progress was made.", "length-ratio"),
    (10, "The conference was held in Changchun on March 30, 2018.", "The conference was held.", "length-ratio"),
    (4, "The province ranked 19th in the country by the comprehensive scientific and technological innovation index.", "The province ranked high.", "length-ratio"),
]  # fmt: skip

#: One Chinese segment translated two ways: both units must be reported.
INCONSISTENT = ("全省科技工作会议在长春召开。", (
    "The provincial science and technology work conference was held in Changchun.",
    "The province's science and technology work conference opened in Changchun.",
))  # fmt: skip


def corpus() -> list[tuple[str, str, str, set[str]]]:
    """(id, Chinese, English, expected checks) for every unit."""
    units = [(f"ok{i:02d}", zh, en, set()) for i, (zh, en) in enumerate(CORRECT)]
    for n, (index, old, new, check) in enumerate(MUTATIONS):
        zh, en = CORRECT[index]
        if old not in en:
            raise ValueError(f"mutation {n}: {old!r} is not in {en!r}")
        units.append((f"err{n:02d}", zh, en.replace(old, new, 1), {check}))
    zh, renderings = INCONSISTENT
    units += [(f"con{k}", zh, en, {"consistency"}) for k, en in enumerate(renderings)]
    units += [(f"new{k}", CORRECT[k][0], "", {"untranslated"}) for k in (0, 1)]
    return units
