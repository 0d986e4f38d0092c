"""A labelled news corpus for the numbers check, written for this project.

Sentences in the register of provincial government and economy news
(investment, trade, poverty alleviation, ecology, science and technology,
public health), each labelled with the number form it exercises. Every pair
is a correct translation; each ``(old, new)`` after it seeds one error: the
English with ``old`` replaced by ``new``, which the numbers check must catch.
:func:`units` adds the Traditional-script twin of every pair (OpenCC, Taiwan
standard), correct and seeded alike, so that both scripts are scored.

Add a pair here whenever a real page shows a form the check misreads.
"""

from __future__ import annotations

Entry = tuple[str, str, str, list[tuple[str, str]]]

#: (form, Chinese, English, seeded errors as (old, new) in the English).
NEWS: list[Entry] = [
    # --- Arabic digits with 万 / 亿 and separators ---------------------------------
    ("magnitude", "全年实现地区生产总值1.5万亿元。", "The regional GDP reached 1.5 trillion yuan for the year.", [("1.5 trillion", "15 trillion")]),
    ("magnitude", "全省新签约项目386个，总投资2760亿元。", "The province signed 386 new projects with a total investment of 276 billion yuan.", [("276 billion", "27.6 billion"), ("386", "368")]),
    ("magnitude", "外贸进出口总额达到1362.5亿元。", "Total foreign trade reached RMB 136.25 billion.", [("136.25", "13.625")]),
    ("magnitude", "全市接待游客4500万人次。", "The city received 45 million tourist visits.", [("45 million", "4.5 million")]),
    ("magnitude", "争取中央资金28.6亿元。", "Central government funding of 2.86 billion yuan was secured.", [("2.86 billion", "28.6 billion")]),
    ("magnitude", "农村居民人均可支配收入达到13748元。", "Per capita disposable income of rural residents reached 13,748 yuan.", [("13,748", "13,478")]),
    ("magnitude", "新增城镇就业32.4万人。", "324,000 new urban jobs were created.", [("324,000", "32,400")]),
    ("magnitude", "全年完成造林面积120万亩。", "The province completed afforestation of 1.2 million mu for the year.", [("1.2 million", "12 million")]),
    ("magnitude", "项目建成后年产值可达50亿元，年利税8亿元。", "Once built, the project will produce an annual output value of RMB 5 billion and annual profits and taxes of RMB 800 million.", [("RMB 800 million", "RMB 8 million")]),
    ("magnitude", "实际利用外资5.8亿美元。", "Foreign capital actually used reached US$580 million.", [("US$580 million", "US$58 million")]),
    ("magnitude", "全省共有执业医师6.9万名。", "The province has 69,000 practising physicians.", [("69,000", "6,900")]),
    ("magnitude", "口岸货运量完成2100万吨。", "Freight through the ports reached 21 million tonnes.", [("21 million", "2.1 million")]),
    ("magnitude", "中欧班列全年开行320列，运送货物2.9万标箱。", "China-Europe freight trains made 320 trips during the year, carrying 29,000 TEUs.", [("320 trips", "230 trips")]),
    ("magnitude", "省财政安排专项资金3000万元支持乡村旅游。", "The provincial finance department allocated 30 million yuan to support rural tourism.", [("30 million", "300 million")]),
    # --- Chinese numerals without a measure word, or with one -------------------------
    ("zh-numeral", "销售额十二万。", "Sales were 120,000.", [("120,000", "12,000")]),
    ("zh-numeral", "全镇共有一百零五家合作社。", "The town has 105 cooperatives.", [("105", "150")]),
    ("zh-numeral", "帮扶干部三千余人深入村屯。", "More than 3,000 assistance officials went into the villages.", [("More than 3,000", "3,000")]),
    ("zh-numeral", "全县建成二十六个产业基地。", "The county has built twenty-six industrial bases.", [("twenty-six", "twenty-two")]),
    ("zh-numeral", "该院共收治患者一千四百三十三人。", "The hospital treated 1,433 patients.", [("1,433", "1,343")]),
    ("zh-numeral", "植树五十万株。", "They planted 500,000 trees.", [("500,000", "50,000")]),
    ("zh-numeral", "全省有四十五个县实现脱贫摘帽。", "Forty-five counties in the province have been lifted out of poverty.", [("Forty-five", "Fifty-four")]),
    ("zh-numeral", "投资两千万元新建污水处理厂。", "20 million yuan was invested in a new sewage treatment plant.", [("20 million", "2 million")]),
    ("zh-numeral", "专项行动查处违法案件八十七起。", "The campaign investigated 87 illegal cases.", [("87", "78")]),
    ("zh-numeral", "该市十三五期间累计投入九亿元。", "During the 13th Five-Year Plan period the city invested a total of 900 million yuan.", [("900 million", "9 billion")]),
    # --- Traditional and financial numerals ---------------------------------------------
    ("traditional", "技術合同成交額突破400億元。", "Technology contract turnover exceeded RMB 40 billion.", [("RMB 40 billion", "RMB 400 billion")]),
    ("traditional", "全年營業收入24.7億元。", "Operating revenue for the year was 2.47 billion yuan.", [("2.47 billion", "24.7 billion")]),
    ("traditional", "新增就業崗位兩萬餘個。", "More than 20,000 new jobs were created.", [("More than 20,000", "20,000")]),
    ("traditional", "撥付補助資金壹佰貳拾萬元。", "Subsidies of 1.2 million yuan were paid out.", [("1.2 million", "12 million")]),
    ("traditional", "全縣共有農業合作社參佰伍拾家。", "The county has 350 agricultural cooperatives.", [("350", "305")]),
    # --- percentages and percentage points -----------------------------------------------
    ("percent", "全省规模以上工业增加值增长6.2%。", "Value added of industry above designated size grew by 6.2 percent.", [("6.2 percent", "6.2 percentage points"), ("6.2", "2.6")]),
    ("percent", "森林覆盖率达到45.04%。", "Forest coverage reached 45.04%.", [("45.04%", "45.4%")]),
    ("percent", "贫困发生率由8.6%降至0.3%。", "The poverty incidence fell from 8.6% to 0.3%.", [("to 0.3%", "to 3%")]),
    ("percent", "百分之五的企业尚未复工。", "Five percent of enterprises have not yet resumed work.", [("Five percent", "Fifteen percent")]),
    ("percent", "研发经费占比提高到百分之二点五。", "The share of R&D spending rose to 2.5 percent.", [("2.5 percent", "25 percent")]),
    ("points", "城镇登记失业率下降0.3个百分点。", "The registered urban unemployment rate fell by 0.3 percentage points.", [("0.3 percentage points", "0.3 percent")]),
    ("points", "增速比全国平均水平高1.8个百分点。", "Growth was 1.8 percentage points above the national average.", [("1.8 percentage", "8.1 percentage")]),
    ("points", "优良天数比例提高两个百分点。", "The share of days with good air quality rose two percentage points.", [("two percentage points", "two percent")]),
    # --- fractions ----------------------------------------------------------------------
    ("fraction", "约三分之一的企业参与了培训。", "About one third of the enterprises took part in the training.", [("one third", "a quarter")]),
    ("fraction", "三分之一的村建成了卫生室。", "A third of the villages have built clinics.", [("A third of", "A quarter of")]),
    ("fraction", "全省四分之一的耕地实行保护性耕作。", "Conservation tillage is practised on a quarter of the province's farmland.", [("a quarter of", "a fifth of")]),
    ("fraction", "三分之二的新增贷款投向了小微企业。", "Two thirds of new loans went to small and micro businesses.", [("Two thirds", "Three quarters")]),
    ("fraction", "超过一半的农户加入了合作社。", "More than half of the farming households have joined cooperatives.", [("More than half of", "Nearly half of")]),
    ("fraction", "五分之一的病例为输入性病例。", "One fifth of the cases were imported.", [("One fifth", "One third")]),
    ("fraction", "千分之三的抽检样品不合格。", "0.3% of the samples tested failed to meet standards.", [("0.3%", "3%")]),
    # --- tenths (成) and discounts (折) -------------------------------------------------------
    ("tenths", "近三成企业参与了线上交易会。", "Nearly 30% of enterprises took part in the online trade fair.", [("30%", "3%")]),
    ("tenths", "全省八成以上的行政村通了客车。", "More than 80% of the province's administrative villages are served by buses.", [("More than 80%", "80%")]),
    ("tenths", "返乡创业人员中有六成是青年。", "Sixty percent of those returning home to start businesses are young people.", [("Sixty percent", "Six percent")]),
    ("tenths", "粮食产量的七成来自中部平原。", "Seventy percent of grain output comes from the central plain.", [("Seventy percent", "Seventeen percent")]),
    ("tenths", "两成订单来自东南亚市场。", "20% of the orders came from Southeast Asian markets.", [("20%", "2%")]),
    ("discount", "景区门票一律打七折。", "Admission tickets to scenic spots are 30% off.", [("30% off", "20% off")]),
    ("discount", "参展商品享受八五折优惠。", "Exhibited goods are sold at 85 percent of the list price.", [("85 percent", "58 percent")]),
    # --- factors --------------------------------------------------------------------------
    ("factor", "高新技术企业数量翻了一番。", "The number of high-tech enterprises has doubled.", [("doubled", "tripled")]),
    ("factor", "到2025年，全省数字经济规模力争翻一番。", "By 2025, the province aims to double the size of its digital economy.", [("double", "triple")]),
    ("factor", "十年间全县农民收入翻了两番。", "Farmers' incomes in the county quadrupled in ten years.", [("quadrupled", "doubled")]),
    # --- half-years and quarters ---------------------------------------------------------------
    ("half-year", "下半年将开工建设12个重点项目。", "Construction of 12 key projects will start in the second half of the year.", [("second half", "first half")]),
    ("half-year", "上半年全省外贸进出口增长9.1%。", "In the first half of the year, the province's foreign trade grew 9.1%.", [("first half", "second half")]),
    ("half-year", "今年上半年，全省新登记市场主体15.2万户。", "In the first half of this year, 152,000 market entities were newly registered in the province.", [("152,000", "15,200")]),
    ("quarter", "一季度全省固定资产投资增长4.7%。", "In the first quarter, fixed-asset investment in the province grew 4.7%.", [("first quarter", "second quarter")]),
    ("quarter", "第三季度接待游客同比增长18%。", "Tourist arrivals rose 18% year on year in the third quarter.", [("third quarter", "fourth quarter")]),
    ("quarter", "前三季度全省粮食收购量达到860万吨。", "In the first three quarters, grain purchases in the province reached 8.6 million tonnes.", [("first three quarters", "first two quarters")]),
    ("quarter", "四季度将集中开工一批基础设施项目。", "A batch of infrastructure projects will start in Q4.", [("Q4", "Q3")]),
    # --- ordinals --------------------------------------------------------------------------
    ("ordinal", "全省综合科技创新水平居全国第19位。", "The province ranked 19th nationwide in comprehensive scientific and technological innovation.", [("19th", "9th")]),
    ("ordinal", "第三届东北亚博览会将于下月开幕。", "The third Northeast Asia Expo will open next month.", [("third", "fourth")]),
    ("ordinal", "党的十九大以来，全省生态环境持续改善。", "Since the 19th CPC National Congress, the province's environment has kept improving.", [("19th", "18th")]),
    ("ordinal", "这座老工业基地建于20世纪50年代。", "The old industrial base was built in the 1950s.", [("1950s", "1960s")]),
    ("ordinal", "该村是全省第一批美丽乡村示范村。", "The village is among the province's first batch of model beautiful villages.", []),
    ("ordinal", "21世纪以来，全市人口增长放缓。", "Since the start of the 21st century, the city's population growth has slowed.", [("21st", "20th")]),
    ("decade", "80年代建成的老旧小区将全部改造。", "Old residential compounds built in the 1980s will all be renovated.", [("1980s", "1970s")]),
    # --- dates and days of the month -----------------------------------------------------------------
    ("date", "2018年3月30日，全省科技创新大会在长春召开。", "The provincial science and technology innovation conference was held in Changchun on March 30, 2018.", [("March 30", "March 3")]),
    ("date", "4月8日，首趟冷链专列从珲春发出。", "The first cold-chain train left Hunchun on April 8.", [("April 8", "April 18")]),
    ("day", "4月8日，会议在长春召开。", "The meeting was held in Changchun on the 8th.", [("the 8th", "the 9th")]),
    ("day", "展会于9月1日开幕，持续至5日。", "The fair opened on September 1 and ran until the 5th.", [("the 5th", "the 6th")]),
    ("day", "本次活动从6月18日持续到20日。", "The event runs from June 18 to 20.", [("to 20", "to 21")]),
    ("date", "二〇一九年五月十日，该项目正式投产。", "The project went into production on May 10, 2019.", [("May 10", "May 11")]),
    ("date", "10月15日至17日，博览会在长春举办。", "The expo was held in Changchun from October 15 to 17.", [("October 15", "October 5")]),
    ("date", "疫苗接种工作于1月4日启动。", "Vaccination began on 4 January.", [("4 January", "14 January")]),
    ("date", "截至11月底，全省已有23个县完成任务。", "By the end of November, 23 counties in the province had completed the task.", [("23 counties", "32 counties")]),
    # --- weekdays -------------------------------------------------------------------------------
    ("weekday", "星期三，省政府召开常务会议。", "The provincial government held an executive meeting on Wednesday.", [("Wednesday", "Thursday")]),
    ("weekday", "周五上午，首批援鄂医疗队返回长春。", "The first medical team sent to aid Hubei returned to Changchun on Friday morning.", [("Friday", "Saturday")]),
    ("weekday", "每周三次的航班将增至每周五次。", "The flights will increase from three to five a week.", [("five a week", "six a week")]),
    # --- years, absolute and relative ---------------------------------------------------------------
    ("year", "到2035年，全省基本实现社会主义现代化。", "By 2035, the province will have basically achieved socialist modernization.", [("2035", "2030")]),
    ("year", "该保护区始建于1960年。", "The nature reserve was established in 1960.", [("1960", "1906")]),
    ("relative-year", "今年以来，全省新开工亿元以上项目420个。", "Since the start of 2018, the province has started 420 projects worth over 100 million yuan each.", [("420", "240")]),
    ("relative-year", "去年全省实现旅游收入4210亿元。", "Tourism revenue in the province reached 421 billion yuan last year.", [("421 billion", "42.1 billion")]),
    ("relative-year", "2018年，全省粮食总产量达到725亿斤。", "This year the province's grain output reached 72.5 billion jin.", [("72.5 billion", "7.25 billion")]),
    ("relative-year", "去年同期增长3.2%。", "It was up 3.2% year on year.", [("3.2%", "2.3%")]),
    # --- negatives -----------------------------------------------------------------------------------
    ("negative", "长春最低气温零下二十八度。", "The lowest temperature in Changchun was minus 28 degrees.", [("minus 28", "minus 18")]),
    ("negative", "夜间气温降至零下5摄氏度。", "Night temperatures fell to -5 degrees Celsius.", [("-5", "-15")]),
    ("negative", "出口增速为负三个百分点。", "Export growth was minus three percentage points.", [("three percentage", "four percentage")]),
    ("negative", "今晨最低气温零下十五度。", "This morning's low was 15 degrees below zero.", [("15 degrees", "25 degrees")]),
    # --- two, both ------------------------------------------------------------------------------------
    ("two", "双方签署了战略合作协议。", "The two sides signed a strategic cooperation agreement.", [("The two sides", "The three sides")]),
    ("two", "双方就经贸合作深入交换意见。", "Both sides exchanged views on economic and trade cooperation.", []),
    ("two", "两国贸易额增长12%。", "Trade between the two countries grew 12%.", [("12%", "21%")]),
    ("two", "两院院士来吉林考察。", "Academicians of the two academies visited Jilin.", []),
    # --- qualifiers -----------------------------------------------------------------------------------
    ("approx", "全省共有各类科技人才24万人左右。", "The province has about 240,000 science and technology personnel.", [("about 240,000", "about 24,000")]),
    ("approx", "带动就业1万人以上。", "The project will create more than 10,000 jobs.", [("more than 10,000", "10,000")]),
    ("approx", "治理水土流失面积近2000平方公里。", "Nearly 2,000 square kilometres of soil erosion were treated.", [("Nearly 2,000", "More than 2,000")]),
    ("approx", "全年接待游客超过1.2亿人次。", "The province received over 120 million tourist visits for the year.", [("over 120 million", "120 million")]),
    ("approx", "不到10%的企业获得了贷款。", "Fewer than 10% of the enterprises obtained loans.", [("Fewer than 10%", "More than 10%")]),
    ("approx", "至少500名医护人员参加了培训。", "At least 500 medical workers took part in the training.", [("At least 500", "Nearly 500")]),
    ("approx", "全市新建5G基站3000余个。", "The city built 3,000 or more 5G base stations.", [("3,000 or more", "3,000")]),
    ("approx", "十多万名志愿者参与了植树活动。", "More than 100,000 volunteers took part in tree planting.", [("100,000", "10,000")]),
    ("approx", "项目总投资约30亿元。", "The project has a total investment of about RMB 3 billion.", [("RMB 3 billion", "RMB 30 billion")]),
    ("approx", "贷款规模逾500亿元。", "Loans exceeded RMB 50 billion.", [("RMB 50 billion", "RMB 5 billion")]),
    # --- per, ranges and mixed forms ------------------------------------------------------------------
    ("per", "每万人口全科医生数达到3.2人。", "There are 3.2 general practitioners per 10,000 people.", [("3.2", "2.3")]),
    ("per", "每千人口拥有医疗卫生机构床位6.5张。", "There are 6.5 hospital beds per 1,000 people.", [("6.5 hospital", "5.6 hospital")]),
    ("mixed", "全省126.8万建档立卡贫困人口全部脱贫。", "All 1.268 million registered poor people in the province have been lifted out of poverty.", [("1.268 million", "12.68 million")]),
    ("mixed", "全省累计建成高标准农田2800万亩，占耕地面积的三成。", "The province has built 28 million mu of high-standard farmland, 30 percent of its arable land.", [("28 million mu", "280 million mu"), ("30 percent", "13 percent")]),
    ("mixed", "三年来共筹集扶贫资金85.6亿元，实施产业项目1.2万个。", "Over three years, 8.56 billion yuan of poverty alleviation funds were raised and 12,000 industrial projects carried out.", [("12,000", "1,200")]),
    ("mixed", "全市PM2.5平均浓度为每立方米38微克，下降9.5%。", "The average PM2.5 concentration in the city was 38 micrograms per cubic metre, down 9.5%.", [("38 micrograms", "83 micrograms")]),
    ("mixed", "新冠肺炎确诊病例累计93例，治愈出院91例。", "There have been 93 confirmed COVID-19 cases in total, 91 of them cured and discharged.", [("91 of them", "81 of them")]),
    ("mixed", "全省建成区绿化覆盖率达到40.2%，人均公园绿地面积13.5平方米。", "Green coverage of built-up areas reached 40.2%, and park green space per capita was 13.5 square metres.", [("13.5 square", "15.3 square")]),
    ("mixed", "长吉图开发开放先导区核心区面积达到7.3万平方公里。", "The core area of the Changchun-Jilin-Tumen pilot zone reached 73,000 square kilometres.", [("73,000", "7,300")]),
    ("mixed", "一汽集团全年销售整车341.8万辆。", "FAW Group sold 3.418 million vehicles for the year.", [("3.418 million", "3.148 million")]),
    ("mixed", "全省医疗机构共设置发热门诊112个。", "Medical institutions across the province have set up 112 fever clinics.", [("112", "121")]),
    ("mixed", "人参产业产值达到550亿元，同比增长15.8%。", "Output of the ginseng industry reached RMB 55 billion, up 15.8% year on year.", [("RMB 55 billion", "RMB 550 billion")]),
    ("mixed", "梅花鹿存栏量达到60万只。", "The sika deer population on farms reached 600,000.", [("600,000", "60,000")]),
    ("mixed", "国家级自然保护区24处，面积达到250万公顷。", "There are 24 national nature reserves covering 2.5 million hectares.", [("24 national", "42 national")]),
    ("mixed", "查干湖冬捕单网产量达到18万斤。", "A single net of the Chagan Lake winter fishing yielded 180,000 jin.", [("180,000", "18,000")]),
    # --- written in a third round from the shapes of real news (before any rule
    # below existed, 21 of these 71 correct pairs drew a false finding) ------------
    ("month-range", "1-9月，全省进出口总额增长8.1%。", "In the first nine months, the province's total imports and exports grew 8.1%.", [("nine months", "eight months"), ("8.1%", "1.8%")]),
    ("month-range", "1至11月，全市固定资产投资同比增长5.4%。", "From January to November, fixed-asset investment in the city grew 5.4% year on year.", [("November", "October")]),
    ("magnitude-alone", "全市吸引游客万余人次。", "The city attracted more than 10,000 tourist visits.", [("10,000", "1,000")]),
    ("magnitude-alone", "百余家企业参加了招聘会。", "More than 100 enterprises took part in the job fair.", [("More than 100", "More than 1,000")]),
    ("magnitude-alone", "近百家企业签约入驻。", "Nearly 100 enterprises signed up to move in.", [("Nearly 100", "Nearly 1,000")]),
    ("magnitude-alone", "上千名志愿者参与了活动。", "More than 1,000 volunteers took part.", [("1,000", "10,000")]),
    ("magnitude-alone", "该公司营收首次突破百亿元。", "The company's revenue topped 10 billion yuan for the first time.", [("10 billion", "1 billion")]),
    ("times", "全年新增市场主体增长1.2倍。", "New market entities grew by 120 percent over the year.", [("120 percent", "12 percent")]),
    ("times", "出口额是去年同期的3倍。", "Exports were three times the figure for the same period last year.", [("three times", "four times")]),
    ("times", "研发投入增长两倍。", "R&D investment tripled.", [("tripled", "quadrupled")]),
    ("times", "全省高新技术企业数量达到2000户，是2015年的3.5倍。", "The number of high-tech enterprises reached 2,000, 3.5 times the 2015 figure.", [("3.5 times", "2.5 times")]),
    ("clock", "会议于14时30分开幕。", "The meeting opened at 2:30 pm.", [("2:30", "3:30")]),
    ("clock", "活动将于上午9时开始。", "The event will begin at 9 am.", [("9 am", "10 am")]),
    ("clock", "下午3时，救援队抵达现场。", "At 3 p.m. the rescue team reached the scene.", [("3 p.m.", "4 p.m.")]),
    ("clock", "晚上8点，灯光秀准时开始。", "The light show began on time at 8 pm.", [("8 pm", "9 pm")]),
    ("range", "每股补贴30—50万元。", "Each share receives a subsidy of 300,000 to 500,000 yuan.", [("300,000 to", "30,000 to")]),
    ("range", "项目投资3-5亿元。", "The projects each involve investment of 300 to 500 million yuan.", [("300 to", "30 to")]),
    ("range", "2019—2021年，全省累计投入资金80亿元。", "From 2019 to 2021, the province invested a total of 8 billion yuan.", [("2019 to", "2018 to")]),
    ("per-mille", "全省人口自然增长率为千分之一点二。", "The natural population growth rate of the province was 1.2 per thousand.", [("1.2 per", "2.1 per")]),
    ("session", "十九届四中全会", "the fourth plenary session of the 19th CPC Central Committee", [("fourth", "fifth")]),
    ("session", "十三届全国人大二次会议", "the second session of the 13th National People's Congress", [("second session", "third session")]),
    ("session", "第十三届全国人民代表大会第二次会议", "the second session of the 13th National People's Congress", [("13th", "12th")]),
    ("session", "长春市第十五届人民代表大会第三次会议", "the third session of the 15th Changchun Municipal People's Congress", [("third", "fourth")]),
    ("session", "大会选举产生了第十二届委员会。", "The congress elected the 12th committee.", [("12th", "11th")]),
    ("a-scale", "全年接待游客100万人次。", "The area received a million tourist visits in the year.", [("a million", "a billion")]),
    ("a-scale", "十多个国家和地区的客商参会。", "Business people from more than a dozen countries and regions attended.", []),
    ("conversion", "项目总投资10亿元。", "The project involves a total investment of 1 billion yuan ($145 million).", [("1 billion", "10 billion")]),
    ("conversion", "项目总投资1亿元（约合1450万美元）。", "The project involves a total investment of 100 million yuan (about US$14.5 million).", [("US$14.5", "US$1.45")]),
    ("quarter", "一季度全省GDP同比增长2.3%。", "In the first quarter, the province's GDP grew 2.3% year on year.", [("first quarter", "second quarter")]),
    ("quarter", "前三季度，外贸出口增长两成。", "In the first three quarters, foreign trade exports grew 20%.", [("20%", "2%")]),
    ("magnitude", "参加培训的人数达到2.3万。", "The number of trainees reached 23,000.", [("23,000", "2,300")]),
    ("magnitude", "截至6月底，全省累计接种疫苗1562.4万剂次。", "By the end of June, 15.624 million vaccine doses had been given in the province.", [("15.624", "156.24")]),
    ("magnitude", "长春市GDP达到6638亿元，增长6.1%。", "Changchun's GDP reached 663.8 billion yuan, up 6.1%.", [("663.8", "66.38")]),
    ("magnitude", "全年粮食产量807.84亿斤。", "Grain output for the year was 80.784 billion jin.", [("80.784", "8.0784")]),
    ("magnitude", "该县1.2万户贫困户全部脱贫。", "All 12,000 poor households in the county have been lifted out of poverty.", [("12,000", "1,200")]),
    ("magnitude", "全省建成5G基站1.2万个。", "The province has built 12,000 5G base stations.", [("12,000", "120,000")]),
    ("magnitude", "长吉图开发开放先导区面积7.3万平方公里，人口约1100万。", "The Changjitu pilot zone covers 73,000 square kilometres and has about 11 million people.", [("11 million", "1.1 million")]),
    ("magnitude", "发放消费券5000万元，拉动消费3.2亿元。", "Consumer vouchers worth 50 million yuan were issued, generating 320 million yuan in spending.", [("320 million", "32 million")]),
    ("magnitude", "全县有耕地面积300万亩，约合20万公顷。", "The county has 3 million mu of farmland, about 200,000 hectares.", [("200,000", "20,000")]),
    ("mixed", "全省共有A级景区231家，其中5A级景区7家。", "The province has 231 A-level scenic spots, seven of them rated 5A.", [("seven", "six")]),
    ("mixed", "该市PM2.5平均浓度为每立方米32微克。", "The average PM2.5 concentration in the city was 32 micrograms per cubic metre.", [("32", "23")]),
    ("mixed", "全省共设立临时救助站25处，24小时开放。", "The province set up 25 temporary relief stations, open 24 hours a day.", [("25 temporary", "52 temporary")]),
    ("mixed", "该校建于1958年，已有六十多年历史。", "Founded in 1958, the school has a history of more than 60 years.", [("1958", "1985")]),
    ("mixed", "每千人口拥有执业医师2.8人。", "There are 2.8 practising physicians per 1,000 people.", [("2.8", "8.2")]),
    ("mixed", "在全国31个省区市中排名第9。", "It ranked ninth among the 31 provinces, autonomous regions and municipalities.", [("ninth", "tenth")]),
    ("mixed", "全省新建改建农村公路3000余公里。", "Over 3,000 km of rural roads were built or rebuilt in the province.", [("3,000", "300")]),
    ("tenths", "全年降水量较常年偏少三成。", "Annual precipitation was 30% below normal.", [("30%", "13%")]),
    ("fraction", "全省三分之二的县通了高铁。", "Two-thirds of the counties in the province are served by high-speed rail.", [("Two-thirds", "One-third")]),
    ("fraction", "四分之三的受访者表示满意。", "Three quarters of those surveyed said they were satisfied.", [("Three quarters", "Two thirds")]),
    ("relative-year", "去年12月，该市出台了若干措施。", "Last December the city issued a set of measures.", [("December", "November")]),
    ("half-year", "2020年上半年，全省实现旅游收入1000亿元。", "In the first half of 2020, tourism revenue in the province reached 100 billion yuan.", [("first half", "second half")]),
    ("two", "两岸企业家峰会在长春举行。", "The Cross-Strait Entrepreneurs Summit was held in Changchun.", []),
    # a later probe of 25 pairs in the same shapes: 5 drew a false finding
    # before these four rules (1/3, 数十亿 and 几十, 近3年, -20℃)
    ("fraction", "约1/3的企业已完成改造。", "About one third of enterprises have completed the upgrade.", [("one third", "one quarter")]),
    ("several", "全省数十亿元资金投向乡村振兴。", "Billions of yuan have gone into rural revitalization in the province.", []),
    ("several", "几十家企业参加了展会。", "Dozens of enterprises took part in the exhibition.", []),
    ("approx", "近3年累计投入12亿元。", "A total of 1.2 billion yuan has been invested over the past three years.", [("three years", "four years"), ("1.2 billion", "12 billion")]),
    ("negative", "冬季气温普遍在-20℃以下。", "Winter temperatures are generally below minus 20 degrees Celsius.", [("minus 20", "minus 30")]),
    ("year", "截至2020年底，全省高速公路通车里程达到4306公里。", "By the end of 2020, the province had 4,306 km of expressways open to traffic.", [("4,306", "4,360")]),
    ("per", "全省每10万人口拥有大学文化程度人数为16738人。", "For every 100,000 people in the province, 16,738 have a university education.", [("16,738", "16,378")]),
    ("mixed", "全省A级旅游景区达到239家，其中5A级7家、4A级71家。", "The province has 239 A-level scenic spots, including seven 5A and 71 4A spots.", [("71 4A", "17 4A")]),
    ("percent", "医保报销比例提高到70%至80%。", "The medical insurance reimbursement rate was raised to between 70% and 80%.", [("80%", "90%")]),
    ("magnitude", "长春市城区人口突破500万。", "The urban population of Changchun exceeded five million.", [("five million", "fifty million")]),
    # a last probe of 25 pairs on health, ecology and poverty news: 2 drew a
    # false finding (100% said as "all", 以上 after a two-character unit)
    ("percent", "乡镇卫生院标准化建设达标率100%。", "All township health centres met the construction standard.", []),
    ("approx", "查干湖冰面厚度达到50厘米以上。", "The ice on Chagan Lake is more than 50 cm thick.", [("more than 50", "nearly 50"), ("50 cm", "40 cm")]),
    ("magnitude", "全省建档立卡贫困人口15.4万户、30.4万人全部脱贫。", "All 154,000 registered poor households, or 304,000 people, in the province have been lifted out of poverty.", [("304,000", "340,000")]),
    ("magnitude", "东北虎豹国家公园面积1.41万平方公里，其中吉林片区占比约71%。", "The Northeast China Tiger and Leopard National Park covers 14,100 square kilometres, about 71% of it in Jilin.", [("14,100", "14,400")]),
    ("magnitude-alone", "全省冰雪产业规模突破千亿元。", "The province's ice and snow industry exceeded 100 billion yuan.", [("100 billion", "10 billion")]),
    ("mixed", "全省投入资金1.5亿余元，改造农村危房3.2万户。", "The province spent more than 150 million yuan renovating 32,000 dilapidated rural houses.", [("150 million", "15 million")]),
]  # fmt: skip


def units() -> list[tuple[str, str, str, str, bool]]:
    """(id, form, Chinese, English, seeded) for every unit, in both scripts."""
    return _both_scripts(NEWS, "")


def _both_scripts(pairs: list[Entry], prefix: str) -> list[tuple[str, str, str, str, bool]]:
    import opencc

    to_traditional = opencc.OpenCC("s2tw")
    out: list[tuple[str, str, str, str, bool]] = []
    for n, (form, zh, en, errors) in enumerate(pairs):
        for old, _ in errors:
            if old not in en:
                raise ValueError(f"{form}: {old!r} is not in {en!r}")
        variants = [("s", zh)]
        traditional = to_traditional.convert(zh)
        if traditional != zh:
            variants.append(("t", traditional))
        for script, source in variants:
            out.append((f"{script}{prefix}{n:03d}", form, source, en, False))
            for k, (old, new) in enumerate(errors):
                out.append(
                    (f"{script}{prefix}{n:03d}e{k}", form, source, en.replace(old, new, 1), True)
                )
    return out


#: Written after the rules were settled and scored once before any change
#: (the figure in the README's note is that first score); kept apart so that
#: the next round can score new forms the same way before tuning on them.
LATER: list[Entry] = [
    ("magnitude", "今年前10个月，全省实际到位资金1826.3亿元。", "In the first 10 months of this year, funds actually received in the province totalled 182.63 billion yuan.", [("182.63 billion", "18.263 billion")]),
    ("magnitude", "白城市风电装机容量突破500万千瓦。", "Installed wind power capacity in Baicheng exceeded 5 million kilowatts.", [("5 million", "500,000")]),
    ("zh-numeral", "全市共设立核酸采样点三百二十个。", "The city has set up 320 nucleic acid sampling sites.", [("320", "230")]),
    ("zh-numeral", "省里下拨救灾资金两亿元。", "The province allocated 200 million yuan for disaster relief.", [("200 million", "2 billion")]),
    ("traditional", "該項目總投資約壹拾億元。", "The project has a total investment of about 1 billion yuan.", [("1 billion", "10 billion")]),
    ("percent", "农产品网络零售额同比增长百分之二十三点四。", "Online retail sales of farm products rose 23.4 percent year on year.", [("23.4", "24.3")]),
    ("points", "全省居民消费价格指数比上年回落0.6个百分点。", "The provincial consumer price index fell 0.6 percentage points from the previous year.", [("0.6 percentage points", "0.6%")]),
    ("fraction", "全县近四分之一的劳动力外出务工。", "Nearly a quarter of the county's labour force works away from home.", [("a quarter of", "a third of")]),
    ("fraction", "过半数企业已恢复满负荷生产。", "More than half of the enterprises have returned to full production.", [("More than half of", "A third of")]),
    ("tenths", "九成以上的贫困村建起了光伏电站。", "More than 90% of poor villages have built solar power stations.", [("90%", "80%")]),
    ("tenths", "外资企业贡献了全市四成的税收。", "Foreign-funded enterprises contributed 40 percent of the city's tax revenue.", [("40 percent", "14 percent")]),
    ("discount", "冰雪景区门票实行五折优惠。", "Tickets to ice and snow scenic spots are sold at 50% off.", [("50% off", "40% off")]),
    ("factor", "五年来全省快递业务量翻了两番。", "The province's express delivery volume has quadrupled in five years.", [("quadrupled", "tripled")]),
    ("half-year", "今年下半年，长春将新开通两条地铁线路。", "Changchun will open two new metro lines in the second half of this year.", [("second half", "first half")]),
    ("quarter", "第二季度全省工业用电量增长11.2%。", "Industrial power consumption in the province grew 11.2% in the second quarter.", [("second quarter", "third quarter")]),
    ("ordinal", "第二十届中国长春国际汽车博览会今天开幕。", "The 20th China Changchun International Automobile Expo opened today.", [("20th", "12th")]),
    ("ordinal", "吉林省在全国营商环境评价中排名第八。", "Jilin ranked eighth in the national business environment assessment.", [("eighth", "sixth")]),
    ("date", "二〇二〇年一月二十五日，吉林省启动重大突发公共卫生事件一级响应。", "On January 25, 2020, Jilin Province launched a first-level response to the major public health emergency.", [("January 25", "January 24")]),
    ("day", "7月28日至30日，省委召开全会。", "The provincial Party committee held its plenary session from July 28 to the 30th.", [("the 30th", "the 31st")]),
    ("weekday", "本周六，全省将开展集中植树活动。", "A province-wide tree planting campaign will be held this Saturday.", [("Saturday", "Sunday")]),
    ("relative-year", "明年全省计划新建改建农村公路5000公里。", "Next year the province plans to build or rebuild 5,000 km of rural roads.", [("5,000", "500")]),
    ("year", "该铁路于1933年建成通车。", "The railway opened to traffic in 1933.", [("1933", "1935")]),
    ("negative", "白山市最低气温达零下三十七点二度。", "The lowest temperature in Baishan reached minus 37.2 degrees.", [("37.2", "27.2")]),
    ("two", "双方同意在农业领域加强合作。", "Both sides agreed to strengthen cooperation in agriculture.", []),
    ("approx", "全省冰雪旅游收入约900亿元左右。", "Ice and snow tourism revenue in the province was around RMB 90 billion.", [("RMB 90 billion", "RMB 9 billion")]),
    ("approx", "培训新型职业农民不少于1.5万人。", "No fewer than 15,000 new-type professional farmers will be trained.", [("15,000", "1,500")]),
    ("approx", "口岸通关时间压缩一半以上。", "Port clearance time was cut by more than half.", [("more than half", "a third")]),
    ("mixed", "2019年全省粮食总产量达到775.6亿斤，连续7年稳定在700亿斤以上。", "In 2019, the province's total grain output reached 77.56 billion jin, staying above 70 billion jin for 7 consecutive years.", [("77.56 billion", "7.756 billion"), ("7 consecutive", "6 consecutive")]),
    ("mixed", "全省累计治愈出院病例154例，治愈率达99.4%。", "A total of 154 patients have been cured and discharged, a cure rate of 99.4%.", [("99.4%", "94.4%")]),
    ("ordinal", "省政府发布第5号令。", "The provincial government issued Decree No. 5.", [("No. 5", "No. 6")]),
    ("ordinal", "《通报》第12期刊发了这一经验。", "Issue 12 of the Bulletin carried the experience.", [("Issue 12", "Issue 21")]),
    ("ordinal", "条例第三条规定了适用范围。", "Article 3 of the regulations sets out its scope.", [("Article 3", "Article 4")]),
    ("mixed", "长白山景区今年接待游客首次突破300万人次。", "Changbai Mountain received more than 3 million tourist visits this year for the first time.", [("3 million", "30 million")]),
]  # fmt: skip


def later_units() -> list[tuple[str, str, str, str, bool]]:
    """:data:`LATER` as :func:`units` gives :data:`NEWS`."""
    return _both_scripts(LATER, "l")


#: Written in the third round after the rules for the third-round forms above,
#: and scored once before any change made for them (the first score is in
#: the README); the next round tunes on it and writes a new set.
FRESH: list[Entry] = [
    ("month-list", "7、8、9月，全省规上工业增加值分别增长17.9%、27.2%和12.3%。", "In July, August and September, value added of industry above designated size grew 17.9%, 27.2% and 12.3% respectively.", [("27.2%", "22.7%")]),
    ("month-range", "今年1-8月，全市外贸进出口总值同比增长12.6%。", "In the first eight months of this year, the city's foreign trade grew 12.6% year on year.", [("eight months", "nine months")]),
    ("month-range", "2月至4月，全省累计发放稳岗补贴3.8亿元。", "From February to April, the province paid out a total of 380 million yuan in job-retention subsidies.", [("380 million", "38 million")]),
    ("quarter", "一季度，全省地区生产总值同比增长8.2%，高于全国平均水平3.7个百分点。", "In Q1, the province's GDP grew 8.2% year on year, 3.7 percentage points above the national average.", [("3.7 percentage", "7.3 percentage")]),
    ("points", "增速比上半年提高2.9个百分点。", "The growth rate was up 2.9 points on the first half of the year.", [("2.9 points", "2.8 points")]),
    ("ordinal", "7月、8月增速分别居全国第二位和第三位。", "Growth in July and August ranked second and third in the country respectively.", [("third in", "fourth in")]),
    ("ordinal", "省工业和信息化厅二级巡视员孙大伟介绍了有关情况。", "Sun Dawei, a second-level inspector of the provincial department of industry and information technology, gave the details.", [("second-level", "third-level")]),
    ("magnitude-alone", "全省组织开展百日攻坚行动。", "The province organised a 100-day campaign.", [("100-day", "200-day")]),
    ("magnitude-alone", "实施千万头肉牛建设工程。", "The province is carrying out a project to raise ten million head of beef cattle.", [("ten million", "one million")]),
    ("magnitude-alone", "打造万亿级农业和农产品加工产业。", "The province is building a trillion-yuan agriculture and agricultural processing industry.", []),
    ("magnitude-alone", "全市培育千亿级产业集群3个。", "The city is fostering three industrial clusters worth 100 billion yuan each.", [("three industrial", "four industrial")]),
    ("magnitude-alone", "百余名专家学者出席论坛。", "Over a hundred experts and scholars attended the forum.", [("a hundred", "a thousand")]),
    ("magnitude-alone", "活动吸引了数千名市民参与。", "The event drew several thousand residents.", []),
    ("times", "红旗品牌销量3.3万辆，同比增长6倍。", "Hongqi brand sales reached 33,000 vehicles, up 600 percent year on year.", [("600 percent", "60 percent"), ("33,000", "3,300")]),
    ("times", "网络零售额增长了近1倍。", "Online retail sales nearly doubled.", []),
    ("times", "该县粮食产量是十年前的2倍。", "The county's grain output is twice what it was ten years ago.", [("ten years", "twenty years")]),
    ("clock", "列车于20时15分从长春站发车。", "The train left Changchun Station at 8:15 pm.", [("8:15", "9:15")]),
    ("clock", "记者从省统计局获悉，发布会于上午10时举行。", "The press conference was held at 10 am, the provincial statistics bureau said.", [("10 am", "11 am")]),
    ("range", "单个项目补助5至10万元。", "Each project receives a subsidy of 50,000 to 100,000 yuan.", [("50,000", "5,000")]),
    ("range", "预计全年客流量在2-3亿人次之间。", "Passenger traffic for the year is expected to be between 200 and 300 million.", [("200 and", "20 and")]),
    ("range", "全省年降水量为400～1000毫米。", "Annual precipitation in the province ranges from 400 to 1,000 mm.", [("400 to", "500 to")]),
    ("conversion", "第一产业增加值157.3亿元。", "Value added of the primary industry was 15.73 billion yuan ($2.17 billion).", [("15.73 billion", "157.3 billion")]),
    ("conversion", "签约金额达120亿元人民币（约17亿美元）。", "Contracts worth 12 billion yuan (about $1.7 billion) were signed.", [("12 billion", "1.2 billion")]),
    ("a-scale", "全省建成高标准农田一百万亩。", "The province has built a million mu of high-standard farmland.", [("a million", "a billion")]),
    ("a-scale", "十余家银行参与了银企对接会。", "More than ten banks took part in the bank-enterprise matchmaking meeting.", [("ten banks", "twenty banks")]),
    ("session", "省十三届人大三次会议胜利闭幕。", "The third session of the 13th Provincial People's Congress closed.", [("third session", "second session")]),
    ("session", "党的十九届五中全会提出了明确要求。", "The fifth plenary session of the 19th CPC Central Committee set clear requirements.", [("fifth", "sixth")]),
    ("per-mille", "全省人口出生率为5.36‰。", "The birth rate of the province was 5.36 per thousand.", [("5.36", "3.56")]),
    ("ratio", "三次产业结构比例调整为10.2∶37.1∶52.7。", "The ratio of the three industries was adjusted to 10.2:37.1:52.7.", [("37.1", "31.7")]),
    ("mixed", "长春龙嘉国际机场一季度航班起降2.72万架次，旅客吞吐量349万人次。", "Changchun Longjia International Airport handled 27,200 flights and 3.49 million passengers in the first quarter.", [("3.49 million", "34.9 million")]),
    ("mixed", "吉林一号卫星在轨数量达到12颗。", "Twelve Jilin-1 satellites are now in orbit.", [("Twelve", "Eleven")]),
    ("mixed", "全省粮食总产量达到837.3亿斤，人均贡献1.5斤。", "The province's grain output reached 83.73 billion jin, contributing 1.5 jin per person.", [("83.73", "8.373")]),
    ("mixed", "主要农作物耕种收综合机械化率达到94%，高出全国20个百分点。", "The mechanisation rate for ploughing, sowing and harvesting main crops reached 94%, 20 percentage points above the national average.", [("94%", "49%")]),
    ("mixed", "连续6个季度高于全国平均水平。", "It has been above the national average for six consecutive quarters.", [("six consecutive", "five consecutive")]),
    ("mixed", "红旗品牌创立于1958年。", "The Hongqi brand was founded in 1958.", [("1958", "1985")]),
    ("mixed", "居民消费价格指数为101.5。", "The consumer price index stood at 101.5.", [("101.5", "105.1")]),
    ("date", "10月22日，记者从省统计局了解到上述数据。", "The figures were released by the provincial statistics bureau on October 22.", [("October 22", "October 23")]),
    ("day", "省统计局22日发布了前三季度经济数据。", "The provincial statistics bureau released economic data for the first three quarters on the 22nd.", [("22nd", "23rd")]),
    ("approx", "全年新增城镇就业近30万人。", "Almost 300,000 new urban jobs were created during the year.", [("300,000", "30,000")]),
    ("approx", "预计全年旅游收入将超过3000亿元。", "Tourism revenue for the year is expected to top 300 billion yuan.", [("300 billion", "30 billion")]),
    ("two", "中俄双方签署了合作备忘录。", "The Chinese and Russian sides signed a memorandum of cooperation.", []),
    ("negative", "今年以来，全省出口增速由负转正。", "Since the start of the year, the province's export growth has turned from negative to positive.", []),
]  # fmt: skip


def fresh_units() -> list[tuple[str, str, str, str, bool]]:
    """:data:`FRESH` as :func:`units` gives :data:`NEWS`."""
    return _both_scripts(FRESH, "f")


#: Written before the fourth round's rules and scored once before any change
#: (first scores in the README): places and companies named with numerals,
#: plans, festivals, shares said as "one in five", rough ranges, generations.
FOURTH: list[Entry] = [
    ("place", "四平市今年引进项目120个。", "Siping attracted 120 projects this year.", [("120", "12")]),
    ("place", "二道区新建社区卫生服务中心3家。", "Erdao District built three new community health service centres.", [("three", "four")]),
    ("place", "双阳区、九台区被列为全省首批试点。", "Shuangyang and Jiutai districts were among the province's first pilot areas.", []),
    ("company", "一汽-大众上半年销量突破100万辆。", "FAW-Volkswagen sold more than 1 million vehicles in the first half of the year.", [("1 million", "2 million")]),
    ("company", "中国一汽红旗品牌全年销量达20万辆。", "China FAW's Hongqi brand sold 200,000 vehicles in the year.", [("200,000", "20,000")]),
    ("code", "全市已建成5G基站4300个。", "The city has built 4,300 5G base stations.", [("4,300", "3,400")]),
    ("code", "全省PM2.5平均浓度为33微克/立方米，同比下降13.2%。", "The average PM2.5 concentration in the province was 33 micrograms per cubic metre, down 13.2% year on year.", [("33 micro", "38 micro"), ("13.2%", "12.3%")]),
    ("code", "全省新冠肺炎疫苗接种累计超过4000万剂次。", "More than 40 million doses of COVID-19 vaccine have been given in the province.", [("40 million", "4 million")]),
    ("plan", "“十三五”期间，全省地区生产总值年均增长5.5%。", "During the 13th Five-Year Plan period (2016-2020), the province's GDP grew by an average of 5.5% a year.", [("5.5%", "6.5%")]),
    ("plan", "这是“十四五”开局之年。", "This is the first year of the 14th Five-Year Plan.", [("14th", "13th")]),
    ("slogan", "坚持把解决好“三农”问题作为重中之重。", "Solving issues concerning agriculture, rural areas and farmers remains the top priority.", []),
    ("slogan", "全省上下千方百计稳就业。", "The whole province is doing everything it can to stabilise employment.", []),
    ("slogan", "全国两会于3月5日在北京开幕。", "The two sessions opened in Beijing on March 5.", [("March 5", "March 6")]),
    ("slogan", "老百姓的获得感明显增强。", "People feel a clearly greater sense of gain.", []),
    ("slogan", "推动长吉一体化协同发展。", "Integrated development of Changchun and Jilin city is being promoted.", []),
    ("slogan", "开展“一对一”帮扶，设立“一站式”服务窗口。", "One-on-one assistance was provided and one-stop service windows were set up.", []),
    ("grade", "全省新增国家4A级旅游景区5家。", "Five new national AAAA tourist attractions were added in the province.", [("Five", "Six")]),
    ("grade", "220千伏输变电工程投入运行。", "The 220 kV power transmission project went into operation.", [("220", "200")]),
    ("height", "长白山主峰白头山海拔2749米。", "Baitou Mountain, the main peak of Changbai Mountain, is 2,749 metres above sea level.", [("2,749", "2,794")]),
    ("area", "新建标准化厂房3.5万平方米。", "35,000 square metres of standard factory buildings were built.", [("35,000", "3,500")]),
    ("weekday", "11月2日（星期一），省政府召开常务会议。", "On Monday, November 2, the provincial government held an executive meeting.", [("November 2", "November 3")]),
    ("weekday", "本周三起，全市恢复堂食。", "Dine-in services resume across the city from Wednesday.", [("Wednesday", "Thursday")]),
    ("year-word", "去年同期，该市外贸进出口额为86.4亿元。", "In the same period last year, the city's foreign trade was 8.64 billion yuan.", [("8.64", "86.4")]),
    ("year-word", "前年，全县贫困发生率已降至0.8%。", "The year before last, the county's poverty rate had fallen to 0.8%.", [("0.8%", "0.6%")]),
    ("year-word", "近两年，全省新增高新技术企业1100余家。", "In the past two years, more than 1,100 new high-tech enterprises have been added in the province.", [("1,100", "1,000")]),
    ("year-word", "截至9月底，全省新增减税降费127.6亿元。", "By the end of September, new tax and fee cuts in the province had reached 12.76 billion yuan.", [("September", "August"), ("12.76", "127.6")]),
    ("congress", "党的十八大以来，全省共有15个贫困县摘帽。", "Since the 18th CPC National Congress, 15 poverty-stricken counties in the province have been lifted out of poverty.", [("15 poverty", "16 poverty")]),
    ("fraction", "全省森林覆盖率达到45%，近三分之一的县达到国家森林城市标准。", "Forest coverage in the province reached 45%, and nearly a third of its counties meet the national forest city standard.", [("a third", "a quarter")]),
    ("fraction", "民营经济贡献了全省百分之五十以上的税收。", "The private economy contributes more than half of the province's tax revenue.", [("half", "a third")]),
    ("tenths", "门票一律打八折。", "All tickets are offered at 20% off.", [("20%", "30%")]),
    ("tenths", "农村居民人均可支配收入中，工资性收入占四成。", "Wages make up 40 percent of rural residents' per capita disposable income.", [("40 percent", "30 percent")]),
    ("chinese-numeral", "全县共有行政村一百零五个。", "The county has 105 administrative villages.", [("105", "150")]),
    ("chinese-numeral", "最低气温零下二十八度。", "The lowest temperature was minus 28 degrees.", [("minus 28", "minus 18")]),
    ("chinese-numeral", "两家企业签订了战略合作协议。", "The two companies signed a strategic cooperation agreement.", [("two", "three")]),
    ("double", "全省农产品加工业产值五年翻一番。", "Output from the province's farm produce processing industry doubled in five years.", [("doubled", "tripled")]),
    ("percent-change", "居民消费价格同比上涨2.1%，涨幅比上月回落0.4个百分点。", "Consumer prices rose 2.1% year on year, 0.4 percentage points less than the previous month.", [("0.4", "0.5")]),
    ("percent-change", "10月份，全省规上工业增加值环比增长0.82%。", "In October, the value added of industry above designated size grew 0.82% month on month.", [("0.82%", "0.28%")]),
    ("money", "省财政下达专项资金2.3亿元，支持125个村发展特色产业。", "The provincial treasury allocated 230 million yuan of special funds to help 125 villages develop distinctive industries.", [("230 million", "23 million"), ("125", "152")]),
    ("money", "人均医疗费用负担由5000元降至1200元。", "Average medical costs per person fell from 5,000 yuan to 1,200 yuan.", [("1,200", "2,100")]),
    ("health", "全省二级以上公立医院全部开展预约诊疗。", "All public hospitals at level two and above in the province offer appointments.", []),
    ("health", "每千人口拥有执业（助理）医师3.2人。", "There are 3.2 licensed (assistant) doctors per 1,000 people.", [("3.2", "2.3")]),
    ("science", "长光卫星公司成功发射9颗“吉林一号”卫星。", "Chang Guang Satellite Technology successfully launched nine Jilin-1 satellites.", [("nine", "ten")]),
    ("science", "科研团队攻克关键技术20余项，申请专利68件。", "The research team made breakthroughs in more than 20 key technologies and applied for 68 patents.", [("68", "86")]),
    ("ecology", "东北虎豹国家公园内监测到野生东北虎50只、东北豹60只。", "Fifty wild Siberian tigers and 60 Amur leopards have been recorded in the Northeast China Tiger and Leopard National Park.", [("Fifty", "Forty"), ("60 Amur", "70 Amur")]),
    ("ecology", "查干湖冬捕单网产量达到10.4万斤。", "A single net at the Chagan Lake winter fishing yielded 104,000 jin.", [("104,000", "140,000")]),
    ("festival", "今年“双11”期间，全省网络零售额达到58.6亿元。", "During this year's Singles' Day shopping festival, online retail sales in the province reached 5.86 billion yuan.", [("5.86", "58.6")]),
    ("festival", "“五一”假期，全省接待游客1025万人次。", "The province received 10.25 million tourist visits during the May Day holiday.", [("10.25", "12.05")]),
    ("festival", "国庆、中秋“双节”期间，长白山景区客流同比增长三成。", "During the National Day and Mid-Autumn Festival holidays, visitors to the Changbai Mountain scenic area rose 30% year on year.", [("30%", "20%")]),
    ("festival", "今年“3·15”国际消费者权益日的主题是“共促消费公平”。", "The theme of this year's March 15 International Consumer Rights Day is promoting fair consumption.", [("March 15", "March 16")]),
    ("share", "全省五分之一的耕地实施了保护性耕作。", "Conservation tillage is used on one in five hectares of farmland in the province.", [("one in five", "one in four")]),
    ("share", "九成以上的受访企业表示对发展前景有信心。", "More than nine in ten of the companies surveyed said they were confident about their prospects.", [("nine in ten", "eight in ten")]),
    ("share", "产值增长了三分之二。", "Output grew by two thirds.", [("two thirds", "one third")]),
    ("magnitude", "全省新增城镇就业50万人。", "Half a million new urban jobs were created in the province.", [("Half a million", "A million")]),
    ("magnitude", "全省社会消费品零售总额达到3.5万亿元。", "Total retail sales of consumer goods in the province reached 3.5 trillion yuan.", [("3.5 trillion", "3.5 billion")]),
    ("magnitude", "项目总投资12亿元。", "The project involves a total investment of RMB1.2 billion.", [("RMB1.2", "RMB1.5")]),
    ("magnitude", "累计发放贷款1.5亿元。", "Loans totalling 150 mln yuan have been issued.", [("150 mln", "15 mln")]),
    ("magnitude", "全省农村居民人均可支配收入为16,067元。", "Per capita disposable income of rural residents in the province was 16,067 yuan.", [("16,067", "16,076")]),
    ("rough", "数万名志愿者参与了疫情防控。", "Tens of thousands of volunteers took part in epidemic prevention and control.", []),
    ("rough", "园区聚集了数百家科技型企业。", "Hundreds of tech enterprises are clustered in the park.", []),
    ("rough", "二十多家企业参展。", "More than twenty companies took part in the exhibition.", [("twenty", "thirty")]),
    ("rough", "十几个国家和地区的客商参会。", "Business people from a dozen or so countries and regions attended the meeting.", []),
    ("rough", "每亩增收五六百元。", "Income rose by 500 to 600 yuan per mu.", [("500 to 600", "600 to 700")]),
    ("rough", "两个多月来，工程进展顺利。", "The project has gone smoothly for more than two months.", [("two months", "three months")]),
    ("decade", "十年来，全省森林面积增加了1200万亩。", "Over the past decade, the province's forest area grew by 12 million mu.", [("12 million", "1.2 million")]),
    ("decade", "上世纪90年代，这里还是一片荒地。", "In the 1990s, this was still wasteland.", [("1990s", "1980s")]),
    ("period", "前三季度，全省地区生产总值9023.6亿元。", "In the first three quarters, the province's GDP was 902.36 billion yuan.", [("902.36", "92.36"), ("three quarters", "two quarters")]),
    ("period", "1—9月，全省实际利用外资同比增长21.4%。", "In January-September, actual use of foreign capital in the province grew 21.4% year on year.", [("21.4%", "24.1%")]),
    ("period", "截至2020年末，全省高速公路通车里程达到4306公里。", "By the end of 2020, the province had 4,306 km of expressways in service.", [("2020", "2019"), ("4,306", "4,360")]),
    ("period", "2019年至2021年，全省累计建成5G基站3.6万个。", "From 2019 to 2021, the province built a total of 36,000 5G base stations.", [("2021", "2022"), ("36,000", "3,600")]),
    ("times", "出口额增长了一倍多。", "Exports more than doubled.", [("more than doubled", "more than tripled")]),
    ("times", "新能源汽车产量是去年同期的三倍。", "Output of new energy vehicles was three times that of the same period last year.", [("three times", "four times")]),
    ("times", "粮食单产提高了两成。", "Grain yield per unit area rose by 20 percent.", [("20 percent", "25 percent")]),
    ("percent", "城镇登记失业率控制在3.5%以内。", "The registered urban unemployment rate was kept within 3.5 per cent.", [("3.5", "4.5")]),
    ("percent", "居民储蓄存款余额增长百分之十二点五。", "Household savings deposits grew 12.5 per cent.", [("12.5", "15.2")]),
    ("ordinal", "第七次全国人口普查结果显示，全省常住人口2407万人。", "The results of the seventh national census show the province has 24.07 million permanent residents.", [("seventh", "sixth"), ("24.07", "24.7")]),
    ("ordinal", "第十四届全国运动会在西安开幕。", "The 14th National Games opened in Xi'an.", [("14th", "15th")]),
    ("ordinal", "长春地铁6号线一期工程全线贯通。", "The first phase of Line 6 of the Changchun Metro has been completed.", [("Line 6", "Line 7")]),
    ("ordinal", "省委一号文件对乡村振兴作出部署。", "The provincial No. 1 document set out plans for rural vitalisation.", [("No. 1", "No. 2")]),
    ("ranking", "全省有12个县进入全国百强县。", "Twelve counties in the province are among the country's top 100 counties.", [("Twelve", "Eleven")]),
    ("ranking", "一汽集团连续多年位列世界500强。", "FAW Group has been a Fortune Global 500 company for many years.", []),
    ("code", "该企业是全国首家实现3D打印批量生产的企业。", "The company is the first in the country to use 3D printing for mass production.", []),
    ("code", "全市二级以上医院全部开通12345热线转接。", "All hospitals at level two and above in the city are connected to the 12345 hotline.", [("12345", "12346")]),
    ("code", "长春至白城高铁设计时速250公里。", "The Changchun-Baicheng high-speed railway is designed for 250 km/h.", [("250", "350")]),
    ("tier", "吉林大学第一医院是三甲医院。", "The First Hospital of Jilin University is a top-tier hospital.", []),
    ("tier", "一线城市房价涨幅回落。", "Home price growth in first-tier cities slowed.", []),
    ("temperature", "长春最低气温-25℃。", "The lowest temperature in Changchun was -25C.", [("-25C", "-20C")]),
    ("temperature", "白天最高气温零上3度。", "The daytime high was 3 degrees above zero.", [("3 degrees", "5 degrees")]),
    ("money-en", "人均补贴3000元。", "Each person receives a subsidy of ¥3,000.", [("3,000", "300")]),
    ("money-en", "全省外贸进出口总值1.2万亿元。", "The province's foreign trade totalled 1.2 tn yuan.", [("1.2 tn", "1.3 tn")]),
    ("both", "中韩双方在长春举行了经贸洽谈会。", "Both sides held a business meeting in Changchun.", []),
    ("age", "60岁以上老年人疫苗接种率达到85%。", "The vaccination rate among people aged 60 and above reached 85%.", [("85%", "58%")]),
    ("age", "全省有80后、90后创业者1.2万人。", "There are 12,000 entrepreneurs born in the 1980s and 1990s in the province.", [("12,000", "1,200")]),
    ("bare-numeral", "全年接待游客十二万人次。", "The site received 120 thousand visits in the year.", [("120", "12")]),
    ("bare-numeral", "共建成温室大棚一百零五栋。", "A hundred and five greenhouses were built.", [("A hundred and five", "A hundred and fifteen")]),
    ("bare-numeral", "该镇常住人口两万三千人。", "The town has 23,000 permanent residents.", [("23,000", "32,000")]),
    ("negative", "夜间最低气温负三摄氏度。", "The night-time low was −3 degrees Celsius.", [("−3", "−8")]),
    ("negative", "今天白天最高气温零下五度。", "Today's high was five degrees below zero.", [("five", "six")]),
    ("negative", "1月份平均气温为-17.6℃。", "The average temperature in January was –17.6°C.", [("17.6", "16.7")]),
    ("negative", "出口同比下降3.2%，增速为负。", "Exports fell 3.2% year on year, a negative growth rate.", [("3.2%", "2.3%")]),
    ("fraction", "约三分之一的受访者表示满意。", "About 33% of those surveyed said they were satisfied.", [("33%", "25%")]),
    ("fraction", "全村三分之二的农户加入了合作社。", "Two-thirds of the village's households have joined the cooperative.", [("Two-thirds", "Three-quarters")]),
    ("fraction", "全省四分之一的县实现了这一目标。", "One in four counties in the province met the target.", [("One in four", "One in five")]),
    ("fraction", "超过半数的企业增加了研发投入。", "More than half of the enterprises raised their R&D spending.", [("half", "a third")]),
    ("percent-words", "贷款利率下调百分之五。", "Lending rates were cut by five percent.", [("five percent", "six percent")]),
    ("percent-words", "中小企业贷款增长了百分之十八点六。", "Loans to small and medium-sized enterprises grew 18.6 pct.", [("18.6", "16.8")]),
    ("tenths", "近八成的村民住进了新房。", "Nearly eight in ten villagers have moved into new homes.", [("eight in ten", "seven in ten")]),
    ("tenths", "游客量恢复到疫情前的九成。", "Visitor numbers recovered to 90 percent of pre-pandemic levels.", [("90 percent", "80 percent")]),
    ("tenths", "冰雪大世界门票打七折。", "Tickets to the ice and snow park are offered at a 30 percent discount.", [("30 percent", "20 percent")]),
    ("tenths", "节日期间，部分商品打八五折。", "Some goods are 15% off during the holiday.", [("15%", "25%")]),
    ("two", "两国领导人出席了签字仪式。", "The leaders of the two countries attended the signing ceremony.", [("two countries", "three countries")]),
    ("two", "长春和吉林两市联合举办了招聘会。", "Changchun and Jilin jointly held a job fair.", []),
    ("two", "双方就深化合作交换了意见。", "Both parties exchanged views on deepening cooperation.", []),
    ("two", "中日双方签署了5个合作项目。", "The Chinese and Japanese sides signed five cooperation projects.", [("five", "six")]),
    ("double", "高新技术企业数量五年翻了一番。", "The number of high-tech enterprises has doubled in five years.", [("doubled", "tripled"), ("five", "four")]),
    ("double", "全省旅游收入力争到2025年翻一番。", "The province aims to double its tourism revenue by 2025.", [("2025", "2026")]),
    ("double", "研发投入比2015年翻了两番。", "R&D spending has quadrupled from 2015.", [("quadrupled", "tripled")]),
    ("double", "蔬菜产量翻一番。", "Vegetable output grew by 100%.", [("100%", "10%")]),
    ("half-year", "上半年，全省实际利用外资同比增长12.3%。", "In H1, the province's actual use of foreign capital grew 12.3% year on year.", [("H1", "H2"), ("12.3%", "13.2%")]),
    ("half-year", "上半年全省粮食收购量达到85亿斤。", "In the first six months, grain purchases in the province reached 8.5 billion jin.", [("8.5 billion", "85 billion")]),
    ("half-year", "下半年，将新开工项目200个。", "In the second half, 200 new projects will start construction.", [("200", "300")]),
    ("weekday", "9月14日（周五），第十二届中国—东北亚博览会开幕。", "The 12th China-Northeast Asia Expo opened on Friday, September 14.", [("Friday", "Thursday"), ("12th", "13th")]),
    ("weekday", "专场招聘会将于本周日举行。", "A special job fair will be held on Sunday.", [("Sunday", "Saturday")]),
    ("weekday", "每周一至周五开放。", "It is open Monday to Friday.", [("Friday", "Saturday")]),
    ("relative-year", "今年全省计划新建农村公路3000公里。", "In 2019 the province plans to build 3,000 km of rural roads.", [("3,000", "2,000")]),
    ("relative-year", "去年，全省农村常住居民人均可支配收入增长8.6%。", "In 2020, per capita disposable income of rural residents grew 8.6%.", [("8.6%", "6.8%")]),
    ("relative-year", "2018年，全省旅游总收入增长16.5%。", "Last year, total tourism revenue in the province grew 16.5%.", [("16.5%", "15.6%")]),
    ("yi", "全省技術合同成交額達到400億元。", "Technology contract turnover in the province reached 40 bn yuan.", [("40 bn", "4 bn")]),
    ("yi", "實現營業收入24.7億元，同比增長17%。", "Operating revenue was 2.47 billion yuan, up 17 percent.", [("2.47", "24.7"), ("17 percent", "7 percent")]),
    ("yi", "全省新增貸款1,256億元。", "New loans in the province totalled 125.6 billion yuan.", [("125.6", "12.56")]),
    ("day", "4月8日，全省春耕生产现场会召开。", "A provincial meeting on spring ploughing was held on April 8th.", [("April 8th", "April 9th")]),
    ("day", "4月8日，全省春耕生产现场会召开。", "A provincial meeting on spring ploughing was held on 8 April.", [("8 April", "18 April")]),
    ("day", "会议于8日在长春召开。", "The meeting was held in Changchun on Sunday (the 8th).", [("8th", "9th")]),
    ("day", "5月20日起，长春至北京高铁增开3对列车。", "From May 20, three more pairs of high-speed trains will run between Changchun and Beijing.", [("May 20", "May 21"), ("three", "two")]),
    ("approx", "约有120名代表出席。", "Some 120 delegates attended.", [("120", "140")]),
    ("approx", "全市新增就业岗位2万个左右。", "Around 20,000 new jobs were created in the city.", [("20,000", "2,000")]),
    ("approx", "新增城镇就业13.6万人，超额完成全年目标。", "136,000 new urban jobs were created, beating the annual target.", [("136,000", "163,000")]),
    ("approx", "不到一年时间，项目就竣工投产。", "The project was completed and in production in less than a year.", []),
    ("approx", "游客人数已恢复至去年同期的85%左右。", "Tourist numbers have recovered to roughly 85% of the same period last year.", [("85%", "58%")]),
]  # fmt: skip


def fourth_units() -> list[tuple[str, str, str, str, bool]]:
    """:data:`FOURTH` as :func:`units` gives :data:`NEWS`."""
    return _both_scripts(FOURTH, "r")
