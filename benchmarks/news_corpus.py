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


def units(name: str = "news") -> list[tuple[str, str, str, str, bool]]:
    """(id, form, Chinese, English, seeded) for every unit of set ``name``
    (a key of :data:`SETS`), in both scripts."""
    pairs, prefix = SETS[name]
    return _both_scripts(pairs, prefix)


def every_unit() -> list[tuple[str, str, str, str, bool]]:
    """The units of every set."""
    return [u for name in SETS for u in units(name)]


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
    ("conversion", "2019年，全省地区生产总值11726.8亿元，同比增长3%。", "In 2019, the province's GDP reached 1.17 trillion yuan (about 170 billion U.S. dollars), up 3 percent year on year.", [("3 percent", "4 percent"), ("2019", "2018")]),
    ("conversion", "项目总投资50亿元人民币。", "The project has a total investment of 5 billion yuan (about 725 million US dollars).", [("5 billion", "50 billion")]),
    ("first", "全省粮食单产位居全国首位。", "The province ranked first in the country for grain yield per unit area.", [("first", "second")]),
    ("first", "该市首次举办国际冰雪产业博览会。", "The city hosted an international ice and snow industry expo for the first time.", []),
    ("first", "全省首批15个乡村振兴示范村名单公布。", "The first batch of 15 rural vitalisation model villages in the province was announced.", [("15", "16")]),
    ("first", "疫情发生后，省卫健委第一时间启动应急响应。", "After the outbreak, the provincial health commission immediately launched an emergency response.", []),
    ("first", "吉林省首家数字人民币试点银行开业。", "Jilin's first digital RMB pilot bank opened.", []),
    ("daily", "长白山景区单日接待游客突破3万人次。", "The Changbai Mountain scenic area received more than 30,000 visitors in a single day.", [("30,000", "3,000")]),
    ("daily", "日均发送旅客12.5万人次。", "An average of 125,000 passengers departed daily.", [("125,000", "12,500")]),
    ("daily", "政务服务热线提供7×24小时服务。", "The government service hotline is available 24/7.", []),
    ("daily", "全省设立24小时便民服务站50个。", "The province has set up 50 round-the-clock convenience service stations.", [("50", "60")]),
    ("clock", "发布会于12时召开。", "The press conference was held at noon.", []),
    ("rough", "数以万计的市民参与了植树活动。", "Tens of thousands of residents took part in the tree-planting campaign.", []),
    ("rough", "成千上万的游客涌入冰雪大世界。", "Thousands of tourists poured into the ice and snow world.", []),
    ("anniversary", "全省各地举办活动庆祝建党100周年。", "Events were held across the province to celebrate the 100th anniversary of the founding of the CPC.", [("100th", "90th")]),
    ("anniversary", "今年是中华人民共和国成立70周年。", "This year marks the 70th anniversary of the founding of the People's Republic of China.", [("70th", "60th")]),
    ("anniversary", "庆祝建党百年主题展览开幕。", "An exhibition marking the CPC's centenary opened.", []),
    ("anniversary", "吉林大学迎来建校75周年。", "Jilin University celebrates its 75th anniversary.", [("75th", "57th")]),
    ("plenum", "中共吉林省委十一届八次全会在长春召开。", "The eighth plenary session of the 11th CPC Jilin Provincial Committee was held in Changchun.", [("eighth", "ninth"), ("11th", "12th")]),
    ("plenum", "省政府召开第76次常务会议。", "The provincial government held its 76th executive meeting.", [("76th", "67th")]),
    ("plenum", "市十六届人大常委会第十二次会议审议了该草案。", "The 12th meeting of the Standing Committee of the 16th Municipal People's Congress reviewed the draft.", [("12th", "11th"), ("16th", "17th")]),
    ("top", "全省评选出十大科技创新成果。", "The province selected its top ten scientific and technological innovations.", [("ten", "five")]),
    ("top", "长春市跻身全国城市50强。", "Changchun is now among the top 50 cities in China.", [("50", "40")]),
    ("growth", "全省居民人均可支配收入年均增长7.1%。", "Per capita disposable income of residents in the province grew at an average annual rate of 7.1%.", [("7.1%", "1.7%")]),
    ("growth", "1—11月，全省规模以上工业增加值同比增长7.2%，增速比1—10月加快0.1个百分点。", "In the first 11 months, the value added of industry above designated size grew 7.2% year on year, 0.1 percentage points faster than in the first 10 months.", [("0.1", "0.2"), ("11 months", "12 months")]),
    ("growth", "全省进出口总额同比下降1.7%，降幅比上半年收窄3.2个百分点。", "The province's total imports and exports fell 1.7% year on year, 3.2 percentage points less than the decline in the first half.", [("1.7%", "7.1%")]),
    ("growth", "增速连续4个月保持两位数增长。", "Growth has stayed in double digits for four consecutive months.", [("four", "five")]),
    ("growth", "旅游收入实现了两位数增长。", "Tourism revenue grew by double digits.", []),
    ("year-span", "2021—2023年，全省将投资100亿元建设黑土地保护工程。", "From 2021 to 2023, the province will invest 10 billion yuan in black soil protection projects.", [("2023", "2024"), ("10 billion", "100 billion")]),
    ("year-span", "吉林省2020年度科学技术奖励大会召开。", "Jilin Province held its 2020 science and technology awards conference.", [("2020", "2021")]),
    ("year-span", "三年行动计划实施以来，全省新建改建农村公路1.5万公里。", "Since the three-year action plan began, the province has built or upgraded 15,000 km of rural roads.", [("15,000", "1,500"), ("three-year", "five-year")]),
    ("energy", "全省风电、光伏装机容量达到1200万千瓦。", "The installed capacity of wind and solar power in the province reached 12 million kilowatts.", [("12 million", "1.2 million")]),
    ("energy", "全社会用电量825.7亿千瓦时，同比增长6.1%。", "Electricity consumption was 82.57 billion kWh, up 6.1% year on year.", [("82.57", "8.257")]),
    ("energy", "白城100兆瓦光伏电站并网发电。", "A 100-megawatt solar power station in Baicheng has been connected to the grid.", [("100-megawatt", "200-megawatt")]),
    ("area", "全省黑土地保护利用面积达到2000万亩。", "Black soil protection covered 20 million mu in the province.", [("20 million", "2 million")]),
    ("area", "新增造林面积30万亩（约2万公顷）。", "300,000 mu (about 20,000 hectares) of new forest was planted.", [("300,000", "30,000")]),
    ("area", "全省新建高标准农田330万亩。", "The province built 3.3 million mu (220,000 hectares) of high-standard farmland.", [("3.3 million", "33 million")]),
    ("people", "全省常住人口为2407.35万人，与2010年相比减少338.28万人。", "The province's permanent population was 24,073,500, down 3,382,800 from 2010.", [("24,073,500", "24,735,000"), ("2010", "2000")]),
    ("people", "60岁及以上人口占23.06%。", "People aged 60 and over made up 23.06 percent of the population.", [("23.06", "20.36")]),
    ("people", "每10万人中具有大学文化程度的由9890人上升为16738人。", "The number of people with a university education per 100,000 rose from 9,890 to 16,738.", [("16,738", "16,783")]),
    ("price", "猪肉价格下降32.1%，影响CPI下降约0.55个百分点。", "Pork prices fell 32.1%, pulling the CPI down by about 0.55 percentage points.", [("0.55", "0.45")]),
    ("price", "长春市新建商品住宅销售价格环比下降0.3%。", "Prices of new homes in Changchun fell 0.3 percent month-on-month.", [("0.3", "0.5")]),
    ("trade", "对俄罗斯进出口增长27.5%，对日本进出口下降4.4%。", "Trade with Russia rose 27.5 percent, while trade with Japan fell 4.4 percent.", [("4.4", "4.6")]),
    ("trade", "中欧班列“长满欧”全年开行208列。", "The Changchun-Manzhouli-Europe freight train service ran 208 trips during the year.", [("208", "280")]),
    ("health", "全省累计报告本土确诊病例573例。", "The province has reported a total of 573 locally transmitted confirmed cases.", [("573", "537")]),
    ("health", "全省18岁以上人群疫苗全程接种率达到90%以上。", "More than 90% of people aged 18 and above in the province have been fully vaccinated.", [("18", "16")]),
    ("health", "新增无症状感染者2例，均为境外输入。", "Two new asymptomatic infections were reported, both imported.", [("Two", "Three")]),
    ("dateline", "新华社长春12月3日电 吉林省今年粮食总产量达到816.16亿斤。", "CHANGCHUN, Dec. 3 (Xinhua) -- Jilin Province's grain output this year reached 81.616 billion jin.", [("Dec. 3", "Dec. 4"), ("81.616", "8.1616")]),
    ("dateline", "吉林省今年粮食总产量达到816.16亿斤。", "CHANGCHUN, Dec. 3 (Xinhua) -- Jilin Province's grain output this year reached 81.616 billion jin.", [("81.616", "81.166")]),
    ("dateline", "记者9月30日从省商务厅获悉，前8个月全省实际利用外资增长15%。", "The provincial department of commerce said on Sept. 30 that actual use of foreign investment grew 15 percent in the first eight months.", [("Sept. 30", "Sept. 29"), ("15 percent", "5 percent")]),
    ("trad-native", "臺灣地區對吉林省的投資額為新臺幣3億元。", "Investment from Taiwan in Jilin Province amounted to NT$300 million.", [("300 million", "30 million")]),
    ("trad-native", "兩岸經貿交流會吸引了逾兩百家企業參加。", "More than 200 enterprises attended the cross-Strait economic and trade exchange.", [("200", "300")]),
    ("trad-native", "本週三舉行記者會，發布上半年經濟數據。", "A press conference on Wednesday released economic data for the first half of the year.", [("Wednesday", "Thursday"), ("first half", "second half")]),
    ("trad-native", "參與活動的民眾約有三萬人。", "About 30,000 people took part in the event.", [("30,000", "3,000")]),
    ("trad-native", "該計畫總經費達十二億五千萬元。", "The programme has a total budget of 1.25 billion yuan.", [("1.25", "1.52")]),
    ("trad-native", "失業率為百分之三點八，較去年同期下降零點二個百分點。", "The unemployment rate was 3.8%, 0.2 percentage points lower than a year earlier.", [("3.8%", "3.6%"), ("0.2 percentage", "0.3 percentage")]),
    ("trad-native", "全年旅客吞吐量突破一千萬人次。", "Passenger throughput for the year topped 10 million.", [("10 million", "100 million")]),
    ("variants", "全年新增减税降费超过百亿元。", "Tax and fee cuts for the year exceeded 10 billion yuan.", [("10 billion", "100 billion")]),
    ("variants", "工业增加值增长了四成以上。", "Industrial value added grew by over 40 percent.", [("40 percent", "50 percent")]),
    ("variants", "约有两成的企业尚未复工。", "Some 20% of companies have yet to resume work.", [("20%", "25%")]),
    ("variants", "新能源车销量翻了近两番。", "Sales of new energy vehicles nearly quadrupled.", [("quadrupled", "tripled")]),
    ("variants", "新能源车销量增长了一倍。", "Sales of new energy vehicles rose twofold.", []),
    ("variants", "前三个季度，全省GDP增长4.1%。", "In the first three quarters of the year, GDP grew 4.1%.", [("4.1%", "1.4%")]),
    ("variants", "第三季度全省GDP增长6.3%。", "GDP grew 6.3% in the July-September quarter.", [("6.3%", "3.6%")]),
    ("variants", "一季度全省城镇新增就业6.4万人。", "In the first three months, 64,000 new urban jobs were created.", [("64,000", "46,000")]),
    ("variants", "去年全省接待游客2.5亿人次。", "The province received 250 million tourist visits in 2020.", [("250", "25")]),
    ("variants", "截至今年6月底，全省共有市场主体250万户。", "By the end of June this year, the province had 2.5 million market entities.", [("June", "July"), ("2.5 million", "25 million")]),
    ("variants", "今明两年，全省将新建5G基站2万个。", "This year and next, the province will build 20,000 5G base stations.", [("20,000", "2,000")]),
    ("variants", "全省近九成的行政村通了光纤。", "Nearly 90 percent of administrative villages in the province have fibre broadband.", [("90 percent", "80 percent")]),
    ("variants", "仅用了一年半时间，工程就全面完工。", "The project was completed in just 18 months.", []),
    ("variants", "半年来，全市新增市场主体3万户。", "In the past six months, 30,000 new market entities were registered in the city.", [("30,000", "3,000")]),
    ("variants", "今年是脱贫攻坚决战决胜之年。", "This is the year of the final push to win the battle against poverty.", []),
    ("variants", "长春市的人口超过900万。", "Changchun has a population of over nine million.", [("nine million", "eight million")]),
    ("variants", "该项目建成后可年产汽车零部件50万套。", "Once completed, the project will be able to produce half a million sets of auto parts a year.", [("half a million", "a million")]),
    ("variants", "共有一千二百余名运动员参赛。", "More than 1,200 athletes took part.", [("1,200", "2,100")]),
    ("variants", "今年以来，我省已举办招聘会1200场。", "Since January, the province has held 1,200 job fairs.", [("1,200", "1,300")]),
    ("variants", "全省人均预期寿命达到78.2岁。", "Average life expectancy in the province reached 78.2 years.", [("78.2", "72.8")]),
    ("variants", "孕产妇死亡率降至十万分之十二。", "The maternal mortality rate fell to 12 per 100,000.", [("12 per", "21 per")]),
    ("variants", "婴儿死亡率为3.5‰。", "The infant mortality rate was 3.5 per 1,000.", [("3.5 per", "5.3 per")]),
    ("variants", "粮食产量连续八年稳定在700亿斤以上。", "Grain output has stayed above 35 million tonnes for eight years in a row.", [("eight years", "seven years")]),
    ("variants", "冰雪旅游收入同比增长27.3%，达到600亿元。", "Ice and snow tourism revenue grew 27.3% to 60 billion yuan.", [("27.3%", "23.7%")]),
]  # fmt: skip


#: Written before the fifth round's rules and scored once before any change
#: (first scores in the README), in shapes read on provincial statistics
#: releases and their English reports: rankings, "respectively" lists, "28 of
#: the 31 provinces", months said as spans, energy units, clock times, ages,
#: rates per 10,000, "1.5 times", British "per cent", editions and hotlines.
FIFTH: list[Entry] = [
    ("rank", "1至2月，全省规上工业增加值同比增长7.8%，居全国第6位。", "In January-February, the value added of industry above designated size grew 7.8% year on year, ranking sixth in the country.", [("7.8%", "8.7%"), ("sixth", "seventh")]),
    ("rank", "增速居中部地区第2位，比去年末前移1位。", "The growth rate ranked second among central provinces, up one place from the end of last year.", [("second", "third"), ("one place", "two places")]),
    ("rank", "我省粮食总产量位列全国第五。", "The province's total grain output ranks fifth nationwide.", [("fifth", "fourth")]),
    ("rank", "长春市营商环境评价排名全国前十。", "Changchun's business environment is among the top 10 in the country.", [("top 10", "top 20")]),
    ("respectively", "7月、8月、9月分别增长17.9%、27.2%和12.3%。", "Growth was 17.9%, 27.2% and 12.3% in July, August and September respectively.", [("27.2%", "22.7%"), ("12.3%", "13.2%")]),
    ("respectively", "一、二、三产业增加值分别为157.3亿元、916.6亿元和1862.3亿元。", "The added value of the primary, secondary and tertiary industries was 15.73 billion, 91.66 billion and 186.23 billion yuan respectively.", [("91.66", "96.16")]),
    ("share-of", "31个省份中有28个省份工业增加值实现同比增长。", "Industrial value added grew year on year in 28 of the 31 provinces.", [("28 of", "27 of")]),
    ("share-of", "全市10个县（市、区）中，有8个实现了两位数增长。", "Eight of the city's 10 counties and districts achieved double-digit growth.", [("Eight", "Seven")]),
    ("months", "前2个月，全省工业用电量累计178.8亿千瓦时，同比增长3.5%。", "In the first two months, industrial power consumption in the province totalled 17.88 billion kWh, up 3.5% year on year.", [("17.88", "1.788"), ("3.5%", "5.3%")]),
    ("months", "3月当月，全省规上工业增加值增长41.1%。", "In March alone, value added of industry above designated size grew 41.1%.", [("41.1%", "14.1%"), ("March", "April")]),
    ("months", "1—5月，全省进出口总额同比增长12.6%。", "From January to May, the province's total imports and exports grew 12.6% year on year.", [("May", "June"), ("12.6%", "16.2%")]),
    ("energy", "全省新能源装机容量达到1500万千瓦。", "Installed new energy capacity in the province reached 15 million kilowatts.", [("15 million", "1.5 million")]),
    ("energy", "该电站年发电量可达3.2亿千瓦时。", "The plant can generate 320 million kilowatt-hours of electricity a year.", [("320 million", "32 million")]),
    ("energy", "全年节约标准煤12万吨。", "The year's savings came to 120,000 tonnes of standard coal.", [("120,000", "12,000")]),
    ("conversion", "一季度全省农林牧渔业总产值397亿元。", "In the first quarter, the output value of agriculture, forestry, animal husbandry and fisheries was 39.7 billion yuan ($5.75 billion).", [("39.7", "37.9")]),
    ("conversion", "项目总投资2.6亿元人民币。", "Total investment in the project is 260 million yuan (about 36 million U.S. dollars).", [("260 million", "26 million")]),
    ("time", "开幕式于上午9时30分在长春国际会展中心举行。", "The opening ceremony was held at 9:30 am at the Changchun International Convention and Exhibition Center.", [("9:30", "10:30")]),
    ("time", "发布会于14时开始。", "The press conference began at 2 pm.", [("2 pm", "3 pm")]),
    ("time", "热线电话24小时开通。", "The hotline is open around the clock.", []),
    ("age", "全省60岁以上老年人口达到620万。", "The province has 6.2 million people aged 60 and over.", [("6.2 million", "2.6 million"), ("60 and", "65 and")]),
    ("age", "为3至6岁儿童免费接种疫苗。", "Children aged three to six are vaccinated free of charge.", [("six", "seven")]),
    ("per", "每万人口拥有执业医师28.6人。", "There are 28.6 practising doctors per 10,000 people.", [("28.6", "26.8")]),
    ("per", "每千名老年人拥有养老床位35张。", "There are 35 elderly care beds for every 1,000 older people.", [("35", "53")]),
    ("per", "每平方公里人口密度为130人。", "The population density is 130 people per square kilometre.", [("130", "310")]),
    ("times", "今年进出口额是去年同期的1.5倍。", "This year's imports and exports were 1.5 times the figure a year earlier.", [("1.5 times", "2.5 times")]),
    ("times", "新建充电桩数量是上年的3倍。", "Three times as many charging posts were built as the year before.", [("Three times", "Four times")]),
    ("rough", "数万名游客涌入查干湖观看冬捕。", "Tens of thousands of tourists flocked to Chagan Lake to watch the winter fishing.", []),
    ("rough", "上百家企业参加了招聘会。", "Hundreds of companies took part in the job fair.", []),
    ("rough", "近百名专家学者出席论坛。", "Nearly 100 experts and scholars attended the forum.", [("100", "200")]),
    ("rough", "全县万余名群众受益。", "More than 10,000 people in the county have benefited.", [("10,000", "1,000")]),
    ("temperature", "当日最高气温达35℃。", "The day's highest temperature reached 35°C.", [("35", "33")]),
    ("temperature", "夜间最低气温降至零下32摄氏度。", "Night-time lows fell to -32 degrees Celsius.", [("-32", "-23")]),
    ("edition", "第五届全球吉商大会在长春开幕。", "The fifth Global Jilin Entrepreneurs Conference opened in Changchun.", [("fifth", "sixth")]),
    ("edition", "2022年中央一号文件发布。", "The No. 1 central document for 2022 was released.", [("2022", "2021")]),
    ("hotline", "市民可拨打12345政务服务热线咨询。", "Residents can call the 12345 government service hotline with questions.", []),
    ("percent-word", "全省城镇登记失业率为3.2%。", "The registered urban unemployment rate in the province was 3.2 per cent.", [("3.2 per", "2.3 per")]),
    ("percent-word", "全省外贸出口增长18.5%。", "Exports from the province rose 18.5 pct.", [("18.5", "15.8")]),
    ("currency", "全年实现旅游收入3300亿元。", "Tourism revenue for the year was RMB 330 billion.", [("330", "33")]),
    ("currency", "省级财政投入4.5亿元。", "The provincial government invested CNY 450 million.", [("450", "45")]),
    ("year-span", "2021—2023年，全省累计新建农村公路1.2万公里。", "From 2021 to 2023, the province built 12,000 kilometres of new rural roads.", [("2023", "2022"), ("12,000", "1,200")]),
    ("year-span", "上世纪90年代，这里还是一片荒地。", "In the 1990s this was still wasteland.", [("1990s", "1980s")]),
    ("history", "吉林市已有两千多年的建城史。", "Jilin City was founded more than 2,000 years ago.", [("2,000", "3,000")]),
    ("fullwidth", "全市共建成口袋公园１２０个。", "The city has built 120 pocket parks.", [("120", "102")]),
    ("fullwidth", "人均GDP达到5.6万元，约合8000美元。", "Per capita GDP reached 56,000 yuan, about 8,000 US dollars.", [("56,000", "65,000"), ("8,000", "6,000")]),
    ("native-trad", "全省生產總值達到1.31萬億元，增長6.3%。", "The province's GDP reached 1.31 trillion yuan, up 6.3%.", [("1.31", "13.1"), ("6.3%", "3.6%")]),
    ("native-trad", "投資增速比上年提高2.1個百分點。", "Investment growth was 2.1 percentage points faster than the previous year.", [("2.1", "1.2")]),
    ("native-trad", "兩個項目共獲得補助五百萬元。", "The two projects received subsidies of 5 million yuan in all.", [("5 million", "50 million")]),
    ("native-trad", "全縣脫貧人口達3.8萬人。", "38,000 people in the county were lifted out of poverty.", [("38,000", "3,800")]),
    # Part two, written after part one's first score and scored once the same way.
    ("compound", "三年行动计划已完成投资120亿元。", "Investment under the three-year action plan has reached 12 billion yuan.", [("three-year", "five-year"), ("12 billion", "1.2 billion")]),
    ("compound", "为期五天的冰雪节吸引游客30万人次。", "The five-day ice and snow festival drew 300,000 visits.", [("five-day", "four-day"), ("300,000", "30,000")]),
    ("compound", "长春至吉林实现半小时通勤。", "Changchun and Jilin City are now a 30-minute commute apart.", [("30-minute", "40-minute")]),
    ("compound", "全省打造“15分钟便民生活圈”120个。", "The province has built 120 15-minute convenience circles.", [("120", "210")]),
    ("running", "我省粮食产量连续三年超过800亿斤。", "The province's grain output has exceeded 40 million tonnes for the third year running.", [("third", "fourth")]),
    ("running", "这是十年来首次出现下降。", "It is the first decline in 10 years.", [("10 years", "20 years")]),
    ("running", "五年来，全省累计减贫70万人。", "Over the past five years, 700,000 people in the province have been lifted out of poverty.", [("five", "four"), ("700,000", "70,000")]),
    ("halved", "全省重污染天数同比减少一半。", "The number of heavily polluted days in the province was halved.", [("halved", "doubled")]),
    ("halved", "审批时限压缩了三分之二。", "Approval times have been cut by two-thirds.", [("two-thirds", "one-third")]),
    ("halved", "亏损企业数量下降了四分之一。", "The number of loss-making enterprises fell by a quarter.", [("a quarter", "a third")]),
    ("largest", "吉林是全国第二大玉米生产省份。", "Jilin is China's second-largest corn-producing province.", [("second-largest", "third-largest")]),
    ("largest", "一汽已跻身世界500强。", "FAW has joined the Fortune Global 500.", [("500", "100")]),
    ("largest", "该市拥有国家5A级旅游景区2家。", "The city has two national 5A-level tourist attractions.", [("two", "three")]),
    ("per-capita", "全省农村居民人均可支配收入达到17642元。", "Per capita disposable income of rural residents in the province reached 17,642 yuan.", [("17,642", "17,462")]),
    ("per-capita", "每亩增收300元。", "Income rose by 300 yuan per mu.", [("300", "3,000")]),
    ("more-than", "全省实际利用外资增长一倍多。", "Actual use of foreign capital in the province more than doubled.", [("more than doubled", "more than tripled")]),
    ("more-than", "利润总额是去年的两倍多。", "Total profit was more than twice last year's.", [("twice", "three times")]),
    ("decimal-word", "全年接待游客2.5亿人次，旅游收入近4000亿元。", "The province received 250 million tourist visits in the year, with tourism revenue of nearly 400 billion yuan.", [("250 million", "25 million"), ("nearly 400", "over 400")]),
    ("decimal-word", "粮食产量达到815.2亿斤。", "Grain output reached 81.52 billion jin.", [("81.52", "815.2")]),
    ("date-range", "展会于8月23日至27日举行。", "The fair runs from August 23 to 27.", [("27", "28")]),
    ("date-range", "9月1日至10月31日开展专项整治行动。", "A special campaign runs from September 1 to October 31.", [("October 31", "October 30")]),
    ("date-range", "2020年12月31日前完成全部改造任务。", "All renovation work is to be completed by December 31, 2020.", [("2020", "2021")]),
    ("unit-word", "新建改造农村公路3000公里。", "3,000 km of rural roads were built or renovated.", [("3,000", "300")]),
    ("unit-word", "森林面积达到1.37亿亩。", "Forest area reached 137 million mu.", [("137 million", "13.7 million")]),
    ("unit-word", "全市日供水能力达到60万立方米。", "The city's daily water supply capacity reached 600,000 cubic metres.", [("600,000", "60,000")]),
    ("people", "吉林大学有在校生7万余人。", "Jilin University has more than 70,000 students.", [("70,000", "7,000")]),
    ("people", "3名干部受到党纪处分。", "Three officials were given Party disciplinary penalties.", [("Three", "Two")]),
    ("people", "近千名志愿者参与服务。", "Nearly a thousand volunteers took part.", []),
    ("money-small", "门票价格由每人80元降至60元。", "The ticket price was cut from 80 yuan to 60 yuan per person.", [("60 yuan", "50 yuan")]),
    ("money-small", "每户补贴一千五百元。", "Each household receives a subsidy of 1,500 yuan.", [("1,500", "1,050")]),
]  # fmt: skip


#: Written before the sixth round's rules and scored once before any change
#: (first score in the README), in shapes read on statistics communiqués and
#: English provincial reports: sector ratios, ranks written "2nd" and "No. 9",
#: net decreases, "percentage points higher than the national average",
#: "bottom five", "Q1", document numbers, "Yuan", "120% of the target", "from
#: 3.86 percent in 2017 to 1.49 percent", ranges with one percent sign,
#: coordinates, telephone numbers and addresses.
SIXTH: list[Entry] = [
    ("ratio", "三次产业结构比例为11.0:35.2:53.8。", "The ratio of the three industries was 11.0:35.2:53.8.", [("35.2", "32.5")]),
    ("ratio", "男女性别比为102.3∶100。", "The sex ratio was 102.3 males to 100 females.", [("102.3", "103.2")]),
    ("rank-digits", "7月、8月增速分别居全国第2位和第1位。", "Growth in July and August ranked 2nd and 1st in the country respectively.", [("2nd", "3rd")]),
    ("rank-digits", "增速居全国第9位。", "Its growth ranked No. 9 in the country.", [("No. 9", "No. 6")]),
    ("net-change", "年末全省常住人口2690.73万人，比上年末净减少13.33万人。", "At the end of the year the province had 26.9073 million permanent residents, a net decrease of 133,300 from a year earlier.", [("133,300", "13,330"), ("26.9073", "26.973")]),
    ("net-change", "全省贫困人口减少23.7万。", "The province's poor population shrank by 237,000.", [("237,000", "273,000")]),
    ("points", "全省GDP增长8.2%，高于全国平均水平3.7个百分点。", "The province's GDP grew 8.2 percent, 3.7 percentage points higher than the national average.", [("3.7", "7.3")]),
    ("points", "固定资产投资增长28.1%，比全国高23个百分点。", "Fixed-asset investment rose 28.1 percent, 23 percentage points above the national average.", [("23 percentage", "32 percentage")]),
    ("points", "主要农作物耕种收综合机械化率达到94%，高出全国平均水平20个百分点。", "Mechanisation of the planting and harvesting of major crops reached 94 percent, 20 percentage points above the national average.", [("94", "49"), ("20 percentage", "12 percentage")]),
    ("points", "常住人口城镇化率为58.27%，比上年末提高0.74个百分点。", "The urbanisation rate of the permanent population was 58.27%, up 0.74 percentage points from the end of the previous year.", [("0.74", "0.47")]),
    ("bottom", "经济增速一度连续居于全国末五位。", "Growth was for a time among the bottom five in the country.", [("five", "three")]),
    ("bottom", "该市在全省考核中连续两年排名后五位。", "The city has ranked in the last five of the provincial assessment for two years running.", [("last five", "last three"), ("two years", "three years")]),
    ("years-of", "连续亏损十年的企业终于扭亏为盈。", "After ten straight years of losses, the company finally turned a profit.", [("ten", "eight")]),
    ("years-of", "近十年来，全省森林覆盖率提高了1.6个百分点。", "Over the past decade the province's forest coverage rose 1.6 percentage points.", [("1.6", "6.1"), ("decade", "five years")]),
    ("years-of", "这座古城已有一个多世纪的历史。", "The old town has a history of more than a century.", []),
    ("around", "今年地区生产总值预期增长7%左右。", "This year's GDP is expected to grow by around 7%.", [("7%", "6%")]),
    ("around", "预计全年增长6%至7%。", "Growth for the year is expected to be 6-7%.", [("6-7%", "5-7%")]),
    ("quarter", "一季度，全省地区生产总值同比增长8.2%。", "In Q1, the province's GDP grew 8.2% year on year.", [("Q1", "Q2")]),
    ("quarter", "一季度，全省社会消费品零售总额增长14%。", "During the three-month period, retail sales of consumer goods rose 14 percent.", [("14 percent", "41 percent")]),
    ("counts", "长春龙嘉国际机场起降航班2.72万架次，旅客吞吐量349万人次。", "Changchun Longjia International Airport handled 27,200 flights and 3.49 million passengers.", [("27,200", "2,720"), ("3.49 million", "34.9 million")]),
    ("counts", "一汽集团上半年共生产整车122.8万辆，其中在省内生产79.36万辆。", "FAW Group produced 1.228 million vehicles in the first half, 793,600 of them in the province.", [("793,600", "739,600"), ("first half", "second half")]),
    ("counts", "全省共有高等院校66所，在校生七十余万人。", "The province has 66 institutions of higher education with more than 700,000 students.", [("66", "56"), ("700,000", "70,000")]),
    ("counts", "全省旅客发送量达到一千二百万人次。", "The province's passenger trips reached 12 million.", [("12 million", "1.2 million")]),
    ("level", "打造万亿级农业和农产品加工产业。", "The province is building a trillion-yuan agriculture and food processing industry.", [("trillion", "billion")]),
    ("level", "实施千万头肉牛建设工程。", "The province is carrying out a project to raise 10 million head of beef cattle.", [("10 million", "1 million")]),
    ("level", "推进“千亿斤粮食”产能建设工程。", "The province is advancing the project to raise grain capacity to 100 billion jin.", [("100 billion", "10 billion")]),
    ("per", "全国人均多贡献粮食1.5斤。", "Every person in the country gained an extra 1.5 jin of grain.", [("1.5 jin", "15 jin")]),
    ("per", "企业户均获得贷款86万元。", "Enterprises received an average of 860,000 yuan in loans each.", [("860,000", "86,000")]),
    ("per", "每年可为农民增收约2亿元。", "Farmers will earn about 200 million yuan more a year.", [("200 million", "2 billion")]),
    ("share", "全省面积18.74万平方公里，约占全国的2%。", "The province covers 187,400 square kilometres, about 2% of the national total.", [("187,400", "184,700")]),
    ("share", "第三产业增加值占地区生产总值的比重为53.8%。", "The tertiary industry accounted for 53.8% of GDP.", [("53.8", "58.3")]),
    ("share", "全年完成投资任务的120%。", "The year's investment reached 120% of the target.", [("120%", "102%")]),
    ("from-to", "贫困发生率由2017年的3.86%降至去年的1.49%。", "The poverty incidence rate fell from 3.86 percent in 2017 to 1.49 percent last year.", [("3.86", "3.68"), ("1.49", "1.94")]),
    ("from-to", "农业总产值由降转增，增长1.8%。", "Agricultural output went from decline to growth, rising 1.8%.", [("1.8%", "8.1%")]),
    ("from-to", "原油产量下降0.8%。", "Crude oil output fell 0.8 percent.", [("0.8", "8")]),
    ("yuan", "该区实际利用外资比2008年多5.1亿元。", "Foreign capital actually used in the district was 510 million Yuan more than in 2008.", [("510 million", "51 million"), ("2008", "2006")]),
    ("yuan", "全年进出口总额1956亿元（290亿美元）。", "Total imports and exports for the year were 195.6 billion yuan (29 billion U.S. dollars).", [("195.6", "19.56"), ("29 billion", "2.9 billion")]),
    ("decimal-million", "全省户籍人口2734.21万人。", "The province has 27.3421 million registered residents.", [("27.3421", "27.3412")]),
    ("all-n", "全市8个县（市、区）全部通了高速公路。", "All eight counties, cities and districts of the city are now linked by expressway.", [("eight", "nine")]),
    ("document", "省政府办公厅印发《关于促进消费的若干措施》（吉政办发〔2021〕12号）。", "The General Office of the provincial government issued Several Measures to Promote Consumption (Ji Zheng Ban Fa [2021] No. 12).", [("No. 12", "No. 21")]),
    ("coordinates", "吉林省位于东经122°至131°、北纬41°至46°之间。", "Jilin lies between 122 and 131 degrees east longitude and 41 and 46 degrees north latitude.", [("131", "113")]),
    ("contact", "咨询电话：0431-88906114。", "Enquiries: 0431-88906114.", [("88906114", "88906141")]),
    ("contact", "省政府位于长春市新发路11号。", "The provincial government is at 11 Xinfa Road, Changchun.", [("11", "17")]),
    ("rough", "十几家企业签约入驻。", "A dozen or so companies signed up to move in.", []),
    ("rough", "数十个项目集中开工。", "Dozens of projects broke ground together.", []),
    ("native-trad", "2019年全省糧食總產量775.6億斤，比上年增長6.4%。", "In 2019 the province's grain output was 77.56 billion jin, up 6.4% on the previous year.", [("6.4%", "4.6%")]),
    ("native-trad", "全省共有衛生技術人員19.8萬人。", "The province has 198,000 health technicians.", [("198,000", "189,000")]),
    ("native-trad", "參加基本醫療保險人數為2386萬人。", "23.86 million people were covered by basic medical insurance.", [("23.86", "2.386")]),
]  # fmt: skip


#: Written before the seventh round's rules and scored once before any change
#: (first score in the README): public health, ecology, science and trade news
#: in the wordings of English-language dailies: abbreviated months ("Sept
#: 30"), "60-plus", "zero new cases", magnitudes of earthquakes, "first
#: prize", hyphenated sizes ("2,300-meter-long"), "double-digit", 5G.
SEVENTH: list[Entry] = [
    ("month-abbr", "9月30日，全省新冠疫苗接种超过3000万剂次。", "By Sept 30, more than 30 million doses of COVID-19 vaccine had been given in the province.", [("Sept 30", "Sept 29"), ("30 million", "3 million")]),
    ("month-abbr", "展会将于10月1日开幕。", "The fair opens on Oct. 1.", [("Oct. 1", "Oct. 2")]),
    ("month-abbr", "1月至8月，全省外贸进出口增长15.3%。", "From Jan to Aug, the province's foreign trade rose 15.3 percent.", [("Aug", "Jul"), ("15.3", "13.5")]),
    ("age-plus", "全省60岁以上老年人接种率达到91.2%。", "The vaccination rate among people aged 60-plus in the province reached 91.2 percent.", [("60-plus", "70-plus"), ("91.2", "92.1")]),
    ("age-plus", "80岁以上老人每月领取高龄补贴100元。", "People aged 80 or above receive a monthly allowance of 100 yuan.", [("100 yuan", "200 yuan")]),
    ("zero", "全省连续14天无新增本地确诊病例。", "The province has reported no new local confirmed cases for 14 consecutive days.", [("14", "41")]),
    ("zero", "今年全省实现重大安全事故零发生。", "The province had zero major safety accidents this year.", []),
    ("quake", "珲春市发生4.3级地震，震源深度10千米。", "A magnitude-4.3 earthquake struck Hunchun at a depth of 10 kilometers.", [("4.3", "4.8"), ("10 kilometers", "15 kilometers")]),
    ("prize", "该成果获国家科技进步一等奖。", "The achievement won first prize in the National Science and Technology Progress Award.", [("first prize", "second prize")]),
    ("prize", "我省3个项目获得国家技术发明二等奖。", "Three projects from the province won second prizes in the National Technological Invention Award.", [("Three", "Four"), ("second", "first")]),
    ("hyphen-size", "大桥全长2300米，双向六车道。", "The 2,300-meter-long bridge has six lanes in both directions.", [("2,300", "3,200"), ("six", "four")]),
    ("hyphen-size", "组建10人专家团队赴基层指导。", "A 10-member expert team was sent to guide local work.", [("10-member", "12-member")]),
    ("hyphen-size", "举办为期3天的培训班。", "A three-day training course was held.", [("three-day", "two-day")]),
    ("double-digit", "全省高新技术产业产值实现两位数增长。", "Output of the province's high-tech industries grew by double digits.", []),
    ("5g", "全省累计建成5G基站3.2万个。", "The province has built 32,000 5G base stations.", [("32,000", "23,000")]),
    ("first-place", "我省大豆单产位居全国第一。", "The province ranks first in the country for soybean yield per unit area.", [("first", "second")]),
    ("first-place", "长春市第一中学被评为全国文明校园。", "Changchun No. 1 Middle School was named a national civilized campus.", [("No. 1", "No. 2")]),
    ("forest", "全省森林覆盖率达到45.2%，比2015年提高1.1个百分点。", "The province's forest coverage rate reached 45.2 percent, up 1.1 percentage points from 2015.", [("45.2", "42.5"), ("2015", "2016")]),
    ("forest", "今年完成造林绿化面积120万亩。", "This year 1.2 million mu of land was afforested.", [("1.2 million", "12 million")]),
    ("air", "全省空气质量优良天数比例为91.8%。", "Days with good air quality made up 91.8 percent of the year in the province.", [("91.8", "98.1")]),
    ("air", "PM2.5平均浓度同比下降12.5%。", "The average PM2.5 density fell 12.5 percent year-on-year.", [("12.5", "15.2")]),
    ("water", "全省地表水国控断面水质优良比例达到82.1%。", "82.1 percent of the state-monitored surface water sections in the province had good water quality.", [("82.1", "81.2")]),
    ("rnd", "全社会研发投入强度达到1.3%。", "R&D intensity reached 1.3 percent of GDP.", [("1.3", "3.1")]),
    ("rnd", "技术合同成交额达到56.4亿元，是五年前的3倍。", "Technology contract turnover reached 5.64 billion yuan, three times the figure five years ago.", [("5.64", "56.4"), ("three times", "twice")]),
    ("trade", "对俄进出口额同比增长近四成。", "Trade with Russia grew nearly 40 percent year-on-year.", [("40 percent", "14 percent")]),
    ("trade", "中欧班列开行217列，运送货物1.8万标箱。", "217 China-Europe freight trains carried 18,000 TEUs of cargo.", [("217", "271"), ("18,000", "1,800")]),
    ("trade", "全省跨境电商交易额突破百亿元。", "Cross-border e-commerce transactions in the province topped 10 billion yuan.", [("10 billion", "100 billion")]),
    ("poverty", "全省1489个贫困村全部出列。", "All 1,489 poor villages in the province have been taken off the poverty list.", [("1,489", "1,498")]),
    ("poverty", "贫困家庭义务教育阶段孩子辍学实现动态清零。", "No child from a poor family drops out of compulsory education.", []),
    ("poverty", "光伏扶贫电站年收益超过3亿元，惠及贫困户11.3万户。", "Solar poverty relief stations earn more than 300 million yuan a year, benefiting 113,000 poor households.", [("300 million", "30 million"), ("113,000", "131,000")]),
    ("health", "全省每千人口拥有医疗卫生机构床位7.1张。", "The province has 7.1 hospital beds per 1,000 people.", [("7.1", "1.7")]),
    ("health", "全省二级以上公立医院全部开展远程医疗服务。", "All public hospitals at level two and above in the province offer telemedicine.", [("two", "three")]),
    ("health", "家庭医生签约服务覆盖率超过六成。", "Contracted family doctor services cover over 60 percent of residents.", [("60 percent", "50 percent")]),
    ("olympics", "吉林省有12名运动员参加2022年北京冬奥会。", "Twelve athletes from Jilin competed at the Beijing 2022 Winter Olympics.", [("Twelve", "Eleven"), ("2022", "2018")]),
    ("decade", "上世纪50年代建成的老厂房被改造成文创园区。", "An old factory built in the 1950s has been turned into a cultural and creative park.", [("1950s", "1960s")]),
    ("rough", "数千万元资金投向乡村振兴项目。", "Tens of millions of yuan went into rural revitalization projects.", []),
    ("rough", "千余名医护人员驰援长春。", "More than 1,000 medical workers went to help Changchun.", [("1,000", "100")]),
    ("fraction-hyphen", "五分之一的企业已完成数字化改造。", "One-fifth of the enterprises have completed their digital transformation.", [("One-fifth", "One-fourth")]),
    ("time-day", "6月6日上午9时，发布会在长春召开。", "The press conference was held in Changchun at 9 am on June 6.", [("9 am", "10 am"), ("June 6", "June 9")]),
    ("per-hundred", "全省每百户农村家庭拥有汽车28辆。", "There are 28 cars for every 100 rural households in the province.", [("28", "18")]),
]  # fmt: skip


#: Written before the eighth round's rules and scored once before any change:
#: text written natively in Traditional script in Hong Kong and Taiwan news
#: usage (首季, 按年, 億港元, 新臺幣, 逾, 兩成, 百分之五點三, 民國 years).
EIGHTH: list[Entry] = [
    ("hk-quarter", "首季本地生產總值按年實質增長2.7%。", "GDP grew 2.7% in real terms year-on-year in the first quarter.", [("2.7%", "7.2%"), ("first quarter", "second quarter")]),
    ("hk-quarter", "首三季出口貨值按年下跌8.6%。", "The value of exports fell 8.6% year-on-year in the first three quarters.", [("8.6%", "6.8%")]),
    ("hk-quarter", "第二季失業率為3.1%。", "The unemployment rate was 3.1% in the second quarter.", [("second quarter", "third quarter")]),
    ("hk-money", "政府預留50億港元推行有關措施。", "The government has set aside HK$5 billion for the measures.", [("HK$5 billion", "HK$50 billion")]),
    ("hk-money", "項目總投資約12億港元。", "The project involves a total investment of about HK$1.2 billion.", [("1.2 billion", "12 billion")]),
    ("tw-money", "該計畫總經費新臺幣35億元。", "The plan has a total budget of NT$3.5 billion.", [("NT$3.5 billion", "NT$35 billion")]),
    ("tw-money", "出口金額達新台幣1兆2千億元。", "Exports reached NT$1.2 trillion.", [("1.2 trillion", "1.2 billion")]),
    ("over", "逾萬名市民參加了活動。", "More than 10,000 people took part in the event.", [("10,000", "1,000")]),
    ("over", "旅客人次按年上升逾三成。", "Passenger trips rose more than 30% year-on-year.", [("30%", "13%")]),
    ("tenths", "近兩成受訪者表示支持。", "Nearly 20% of those surveyed said they were in favour.", [("20%", "12%")]),
    ("percent-words", "通脹率為百分之五點三。", "Inflation was 5.3 percent.", [("5.3", "3.5")]),
    ("percent-words", "整體成交量減少百分之十二。", "Overall turnover fell by 12 percent.", [("12 percent", "21 percent")]),
    ("thousand-odd", "有千多名學生報名參加。", "More than a thousand students signed up.", [("a thousand", "a hundred")]),
    ("year-roc", "民國112年全年觀光收入新臺幣4,800億元。", "Tourism revenue for 2023 was NT$480 billion.", [("2023", "2022"), ("480 billion", "48 billion")]),
    ("year-written", "二〇二三年十一月五日，展覽開幕。", "The exhibition opened on 5 November 2023.", [("5 November", "6 November")]),
    ("month-words", "十二月份的零售業總銷貨價值為380億港元。", "The value of total retail sales in December was HK$38 billion.", [("December", "November"), ("38 billion", "3.8 billion")]),
    ("decline", "出口連續第三個月下跌。", "Exports fell for the third month in a row.", [("third", "fourth")]),
    ("decline", "訪港旅客人次較去年同期減少一半。", "Visitor arrivals were half those of the same period last year.", []),
    ("counts", "全港共設立十八個社區疫苗接種中心。", "Eighteen community vaccination centres were set up across Hong Kong.", [("Eighteen", "Eight")]),
    ("counts", "本港現有約七百五十萬人口。", "Hong Kong has a population of about 7.5 million.", [("7.5 million", "5.7 million")]),
    ("counts", "當局共派出二百名人員。", "The authorities deployed 200 officers.", [("200", "300")]),
    ("points", "利率上調0.25個百分點。", "The interest rate was raised by 0.25 percentage points.", [("0.25", "0.5")]),
    ("points", "升幅較上月擴大1.2個百分點。", "The increase was 1.2 percentage points larger than the previous month.", [("1.2", "2.1")]),
    ("ordinal", "第十屆全國運動會在粵港澳三地舉行。", "The 10th National Games were held in Guangdong, Hong Kong and Macao.", [("10th", "15th")]),
    ("clock", "會議於下午三時半舉行。", "The meeting will be held at 3.30pm.", [("3.30pm", "4.30pm")]),
    ("clock", "颱風信號於上午十時四十分取消。", "The typhoon signal was cancelled at 10.40am.", [("10.40am", "11.40am")]),
]  # fmt: skip


#: Written before the ninth round's rules and scored once before any change:
#: the shapes of statistics bulletins on farming, energy and transport, and of
#: agency English about them (a unit converted or glossed in brackets, both
#: units in the Chinese, per-unit figures, kilowatts as gigawatts, plan
#: periods with their years, 增长N倍).
NINTH: list[Entry] = [
    ("convert", "全省粮食总产量达到4186.5万吨。", "The province's grain output reached 41.87 billion kilograms.", [("41.87 billion", "4.187 billion")]),
    ("convert", "全年粮食总产量819亿斤，连续三年稳定在800亿斤以上。", "Grain output for the year was 81.9 billion jin, above 80 billion jin for the third year in a row.", [("81.9 billion", "89.1 billion"), ("third year", "fourth year")]),
    ("convert", "粮食平均亩产479.1公斤。", "The average grain yield per mu (about 0.067 hectares) was 479.1 kg.", [("479.1", "497.1")]),
    ("convert", "新建高标准农田800万亩。", "Some 8 million mu of high-standard farmland was built.", [("8 million", "80 million")]),
    ("convert", "全省粮食播种面积5825.6千公顷。", "The province sowed 5.8256 million hectares of grain.", [("5.8256 million", "58.256 million")]),
    ("both-units", "全国粮食播种面积118969千公顷（178453万亩）。", "The country sowed 118.969 million hectares (1.78453 billion mu) of grain.", [("118.969 million", "119.869 million")]),
    ("both-units", "全省粮食总产量4186.5万吨（837.3亿斤）。", "The province produced 41.865 million tonnes (83.73 billion jin) of grain.", [("41.865 million", "41.685 million")]),
    ("per-unit", "全省粮食单位面积产量7186.4公斤/公顷。", "Grain yield in the province was 7,186.4 kilograms per hectare.", [("7,186.4", "7,168.4")]),
    ("per-unit", "玉米收购价格每吨2600元左右。", "Corn was bought at around 2,600 yuan a tonne.", [("2,600", "2,900")]),
    ("per-unit", "每万人口拥有执业医师32人。", "There are 32 licensed doctors for every 10,000 people.", [("32", "23"), ("10,000", "1,000")]),
    ("energy", "全省新能源装机容量达到1200万千瓦。", "The province's installed new energy capacity reached 12 gigawatts.", [("12 gigawatts", "1.2 gigawatts")]),
    ("energy", "风电装机容量突破1000万千瓦。", "Installed wind power capacity exceeded 10 million kilowatts.", [("10 million", "100 million")]),
    ("energy", "全年发电量1015.3亿千瓦时，同比增长6.2%。", "Power generation for the year was 101.53 billion kilowatt-hours, up 6.2 percent year on year.", [("101.53 billion", "10.153 billion"), ("6.2 percent", "2.6 percent")]),
    ("energy", "外送电量达到260亿千瓦时。", "Electricity sent to other provinces reached 26 billion kWh.", [("26 billion", "2.6 billion")]),
    ("energy", "全省单位地区生产总值能耗下降3.1%。", "Energy consumption per unit of GDP in the province fell 3.1%.", [("3.1%", "1.3%")]),
    ("transport", "长春兴隆综合保税区全年完成集装箱吞吐量15.2万标箱。", "Changchun Xinglong Comprehensive Bonded Zone handled 152,000 TEUs of containers in the year.", [("152,000", "15,200")]),
    ("transport", "长春龙嘉国际机场旅客吞吐量突破1500万人次。", "Passenger throughput at Changchun Longjia International Airport exceeded 15 million.", [("15 million", "1.5 million")]),
    ("transport", "中欧班列（长满欧）全年开行186列。", "The China-Europe freight train service (Changchun-Manzhouli-Europe) ran 186 trips in the year.", [("186", "168")]),
    ("transport", "全省高速公路通车里程达到4306公里。", "Expressways open to traffic in the province reached 4,306 km.", [("4,306", "4,036")]),
    ("plan-period", "\u201c十四五\u201d期间，全省将新建5G基站4万个。", "During the 14th Five-Year Plan period (2021-2025), the province will build 40,000 new 5G base stations.", [("14th", "13th"), ("40,000", "4,000")]),
    ("plan-period", "到\u201c十三五\u201d末，全省森林覆盖率达到45%。", "By the end of the 13th Five-Year Plan (2016-2020), forest coverage in the province had reached 45 percent.", [("45 percent", "54 percent")]),
    ("times", "跨境电商进出口额增长1.5倍。", "Cross-border e-commerce imports and exports rose 150 percent.", [("150 percent", "50 percent")]),
    ("times", "新能源汽车产量增长2.3倍。", "Output of new energy vehicles grew 2.3-fold.", [("2.3-fold", "3.2-fold")]),
    ("times", "研发投入是五年前的2倍。", "Spending on research and development is twice what it was five years ago.", [("twice", "three times"), ("five years", "six years")]),
    ("times", "全省旅游收入翻了两番。", "The province's tourism revenue quadrupled.", [("quadrupled", "doubled")]),
    ("temperature", "长白山天池最低气温达零下37.5摄氏度。", "The temperature at Tianchi Lake on Changbai Mountain fell to minus 37.5 degrees Celsius.", [("37.5", "27.5")]),
    ("temperature", "本周全省大部地区最高气温在-5℃至2℃之间。", "Highs across most of the province this week will be between -5C and 2C.", [("-5C", "-15C")]),
    ("elevation", "长白山主峰白云峰海拔2691米。", "Baiyun Peak, the main peak of Changbai Mountain, stands 2,691 meters above sea level.", [("2,691", "2,961")]),
    ("volume", "查干湖蓄水量达到10.5亿立方米。", "Chagan Lake holds 1.05 billion cubic meters of water.", [("1.05 billion", "10.5 billion")]),
    ("per-capita", "全省农村常住居民人均可支配收入18957元，增长6.5%。", "Per capita disposable income of permanent rural residents in the province was 18,957 yuan, up 6.5 percent.", [("18,957", "19,857"), ("6.5 percent", "5.6 percent")]),
    ("rank", "吉林省粮食单产居粮食主产区第一。", "Jilin ranks first in grain yield among the major grain-producing regions.", [("first", "second")]),
    ("rank", "粮食总产量居全国第四位，比上年前移1位。", "Total grain output ranks fourth in the country, up one place from the previous year.", [("fourth", "fifth"), ("one place", "two places")]),
    ("scenic-level", "全省新增4家5A级旅游景区。", "The province added four 5A-level tourist attractions.", [("four", "five"), ("5A", "4A")]),
    ("age-band", "60岁及以上人口占全省总人口的23.1%。", "People aged 60 and above make up 23.1% of the province's population.", [("60", "65"), ("23.1%", "21.3%")]),
    ("first-months", "1-11月，全省规模以上工业增加值同比增长5.8%。", "In the first 11 months, the value added of industrial enterprises above designated size grew 5.8 percent year on year.", [("11 months", "10 months"), ("5.8 percent", "8.5 percent")]),
    ("first-months", "1至9月，全省实际利用外资8.2亿美元。", "From January to September, the province used $820 million of foreign capital.", [("September", "October"), ("$820 million", "$82 million")]),
    ("session", "十四届全国人大二次会议在北京开幕。", "The second session of the 14th National People's Congress opened in Beijing.", [("second session", "third session"), ("14th", "13th")]),
    ("hotline", "市民可拨打12345政务服务便民热线咨询。", "Residents can call the 12345 government service hotline with questions.", [("12345", "12315")]),
    ("visits", "冰雪旅游接待游客1.2万余人次。", "Ice and snow tourism received more than 12,000 visits.", [("12,000", "1,200")]),
    ("rounded", "全年地区生产总值13070.24亿元。", "The province's GDP for the year was 1.31 trillion yuan.", [("1.31 trillion", "1.13 trillion")]),
]  # fmt: skip


#: Written before the tenth round's rules and scored once before any change:
#: sport, courts, housing, education, budgets, weather and census news
#: (scores such as 3比1, prison terms, 元/平方米, enrolment rates, rainfall
#: in millimetres, birth rates in per mille, budget shares).
TENTH: list[Entry] = [
    ("score", "长春亚泰队主场以3比1战胜对手。", "Changchun Yatai beat their opponents 3-1 at home.", [("3-1", "3-2")]),
    ("score", "吉林九台农商银行女排以3:0横扫对手。", "The Jilin Jiutai Rural Commercial Bank women's volleyball team swept their opponents 3-0.", [("3-0", "3-1")]),
    ("score", "中国队在比赛中获得2金1银。", "The Chinese team won two golds and one silver at the competition.", [("two golds", "three golds")]),
    ("sport", "本届冬运会共设14个大项、176个小项。", "The Winter Games have 14 sports and 176 events.", [("176", "167")]),
    ("sport", "运动员以2分05秒30的成绩打破全国纪录。", "The athlete broke the national record in 2:05.30.", [("2:05.30", "2:50.30")]),
    ("court", "被告人犯受贿罪，被判处有期徒刑十年，并处罚金人民币五十万元。", "The defendant was sentenced to 10 years in prison for taking bribes and fined 500,000 yuan.", [("10 years", "12 years"), ("500,000", "50,000")]),
    ("court", "全省法院共审结各类案件42.6万件，结案率达到96.3%。", "Courts in the province concluded 426,000 cases, a closing rate of 96.3 percent.", [("426,000", "462,000"), ("96.3", "93.6")]),
    ("court", "二审维持原判。", "The second-instance court upheld the original verdict.", [("second-instance", "third-instance")]),
    ("housing", "长春市新建商品住宅均价为每平方米9850元。", "New commercial homes in Changchun sold for an average of 9,850 yuan per square meter.", [("9,850", "8,950")]),
    ("housing", "全市棚户区改造开工2.3万套。", "Work started on 23,000 units in the city's shantytown renovation.", [("23,000", "2,300")]),
    ("housing", "住房公积金贷款利率下调0.25个百分点。", "The interest rate on housing provident fund loans was cut by 0.25 percentage point.", [("0.25", "0.5")]),
    ("education", "全省高中阶段毛入学率达到95.2%。", "The gross enrolment rate for senior high school education in the province reached 95.2%.", [("95.2%", "92.5%")]),
    ("education", "今年全省普通高考报名人数为18.6万人。", "This year 186,000 people registered for the national college entrance examination in the province.", [("186,000", "168,000")]),
    ("education", "九年义务教育巩固率保持在99%以上。", "The retention rate of nine-year compulsory education stayed above 99%.", [("nine-year", "twelve-year"), ("above 99%", "below 99%")]),
    ("budget", "全省一般公共预算收入1116.2亿元，增长4.6%。", "General public budget revenue in the province was 111.62 billion yuan, up 4.6%.", [("111.62 billion", "11.162 billion")]),
    ("budget", "民生支出占一般公共预算支出的比重保持在八成以上。", "Spending on people's livelihoods kept its share of general public budget expenditure above 80 percent.", [("80 percent", "70 percent")]),
    ("budget", "省财政安排专项资金3.5亿元，比上年增加5000万元。", "The provincial government allocated 350 million yuan of special funds, 50 million yuan more than the year before.", [("350 million", "35 million"), ("50 million", "5 million")]),
    ("weather", "7月以来，全省平均降水量286毫米，较常年同期偏多四成。", "Since July, average rainfall in the province has been 286 mm, 40% more than usual for the period.", [("286 mm", "268 mm"), ("40%", "14%")]),
    ("weather", "受台风影响，最大风力达到10级。", "Under the influence of the typhoon, winds reached force 10.", [("force 10", "force 12")]),
    ("weather", "全省共转移安置群众3.9万人。", "A total of 39,000 people were evacuated and resettled in the province.", [("39,000", "3,900")]),
    ("weather", "预计未来三天全省有中到大雨。", "Moderate to heavy rain is forecast across the province over the next three days.", [("three days", "four days")]),
    ("census", "全省人口出生率为4.7‰，自然增长率为-3.3‰。", "The province's birth rate was 4.7 per thousand and its natural growth rate minus 3.3 per thousand.", [("4.7", "7.4"), ("minus 3.3", "3.3")]),
    ("census", "全省常住人口为2407.35万人，其中城镇人口占63.36%。", "The province had 24.0735 million permanent residents, 63.36% of them in cities and towns.", [("24.0735 million", "20.4735 million"), ("63.36%", "36.36%")]),
    ("census", "与2010年第六次全国人口普查相比，减少338.29万人。", "That is 3.3829 million fewer than in the sixth national census in 2010.", [("sixth", "seventh"), ("3.3829 million", "3.8329 million")]),
    ("census", "平均每个家庭户的人口为2.35人。", "Family households had an average of 2.35 people.", [("2.35", "3.25")]),
    ("ratio", "男女性别比为99.69（以女性为100）。", "The sex ratio was 99.69 males to 100 females.", [("99.69", "96.99")]),
    ("health", "全省人均预期寿命达到78.4岁。", "Average life expectancy in the province reached 78.4 years.", [("78.4", "74.8")]),
    ("health", "孕产妇死亡率降至每10万人10.2。", "The maternal mortality rate fell to 10.2 per 100,000.", [("10.2", "12.0")]),
    ("health", "全省每千人口拥有医疗卫生机构床位7.6张。", "There are 7.6 hospital beds for every 1,000 people in the province.", [("7.6", "6.7"), ("1,000", "10,000")]),
    ("fiscal-year", "2022-2023学年，全省共有在校生350万人。", "In the 2022-2023 school year, the province had 3.5 million students.", [("2022-2023", "2021-2022"), ("3.5 million", "35 million")]),
    ("sport", "第十四届全运会吉林代表团获得5枚金牌。", "Jilin's delegation won five gold medals at the 14th National Games.", [("five gold", "six gold"), ("14th", "15th")]),
    ("court", "检察机关批准逮捕犯罪嫌疑人1,203人，起诉2,316人。", "Prosecutors approved the arrest of 1,203 suspects and indicted 2,316.", [("1,203", "1,302"), ("2,316", "2,613")]),
]  # fmt: skip


#: Written before the eleventh round's rules and scored once before any
#: change: political shorthand with numerals (三农, 两不愁三保障, 一带一路,
#: 双一流, 四个全面), the lunar calendar, first editions (首届), stock
#: indexes in points, exchange rates and case counts.
ELEVENTH: list[Entry] = [
    ("shorthand", "全省坚持把解决好\u201c三农\u201d问题作为重中之重。", "The province has made solving the problems of agriculture, rural areas and farmers its top priority.", []),
    ("shorthand", "全省贫困人口实现\u201c两不愁三保障\u201d。", "Poor people across the province no longer worry about food and clothing and have access to compulsory education, basic medical care and safe housing.", []),
    ("shorthand", "吉林积极融入\u201c一带一路\u201d建设，开通中欧班列12条线路。", "Jilin is taking an active part in the Belt and Road Initiative and has opened 12 China-Europe freight train routes.", [("12", "21")]),
    ("shorthand", "吉林大学入选\u201c双一流\u201d建设高校。", "Jilin University was selected for the Double First-Class initiative.", []),
    ("shorthand", "协调推进\u201c四个全面\u201d战略布局。", "The Four-Pronged Comprehensive Strategy is being advanced in a coordinated way.", [("Four-Pronged", "Five-Pronged")]),
    ("shorthand", "统筹推进\u201c五位一体\u201d总体布局。", "The five-sphere integrated plan is being advanced as a whole.", [("five-sphere", "four-sphere")]),
    ("shorthand", "全省各级党组织开展\u201c三会一课\u201d2.6万次。", "Party organizations at all levels in the province held 26,000 sessions of the \u201cthree meetings and one lecture\u201d system.", [("26,000", "2,600")]),
    ("lunar", "农历正月十五，长春市举办元宵灯会。", "Changchun held a lantern fair on the 15th day of the first lunar month.", [("15th day", "14th day")]),
    ("lunar", "腊月二十三是北方的小年。", "The 23rd day of the 12th lunar month is the Little New Year in the north.", [("23rd", "24th")]),
    ("first-edition", "首届中国新电商大会在长春开幕。", "The first China New E-commerce Conference opened in Changchun.", [("first", "second")]),
    ("first-edition", "第二届全国青年运动会吉林代表团获得5枚奖牌。", "Jilin's delegation won five medals at the second National Youth Games.", [("second", "third"), ("five", "four")]),
    ("index", "上证综指收报3087.53点，上涨0.61%。", "The Shanghai Composite Index closed at 3,087.53 points, up 0.61 percent.", [("3,087.53", "3,078.53"), ("0.61", "0.16")]),
    ("index", "深证成指下跌42.6点。", "The Shenzhen Component Index fell 42.6 points.", [("42.6", "46.2")]),
    ("exchange", "人民币对美元汇率中间价报6.9225。", "The central parity rate of the yuan against the U.S. dollar was 6.9225.", [("6.9225", "6.2925")]),
    ("exchange", "1美元兑换7.1元人民币。", "One U.S. dollar was worth 7.1 yuan.", [("7.1", "1.7")]),
    ("cases", "全省新增本土确诊病例0例。", "The province reported no new locally transmitted confirmed cases.", []),
    ("cases", "全省累计报告本土确诊病例573例、无症状感染者39例。", "The province has reported a total of 573 locally transmitted confirmed cases and 39 asymptomatic infections.", [("573", "537"), ("39", "93")]),
    ("cases", "当日新增治愈出院12例。", "Twelve patients were discharged after recovering that day.", [("Twelve", "Twenty")]),
    ("dozens", "长春市已连续举办十八届汽博会。", "Changchun has held the auto expo 18 times in a row.", [("18", "17")]),
    ("dozens", "该市有上百家企业参展。", "Hundreds of companies from the city took part in the exhibition.", []),
    ("dozens", "数百名志愿者参与服务。", "Several hundred volunteers took part.", []),
    ("since", "自1956年建厂以来，一汽累计生产汽车超过5000万辆。", "Since the plant was founded in 1956, FAW has built more than 50 million vehicles.", [("1956", "1965"), ("50 million", "5 million")]),
    ("since", "建厂六十多年来，一汽已成为中国最大的汽车企业集团之一。", "In more than 60 years since the plant opened, FAW has become one of China's largest automotive groups.", [("60 years", "70 years")]),
    ("ages", "该项目面向18至35周岁的青年。", "The project is open to young people aged 18 to 35.", [("18 to 35", "18 to 30")]),
    ("ages", "3岁以下婴幼儿照护服务机构达到210家。", "There are now 210 care centres for children under 3.", [("210", "120"), ("under 3", "under 6")]),
    ("hours", "政务服务事项实现\u201c最多跑一次\u201d。", "Government services now require \u201cat most one visit\u201d.", []),
    ("hours", "企业开办时间压缩至1个工作日以内。", "Starting a business now takes no more than one working day.", [("one working day", "two working days")]),
    ("hours", "24小时自助服务区覆盖全部县（市、区）。", "Round-the-clock self-service areas cover all counties, cities and districts.", []),
    ("percent-text", "全年空气质量优良天数比例为89.6%。", "Days with good or excellent air quality made up 89.6 percent of the year.", [("89.6", "86.9")]),
    ("percent-text", "城市污水处理率达到97%以上。", "More than 97 percent of urban sewage is treated.", [("97", "79"), ("More than", "Less than")]),
]  # fmt: skip


#: Written before the twelfth round's rules and scored once before any change:
#: holiday tourism reports in the shapes agency English gives them (found
#: with ``search``): 五一 and 十一 holidays, 大年初三, growth against 2019 "on
#: a comparable basis", "percentage points higher than the national rate",
#: record highs, shares of visitors from outside the province.
TWELFTH: list[Entry] = [
    ("holiday", "春节假期，全省接待国内游客1154.67万人次，同比增长23.61%。", "During the Spring Festival holiday, the province received 11.5467 million domestic tourist visits, up 23.61 percent year on year.", [("11.5467 million", "1.15467 million"), ("23.61", "32.61")]),
    ("holiday", "增幅高于全国0.51个百分点。", "The growth was 0.51 percentage points higher than the national rate.", [("0.51", "0.15")]),
    ("holiday", "实现国内旅游收入111.78亿元，同比增长33.31%。", "Domestic tourism revenue reached 11.178 billion yuan, up 33.31 percent year on year.", [("11.178 billion", "111.78 billion")]),
    ("holiday", "\u201c五一\u201d假期，全省接待国内游客1836.3万人次。", "During the May Day holiday, the province received 18.363 million domestic tourists.", [("18.363 million", "18.636 million")]),
    ("holiday", "五一假期全省旅游收入同比增长160.3%。", "Tourism revenue in the province during the May Day holiday rose 160.3% year on year.", [("160.3%", "106.3%")]),
    ("holiday", "\u201c十一\u201d黄金周期间，长白山景区接待游客32.6万人次。", "During the National Day Golden Week, the Changbai Mountain scenic area received 326,000 visitors.", [("326,000", "362,000")]),
    ("holiday", "国庆8天长假，全省共接待游客1558万人次。", "The eight-day National Day holiday saw 15.58 million tourist visits to the province.", [("eight-day", "seven-day"), ("15.58 million", "155.8 million")]),
    ("holiday", "大年初三，长白山景区迎来客流高峰。", "On the third day of the Lunar New Year, the Changbai Mountain scenic area saw a peak in visitors.", [("third day", "fifth day")]),
    ("holiday", "除夕至正月初六，全省接待游客超过千万人次。", "From Lunar New Year's Eve to the sixth day of the first lunar month, the province received more than 10 million visits.", [("sixth day", "seventh day"), ("10 million", "1 million")]),
    ("comparable", "按可比口径，恢复至2019年同期的112.5%。", "On a comparable basis, that is 112.5 percent of the same period in 2019.", [("112.5", "121.5"), ("2019", "2018")]),
    ("comparable", "民宿预订量较2019年增长16倍。", "Homestay bookings were 17 times those of 2019.", [("17 times", "16 times")]),
    ("record", "2023年，长白山景区接待游客274.77万人次，创历史新高，同比增长260.45%。", "In 2023, the Changbai Mountain scenic area received a record 2.7477 million visitors, up 260.45 percent year on year.", [("2.7477 million", "27.477 million"), ("260.45", "206.45")]),
    ("record", "省外游客占比达到35.6%，比去年同期提高17个百分点。", "Visitors from outside the province made up 35.6 percent, 17 percentage points more than a year earlier.", [("35.6", "53.6"), ("17 percentage", "7 percentage")]),
    ("record", "游客人均花费1733.43元，增长8.1%。", "Average spending per visitor was 1,733.43 yuan, up 8.1 percent.", [("1,733.43", "1,373.43")]),
    ("record", "游客平均停留时间为2.88天，同比增加0.7天。", "Visitors stayed an average of 2.88 days, 0.7 days longer than a year earlier.", [("2.88", "2.28"), ("0.7 days", "0.2 days")]),
    ("record", "自驾游客占比达82%。", "Self-driving tourists accounted for 82 percent.", [("82", "28")]),
    ("ranges", "乡村游由一天延长至两天以上。", "Rural trips have grown from one day to two days or more.", [("two days", "three days")]),
    ("ranges", "出游方式由单个家庭变为2至4个家庭结伴出行。", "Instead of a single family, two to four families now often travel together.", [("two to four", "two to five")]),
    ("ranges", "长白山和延吉进入春节热门小众目的地前10名。", "Changbai Mountain and Yanji were among the top 10 popular niche destinations for the Spring Festival.", [("top 10", "top 20")]),
    ("ranges", "全省A级旅游景区达到267家，其中5A级7家。", "The province has 267 A-level tourist attractions, seven of them rated 5A.", [("267", "276"), ("seven", "six")]),
    ("holiday", "清明假期三天，全省接待游客310.2万人次。", "The three-day Qingming Festival holiday saw 3.102 million tourist visits in the province.", [("three-day", "four-day"), ("3.102 million", "31.02 million")]),
    ("holiday", "端午节当天，净月潭景区接待游客5.2万人次。", "On the day of the Dragon Boat Festival, Jingyuetan scenic area received 52,000 visitors.", [("52,000", "25,000")]),
    ("holiday", "7月以来，全省避暑游客超过2000万人次。", "Since July, more than 20 million visitors have come to the province to escape the summer heat.", [("20 million", "2 million")]),
    ("holiday", "全省冰雪旅游季预计接待游客1.2亿人次。", "The province expects 120 million tourist visits in the ice and snow season.", [("120 million", "12 million")]),
]  # fmt: skip


#: Written before the thirteenth round's rules and scored once before any
#: change: the car industry of Changchun (model names with letters and
#: digits, prices "from", fuel use per 100 km, range, acceleration, autonomy
#: levels, capacity, the millionth vehicle, month-on-month change).
THIRTEENTH: list[Entry] = [
    ("model", "红旗H9上市，售价30.98万元起。", "The Hongqi H9 went on sale at a starting price of 309,800 yuan.", [("309,800", "390,800"), ("H9", "H7")]),
    ("model", "一汽解放J7重卡累计销量突破5万辆。", "Cumulative sales of the FAW Jiefang J7 heavy truck passed 50,000.", [("50,000", "5,000"), ("J7", "J6")]),
    ("model", "奔腾B70第三代车型正式下线。", "The third-generation Bestune B70 rolled off the production line.", [("third-generation", "second-generation"), ("B70", "B50")]),
    ("fuel", "该车百公里综合油耗为6.5升。", "The car uses 6.5 liters of fuel per 100 km on the combined cycle.", [("6.5", "5.6"), ("100 km", "1,000 km")]),
    ("fuel", "纯电续航里程达到600公里。", "Its all-electric range reaches 600 km.", [("600", "500")]),
    ("fuel", "百公里加速时间为4.5秒。", "It accelerates from 0 to 100 km/h in 4.5 seconds.", [("4.5", "5.4")]),
    ("fuel", "快充30分钟可将电量从30%充至80%。", "A 30-minute fast charge takes the battery from 30% to 80%.", [("30-minute", "40-minute"), ("80%", "90%")]),
    ("autonomy", "该车具备L4级自动驾驶能力。", "The vehicle is capable of Level 4 autonomous driving.", [("Level 4", "Level 3")]),
    ("capacity", "新工厂年产能30万辆，总投资120亿元。", "The new plant can make 300,000 vehicles a year and cost 12 billion yuan in total.", [("300,000", "30,000"), ("12 billion", "1.2 billion")]),
    ("capacity", "一汽集团全年销售整车320.6万辆。", "FAW Group sold 3.206 million vehicles in the year.", [("3.206 million", "3.026 million")]),
    ("milestone", "第100万辆红旗轿车在长春下线。", "The millionth Hongqi car rolled off the line in Changchun.", [("millionth", "billionth")]),
    ("milestone", "一汽-大众第2000万辆整车下线。", "FAW-Volkswagen's 20 millionth vehicle rolled off the line.", [("20 millionth", "10 millionth")]),
    ("change", "11月份销量环比增长12.3%。", "Sales in November rose 12.3 percent month on month.", [("12.3", "13.2"), ("November", "October")]),
    ("change", "新能源汽车销量同比增长1.3倍。", "Sales of new energy vehicles rose 130 percent year on year.", [("130 percent", "30 percent")]),
    ("change", "市场占有率提升至6.2%。", "Its market share rose to 6.2%.", [("6.2%", "2.6%")]),
    ("parts", "本地配套率达到45%以上。", "More than 45% of parts are now sourced locally.", [("45%", "54%")]),
    ("parts", "全省汽车零部件企业超过1000户。", "The province has more than 1,000 auto parts companies.", [("1,000", "100")]),
    ("parts", "项目建成后可实现年产值50亿元，新增就业岗位2000个。", "Once built, the project will produce 5 billion yuan of output a year and create 2,000 jobs.", [("5 billion", "50 billion"), ("2,000", "20,000")]),
    ("export", "红旗品牌已进入20多个国家和地区。", "The Hongqi brand is now sold in more than 20 countries and regions.", [("20", "30")]),
    ("export", "1—10月，全省汽车出口4.1万辆，增长86%。", "In the first 10 months, the province exported 41,000 vehicles, up 86 percent.", [("41,000", "14,000"), ("first 10", "first 9")]),
    ("price", "补贴标准为每辆车最高1万元。", "The subsidy is up to 10,000 yuan per vehicle.", [("10,000", "1,000")]),
    ("price", "车型价格区间为15万至25万元。", "The models are priced between 150,000 and 250,000 yuan.", [("250,000", "350,000")]),
    ("price", "购置税减半征收。", "The purchase tax is halved.", []),
    ("test", "测试里程累计超过100万公里。", "Test vehicles have covered more than a million kilometres.", [("a million", "a billion")]),
]  # fmt: skip


#: Written before the fourteenth round's rules and scored once before any
#: change: environment and energy-saving bulletins (water quality classes in
#: Roman numerals, micrograms per cubic metre, tonnes of standard coal,
#: chemical names with numerals, PM10, straw use, 双碳).
FOURTEENTH: list[Entry] = [
    ("water-class", "全省地表水国考断面水质优良（Ⅰ—Ⅲ类）比例为82.4%。", "Of the state-monitored surface water sections in the province, 82.4 percent had good water quality (Grades I-III).", [("82.4", "84.2")]),
    ("water-class", "劣Ⅴ类水体比例降至0.9%。", "Water worse than Grade V fell to 0.9 percent.", [("0.9", "9")]),
    ("water-class", "松花江干流水质稳定保持在Ⅱ类。", "Water in the main stream of the Songhua River stayed at Grade II.", [("Grade II", "Grade III")]),
    ("air", "全省PM2.5平均浓度为29微克/立方米，同比下降3.3%。", "The average PM2.5 concentration in the province was 29 micrograms per cubic meter, down 3.3 percent.", [("29", "39"), ("3.3", "3.8")]),
    ("air", "PM10平均浓度为52微克/立方米。", "The average PM10 concentration was 52 micrograms per cubic meter.", [("52", "25"), ("PM10", "PM2.5")]),
    ("air", "二氧化硫排放量减少1.2万吨。", "Sulfur dioxide emissions fell by 12,000 tonnes.", [("12,000", "1,200")]),
    ("air", "二氧化碳排放强度下降18%。", "Carbon dioxide emissions per unit of GDP fell 18 percent.", [("18", "8")]),
    ("energy-saving", "单位GDP能耗下降13.5%，节约标准煤300万吨。", "Energy use per unit of GDP fell 13.5 percent, saving 3 million tonnes of standard coal.", [("13.5", "15.3"), ("3 million", "30 million")]),
    ("energy-saving", "全省能源消费总量控制在8500万吨标准煤以内。", "Total energy consumption in the province was kept within 85 million tonnes of standard coal equivalent.", [("85 million", "8.5 million"), ("within", "over")]),
    ("straw", "秸秆综合利用率达到87%以上。", "Over 87 percent of crop straw was put to use.", [("87", "78")]),
    ("straw", "秸秆还田面积达到3000万亩。", "Straw was returned to 30 million mu of fields.", [("30 million", "3 million")]),
    ("carbon", "围绕\u201c双碳\u201d目标，全省新增光伏装机120万千瓦。", "In pursuit of the dual carbon goals, the province added 1.2 gigawatts of solar capacity.", [("1.2 gigawatts", "2.1 gigawatts")]),
    ("carbon", "力争2030年前实现碳达峰、2060年前实现碳中和。", "The aim is to peak carbon emissions before 2030 and achieve carbon neutrality before 2060.", [("2030", "2035"), ("2060", "2050")]),
    ("forest", "全省森林覆盖率达到45.2%，森林蓄积量10.86亿立方米。", "Forest coverage in the province reached 45.2 percent, with a growing stock of 1.086 billion cubic meters.", [("45.2", "42.5"), ("1.086 billion", "10.86 billion")]),
    ("forest", "全年完成造林绿化120万亩。", "A total of 1.2 million mu was afforested in the year.", [("1.2 million", "12 million")]),
    ("wetland", "向海国家级自然保护区面积10.54万公顷。", "The Xianghai National Nature Reserve covers 105,400 hectares.", [("105,400", "150,400")]),
    ("wetland", "每年有近300种鸟类在此栖息。", "Nearly 300 bird species live there each year.", [("Nearly 300", "More than 300")]),
    ("wildlife", "东北虎数量已增至50只左右。", "The number of Siberian tigers has grown to about 50.", [("50", "15")]),
    ("wildlife", "监测到东北豹幼崽3只。", "Three Amur leopard cubs were recorded.", [("Three", "Two")]),
    ("noise", "城市区域声环境质量昼间平均等效声级为53.8分贝。", "The average daytime equivalent sound level in urban areas was 53.8 decibels.", [("53.8", "58.3")]),
    ("waste", "城市生活垃圾无害化处理率达到100%。", "All household waste in cities is now treated safely.", []),
    ("waste", "新建垃圾焚烧发电厂4座，日处理能力3000吨。", "Four new waste-to-energy plants can handle 3,000 tonnes a day.", [("Four", "Five"), ("3,000", "30,000")]),
]  # fmt: skip


#: Written before the fifteenth round's rules and scored once before any
#: change: banking and finance releases (basis points, loan prime rates,
#: reserve requirement ratios, non-performing loan ratios, balances at the
#: end of a month, M2, 万分之).
FIFTEENTH: list[Entry] = [
    ("basis-points", "1年期贷款市场报价利率下调10个基点至3.45%。", "The one-year loan prime rate was cut by 10 basis points to 3.45 percent.", [("10 basis", "15 basis"), ("3.45", "3.55")]),
    ("basis-points", "5年期以上LPR为4.2%，较上月下降15个基点。", "The five-year LPR was 4.2 percent, 15 basis points lower than a month earlier.", [("15 basis", "25 basis"), ("five-year", "three-year")]),
    ("basis-points", "企业贷款加权平均利率同比下降0.32个百分点。", "The weighted average interest rate on corporate loans fell 32 basis points year on year.", [("32 basis", "23 basis")]),
    ("reserve", "金融机构存款准备金率下调0.25个百分点。", "The reserve requirement ratio for financial institutions was cut by 0.25 percentage points.", [("0.25", "0.5")]),
    ("reserve", "此次降准共释放长期资金约5000亿元。", "The cut released about 500 billion yuan of long-term funds.", [("500 billion", "50 billion")]),
    ("balance", "6月末，全省本外币各项贷款余额2.86万亿元，同比增长7.9%。", "At the end of June, outstanding loans in domestic and foreign currencies in the province stood at 2.86 trillion yuan, up 7.9 percent year on year.", [("2.86 trillion", "28.6 trillion"), ("June", "July")]),
    ("balance", "截至9月末，普惠小微贷款余额达到3980亿元。", "As of the end of September, inclusive loans to small and micro businesses reached 398 billion yuan.", [("398 billion", "39.8 billion"), ("September", "August")]),
    ("balance", "年末人民币存款余额比年初增加2467亿元。", "Yuan deposits at the end of the year were 246.7 billion yuan higher than at the start.", [("246.7 billion", "264.7 billion")]),
    ("npl", "全省银行业不良贷款率为1.52%，比年初下降0.21个百分点。", "The non-performing loan ratio of the province's banks was 1.52 percent, down 0.21 percentage points from the start of the year.", [("1.52", "1.25"), ("0.21", "0.12")]),
    ("money", "6月末，广义货币（M2）余额同比增长11.3%。", "At the end of June, broad money (M2) grew 11.3 percent year on year.", [("11.3", "13.1"), ("M2", "M1")]),
    ("money", "上半年人民币贷款增加15.73万亿元，同比多增7802亿元。", "Yuan loans rose by 15.73 trillion yuan in the first half, 780.2 billion yuan more than a year earlier.", [("15.73 trillion", "17.53 trillion"), ("780.2 billion", "78.02 billion")]),
    ("fee", "交易手续费按成交金额的万分之五收取。", "The trading fee is 0.05 percent of the transaction value.", [("0.05 percent", "0.5 percent")]),
    ("fee", "印花税税率由千分之一下调至千分之零点五。", "The stamp duty rate was cut from 0.1 percent to 0.05 percent.", [("0.05 percent", "0.5 percent")]),
    ("insurance", "全省保费收入达到668亿元，赔款支出210亿元。", "Insurance premiums in the province reached 66.8 billion yuan and claims paid 21 billion yuan.", [("66.8 billion", "6.68 billion"), ("21 billion", "12 billion")]),
    ("listing", "吉林省境内上市公司达到49家，总市值超过6000亿元。", "Jilin now has 49 companies listed at home, with a total market value of over 600 billion yuan.", [("49", "94"), ("600 billion", "60 billion")]),
    ("listing", "该公司首次公开发行4000万股，发行价每股12.5元。", "The company offered 40 million shares in its initial public offering at 12.5 yuan a share.", [("40 million", "4 million"), ("12.5", "15.2")]),
    ("bonds", "发行地方政府专项债券820亿元，期限10年。", "The province issued 82 billion yuan of special local government bonds with a 10-year term.", [("82 billion", "8.2 billion"), ("10-year", "20-year")]),
    ("bonds", "票面利率为2.89%。", "The coupon rate is 2.89 percent.", [("2.89", "2.98")]),
]  # fmt: skip


#: Written before the sixteenth round's rules and scored once before any
#: change: meetings, legislatures and personnel (plenary sessions numbered
#: two ways, standing committee sessions, votes, ages and birth years of
#: officials, terms of office).
SIXTEENTH: list[Entry] = [
    ("plenum", "中共吉林省委十二届八次全会在长春召开。", "The eighth plenary session of the 12th CPC Jilin Provincial Committee was held in Changchun.", [("eighth", "seventh"), ("12th", "11th")]),
    ("plenum", "省十四届人大一次会议选举产生新一届省政府领导。", "The first session of the 14th Jilin Provincial People's Congress elected the new provincial government leaders.", [("first session", "second session"), ("14th", "13th")]),
    ("plenum", "省人大常委会第五次会议审议通过了3部地方性法规。", "The fifth session of the provincial people's congress standing committee adopted three local regulations.", [("fifth", "sixth"), ("three", "four")]),
    ("votes", "决议以52票赞成、0票反对、1票弃权获得通过。", "The resolution was adopted with 52 votes in favour, none against and one abstention.", [("52", "25")]),
    ("votes", "出席会议的代表应到650名，实到621名，符合法定人数。", "Of the 650 deputies, 621 attended, a quorum.", [("621", "612")]),
    ("personnel", "张某，男，汉族，1968年5月出生，吉林长春人。", "Zhang, male, of Han ethnicity, was born in May 1968 in Changchun, Jilin.", [("1968", "1986")]),
    ("personnel", "他现年55岁，曾任长春市副市长。", "He is 55 and was formerly vice-mayor of Changchun.", [("55", "56")]),
    ("personnel", "任期五年，自2023年1月起计算。", "The term is five years, starting from January 2023.", [("five years", "four years"), ("2023", "2022")]),
    ("personnel", "会议任命了2名副省长。", "The session appointed two vice-governors.", [("two", "three")]),
    ("personnel", "全省共选出省人大代表610名，其中妇女代表占27.5%。", "The province elected 610 deputies to the provincial people's congress, 27.5 percent of them women.", [("610", "601"), ("27.5", "25.7")]),
    ("meeting", "省政府第15次常务会议研究部署了近期重点工作。", "The 15th executive meeting of the provincial government planned the key work ahead.", [("15th", "16th")]),
    ("meeting", "会议持续了两个半小时。", "The meeting lasted two and a half hours.", [("two and a half", "three and a half")]),
    ("meeting", "会议听取了关于2023年国民经济和社会发展计划执行情况的报告。", "The session heard a report on the implementation of the 2023 plan for economic and social development.", [("2023", "2024")]),
    ("inspection", "中央第三巡视组进驻吉林开展为期2个月的巡视。", "The Third Central Inspection Team began a two-month inspection in Jilin.", [("Third", "Fourth"), ("two-month", "three-month")]),
    ("inspection", "共受理群众来信来电1200余件。", "More than 1,200 letters and calls from the public were received.", [("1,200", "2,100")]),
    ("discipline", "全省纪检监察机关立案审查调查4583件，处分4102人。", "Discipline inspection and supervision organs in the province opened 4,583 cases and punished 4,102 people.", [("4,583", "4,853"), ("4,102", "4,012")]),
    ("discipline", "其中处级以上干部136人。", "Of them, 136 were officials at the county level or above.", [("136", "163")]),
    ("anniversary", "今年是改革开放45周年。", "This year marks the 45th anniversary of reform and opening up.", [("45th", "40th")]),
    ("anniversary", "庆祝中华人民共和国成立74周年招待会在长春举行。", "A reception celebrating the 74th anniversary of the founding of the People's Republic of China was held in Changchun.", [("74th", "75th")]),
    ("anniversary", "纪念中国人民抗日战争暨世界反法西斯战争胜利78周年。", "It marks the 78th anniversary of the victory of the Chinese People's War of Resistance Against Japanese Aggression and the World Anti-Fascist War.", [("78th", "80th")]),
]  # fmt: skip


#: Written before the seventeenth round's rules and scored once before any
#: change: science, space and technology news (spacecraft and satellites
#: named with numerals, "Shenzhou-16", "Jilin-1", resolution in metres,
#: patents per 10,000 people, R&D intensity, laboratories, academicians).
SEVENTEENTH: list[Entry] = [
    ("spacecraft", "神舟十六号载人飞船发射取得圆满成功。", "The Shenzhou-16 crewed spacecraft was launched successfully.", [("Shenzhou-16", "Shenzhou-15")]),
    ("spacecraft", "嫦娥五号带回月球样品1731克。", "Chang'e-5 brought back 1,731 grams of lunar samples.", [("1,731", "1,371"), ("Chang'e-5", "Chang'e-6")]),
    ("spacecraft", "长征二号F遥十六运载火箭点火升空。", "The Long March-2F Y16 carrier rocket lifted off.", [("March-2F", "March-3F")]),
    ("satellite", "\u201c吉林一号\u201d卫星星座在轨卫星数量达到108颗。", "The Jilin-1 satellite constellation now has 108 satellites in orbit.", [("108", "180")]),
    ("satellite", "吉林一号宽幅02A星分辨率优于0.5米。", "The Jilin-1 Kuanfu 02A satellite has a resolution better than 0.5 meters.", [("0.5", "0.75"), ("02A", "01A")]),
    ("satellite", "每天可对全球任意地点重访23至25次。", "It can revisit any point on Earth 23 to 25 times a day.", [("23 to 25", "23 to 35")]),
    ("satellite", "长光卫星技术股份有限公司成立于2014年12月。", "Chang Guang Satellite Technology Co., Ltd. was founded in December 2014.", [("2014", "2015"), ("December", "November")]),
    ("rnd", "全省研发经费投入强度达到1.3%。", "R&D intensity in the province reached 1.3 percent.", [("1.3", "3.1")]),
    ("rnd", "每万人口高价值发明专利拥有量达到3.8件。", "The province has 3.8 high-value invention patents per 10,000 people.", [("3.8", "8.3"), ("10,000", "100,000")]),
    ("rnd", "技术合同成交额突破500亿元。", "Turnover of technology contracts topped 50 billion yuan.", [("50 billion", "5 billion")]),
    ("labs", "全省拥有全国重点实验室12个、两院院士25人。", "The province has 12 national key laboratories and 25 academicians of the two academies.", [("12", "21"), ("25", "52")]),
    ("labs", "中国科学院长春光学精密机械与物理研究所研制的4米口径碳化硅反射镜通过验收。", "A 4-meter silicon carbide mirror made by the Changchun Institute of Optics, Fine Mechanics and Physics of the Chinese Academy of Sciences passed inspection.", [("4-meter", "2-meter")]),
    ("labs", "高新技术企业数量增至3500家，科技型中小企业1.2万家。", "The number of high-tech enterprises rose to 3,500, and science-based small and medium-sized firms to 12,000.", [("3,500", "5,300"), ("12,000", "1,200")]),
    ("software", "第二十届中国国际软件博览会在长春开幕。", "The 20th China International Software Expo opened in Changchun.", [("20th", "21st")]),
    ("software", "软件业务收入增长14.6%。", "Software revenue grew 14.6 percent.", [("14.6", "16.4")]),
    ("computing", "长春人工智能计算中心算力达到300P。", "The Changchun AI computing centre has 300 petaflops of computing power.", [("300", "200")]),
    ("rail", "复兴号CR400BF型动车组在长白山线路投入运营。", "CR400BF Fuxing bullet trains entered service on the Changbai Mountain line.", [("CR400BF", "CR300BF")]),
    ("rail", "设计时速350公里。", "The design speed is 350 km per hour.", [("350", "250")]),
]  # fmt: skip


#: Written before the eighteenth round's rules and scored once before any
#: change: prices and consumption (CPI, prices per jin and per kilogram,
#: shopping festivals named by dates, parcels, online retail, livestreaming).
EIGHTEENTH: list[Entry] = [
    ("cpi", "全省居民消费价格同比上涨2.1%，其中食品价格上涨4.3%。", "Consumer prices in the province rose 2.1 percent year on year, with food prices up 4.3 percent.", [("2.1", "1.2"), ("4.3", "3.4")]),
    ("cpi", "猪肉价格下降17.5%，鲜菜价格上涨6.2%。", "Pork prices fell 17.5 percent and fresh vegetable prices rose 6.2 percent.", [("17.5", "15.7")]),
    ("cpi", "核心CPI同比上涨0.7%，涨幅与上月持平。", "Core CPI rose 0.7 percent year on year, the same rate as the month before.", [("0.7", "0.9")]),
    ("price-unit", "玉米收购价每斤1.25元，比去年同期高0.08元。", "Corn was bought at 1.25 yuan a jin, 0.08 yuan more than a year earlier.", [("1.25", "1.52"), ("0.08", "0.8")]),
    ("price-unit", "鸡蛋零售价为每公斤11.6元。", "Eggs sold for 11.6 yuan per kilogram at retail.", [("11.6", "16.1")]),
    ("price-unit", "92号汽油每升上调0.15元。", "The price of No. 92 gasoline went up by 0.15 yuan per liter.", [("0.15", "0.51"), ("No. 92", "No. 95")]),
    ("festival", "\u201c双十一\u201d期间，全省快递业务量突破1.2亿件。", "During the Singles' Day shopping festival, the province handled more than 120 million parcels.", [("120 million", "12 million")]),
    ("festival", "\u201c618\u201d购物节期间，网络零售额同比增长15%。", "During the 618 shopping festival, online retail sales grew 15 percent year on year.", [("618", "816"), ("15 percent", "51 percent")]),
    ("festival", "春节期间全省重点商贸企业销售额达到85.6亿元。", "Sales at the province's key retailers reached 8.56 billion yuan during the Spring Festival.", [("8.56 billion", "85.6 billion")]),
    ("retail", "全年社会消费品零售总额4125.4亿元，增长9.1%。", "Total retail sales of consumer goods for the year were 412.54 billion yuan, up 9.1 percent.", [("412.54 billion", "41.254 billion"), ("9.1", "1.9")]),
    ("retail", "限额以上单位商品零售额增长8.3%。", "Retail sales of enterprises above designated size grew 8.3 percent.", [("8.3", "3.8")]),
    ("retail", "实物商品网上零售额占社会消费品零售总额的比重为27.6%。", "Online retail sales of physical goods made up 27.6 percent of total retail sales of consumer goods.", [("27.6", "26.7")]),
    ("livestream", "全省开展直播带货活动3800余场，带动销售额12亿元。", "The province held more than 3,800 livestream sales events, generating 1.2 billion yuan in sales.", [("3,800", "8,300"), ("1.2 billion", "12 billion")]),
    ("livestream", "单场直播最高观看人数超过50万人次。", "The most-watched single livestream drew more than 500,000 views.", [("500,000", "50,000")]),
    ("parcels", "全省邮政行业业务收入完成98.7亿元，快递业务量完成5.3亿件。", "Postal revenue in the province reached 9.87 billion yuan, and 530 million parcels were delivered.", [("9.87 billion", "98.7 billion"), ("530 million", "53 million")]),
    ("parcels", "农村快递服务覆盖率达到100%。", "Courier services now reach every rural area.", []),
    ("night", "全省打造夜经济街区56个。", "The province has built 56 night-time economy districts.", [("56", "65")]),
    ("vouchers", "发放消费券1亿元，撬动消费10.5亿元。", "Consumption vouchers worth 100 million yuan were issued, spurring 1.05 billion yuan of spending.", [("100 million", "10 million"), ("1.05 billion", "10.5 billion")]),
    ("vouchers", "每张满200元减50元。", "Each voucher takes 50 yuan off a purchase of 200 yuan or more.", [("50 yuan", "20 yuan"), ("200 yuan", "500 yuan")]),
]  # fmt: skip


#: Written before the nineteenth round's rules and scored once before any
#: change, natively in Traditional script: Taiwan, Hong Kong and Macao
#: usage (年增, 季增, 三成五, 前10月, 第1季, 2023/24年度, 百萬港元, 澳門元).
NINETEENTH: list[Entry] = [
    ("tw-growth", "外銷訂單年增3.2%，連續第5個月正成長。", "Export orders rose 3.2% year on year, the fifth straight month of growth.", [("3.2%", "2.3%"), ("fifth", "sixth")]),
    ("tw-growth", "第1季經濟成長率為6.51%，季增1.2%。", "The economy grew 6.51% in the first quarter, up 1.2% from the previous quarter.", [("6.51", "5.61"), ("first quarter", "second quarter")]),
    ("tw-growth", "今年前10月出口總值達3,864億美元。", "Exports in the first 10 months of this year totalled US$386.4 billion.", [("386.4 billion", "38.64 billion"), ("first 10", "first 11")]),
    ("tw-share", "受訪者中有三成五表示支持。", "Thirty-five percent of those surveyed said they were in favour.", [("Thirty-five", "Thirty")]),
    ("tw-share", "逾七成七的企業預期明年營收成長。", "More than 77% of companies expect revenue to grow next year.", [("77%", "70%")]),
    ("tw-share", "八成以上民眾已完成接種。", "More than 80 percent of the public has been vaccinated.", [("80 percent", "90 percent")]),
    ("tw-money", "行政院核定新臺幣1,200億元特別預算。", "The Executive Yuan approved a special budget of NT$120 billion.", [("NT$120 billion", "NT$12 billion")]),
    ("tw-money", "全年稅收超徵約新台幣3,800億元。", "Tax revenue for the year exceeded the budget by about NT$380 billion.", [("380 billion", "38 billion")]),
    ("tw-date", "該法案預計於12月底前完成三讀。", "The bill is expected to pass its third reading by the end of December.", [("third reading", "second reading"), ("December", "November")]),
    ("hk-fiscal", "2023/24年度綜合赤字為1,016億港元。", "The consolidated deficit for 2023/24 was HK$101.6 billion.", [("101.6 billion", "10.16 billion"), ("2023/24", "2022/23")]),
    ("hk-fiscal", "截至2024年3月31日止年度，盈利增長12%。", "Profit for the year ended March 31, 2024 grew 12%.", [("12%", "21%"), ("March 31", "March 30")]),
    ("hk-money", "項目涉及撥款3,500萬港元。", "The project involves funding of HK$35 million.", [("HK$35 million", "HK$3.5 million")]),
    ("hk-money", "首次置業人士可獲最多800萬港元按揭。", "First-time buyers can get mortgages of up to HK$8 million.", [("HK$8 million", "HK$80 million")]),
    ("hk-change", "零售業總銷貨價值按年上升9.1%，按月則下跌2.3%。", "The total value of retail sales rose 9.1% year on year but fell 2.3% month on month.", [("9.1%", "1.9%"), ("2.3%", "3.2%")]),
    ("hk-change", "第四波疫情期間，每日確診個案一度逾百宗。", "During the fourth wave of the epidemic, daily confirmed cases at one point exceeded 100.", [("fourth wave", "fifth wave"), ("100", "1,000")]),
    ("macao", "旅遊博彩收入達183億澳門元。", "Gaming revenue reached 18.3 billion patacas.", [("18.3 billion", "1.83 billion")]),
    ("macao", "首9個月入境旅客逾2,100萬人次。", "More than 21 million visitors arrived in the first nine months.", [("21 million", "2.1 million"), ("nine months", "ten months")]),
    ("macao", "澳門特區政府向每名永久居民發放10,000澳門元。", "The Macao SAR government gives each permanent resident 10,000 patacas.", [("10,000", "1,000")]),
]  # fmt: skip


#: Written before the twentieth round's rules and scored once before any
#: change, natively in Traditional script: Taiwan and Hong Kong economy,
#: weather and earthquake reports (景氣燈號, 基本工資, 時薪, 規模6.2, 震度5弱,
#: 3奈米, 加權指數, 公屋輪候, 電子消費券).
TWENTIETH: list[Entry] = [
    ("tw-economy", "景氣燈號連續3個月亮出綠燈。", "The business climate monitor flashed green for the third straight month.", [("third", "fourth")]),
    ("tw-economy", "主計總處將今年經濟成長率預測上修至3.29%。", "The statistics office raised its forecast for economic growth this year to 3.29%.", [("3.29", "3.92")]),
    ("tw-economy", "8月失業率為3.48%，較上月下降0.04個百分點。", "The unemployment rate in August was 3.48%, down 0.04 percentage points from July.", [("3.48", "3.84"), ("August", "September")]),
    ("tw-wage", "基本工資月薪調漲至27,470元，時薪調漲至183元。", "The minimum monthly wage was raised to NT$27,470 and the hourly wage to NT$183.", [("27,470", "27,740"), ("183", "138")]),
    ("tw-wage", "預估受惠勞工約239萬人。", "About 2.39 million workers are expected to benefit.", [("2.39 million", "23.9 million")]),
    ("tw-quake", "花蓮外海發生規模6.2地震，震源深度10公里。", "A magnitude 6.2 earthquake struck off Hualien at a depth of 10 km.", [("6.2", "6.4"), ("10 km", "15 km")]),
    ("tw-quake", "最大震度5弱，全台有感。", "The maximum intensity was 5-, and it was felt across Taiwan.", []),
    ("tw-weather", "颱風帶來的累積雨量超過1,000毫米。", "The typhoon brought more than 1,000 mm of accumulated rainfall.", [("1,000", "100")]),
    ("tw-weather", "全台22縣市中有15縣市宣布停班停課。", "Fifteen of Taiwan's 22 cities and counties suspended work and classes.", [("Fifteen", "Sixteen"), ("22", "20")]),
    ("tw-chips", "台積電3奈米製程今年營收占比達15%。", "TSMC's 3-nanometer process accounted for 15% of its revenue this year.", [("3-nanometer", "5-nanometer"), ("15%", "51%")]),
    ("tw-chips", "今年資本支出約300億美元。", "Capital expenditure this year is about US$30 billion.", [("US$30 billion", "US$3 billion")]),
    ("tw-market", "加權指數上漲120點，收在17,250點。", "The TAIEX rose 120 points to close at 17,250.", [("120", "210"), ("17,250", "17,520")]),
    ("tw-market", "成交值新臺幣3,500億元。", "Turnover was NT$350 billion.", [("NT$350 billion", "NT$35 billion")]),
    ("hk-housing", "一般公屋申請者平均輪候時間為5.6年。", "The average waiting time for general applicants for public rental housing was 5.6 years.", [("5.6", "6.5")]),
    ("hk-housing", "未來10年公營房屋供應目標為30.8萬個單位。", "The public housing supply target for the next 10 years is 308,000 units.", [("308,000", "380,000"), ("10 years", "five years")]),
    ("hk-vouchers", "政府向每名合資格市民分期發放5,000元電子消費券。", "The government is giving each eligible resident HK$5,000 of electronic consumption vouchers in instalments.", [("HK$5,000", "HK$10,000")]),
    ("hk-bridge", "港珠澳大橋全長55公里，於2018年10月24日通車。", "The 55-kilometre Hong Kong-Zhuhai-Macao Bridge opened on October 24, 2018.", [("55-kilometre", "50-kilometre"), ("October 24", "October 23")]),
    ("hk-mpf", "強積金計劃成員人數約470萬。", "The MPF schemes have about 4.7 million members.", [("4.7 million", "47 million")]),
]  # fmt: skip


#: Written before the twenty-first round's rules and scored once before any
#: change: names and policies with numerals that English translates word
#: for word (三孩政策 "three-child policy", 三峡 "Three Gorges", 一国两制, 中央一号
#: 文件 "No. 1 central document", 四个现代化, 五年规划).
TWENTYFIRST: list[Entry] = [
    ("names", "全省落实三孩生育政策及配套支持措施。", "The province is carrying out the three-child policy and its supporting measures.", []),
    ("names", "三峡工程年发电量超过1000亿千瓦时。", "The Three Gorges project generates more than 100 billion kilowatt-hours a year.", [("100 billion", "10 billion")]),
    ("names", "坚持\u201c一国两制\u201d方针。", "The principle of \u201cone country, two systems\u201d is upheld.", []),
    ("names", "2024年中央一号文件聚焦乡村全面振兴。", "The 2024 No. 1 central document focuses on all-round rural revitalization.", [("2024", "2023")]),
    ("names", "全面建成社会主义现代化强国分两步走。", "A great modern socialist country will be built in two steps.", []),
    ("names", "吉林省实施\u201c一主六双\u201d高质量发展战略。", "Jilin is carrying out its \u201cone main, six pairs\u201d high-quality development strategy.", []),
    ("names", "长春国际汽车城建设五年行动计划发布。", "A five-year action plan for building the Changchun International Automobile City was released.", [("five-year", "three-year")]),
    ("names", "吉林省推进\u201c千村示范、万村提升\u201d工程。", "Jilin is advancing the project to make 1,000 villages models and improve 10,000 others.", [("1,000", "100"), ("10,000", "1,000")]),
    ("names", "实施\u201c百千万\u201d工程，培育百家龙头企业。", "Under the hundred-thousand-ten thousand project, 100 leading enterprises will be fostered.", [("100 leading", "1,000 leading")]),
    ("names", "八项规定精神得到严格落实。", "The eight-point rules on conduct have been strictly observed.", [("eight-point", "six-point")]),
    ("names", "第三方评估结果显示满意度达95%。", "A third-party assessment put satisfaction at 95 percent.", [("95", "85")]),
    ("names", "两岸同胞交流合作不断深化。", "Exchanges and cooperation between compatriots on both sides of the Strait keep deepening.", []),
    ("names", "四平市获评全国文明城市。", "Siping was named a national civilized city.", []),
    ("names", "七十二行，行行出状元。", "Every one of the seventy-two trades has its masters.", [("seventy-two", "seventy")]),
    ("names", "长白山二道白河镇入选全国特色小镇。", "Erdaobaihe Town at Changbai Mountain was selected as a national characteristic town.", []),
    ("names", "一季度，全省实现\u201c开门红\u201d。", "The province got off to a good start in the first quarter.", [("first quarter", "second quarter")]),
]  # fmt: skip


#: Written before the twenty-second round's rules and scored once before any
#: change: wire-agency shorthand in the English (bln, mln, trln, pct, y/y,
#: m/m, q/q, yr, FY2023, RMB5.6bn, CNY, 1H), against ordinary Chinese.
TWENTYSECOND: list[Entry] = [
    ("wire", "一汽集团上半年净利润56亿元，同比增长12%。", "FAW Group 1H net profit 5.6 bln yuan, up 12 pct y/y.", [("5.6 bln", "56 bln"), ("12 pct", "21 pct")]),
    ("wire", "全省外贸进出口总值1200亿元。", "Jilin foreign trade totals 120 bln yuan.", [("120 bln", "12 bln")]),
    ("wire", "新增贷款3.2万亿元。", "New loans 3.2 trln yuan.", [("3.2 trln", "2.3 trln")]),
    ("wire", "11月工业增加值环比增长0.87%。", "Nov industrial output up 0.87 pct m/m.", [("0.87", "0.78"), ("Nov", "Oct")]),
    ("wire", "三季度GDP环比增长1.3%。", "Q3 GDP up 1.3 pct q/q.", [("1.3", "3.1"), ("Q3", "Q2")]),
    ("wire", "公司2023财年营收增长8%。", "Company FY2023 revenue up 8 pct.", [("FY2023", "FY2022"), ("8 pct", "9 pct")]),
    ("wire", "募集资金56亿元人民币。", "Raised RMB5.6bn.", [("RMB5.6bn", "RMB6.5bn")]),
    ("wire", "该行向项目提供贷款120亿元人民币。", "The bank lends CNY 12 bln to the project.", [("12 bln", "1.2 bln")]),
    ("wire", "5年期国债收益率升至2.6%。", "5-yr treasury yield rises to 2.6 pct.", [("5-yr", "10-yr"), ("2.6", "2.9")]),
    ("wire", "长春至白城高铁全长280公里。", "Changchun-Baicheng high-speed rail line 280 km long.", [("280", "820")]),
    ("wire", "全年招商引资到位资金超过9000亿元。", "Investment attracted for yr tops 900 bln yuan.", [("900 bln", "90 bln")]),
    ("wire", "外资企业数量增至3,100家，增长6.9%。", "Foreign-invested firms rise 6.9 pct to 3,100.", [("6.9 pct", "9.6 pct"), ("3,100", "1,300")]),
    ("wire", "CPI同比上涨0.2%，PPI同比下降2.5%。", "CPI +0.2 pct y/y, PPI -2.5 pct y/y.", [("-2.5", "-5.2")]),
    ("wire", "港口货物吞吐量8,600万吨。", "Port cargo throughput 86 mln tonnes.", [("86 mln", "8.6 mln")]),
]  # fmt: skip


#: Written before the twenty-third round's rules and scored once before any
#: change: English number idioms ("half a million", "a quarter of a
#: million", "three in 10", "well over", "just under", "north of", "shy of",
#: "1.5 times", "fourfold", "a 12,000-strong", "per cent").
TWENTYTHIRD: list[Entry] = [
    ("idiom", "全省冰雪旅游接待游客50万人次。", "Ice and snow tourism drew half a million visits in the province.", [("half a million", "a million")]),
    ("idiom", "约25万人参加了马拉松系列赛。", "About a quarter of a million people took part in the marathon series.", [("a quarter of a million", "half a million")]),
    ("idiom", "三成受访者表示愿意购买新能源汽车。", "Three in 10 of those surveyed said they were willing to buy a new energy vehicle.", [("Three in 10", "Four in 10")]),
    ("idiom", "一成企业尚未完成改造。", "One in 10 companies has yet to finish the upgrade.", [("One in 10", "Two in 10")]),
    ("idiom", "本次招聘会提供岗位超过1.2万个。", "The job fair offered well over 12,000 positions.", [("12,000", "1,200")]),
    ("idiom", "参观人数接近10万人次。", "Visits came to just under 100,000.", [("100,000", "10,000")]),
    ("idiom", "交易额突破100亿元。", "Transactions came in north of 10 billion yuan.", [("10 billion", "1 billion")]),
    ("idiom", "全年完成投资近1000亿元。", "Investment for the year was just shy of 100 billion yuan.", [("100 billion", "10 billion")]),
    ("idiom", "新能源汽车销量是去年的1.5倍。", "Sales of new energy vehicles were 1.5 times last year's.", [("1.5 times", "2.5 times")]),
    ("idiom", "利润比五年前增长了三倍。", "Profit has grown fourfold from five years ago.", [("fourfold", "fivefold"), ("five years", "four years")]),
    ("idiom", "一支1.2万人的志愿者队伍投入服务。", "A 12,000-strong team of volunteers went to work.", [("12,000-strong", "1,200-strong")]),
    ("idiom", "失业率为4.2%。", "The unemployment rate was 4.2 per cent.", [("4.2", "2.4")]),
    ("idiom", "数十家企业参加了签约仪式。", "Dozens of companies took part in the signing ceremony.", []),
    ("idiom", "上百名专家学者出席论坛。", "Hundreds of experts and scholars attended the forum.", []),
    ("idiom", "该市人口增加了五分之一。", "The city's population grew by a fifth.", [("a fifth", "a sixth")]),
    ("idiom", "十分之一的耕地实现了节水灌溉。", "A tenth of the farmland now has water-saving irrigation.", [("A tenth", "A fifth")]),
    ("idiom", "产量比去年多了三分之一。", "Output was a third higher than last year.", [("a third", "a quarter")]),
    ("idiom", "项目总投资逾百亿元。", "Total investment in the project is upwards of 10 billion yuan.", [("10 billion", "100 billion")]),
]  # fmt: skip


#: Written before the twenty-fourth round's rules and scored once before any
#: change, natively in Traditional script: Hong Kong and Macao government
#: press releases (立法會, 撥款, 億元 in HK dollars, 個案, 宗, 名, 港元, 澳門元,
#: 年度, 第X號颱風信號, 紅色暴雨警告).
TWENTYFOURTH: list[Entry] = [
    ("hk-legco", "立法會財務委員會批准撥款逾300億元。", "The Legislative Council Finance Committee approved funding of over $30 billion.", [("$30 billion", "$3 billion")]),
    ("hk-legco", "條例草案獲得通過，贊成票35票，反對票0票。", "The bill was passed with 35 votes in favour and none against.", [("35", "53")]),
    ("hk-weather", "天文台於上午9時40分發出八號烈風或暴風信號。", "The Observatory issued the No. 8 Gale or Storm Signal at 9.40am.", [("No. 8", "No. 9"), ("9.40am", "10.40am")]),
    ("hk-weather", "紅色暴雨警告信號於下午2時15分取消。", "The Red Rainstorm Warning Signal was cancelled at 2.15pm.", [("2.15pm", "3.15pm")]),
    ("hk-weather", "本港氣溫降至攝氏7.2度，為今年最低。", "Temperatures fell to 7.2 degrees Celsius, the lowest this year.", [("7.2", "2.7")]),
    ("hk-health", "衞生防護中心今日錄得12宗新增個案。", "The Centre for Health Protection recorded 12 new cases today.", [("12", "21")]),
    ("hk-health", "患者為一名65歲男子，情況穩定。", "The patient is a 65-year-old man in stable condition.", [("65-year-old", "56-year-old")]),
    ("hk-police", "警方拘捕3名年齡介乎18至25歲的男子。", "Police arrested three men aged between 18 and 25.", [("three", "four"), ("25", "28")]),
    ("hk-police", "檢獲約2公斤懷疑可卡因，市值約180萬元。", "About 2 kg of suspected cocaine worth about $1.8 million was seized.", [("$1.8 million", "$18 million"), ("2 kg", "3 kg")]),
    ("hk-transport", "港鐵東鐵綫過海段於2022年5月15日通車。", "The cross-harbour section of the MTR East Rail Line opened on May 15, 2022.", [("May 15", "May 16")]),
    ("mo-gaming", "1至11月累計博彩毛收入為1,656億澳門元。", "Gross gaming revenue for January to November totalled 165.6 billion patacas.", [("165.6 billion", "16.56 billion"), ("November", "October")]),
    ("mo-visitors", "國慶黃金周期間入境旅客約80萬人次，日均約11.4萬人次。", "About 800,000 visitors arrived during the National Day Golden Week, an average of about 114,000 a day.", [("800,000", "80,000"), ("114,000", "141,000")]),
    ("mo-budget", "特區政府2024年度財政預算總收入為1,234億澳門元。", "The SAR government's 2024 budget puts total revenue at 123.4 billion patacas.", [("123.4 billion", "12.34 billion"), ("2024", "2023")]),
    ("mo-housing", "經屋申請名單共有5,018個家團。", "There are 5,018 households on the economic housing application list.", [("5,018", "5,108")]),
]  # fmt: skip


#: Written before the twenty-fifth round's rules and scored once before any
#: change, natively in Traditional script: Taiwan population, health,
#: education and transport figures (總生育率, 老年人口比率, 平均餘命, 級分,
#: 錄取率, 旅運量, 每千人).
TWENTYFIFTH: list[Entry] = [
    ("tw-population", "全國人口為2,342萬人，較上年減少1.1萬人。", "The population was 23.42 million, down 11,000 from a year earlier.", [("23.42 million", "24.32 million"), ("11,000", "1,100")]),
    ("tw-population", "總生育率降至0.87，為全球最低之一。", "The total fertility rate fell to 0.87, one of the lowest in the world.", [("0.87", "0.78")]),
    ("tw-population", "65歲以上老年人口比率達18.35%。", "People aged 65 and over made up 18.35 percent of the population.", [("65", "60"), ("18.35", "13.85")]),
    ("tw-population", "出生數13.5萬人，粗出生率為千分之5.8。", "There were 135,000 births, a crude birth rate of 5.8 per thousand.", [("135,000", "153,000"), ("5.8", "8.5")]),
    ("tw-health", "國人平均餘命為80.23歲，其中男性76.94歲、女性83.74歲。", "Average life expectancy was 80.23 years: 76.94 for men and 83.74 for women.", [("80.23", "82.03"), ("76.94", "79.64")]),
    ("tw-health", "長照服務涵蓋率提升至八成。", "Long-term care services now cover 80 percent of those in need.", [("80 percent", "70 percent")]),
    ("tw-education", "今年學測滿級分考生共有28人。", "Twenty-eight candidates got a perfect score in this year's General Scholastic Ability Test.", [("Twenty-eight", "Thirty-eight")]),
    ("tw-education", "大學考試分發錄取率為98.8%。", "The university admission rate was 98.8%.", [("98.8", "89.8")]),
    ("tw-education", "國中教育會考共有18.7萬名考生報名。", "A total of 187,000 students signed up for the Comprehensive Assessment Program for Junior High School Students.", [("187,000", "178,000")]),
    ("tw-transport", "高鐵去年旅運量達7,300萬人次，創通車以來新高。", "High-speed rail ridership reached 73 million last year, the highest since the line opened.", [("73 million", "7.3 million")]),
    ("tw-transport", "臺北捷運日均運量約200萬人次。", "The Taipei MRT carries about 2 million passengers a day.", [("2 million", "20 million")]),
    ("tw-transport", "桃園機場第三航廈預計2027年啟用。", "Taoyuan Airport's Terminal 3 is expected to open in 2027.", [("Terminal 3", "Terminal 2"), ("2027", "2028")]),
    ("tw-energy", "再生能源發電占比提升至9.5%。", "Renewables' share of power generation rose to 9.5%.", [("9.5", "5.9")]),
    ("tw-energy", "離岸風電累計併網容量達2.25GW。", "Offshore wind capacity connected to the grid reached 2.25 GW.", [("2.25", "2.52")]),
]  # fmt: skip


#: Written before the twenty-sixth round's rules and scored once before any
#: change: trade fairs and investment promotion (东北亚博览会, signed projects
#: and their value, exhibitors from N countries and regions, floor space,
#: booths, online and offline visitors).
TWENTYSIXTH: list[Entry] = [
    ("expo", "第十四届中国—东北亚博览会在长春开幕。", "The 14th China-Northeast Asia Expo opened in Changchun.", [("14th", "13th")]),
    ("expo", "本届博览会共签约项目278个，总金额1885亿元。", "A total of 278 projects worth 188.5 billion yuan were signed at the expo.", [("278", "287"), ("188.5 billion", "18.85 billion")]),
    ("expo", "来自32个国家和地区的1500余家企业参展。", "More than 1,500 companies from 32 countries and regions took part.", [("1,500", "15,000"), ("32", "23")]),
    ("expo", "展览总面积7万平方米，设标准展位3000个。", "The exhibition covers 70,000 square meters with 3,000 standard booths.", [("70,000", "7,000"), ("3,000", "300")]),
    ("expo", "线上线下参观人数达到26万人次。", "The expo drew 260,000 visits online and offline.", [("260,000", "26,000")]),
    ("expo", "博览会为期5天，9月1日闭幕。", "The five-day expo closed on September 1.", [("five-day", "four-day"), ("September 1", "September 2")]),
    ("investment", "引进省外资金项目1826个，实际到位资金增长12.4%。", "The province brought in 1,826 projects funded from outside the province, with funds actually received up 12.4 percent.", [("1,826", "1,286"), ("12.4", "14.2")]),
    ("investment", "世界500强企业已有89家落户吉林。", "Eighty-nine Fortune Global 500 companies have set up in Jilin.", [("Eighty-nine", "Ninety-eight"), ("500", "100")]),
    ("investment", "新设外商投资企业同比增长30.5%。", "Newly established foreign-invested enterprises rose 30.5 percent year on year.", [("30.5", "35.0")]),
    ("investment", "中国500强企业在吉林投资项目超过200个。", "China's top 500 companies have more than 200 projects in Jilin.", [("200", "300")]),
    ("trade", "对俄贸易额增长47.1%，占全省外贸的6.2%。", "Trade with Russia grew 47.1 percent and made up 6.2 percent of the province's foreign trade.", [("47.1", "41.7"), ("6.2", "2.6")]),
    ("trade", "珲春口岸进出境人员超过100万人次。", "More than 1 million people passed through the Hunchun port.", [("1 million", "10 million")]),
    ("trade", "中欧班列\u201c长满欧\u201d累计开行超过1000列。", "The Changchun-Manzhouli-Europe freight train service has made more than 1,000 trips.", [("1,000", "100")]),
]  # fmt: skip


#: Written before the twenty-seventh round's rules and scored once before
#: any change: spans of time and ranges as English says them ("two
#: decades", "half a century", "more than a century", "three to five
#: years", 5%—5.5%, 1~2个百分点, GDP growth "of around 5.2%").
TWENTYSEVENTH: list[Entry] = [
    ("spans", "近20年来，长春的汽车产业不断壮大。", "Over nearly two decades, Changchun's auto industry has kept growing.", [("two decades", "three decades")]),
    ("spans", "这座老工业基地已有半个世纪的历史。", "The old industrial base has half a century of history.", []),
    ("spans", "吉林大学已有70多年的办学历史。", "Jilin University has a history of more than 70 years.", [("70", "80")]),
    ("spans", "中东铁路建成已有一个多世纪。", "The Chinese Eastern Railway was completed more than a century ago.", []),
    ("spans", "20多年来，该企业坚持自主创新。", "For over two decades, the company has stuck to its own innovation.", [("two decades", "three decades")]),
    ("spans", "10余年间，全省森林面积持续增长。", "Over more than a decade, the province's forest area has kept growing.", []),
    ("ranges", "预计今年GDP增长5%—5.5%。", "GDP is expected to grow by 5% to 5.5% this year.", [("5.5%", "6.5%")]),
    ("ranges", "利率下降1~2个百分点。", "Interest rates fell by one to two percentage points.", [("one to two", "two to three")]),
    ("ranges", "项目建设周期为3-5年。", "The project will take three to five years to build.", [("three to five", "three to six")]),
    ("ranges", "全年经济增长目标为6%左右。", "The growth target for the year is around 6%.", [("6%", "7%")]),
    ("ranges", "全省GDP增长5.2%左右。", "The province's GDP grew about 5.2%.", [("5.2", "2.5")]),
    ("ranges", "气温将下降8至10摄氏度。", "Temperatures will drop by 8 to 10 degrees Celsius.", [("8 to 10", "6 to 10")]),
    ("ranges", "每年接待游客三四百万人次。", "It receives three to four million visitors a year.", [("three to four million", "four to five million")]),
    ("ranges", "员工人数从数百人增至上千人。", "Its workforce has grown from several hundred to more than a thousand.", []),
]  # fmt: skip


#: Written before the twenty-eighth round's rules and scored once before any
#: change: headline English (1.2m, 500k, $1.5b, 2.5bn, "up 6.5% in H1",
#: "sees", colons and no verbs) against the Chinese of the story.
TWENTYEIGHTH: list[Entry] = [
    ("headline", "长春上半年接待游客120万人次。", "Changchun sees 1.2m tourist visits in H1", [("1.2m", "2.1m"), ("H1", "H2")]),
    ("headline", "吉林省上半年GDP增长6.5%。", "Jilin GDP up 6.5% in first half", [("6.5%", "5.6%")]),
    ("headline", "全省新增就业岗位50万个。", "Jilin adds 500k jobs", [("500k", "50k")]),
    ("headline", "一汽与外方签署15亿美元合作协议。", "FAW signs $1.5b deal with foreign partner", [("$1.5b", "$15b")]),
    ("headline", "吉林冰雪产业规模达25亿元。", "Jilin ice-snow industry worth 2.5bn yuan", [("2.5bn", "25bn")]),
    ("headline", "长春地铁日均客流突破80万人次。", "Changchun metro tops 800,000 rides a day", [("800,000", "80,000")]),
    ("headline", "全省粮食产量连续3年超800亿斤。", "Jilin grain tops 80b jin for 3rd straight year", [("80b", "8b"), ("3rd", "4th")]),
    ("headline", "2万名志愿者服务冬季运动会。", "20k volunteers serve winter games", [("20k", "2k")]),
    ("headline", "新能源车销量翻番。", "NEV sales double", []),
    ("headline", "外贸进出口总额1.56万亿元。", "Foreign trade hits 1.56tn yuan", [("1.56tn", "15.6tn")]),
    ("headline", "长白山景区单日接待游客3.5万人次，创新高。", "Changbai Mountain: record 35,000 visitors in a day", [("35,000", "53,000")]),
    ("headline", "吉林省今年计划新建5G基站1.2万个。", "Jilin to build 12k 5G base stations this year", [("12k", "1.2k")]),
]  # fmt: skip


#: Written before the twenty-ninth round's rules and scored once before any
#: change: health care (三甲医院 "Grade-A tertiary hospitals", 二级医院,
#: reimbursement rates, doses, under-five mortality per mille, family doctors).
TWENTYNINTH: list[Entry] = [
    ("hospitals", "全省共有三甲医院42家，二级医院286家。", "The province has 42 Grade-A tertiary hospitals and 286 secondary hospitals.", [("42", "24"), ("286", "268")]),
    ("hospitals", "该院是吉林省首家三级甲等中医医院。", "It was Jilin's first Grade-A tertiary hospital of traditional Chinese medicine.", [("first", "second")]),
    ("insurance", "城乡居民医保政策范围内住院费用报销比例达到70%左右。", "About 70 percent of in-policy inpatient costs are reimbursed under the urban and rural residents' medical insurance.", [("70", "60")]),
    ("insurance", "基本医疗保险参保率稳定在95%以上。", "Basic medical insurance coverage has stayed above 95 percent.", [("95", "90")]),
    ("vaccine", "全省累计接种新冠病毒疫苗5600万剂次。", "The province has administered 56 million doses of COVID-19 vaccine.", [("56 million", "5.6 million")]),
    ("vaccine", "60岁以上老年人全程接种率达到85%。", "Eighty-five percent of people aged 60 and over are fully vaccinated.", [("Eighty-five", "Seventy-five"), ("60", "65")]),
    ("mortality", "5岁以下儿童死亡率降至4.9‰，婴儿死亡率降至3.2‰。", "Under-five mortality fell to 4.9 per thousand and infant mortality to 3.2 per thousand.", [("4.9", "9.4"), ("3.2", "2.3")]),
    ("mortality", "孕产妇死亡率为每10万人8.7。", "Maternal mortality was 8.7 per 100,000.", [("8.7", "7.8")]),
    ("doctors", "家庭医生签约服务覆盖率达到45%，重点人群达到75%。", "Family doctor services cover 45 percent of residents and 75 percent of key groups.", [("45", "54"), ("75", "57")]),
    ("doctors", "全省每千人口拥有注册护士3.5人。", "The province has 3.5 registered nurses per 1,000 people.", [("3.5", "5.3")]),
    ("emergency", "120急救平均响应时间缩短至12分钟。", "The average response time of 120 emergency services fell to 12 minutes.", [("12 minutes", "15 minutes")]),
    ("emergency", "全年开展义诊活动1.2万场次，惠及群众80余万人次。", "A total of 12,000 free clinics were held in the year, serving over 800,000 people.", [("12,000", "1,200"), ("800,000", "80,000")]),
]  # fmt: skip


#: Written before the thirtieth round's rules and scored once before any
#: change: jobs and schooling (graduates, new urban jobs, surveyed
#: unemployment "within", zero-employment households "cleared", migrant
#: workers, 双减 "double reduction", kindergarten enrolment).
THIRTIETH: list[Entry] = [
    ("jobs", "今年全省高校毕业生达23.6万人，创历史新高。", "A record 236,000 students are graduating from the province's colleges this year.", [("236,000", "263,000")]),
    ("jobs", "全年城镇新增就业26.8万人，完成年度目标的107%。", "The province added 268,000 urban jobs in the year, 107 percent of its target.", [("268,000", "286,000"), ("107", "117")]),
    ("jobs", "城镇调查失业率控制在5.5%以内。", "The surveyed urban unemployment rate was kept within 5.5 percent.", [("5.5", "6.5")]),
    ("jobs", "零就业家庭实现动态清零。", "No household has been left without a job.", []),
    ("jobs", "农村劳动力转移就业400万人。", "Four million rural workers found jobs away from farming.", [("Four million", "Forty million")]),
    ("jobs", "开展职业技能培训20万人次。", "Vocational skills training was given 200,000 times.", [("200,000", "20,000")]),
    ("schools", "全省共有普通高校66所，在校生79.5万人。", "The province has 66 regular colleges and universities, with 795,000 students.", [("66", "67"), ("795,000", "759,000")]),
    ("schools", "学前教育毛入园率达到91%。", "The gross kindergarten enrolment rate reached 91 percent.", [("91", "19")]),
    ("schools", "\u201c双减\u201d政策实施以来，校外培训机构压减92%。", "Since the double reduction policy began, off-campus tutoring institutions have been cut by 92 percent.", [("92", "29")]),
    ("schools", "全省新建改扩建中小学校舍120万平方米。", "The province built or expanded 1.2 million square meters of primary and secondary school buildings.", [("1.2 million", "12 million")]),
    ("schools", "博士研究生招生规模扩大10%。", "Doctoral enrolment was expanded by 10 percent.", [("10 percent", "15 percent")]),
]  # fmt: skip


#: Every set by name, with the prefix that keeps its unit ids apart, oldest first.
SETS: dict[str, tuple[list[Entry], str]] = {
    "news": (NEWS, ""),
    "later": (LATER, "l"),
    "fresh": (FRESH, "f"),
    "fourth": (FOURTH, "r"),
    "fifth": (FIFTH, "v"),
    "sixth": (SIXTH, "x"),
    "seventh": (SEVENTH, "y"),
    "eighth": (EIGHTH, "z"),
    "ninth": (NINTH, "w"),
    "tenth": (TENTH, "k"),
    "eleventh": (ELEVENTH, "j"),
    "twelfth": (TWELFTH, "q"),
    "thirteenth": (THIRTEENTH, "m"),
    "fourteenth": (FOURTEENTH, "h"),
    "fifteenth": (FIFTEENTH, "g"),
    "sixteenth": (SIXTEENTH, "d"),
    "seventeenth": (SEVENTEENTH, "b"),
    "eighteenth": (EIGHTEENTH, "c"),
    "nineteenth": (NINETEENTH, "a"),
    "twentieth": (TWENTIETH, "e"),
    "twenty-first": (TWENTYFIRST, "i"),
    "twenty-second": (TWENTYSECOND, "o"),
    "twenty-third": (TWENTYTHIRD, "p"),
    "twenty-fourth": (TWENTYFOURTH, "u"),
    "twenty-fifth": (TWENTYFIFTH, "n"),
    "twenty-sixth": (TWENTYSIXTH, "s"),
    "twenty-seventh": (TWENTYSEVENTH, "t"),
    "twenty-eighth": (TWENTYEIGHTH, "A"),
    "twenty-ninth": (TWENTYNINTH, "B"),
    "thirtieth": (THIRTIETH, "C"),
}
