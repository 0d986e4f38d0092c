import pytest

from bilingual.numbers import en_numbers, zh_numbers


def values(numbers):
    return [(n.value, n.kind, n.approx) for n in numbers]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("取得科研成果3500余项", [(3500, "count", "more")]),
        ("获省级奖励1433项", [(1433, "count", "")]),
        ("技术合同成交总额突破400亿元", [(4e10, "count", "more")]),
        ("投资3.5万元", [(35000, "count", "")]),
        ("居全国第17位", [(17, "ordinal", "")]),
        ("由目前的55.5%提高到61%", [(55.5, "percent", ""), (61, "percent", "")]),
        ("计划到2022年", [(2022, "year", "")]),
        ("新建8个省级重点实验室", [(8, "count", "")]),
        ("一千四百三十三项", [(1433, "count", "")]),
        ("提高了两个百分点", [(2, "points", "")]),
        ("百分之五十五点五", [(55.5, "percent", "")]),
        ("３５００余项", [(3500, "count", "more")]),
        ("二〇一八年", [(2018, "year", "")]),
        ("那男孩约莫十四五岁年纪", [(14, "count", ""), (15, "count", "")]),
        ("近五年", [(5, "count", "about")]),  # the past five years, or nearly five
        ("近五成", [(50, "percent", "less")]),
        ("逾1,200家企业", [(1200, "count", "more")]),
        ("一批重大项目", []),
        ("三百余口人", [(300, "count", "more")]),
        ("第三次省部会商", [(3, "ordinal", "")]),
        ("十五项", [(15, "count", "")]),
        ("总经费十二亿五千万元", [(1.25e9, "count", "")]),
        ("三万亿元", [(3e12, "count", "")]),
        ("汽车零部件", []),
    ],
)
def test_chinese_numbers(text, expected):
    assert values(zh_numbers(text)) == [(float(v), k, a) for v, k, a in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("more than 3,500 achievements", [(3500, "count", "more")]),
        ("got 1,433 provincial awards", [(1433, "count", "")]),
        ("exceeded RMB 40 billion", [(4e10, "count", "more")]),
        ("ranked 17th in the country", [(17, "ordinal", "")]),
        ("from the current 55.5% to 61%", [(55.5, "percent", ""), (61, "percent", "")]),
        ("by 2022", [(2022, "year", "")]),
        ("build eight key provincial laboratories", [(8, "count", "")]),
        ("forty-five units", [(45, "count", "")]),
        ("two percentage points", [(2, "points", "")]),
        ("the third consultation", [(3, "ordinal", "")]),
        ("nearly five years", [(5, "count", "less")]),
        ("one hundred and twenty", [(120, "count", "")]),
        ("3.5 million yuan", [(3.5e6, "count", "")]),
        ("55.5 percent", [(55.5, "percent", "")]),
        ("a boy of fourteen or fifteen", [(14, "count", ""), (15, "count", "")]),
    ],
)
def test_english_numbers(text, expected):
    assert values(en_numbers(text)) == [(float(v), k, a) for v, k, a in expected]


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("400亿元", "RMB 40 billion"),
        ("3500余项", "3,500"),
        ("第17位", "17th"),
        ("55.5%", "55.5 percent"),
        ("2018年", "2018"),
        ("八个", "eight"),
        ("两个百分点", "two percentage points"),
    ],
)
def test_same_value_across_languages(zh, en):
    assert {n.key() for n in zh_numbers(zh)} == {n.key() for n in en_numbers(en)}


@pytest.mark.parametrize("text", ["ſept 5, 2018", "aprİl 5", "on 5 SEPT", "ＭＡＲＣＨ ３０"])
def test_odd_letters_in_month_names_do_not_break_date_reading(text):
    from bilingual.numbers import en_dates

    assert all(1 <= date[1] <= 12 for date, _ in en_dates(text))


# --- what news writes (issue 15) ----------------------------------------------------


def _findings(zh: str, en: str) -> list[str]:
    from bilingual.checks import Context, numbers
    from bilingual.model import State, Unit

    return list(numbers(Unit("p1", zh, en, State.NEEDS_REVIEW), Context()))


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("技术合同成交额400億元。", "Technology contracts were worth RMB 40 billion."),
        ("實現營收24.7億元。", "Revenue reached 2.47 billion yuan."),
        ("4月8日，会议召开。", "The meeting was held on the 8th."),
        ("下半年将开工。", "Construction will start in the second half of the year."),
        ("约三分之一的企业参与。", "About one third of the enterprises took part."),
        ("近三成企业参与。", "Nearly 30% of enterprises took part."),
        ("销售额十二万。", "Sales were 120,000."),
        ("一百零五家企业", "105 enterprises"),
        ("气温零下五度", "The temperature was minus five degrees"),
        ("气温负三度", "The temperature was -3 degrees"),
        ("商品打七折", "goods were 30% off"),
        ("商品打七折", "goods sold at 70% of the price"),
        ("产值翻一番", "output doubled"),
        ("双方签署协议", "The two sides signed the agreement"),
        ("星期三召开", "held on Wednesday"),
        ("今年以来增长5%", "Since the start of 2018, it grew 5%"),
        ("2018年增长5%", "This year it grew 5%"),
        ("“十三五”期间投入九亿元", "900 million yuan during the 13th Five-Year Plan"),
        ("新冠肺炎确诊病例93例", "93 confirmed COVID-19 cases"),
        ("全市PM2.5浓度下降9.5%", "PM2.5 fell 9.5%"),
        ("截至11月底", "By the end of November"),
        ("前三季度增长8%", "In the first three quarters, up 8%"),
        ("1-5月用电量增长4%", "Power use rose 4% in the first five months"),
        ("3至6月开展专项行动", "A campaign ran from March to June"),
        (
            "4、5、6月分别下降2%、3%和1.5%",
            "In April, May and June it fell 2%, 3% and 1.5% respectively",
        ),
        ("千余名群众参加", "More than 1,000 people took part"),
        ("建设百万亩标准化基地", "building standardized bases of a million mu"),
        ("打造五个千亿级产业", "building five industries worth 100 billion yuan each"),
        ("客流量增长2.5倍", "Passenger numbers rose 250 percent"),
        ("客流量增长2.5倍", "Passenger numbers were 3.5 times the earlier figure"),
        ("产量增长1倍", "Output doubled"),
        ("产量是原来的3倍", "Output tripled"),
        ("九台区、二道区入选", "Jiutai and Erdao districts were chosen"),
        ("這是“十四五”開局之年", "This is the first year of the 14th Five-Year Plan"),
        ("“十三五”期间增长5.5%", "During the 13th Five-Year Plan (2016-20), it grew 5.5%"),
        ("“双11”期间销售额增长", "Sales grew during the Singles' Day festival"),
        ("“3·15”主题活动", "events for Consumer Rights Day"),
        ("“3·15”主题活动", "events for the March 15 Consumer Rights Day"),
        ("五分之一的耕地", "one in five hectares of farmland"),
        ("九成以上企业", "more than nine in ten companies"),
        ("新增就业50万人", "half a million new jobs"),
        ("总投资12亿元", "a total investment of RMB1.2 billion"),
        ("十几个国家", "a dozen or so countries"),
        ("每亩增收五六百元", "income rose by 500 to 600 yuan per mu"),
        ("每亩增收五六百元", "income rose by several hundred yuan per mu"),
        ("两个多月来", "for more than two months"),
        ("出口额增长了一倍多", "exports more than doubled"),
        ("十年来", "over the past decade"),
        ("全国百强县", "the country's top 100 counties"),
        ("最低气温-25℃", "the low was -25C"),
        ("80后创业者", "entrepreneurs born in the 1980s"),
        ("失业率控制在3.5%以内", "unemployment was kept within 3.5 per cent"),
        ("两年内建成", "to be built within two years"),
        ("11月2日（星期一）召开", "held on Monday"),
        ("共建成温室大棚一百零五栋", "A hundred and five greenhouses were built"),
        ("最低气温负三摄氏度", "The low was −3 degrees Celsius"),
        ("平均气温为-17.6℃", "The average temperature was –17.6°C"),
        ("肩负三项任务", "It has three tasks"),
        ("约三分之一的受访者", "About 33% of those surveyed"),
        ("蔬菜产量翻一番", "Vegetable output grew by 100%"),
        ("上半年收购量增长", "Purchases grew in the first six months"),
        ("每周一至周五开放", "It is open Monday to Friday"),
        ("会议于8日召开", "The meeting was held on Sunday (the 8th)"),
        ("地区生产总值11726.8亿元", "GDP reached 1.17 trillion yuan"),
        ("总投资50亿元", "an investment of 5 billion yuan (about 725 million US dollars)"),
        ("新建高标准农田330万亩", "3.3 million mu (220,000 hectares) of farmland was built"),
        ("设立24小时服务站50个", "50 round-the-clock service stations were set up"),
        ("发布会于12时召开", "The press conference was held at noon"),
        ("庆祝建党100周年", "to celebrate the 100th anniversary of the CPC"),
        ("省委十一届八次全会召开", "The eighth plenary session of the 11th committee opened"),
        ("评选出十大成果", "The top ten achievements were chosen"),
        ("销量增长了一倍", "Sales rose twofold"),
        ("第三季度增长6.3%", "It grew 6.3% in the July-September quarter"),
        ("一季度新增就业6.4万人", "In the first three months, 64,000 new jobs were created"),
        ("今明两年新建基站2万个", "This year and next, 20,000 base stations will be built"),
        ("仅用了一年半时间", "in just 18 months"),
        ("半年来新增3万户", "In the past six months, 30,000 were added"),
        ("死亡率降至十万分之十二", "The death rate fell to 12 per 100,000"),
        ("婴儿死亡率为3.5‰", "The infant mortality rate was 3.5 per 1,000"),
        ("稳定在700亿斤以上", "stayed above 35 million tonnes"),
        ("粮食总产量816.16亿斤", "Grain output was 40.8 million tonnes"),
        ("比赛于19时开始", "The match began at 7 pm"),
        ("每户补贴2至3万元", "Each household gets 20,000 to 30,000 yuan"),
        ("总投资4-6亿元", "Total investment is 400 to 600 million yuan"),
        ("死亡率为千分之二", "The death rate was 2 per thousand"),
        ("十四届人大一次会议", "the first session of the 14th People's Congress"),
        ("七届三中全会", "the third plenary session of the seventh committee"),
        ("一级响应", "a first-level response"),
        ("三级医院12家", "12 tertiary hospitals"),
        ("投资20亿元", "an investment of 2 billion yuan ($290 million)"),
        ("增速提高1.1个百分点", "growth was up 1.1 points"),
        ("收入将超过500亿元", "revenue will top 50 billion yuan"),
        ("约2/5的农户参加了合作社", "About 40% of farm households joined cooperatives"),
        ("数百万人次", "millions of visits"),
        ("近5年新增就业20万人", "200,000 jobs were created in the past five years"),
        ("最低气温-28℃", "The lowest temperature was minus 28 degrees"),
        ("2019-2021年", "from 2019 to 2021"),
        ("覆盖率达到100%", "Coverage is now complete"),
        ("新建道路2平方公里左右", "Roads covering some 2 square kilometres were built"),
        ("新建道路3公里以上", "More than 3 km of roads were built"),
        ("排名全国前十", "among the top 10 in the country"),
        ("长春至吉林实现半小时通勤", "a 30-minute commute from Changchun to Jilin"),
        ("连续三年超过800亿斤", "above 40 million tonnes for the third year running"),
        ("重污染天数减少一半", "heavily polluted days were halved"),
        ("亏损企业下降了四分之一", "loss-making enterprises fell by a quarter."),
        ("预计全年增长6%至7%", "growth is expected to be 6-7%"),
        ("预计提高2至3个百分点", "up by between 2 and 3 percentage points"),
        ("一季度零售额增长14%", "During the three-month period, retail sales rose 14 percent"),
        ("第三产业增加值占比53.8%", "The tertiary industry accounted for 53.8%"),
        ("第一、二、三产业", "the primary, secondary and tertiary industries"),
        ("比2008年多5.1亿元", "510 million Yuan more than in 2008"),
        ("咨询电话：0431-88906114", "Enquiries: 0431-88906114"),
        ("贫困发生率由2017年的3.86%降至1.49%", "fell from 3.86 percent in 2017 to 1.49 percent"),
        ("1月至8月，外贸增长15.3%", "From Jan to Aug, foreign trade rose 15.3 percent"),
        ("60岁以上老年人接种率", "the vaccination rate of people aged 60-plus"),
        ("80岁以上老人", "people aged 80 or older"),
        ("重大安全事故零发生", "zero major safety accidents"),
        ("发生4.3级地震", "A magnitude-4.3 earthquake struck"),
        (
            "获得国家技术发明二等奖",
            "won second prize in the National Technological Invention Award",
        ),
        ("双向六车道", "six lanes in both directions"),
        ("首季本地生產總值增長2.7%", "GDP grew 2.7% in the first quarter"),
        ("第二季失業率為3.1%", "The unemployment rate was 3.1% in the second quarter"),
        ("民國112年全年觀光收入", "tourism revenue for 2023"),
        ("出口金額達新台幣1兆2千億元", "Exports reached NT$1.2 trillion"),
        ("總額達1234567億元", "The total reached 123.4567 trillion yuan"),
        ("訪港旅客較去年同期減少一半", "Visitor arrivals were half those of last year"),
        ("车程缩短至一个半小时", "The trip now takes an hour and a half"),
        ("车程缩短至一个半小时", "The trip now takes 90 minutes"),
        ("工期为两个半月", "The work takes two and a half months"),
        ("投资5千万元", "an investment of 50 million yuan"),
        ("出口额1.2千亿元", "exports of 120 billion yuan"),
        ("播种面积5825.6千公顷", "5.8256 million hectares sown"),
        ("全长5千米", "5 km long"),
        ("粮食总产量4186.5万吨", "grain output of 41.87 billion kilograms"),
        ("装机容量达到1200万千瓦", "installed capacity of 12 gigawatts"),
        ("装机容量达到1200万千瓦", "installed capacity of 12,000 megawatts"),
        ("全年发电量1015.3亿千瓦时", "101.53 terawatt-hours of power"),
        ("粮食平均亩产479.1公斤", "a yield per mu (about 0.067 hectares) of 479.1 kg"),
        ("新增4家5A级旅游景区", "four new 5A-level tourist attractions"),
        ("新增4家5A级旅游景区", "four new AAAAA tourist attractions"),
        ("PM2.5平均浓度下降", "average PM2.5 density fell"),
        ("T2航站楼投入使用", "Terminal 2 opened"),
        ("全长100km", "100 kilometres long"),
        ("以2分05秒30的成绩打破纪录", "broke the record in 2:05.30"),
        ("二审维持原判", "The second-instance court upheld the verdict"),
        ("降至每10万人10.2", "fell to 10.2 per 100,000"),
        ("吉林九台农商银行女排获胜", "The Jilin Jiutai Rural Commercial Bank women's team won"),
        ("七台河市新增3家企业", "Qitaihe added three companies"),
        ("开展“三会一课”2.6万次", "held 26,000 sessions of the three meetings and one lecture"),
        ("农历正月十五举办灯会", "a lantern fair on the 15th day of the first lunar month"),
        ("农历正月十五举办灯会", "a lantern fair at the Lantern Festival"),
        ("腊月二十三是小年", "The 23rd day of the 12th lunar month is the Little New Year"),
        ("新增本土确诊病例0例", "no new locally transmitted cases"),
        ("已连续举办十八届", "has been held 18 times in a row"),
        ("大年初三迎来客流高峰", "On the third day of the Lunar New Year visitors peaked"),
        ("预订量较2019年增长16倍", "Bookings were 17 times those of 2019"),
        ("预订量较2019年增长16倍", "Bookings increased by 16 times compared with 2019"),
        ("是去年的3倍", "three times as much as last year"),
        ("由一天延长至两天以上", "from one day to two days or more"),
        ("累计销量突破5万辆", "Cumulative sales passed 50,000"),
        ("百公里加速时间为4.5秒", "It accelerates from 0 to 100 km/h in 4.5 seconds"),
        ("第100万辆红旗轿车下线", "The millionth Hongqi car rolled off the line"),
        ("第2000万辆整车下线", "its 20 millionth vehicle rolled off the line"),
        ("补贴标准为每辆车最高1万元", "The subsidy is up to 10,000 yuan per vehicle"),
        ("最高气温30℃", "highs of 30C"),
    ],
)
def test_news_forms_that_agree_draw_no_finding(zh, en):
    assert _findings(zh, en) == []


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("三分之一的企业参与。", "A quarter of the enterprises took part."),
        ("产值翻一番", "output tripled"),
        ("下半年将开工。", "Construction will start in the first half of the year."),
        ("4月8日，会议召开。", "The meeting was held on the 9th."),
        ("近三成企业参与。", "Nearly 3% of enterprises took part."),
        ("气温零下五度", "The temperature was five degrees"),
        ("星期三召开", "held on Thursday"),
        ("一季度增长5%", "up 5% in the second quarter"),
        ("80年代建成", "built in the 1970s"),
        ("带动就业1万人以上", "creating 10,000 jobs"),
        ("1-5月用电量增长4%", "Power use rose 4% in the first six months"),
        ("千余名群众参加", "More than 100 people took part"),
        ("客流量增长2.5倍", "Passenger numbers rose 25 percent"),
        ("比赛于19时开始", "The match began at 8 pm"),
        ("每户补贴2至3万元", "Each household gets 2,000 to 30,000 yuan"),
        ("死亡率为千分之二", "The death rate was 3 per thousand"),
        ("十四届人大一次会议", "the second session of the 14th People's Congress"),
        ("七届三中全会", "the fourth plenary session of the seventh committee"),
        ("投资20亿元", "an investment of 2 billion yuan and $290 million"),
        ("收入将超过500亿元", "revenue will be nearly 50 billion yuan"),
        ("约2/5的农户参加了合作社", "About a quarter of farm households joined cooperatives"),
        ("最低气温-28℃", "The lowest temperature was 28 degrees"),
        ("近五成企业", "About 60% of enterprises"),
        ("覆盖率达到100%", "Coverage is now high"),
        ("新建道路3公里以上", "Nearly 3 km of roads were built"),
        ("11月2日（星期一）召开", "held on Monday, November 3"),
        ("共建成温室大棚一百零五栋", "A hundred and fifteen greenhouses were built"),
        ("最低气温负三摄氏度", "The low was 3 degrees Celsius"),
        ("约三分之一的受访者", "About 30% of those surveyed"),
        ("蔬菜产量翻一番", "Vegetable output grew by 10%"),
        ("上半年收购量增长", "Purchases grew in the last six months"),
        ("每周一开放", "It is open on Tuesdays"),
        ("地区生产总值11726.8亿元", "GDP reached 1.18 trillion yuan"),
        ("总投资14亿元", "an investment of 1 billion yuan"),
        ("总投资50亿元", "an investment of 6 billion yuan (about 725 million US dollars)"),
        ("庆祝建党100周年", "to celebrate the 90th anniversary of the CPC"),
        ("省委十一届八次全会召开", "The seventh plenary session of the 11th committee opened"),
        ("销量翻了近两番", "Sales nearly tripled"),
        ("第三季度增长6.3%", "It grew 6.3% in the April-June quarter"),
        ("死亡率降至十万分之十二", "The death rate fell to 12 per 10,000"),
        ("粮食总产量816.16亿斤", "Grain output was 41.8 million tonnes"),
        ("“3·15”主题活动", "events for the March 16 Consumer Rights Day"),
        ("九成以上企业", "more than eight in ten companies"),
        ("新增就业50万人", "half a billion new jobs"),
        ("总投资12亿元", "a total investment of RMB1.5 billion"),
        ("每亩增收五六百元", "income rose by 600 to 700 yuan per mu"),
        ("三个区参加", "Jiutai district took part"),
        ("80后创业者", "entrepreneurs born in the 1990s"),
        ("最低气温-25℃", "the low was -20C"),
        ("预计将超过300亿元", "expected to top 40 billion yuan"),
        ("排名全国前十", "among the top 20 in the country"),
        ("实现半小时通勤", "a 40-minute commute"),
        ("连续三年增长", "growth for the fourth year running"),
        ("重污染天数减少一半", "heavily polluted days were doubled"),
        ("亏损企业下降了四分之一", "loss-making enterprises fell by a third."),
        ("预计全年增长6%至7%", "growth is expected to be 5-7%"),
        ("预计全年增长6%至7%", "growth is expected to be 6-7"),
        ("一季度零售额增长14%", "During the six-month period, retail sales rose 14 percent"),
        ("第三产业增加值占比53.8%", "The secondary industry accounted for 53.8%"),
        ("比2008年多5.1亿元", "510 million Yuan more than in 2006"),
        ("咨询电话：0431-88906114", "Enquiries: 0431-88906141"),
        ("1月至8月，外贸增长15.3%", "From Jan to Jul, foreign trade rose 15.3 percent"),
        ("发生4.3级地震", "A magnitude-4.8 earthquake struck"),
        ("获得国家技术发明二等奖", "won first prize in the National Technological Invention Award"),
        ("双向六车道", "four lanes in both directions"),
        ("首季本地生產總值增長2.7%", "GDP grew 2.7% in the second quarter"),
        ("民國112年全年觀光收入", "tourism revenue for 2022"),
        ("出口金額達新台幣1兆2千億元", "Exports reached NT$1.2 billion"),
        ("装机容量100兆瓦", "installed capacity of 100 trillion watts"),
        ("车程缩短至一个半小时", "The trip now takes two and a half hours"),
        ("工期为两个半月", "The work takes three and a half months"),
        ("投资5千万元", "an investment of 5 million yuan"),
        ("装机容量达到1200万千瓦", "installed capacity of 1.2 gigawatts"),
        ("粮食平均亩产479.1公斤", "a yield per mu (about 0.067 hectares) of 497.1 kg"),
        ("新增4家5A级旅游景区", "four new 4A-level tourist attractions"),
        ("C919大型客机", "the C929 large airliner"),
        ("T2航站楼投入使用", "Terminal 3 opened"),
        ("以2分05秒30的成绩打破纪录", "broke the record in 2:50.30"),
        ("二审维持原判", "The third-instance court upheld the verdict"),
        ("九台区新增3家企业", "Jiutai District added five companies"),
        ("农历正月十五举办灯会", "a lantern fair on the 14th day of the first lunar month"),
        ("开展“三会一课”2.6万次", "held 2,600 sessions of the three meetings and one lecture"),
        ("以3:0横扫对手", "swept their opponents 3-1"),
        ("大年初三迎来客流高峰", "On the fifth day of the Lunar New Year visitors peaked"),
        ("预订量较2019年增长16倍", "Bookings were 16 times those of 2019"),
        ("由一天延长至两天以上", "from one day to three days or more"),
        ("第100万辆红旗轿车下线", "The billionth Hongqi car rolled off the line"),
        ("第2000万辆整车下线", "its 10 millionth vehicle rolled off the line"),
        ("累计销量突破5万辆", "Cumulative sales passed 5,000"),
    ],
)
def test_news_forms_that_differ_are_found(zh, en):
    assert _findings(zh, en)


def test_the_news_corpus_reads_clean_and_every_seeded_error_is_caught():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from news_corpus import every_unit

    corpus = every_unit()
    assert len(corpus) >= 400 and {uid[0] for uid, *_ in corpus} == {"s", "t"}
    false = [
        (uid, f) for uid, _, zh, en, seeded in corpus if not seeded and (f := _findings(zh, en))
    ]
    missed = [uid for uid, _, zh, en, seeded in corpus if seeded and not _findings(zh, en)]
    assert false == [] and missed == []
