"""Numbers by value, in Chinese and in English: shared by the aligner and the checks.

Both sides are reduced to :class:`Number` values so that ``400亿元`` and
``RMB 40 billion``, ``3500余项`` and ``more than 3,500``, ``第17位`` and
``17th``, ``三成`` and ``30%``, ``三分之一`` and ``one third`` compare equal.
What is read, and how the two sides are compared:

- counts: Arabic digits (full-width folded first) with separators and
  decimals; magnitudes 万 (10⁴) and 亿 (10⁸), also after 多/余 (``十多万``);
  Chinese numerals (``一千四百三十三``, ``两``, ``〇``). A bare numeral with no
  measure word is read only when it is a well-formed number with 百, 千, 万 or
  亿 (``十二万``, ``一百零五``): ``十三五`` and ``张三`` are not numbers.
  Traditional and financial numerals (``億``, ``貳``) read as Simplified ones.
  English: digits, number words (``forty-five``), scales (million, bn).
- negatives: ``负三``, ``零下五度``; ``minus five``, ``-3``, ``five degrees
  below zero``.
- shares, compared by value as percentages: ``N%``, ``百分之N``, ``N成``
  (tenths: 三成 = 30%), fractions ``X分之Y`` (三分之一 = 33.3%, also one
  third, a quarter of, two thirds, half of), ``N折`` (七折: 70% of the price,
  or 30% off: either matches). Percentage points (``个百分点``) are their own kind.
- ordinals: ``第N``, ``十八大``/``十九届`` (the 18th congress), ``N世纪``
  (20th century); 17th, first, twentieth.
- factors: ``翻一番`` = doubled, ``翻两番`` = quadrupled (tripled is not 翻一番).
- periods: ``上半年``/``下半年`` = first/second half (H1, H2); ``一季度``/``第一
  季度`` = first quarter (Q1); ``星期三``/``周三`` = Wednesday; ``80年代`` =
  the 1980s (with ``20世纪`` or without).
- dates: ``2018年3月30日``, ``三月八日``, ``2018-03-30``; March 30, 2018, 30
  March. A day of the month is not an ordinal: ``4月8日`` is matched by
  "on the 8th", and a bare ``8日`` by 8th, 8 or a date on the 8th.
- years: ``2018年`` and 2018 are counts of one kind with plain numbers, and
  a relative year (``今年``, ``去年``; this year, last year) on one side
  stands for a year on the other.
- two: ``两``, ``双方``/both sides may or may not be said outright: they
  match a two on the other side and are not missed when it is absent.
- magnitudes alone: ``百余家`` (more than 100), ``万余人次``, ``百亿元``,
  ``近百``, ``上千``, ``千亿级``; "a million", "a hundred", "a dozen" (also
  ten: 十多个 is often "more than a dozen"). With 余/多 the English must
  give the number; otherwise it may say it in words ("thousands of").
- ranges: a first number takes the magnitude of the second (``30—50万元``
  is 300,000 to 500,000; "300 to 500 million" is 300 million to 500 million).
- months: ``1-9月`` is "the first nine months" or January to September;
  ``7、8、9月`` is July, August and September.
- times: ``增长1.2倍`` is up 120%, or 2.2 times as much; ``增长1倍`` doubled;
  ``是去年的3倍`` three times as much, or tripled; "twice" is two.
- the clock: ``14时`` is 2 pm, ``下午3时`` is 15:00 (either reading matches).
- per mille: ``千分之三``, ``3‰``, "3 per thousand" (also 0.3%).
- sessions and levels: ``四中全会`` the fourth plenum, ``二次会议`` the
  second session (or two meetings), ``二级`` second-level (or level 2; a
  level may be said in a word, "tertiary", so it is not missed).
- conversions: an amount in another currency inside brackets in the
  English, "(about $145 million)", need not be in the Chinese; but the rate
  it implies must be one the two currencies have had since 1994 (yuan 6.04
  to 8.3 to the US dollar, the Hong Kong dollar 7.7 to 7.9, the New Taiwan
  dollar 24 to 36, the pataca 7.9 to 8.2), within the rounding of both
  figures (:func:`conversion_rates`).
- qualifiers: 多, 余, 超过, 逾, 破, 以上 (more), 近, 将近, 不到, 以下, 以内
  (less), 约, 约有, 左右 (about), 约合 (a conversion's "about", which a
  bracketed English conversion need not repeat: either); more than, over,
  or more, at least, nearly, almost, under, within, about, around, some, or
  so; top, exceed
  ("the top 100" is a ranking). A Chinese "about" needs a hedge in the
  English (约3万 is not "30,000"); an English one pairs with anything (news
  hedges round figures of its own accord: "some 8 million mu"); more and
  less must agree with each other and with an exact number. Words read
  either way (最高 "up to" or "highs of", 满, 数十亿, 几, 十几, 近3年) pair
  with anything. 多 after a measure word is "more than" (两个多月, 一倍多).
- names: a numeral, a measure word and a place's ending is a name (九台区);
  ``双11`` may go unsaid; a dotted date (“3·15”) need not be in the English
  but must agree with a date of its month; ``80后`` is the 1980s; a bare 零
  is a word (零部件); years the English adds in brackets, "(2016-2020)",
  need not be in the Chinese.
- shares and rates in words: "one in five" (五分之一), "nine in ten" (九成);
  a fraction also matches its rounded percentage (三分之一, 33%); ``十万分之
  十二`` is "12 per 100,000", "3.5 per 1,000" is 3.5‰.
- rough sizes: ``五六百元`` is 500 to 600 (both ends, which may go unsaid),
  ``十几`` about ten ("a dozen or so").
- rounding and units: an English sum with a scale word and two or more
  significant digits matches the Chinese rounded to its digits (11726.8亿
  is "1.17 trillion"); 斤 may be given in tonnes or kilograms, 亩 in
  hectares; a number in brackets just after another is a conversion.
- periods: 半年 "six months" (may go unsaid), 一年半 "18 months", 今明两年
  "this year and next", "the July-September quarter", "the first three
  months" (Q1, or three), "the three-month period" (any quarter); N周年
  the Nth anniversary; 十大 "the top ten".
- ranges share a unit: "6-7%", 2至3个百分点 (but "in 2017 to 1.49 percent"
  is no range); a hyphen between digits joins two numbers (a telephone
  number), after a letter it ends a name (COVID-19).
- sectors: "the primary, secondary and tertiary industries" are 第一、二、三
  before the word for industry, which the English need not number.
- 一个半小时 "an hour and a half" (or 90 minutes), 两个半月 "two and a half
  months".
- Hong Kong and Taiwan usage: 首季 and 第二季 are quarters; 民国112年 is
  2023; 1兆2千亿 is 1.2 trillion (兆 before 瓦, 赫, 字 … stays mega-).
- prizes and levels: N等奖 is an ordinal (first prize); "a magnitude-4.3
  earthquake" joins word and number; "60-plus", "80 or older" are "more
  than"; "zero" may stand for 零 read as a word; "from Jan to Aug".
- units converted: tonnes as kilograms and back, 万千瓦 as mega- or
  gigawatts (1200万千瓦 is "12 gigawatts"), 亿千瓦时 as giga- or
  terawatt-hours; a unit kept in pinyin may be explained in brackets, "per mu
  (about 0.067 hectares)". Arabic digits before 千 or 百 are a magnitude
  (5千万 is 50 million, 1.2千亿 120 billion; not the kilo- of 千克, 千米, 千瓦).
- codes of letters and digits (5A, 5G, PM2.5, C919) are in the English as
  they are (5A also as AAAAA), or their numbers are (T2 "Terminal 2"); the
  same letters with other digits (5A and "4A") are wrong. 100km is a number
  and its unit.
- race times: 2分05秒30 is "2:05.30", 10秒05 "10.05 seconds"; 二审 is the second instance; the base
  of a rate after 每 (每10万人) may be folded into "per 100,000"; a numeral
  that starts a name the English writes in pinyin (九台 "Jiutai") is no
  number.
- lunar dates (农历正月十五, 腊月二十三): a day and a month the English may
  give ("the 15th day of the first lunar month") or leave to a festival's
  name; numerals in a short quoted slogan (“三会一课”) may be spelled out or
  unsaid; 0 before a measure word (0例) may be "no"; 连续举办十八届 is also
  "18 times".
- 大年初三 "the third day of the Lunar New Year"; "N times those of" (or as
  many, as much) is a factor, so 增长16倍 is "17 times those of", and "16
  times those of" is wrong ("increased by 16 times" is let pass); "or more"
  may follow one word of unit ("two days or more").
- "the millionth", "the 20 millionth" are ordinals (第100万辆); "passed",
  "crossed" (English) and 最高, 最多, 最低, 最少 (Chinese) may or may not be
  qualifiers ("up to 10,000 yuan", but also the highest temperature, "highs
  of"); a 0 in the English need not be in the Chinese ("from 0 to 100 km/h"
  for 百公里加速).
- Roman numerals before 类, 级 or 期 (Ⅲ类, Ⅰ—Ⅲ类, Ⅳ级) are ordinals, as are
  "Grade III", "Grades I-III", "Level IV" in the English; a qualifier may
  follow a unit of up to four characters ("within 85 million tonnes of
  standard coal").
- 三成五 is 35%, 七成七 77% and 兩成半 25%; 前10月 (Taiwan) is "the first 10 months", not
  October; 三读 is the third reading; 连续3个月 is also "the third straight
  month" (as 连续三年 is "the third year running").
- a single numeral in a name ("Three Gorges", 三孩 "three-child") may be
  said in the English and need not; in a quoted slogan, 千 or 万 before a
  noun (千村, 万村: "1,000 villages", "10,000 villages") is a size the
  English must give.
- wire shorthand: bln, trln, tln, trn, mn (5.6 bln yuan), "25bps" and
  "10ppts" glued, "1.2billion" with its space lost, a hedge past a currency
  code ("around USD 300bn"), 1H and 3Q (as H1 and Q3),
  FY2023 and FY23 (a fiscal year), "-2.5 pct" (a fall of 2.5%,
  下降2.5%).
- English idioms: "a quarter of a million" (25万), "three in 10" (三成),
  "north of" (more), "shy of" (less), "a third higher" (a share).
- a time written "9.40am" or "2.15 p.m." is an hour and its minutes (9时40分),
  not 9.4; the English minutes need not be in the Chinese (三时半 "3.30pm").
- spans and ranges as English says them: "two decades" (20年), "more than a
  decade" (10余年), "one to two percentage points" (1~2个百分点), 三四百万
  "three to four million".
- digits and magnitudes in turn (3万5千 35,000, 1千5百万 15 million, 2亿5千万
  250 million); 百分之百 is 100%.
- 一至三季度 is the first three quarters (not Q3); 十五运会 is the 15th Games.
- financial English: CNY3.2bn, "3.5 ppts" and "3.5 pp" (percentage points),
  3.5pc, 3Q23 and 1H23, '23.
- headline shorthand: 1.2m, 500k, $1.5b (also the bare number: "100m" may
  be metres).
- 满 before a number (满200元, then 50 off) may or may not be "or more".
- a number word after a hyphen ("under-five mortality", 5岁以下) may match
  and need not; "under-" and "over-" are its qualifier.
- series named by a number: 神舟十六号 "Shenzhou-16", 嫦娥五号 "Chang'e-5" (a
  number after a name's hyphen may match, and need not).
- basis points: 15个基点 and "15 basis points" (bps, bp) are 0.15
  percentage points; 万分之五 is also 0.05%; 5年期以上 "five-year" (a term's
  name) need not say "over".
- a Roman numeral standing alone ("The Wandering Earth II" for 流浪地球2,
  "Phase III" for 三期) may match and need not; I, V and VI are words and
  names too, so they are read only after grade, class or level.
- a heading's number (三、 at the start) is one the English keeps ("III.",
  "3.", "Third,"); a Roman numeral opening the English ("I. Introduction")
  may match and need not.
- 数以千万计 "tens of millions", 数以亿计 "hundreds of millions": a size the
  English must give; "tens of millions", "hundreds of thousands", "millions
  of" may match and need not.
- the year English adds to an event's name ("Since the 18th CPC National
  Congress in 2012", 改革开放 "reform and opening up in 1978") may match and
  need not; a year starts no range ("in 2001 to 34.93 billion yuan").
- number words joined by hyphens: "a two-hundred-year-old house".
- Hong Kong's fractions without 之: 三分一 (a third), 四分三; not 十分
  ("very") nor minutes. A clock time in numerals (下午二时十五分) is read as
  strictly as one in digits, its minutes too; 三小时 and 三十分钟 are
  durations. 双 before 薪, 职, 胞, 语 or 轨 (双薪 "two incomes") is a two that
  may go unsaid.
- "30pct" is a percentage; 进度过九成 is "over 90%" (not 度过, "spent").
- "an eighth" is a fraction; "a third below normal" is a share; "doubled",
  "tripled" say their own way ("contracts nearly doubled" is no fall).
- 七成长者 is "70 per cent of the elderly"; 每五名学童中有一名 is "one in five".
- "minus 18 degrees Celsius or below": the hedge past "Celsius" is the number's.
- 40秒192 is 40.192 seconds; 第八局 may be "after eight ends".
- 每年一次 may be "annual" ("daily", "weekly"); "biennial", "triennial" must
  agree; an interval of years, months or weeks after 每 (每两年一次) must be said.
- baseball: 5局上, 7局下 "the top of the fifth", "the bottom of the seventh";
  5战4胜1败 may be only its record ("went 4-1"); 上半季 "the first half";
  "topped a record 3 million" hedges the 3 million.
- "early March" for 3月下旬 is an error: an English part of a month must be
  the Chinese 旬 of that month (:func:`ten_day_parts`).
- a score is read as a pair: an English "3-1" must be one of the Chinese
  scores (3比1, 25:21, 三比一), ties (24平 "24-24"), records or ranges, in
  either order (:func:`scores`); 5胜3负's losses may go unsaid ("won five of
  their eight meetings"); 举办了十届 is ten editions.
- 11连胜, 4连败, 五连冠 may be ordinals ("an 11th straight win").
- 万二, 万五 (Hong Kong) are 12,000 and 15,000, as 千二 is 1,200 (万一 "in
  case" is a word); 一毫 is ten cents (not 一毫米, 一毫不差).
- 第三条跑道系统 "the three-runway system": a system named for the member it
  adds may be given as its count.
- 缩短半年, 提前半年: the size of a change must be said (半年来 may go
  unsaid).
- 北纬12度以北 "north of 12 degrees", 东经120度以东 "east of 120 degrees": the
  side of a line is a bound; "smaller than", "larger than" hedge or compare.
- 未达500万票的门槛: a threshold's own size, past its measure word.
- 320万千瓦 "3.2 gigawatts", 5,800多万千瓦 "more than 58 gigawatts": sizes
  converted to twelve significant digits; "the service sector" is 第三产业.
- 嫦娥一号 "Chang'e-1", 一号线 "Line 1": a name's 一号 says its 1; 遥十九 is
  "Y19", a serial the English may leave out but may not change.
- spoken sizes: 他俩 two, 咱仨 three; 千把块, 万把亩, 两百来人, 两万来步 "about";
  大半 more than half, 一小半 less than half; 两三百 "two or three hundred";
  一刻钟 "a quarter of an hour" (15 minutes); 半吨 "half a tonne"; "is past
  80" hedges (八十开外); "several hundred thousand" (好几十万); "the hundred or
  so"; 前年 is not "last year".
- 失守2万点 "fell below 20,000", 收复千元关卡 "back above NT$1,000": a line
  crossed (大关, 关卡 name a bar by its size); 翻倍 "doubled"; 打对折 "half
  price"; 砍半, 几乎腰斩 "(almost) halved".
- laws: "Article 12(2)" for 第十二条第二款; 第（二）项 is item 2; a band
  (已满十二周岁不满十四周岁, 三个月以上不满一年) may be "12 to 14", "three
  months to a year"; 不低于总额的百分之二百 hedges the share; a hedge the
  Chinese gives each number of a list may be said once in English ("no more
  than eight hours a day and 44 hours a week").
- "one seventh", "one ninth" are shares (七分之一), as "one fifth" is.
- "Cap. 571" (第571章), "Scale 2", "Division 3", "Schedule 5" name a thing by
  its number.
- 下降0.4%…上涨0.4% "rose 0.4% after falling 0.4%": a value moved both ways
  is wrong only if no Chinese move goes the English way; 二手 ("resale") is no
  number; "144 square metres or more" hedges past a two-word unit.
- earthquakes: "a Level-III response", "intensity VIII" and "intensity VI or
  above" (Ⅲ级, Ⅷ度, Ⅵ度以上; Roman numerals up to IX); "around magnitude 5"
  hedges the 5; 约为5级地震的32倍 is about 32 times, an exact 5; 23时59分 is
  "11:59 p.m.", never a.m.
- "three working days or less" hedges past a two-word unit; "a cap of
  15,000 yuan", "a ceiling of" say a ceiling (不超过1.5万元), or a cap said
  plainly.
- 跌破7.3关口 "weakened past 7.3" (关口 names a line); 最大发行总额为350亿元
  "at most 35 billion yuan"; 欧元、日元等14种货币 "the euro, the yen and 12
  other currencies": the others are the total less the things named.
- “48小时达” is "within 48 hours" (a promise of delivery); 二次包装, 二次污染
  may be "a second layer of packaging", "a second round of pollution".
- "a four-thousandth of a hair" is 四千分之一, a share; "less than a second
  of error" is 不超过1秒; “吉林一号” in quotation marks names the craft
  "Jilin-1" as it does without them.
- 年满70周岁以上不满75周岁 may be "aged 70 to 74"; 一年一次 is "once a
  year"; "twice a year" must be two times in the Chinese too.
- 0至14歲 may be "children under 15"; "the third and later" (第3名以上, 第2胎
  以上) hedges an ordinal; 每11人就有1人 is "one in 11"; "aged 65 and up".
- 两次间隔不少于2周 "at least two weeks apart" (两次 of an interval is no
  count to say); 几万分之一 "one in tens of thousands"; 不得超过总支出的10%
  is at most 10%; "this year's income" for 上年总收入 is an error
  (:func:`this_year_for_last`).
- 每程上限为2元 "at most $2" (a cap, said either way); 每三人中约有一人
  "about one in three".
- 720克/升以上 "720 grams per liter or more": a unit with a slash, then the
  hedge.
- "lost a point" is 减少1分: one point, said with the article.
- 稳定通过8℃ "steadily above 8 degrees"; 2至5成 "20 to 50 percent"; 本月中旬
  is "mid-month", not "the end of the month" (:func:`ten_day_parts`).
- 唐代 "the Tang Dynasty (618-907)": the years in brackets that the wires
  add to a period the Chinese names alone are the period's, checked against
  its years (:func:`period_years`); 约8000至7500年 "about 7,500 to 8,000":
  a hedge before a range is both ends', in either language; "about 2 km
  long and 1 km wide" hedges both sizes.
- 至少调整一次 "at least once" is one time, as 每年一次 is ("at least twice"
  is not); "once a quarter" (每季度一次) is a frequency, not a quarter (25%).
- 114年底 (Taiwan) is also the end of 2025, as 114年 is; 16日前 "by the
  16th"; the one of 每多1名子女 ("for each additional child") may go
  unsaid; 6至8折 gives both ends its 折; 最长补贴12个月 "for up to 12 months"
  and 低于当地最低生活费3倍 "less than three times" are read either way.
- 不足五百元的，为五百元 is a floor, "at least 500 yuan" or "a minimum of
  500 yuan"; “3·15” may go unsaid beside 3月13日 "March 13".
- 二十九亿至四十亿 keeps both ends; 二十四亿七千几万 is 2.47 billion and
  3亿5千多万 more than 350 million; 两三千万 is read with no measure word;
  "about HK$500 million to HK$1 billion" hedges both ends; 第55区 may be
  "Area 55"; 最高楼面七十三万呎 "at most 730,000 square feet"; 1月至3月 is
  not "January to April" even beside a three.
- 112至115年 (Taiwan) is 2023 to 2026, both ends; 100c.c.以上 "100cc and
  above": an engine's size is a number and its unit, not a code.
- 百城禁毒会战 "the 100-city campaign": a campaign named for its size, said
  or not; 比10年前增长20% "20 percent more than a decade ago" is no hedge of
  the decade; 两个主战场 "two main fronts" must be said (or "double").
- 周六、周日两天 "this Saturday and Sunday": the count of the days named
  may go unsaid; 四点二亿美元 "420 million US dollars"; "half a percent" is
  千分之五.
- 不大于8,800千克 "no more than 8,800 kilograms"; 凌晨0时44分 "12:44 a.m.";
  长征二号F遥二十一 "the 21st flight of the Long March-2F" (2F a code, 遥 a
  serial); "about every 90 minutes"; "7.9 km a second" is a rate; "a meter"
  is 1米; 第一步 before 第二步 must be said.
- 5名青壮年负担1名老人 "five working-age people support each elderly
  person": the one of a ratio of people may go unsaid.
- 一两千元 "1,000 to 2,000 yuan"; 十之八九 "eight or nine in ten" or
  "most"; "half a century" is 半个世纪 or 五十年, not 百年.
- 1.85人争夺1个学位 "1.85 candidates for each place"; 其中两人 "two of
  them" must be said; "two more than last year" is the difference itself,
  never the other count of 比去年多3人.
- 不超过30天 "within 30 days": "within" before a span of time is during
  it or at most it, either way.
- 六二九億二四二四萬 (62,924,240,000) and 七萬九三一 (70,931): numerals by
  place before 亿 and after 万; 4亿8000余万 "more than 480 million"; 2亿8740万
  余元 "287.4 million" (余 past four figures of ten million is rounding); 1、2亿 "100 or 200
  million"; 今（114）年 "this year"; "August 15,296 cases" is no date.
- 百分之十二点六八 is 12.68%, not 12.7% or 13%; 八点〇一 and ○點二九 are
  8.01 and 0.29; 一点四九分 "1.49 points" is no clock time; 「破八」 "topped 8
  percent"; 「3字头」 a leading digit; "the four quarters" are no share.
- 连续3月 "three months in a row" (近3月, 过去3月) is a count, not March.
- 连挫3个月 "its third monthly fall"; "over 2025" is during the year;
  减息0.25厘 "another quarter point".
- 珠三角九市 "the nine Pearl River Delta cities" (no 0.39 yuan); 跌近百分八
  "nearly 8 percent"; a bracketed share that may go unsaid (（占总数51.9%）)
  must agree with the English's when both give one.
- -4.36‰ "minus 4.36 per 1,000"; 每10万人中有8.03名 "8.03 per 100,000",
  not one in ten.
- 第一型 "type 1"; 50多岁及20多岁 "in their 50s and 20s"; 10日左右 "by
  about the 10th".
- “二十连增” "the 20th year in a row"; 59/80R63 (a tyre's size) is a code,
  not the fraction 59/80.
- 2兆9248亿9555万 "NT$2.9249 trillion" and 3兆1324亿6890万9000元 are one
  number each; 三读通过 "passed"; 20、21日 "the 20th and 21st".
- 上调最多四角 "at most 40 cents", 五至八角 "50 to 80 cents"; "40 or 50
  cents"; 「搭十送一」 "one free ride for every ten"; "the 65 percent
  early-bird discount" is no 六五折 (35% off).
- 一百九十七点四四亿 "19.744 billion"; 四百○四亿 "40.4 billion" (○ for
  零); ○五年 "2005"; 增两倍三 "2.3 times more"; 十二分之一 "a twelfth";
  "March revenue" is March.
- 史上第2多 "the second-most ever"; 至少已修复77万户 "at least 770,000";
  …，13万9820户 "139,820"; 户数34万9983户 is exact; 过去24小时 must be
  said; 未达…人数10% "less than 10 percent".
- "the March jobless rate" names March (not "the march of …").
- In a unit that names a diffusion index (PMI, 采购经理, 临界点, 荣枯线), a
  reading in percent may be given as a plain figure ("51.1, 50.6 and 50.3"),
  and 临界点 stands for 50, said or not.
- 0.7、1.5和3.9个百分点 and "up 0.7, 1.5 and 3.9 points": a unit said once
  after a list is every item's.
- "118 billion yuan ($19.8 billion)": a conversion into US dollars at a rate
  the currency has not had since 1994 is found (:func:`conversion_rates`);
  "(approx. $460 million)" is a conversion.
- 北大湖、松花湖两大雪场: a count just after as many named things need not be
  said; 最高…分别为A和B: each is a peak; 收入超200亿元 is more than.
- 增长96% "nearly doubled": a growth of 80% or more is also a factor; 接近全国的
  三倍: the hedge before what a multiple is of is the multiple's.
- 指数一二二, 一六七点三八 (print style): numerals digit by digit, with no
  place, are digits (not 一二三等奖, 第三四名, 三四百 or 七七八八); 2字头 may
  be given at any scale ("growth of 20 percent").
- Spot checks after round 333: "5.2 %" with a space is 5.2%; "a speed limit
  of 60" is a ceiling; "a 0.3-percentage-point drop" is points; 十四五 may be
  given as its years (2021-2025); "up a tenth" is a share; "No 1" names.
- 低0.01个和0.05个百分点: 个 after each, 百分点 after the last: all points.
- "0.5 pct points" is points; 重回3400点 is a line; "1t yuan" a trillion and
  "10t" ten tonnes; 收获过九成 is more than 90%.
- 连续三个交易日 "the third trading day in a row", 近三个交易日 "the past
  three"; 一点五九角 NT$0.159; 十点八一兆元, 百兆元 (not 千兆光网); 24千金 a
  count of shares; 19大类股 a count; 重返 a line.
- "up $1 or 2.4%": a sum before "or" and a share is no share.
- 生师比16.2:1 "16.2 pupils per teacher", 医护比1:1.04: the one may go unsaid.
- 凌晨一时半 "1.30am"; 下午4时30分至7时 "4.30pm to 7pm"; routes 1, 5B and 10 (not 5 billion).
- 桃园市9.9万人居次 "second": a rank said in a word.
- 2013年5月22日至8月21日 "May 22 to August 21, 2014" is found: a range of dates shares its year.
- Spot checks of Macao Daily's shapes: 百分之四十一、二十四点一及十三点五 is
  a share each; 半成 is 5% (not 半成品); 4S店 is a shop, not a code.
- A year that runs over two is read as both years, however its ends are
  written: 2024-25年度, 06/07年度 (2006 and 2007), 二零一九/二零课税年度,
  2016-17年报, 二零二二/二三学年; the count after a list of them
  (2025-26及2026-27两个年度) need not be said.
- "a year and six months" is 一年六个月; 两天半 "two and a half days", 三个半月
  "three and a half months"; "over 500 years old" and "for over 500 years"
  are more than (not "over three years", during them).
- The size of a scale the English explains ("4 on Taiwan's seven-tier
  scale", "a 10-point scale") may match and need not; "6.5 may occur" holds
  no date (a decimal's tail, and "may" a verb); "24/7" is the 24 of
  24小时 or 7×24小时, or said for 全天候.
- 前三名依序为甲、乙及丙: a list of as many as the count gives the count;
  坪 may be explained in brackets ("per ping (3.3 square meters)");
  增长超过一倍 "more than doubled" (超过 and 超出 before a factor of growth).
- "all four quarters of 2020-21", "the four quarters of 2018-19": a year's
  quarters, not a share; 首半年 is the first half (as 上半年).
- 新增1间 "a new"; 连3%都不到 "not even 3 percent" (either way); Rule
  64(2), "Nos. 144 to 151", "Point 2", "Triage 1" name by number;
  第六十三A号 is the code 63A; 昨日（1/11） is a date, not a share.
- "half what they were" is a half; "quintupled" is a factor of five;
  每千名新生儿中有5名 "five in every 1,000", 每百户中有12户.
- "rose 21.4pc to 15.63bn yuan": a share shares no scale; 上旬 "the first
  ten days of the month" (a part of the month said in full).
- A Chinese number at the very end of a text (a headline: 首破百万, 突破千万)
  is read as one before punctuation: nothing past the end counts as a
  character.
- T3航站楼 "Terminal 3": a code whose letter the English spells out keeps
  its number; 一期…二期 "the first … the second" are phases by place.
- A count the English gives more often than the Chinese, while a Chinese
  number that may go unsaid has none, is found (近5年…4级以上 "five years …
  magnitude 5"; checks.py); a tie said twice ("24-24") is not.
- 其次 is "second" (as 居次); the stems of a model are its letters (长征二号丁
  "Long March-2D", 长征三号乙 "3B"), and a model's code is no day; exaflops,
  petaflops and teraflops scale (算力300P "300 petaflops"); "10 to the 16th"
  is a power; a phase numbered on both sides agrees (:func:`phases`:
  三期临床 is not "phase II").
- "one defeat in 18 games" is a record's two counts, not a share; a count the
  Chinese gives twice and the English once, beside an English number the
  Chinese lacks, is found (2金2铜 "two golds and one bronze"; checks.py).
- A bound after the last of a list with one unit is each's
  (进口30小时、出口1小时以内 "under 30 hours … under an hour"); a hedge is read
  past a unit that begins with 千 (4,000万千瓦以上 "above 40 million kilowatts").
- 2 339.4万 (a spaced thousand with a decimal); （一） opening a paragraph is
  "(1)" or unsaid; a bracketed NT$, RMB or MOP sum is a conversion; 台北101大楼
  "Taipei 101" is a name's number, not a congress.
- A term's months in numerals are no date (有期徒刑三年六月, 有期徒刑四月,
  羁押禁见二月; 民国十二年十月 is still October 1923); a score or vote in
  numerals (三比一 "3-1", 十比五 "10-5"); a decimal in numerals is a number
  whatever follows (一点六晚 "1.6 nights"; 一比十二点四 is a ratio).
- The wires' rounding (checks.py): a hedged English figure that rounds an
  exact Chinese one at its last significant digit matches it when the hedge
  points the right way and the gap is within a tenth (18.74万 "nearly
  190,000", 906.69万 "over 9 million", 10.6万斤 "more than 50 tonnes"); a
  small whole count stays exact; a rounded sum's hedge must point the right
  way (123.5万 is not "nearly 1.2 million"). A hedged Chinese figure may be
  rounded too (约11.8万 "about 120,000"), to the nearest, within 5% and to two
  figures or more; a bound is no rounding on either side (93%以上 is not
  "more than 90 percent", 最少183天 not "at least 180 days").
- Timetables: a train's partners written by their last digits (G98/9,
  G127/42, G3565/8/5) are read in full (G98/G99, G127/G142) on either side;
  3小时30分 is "three and a half hours" and 3个半小时 "3 hours 30 minutes";
  6小时50分左右 is "about 6 hours 50 minutes" (the hedge is the whole
  time's); 16节重联 is "two coupled sets", the two said or not.
- Roads and flights: a dash between road stakes (K743+400-K765+390) is a
  range; 半幅 is half the roadway, said or not; a flight's or a model's
  partner by its last digits (CZ6077/8, A319/320/321) as a train's;
  突破千万大关 is a bar crossed ("topped 10 million"), not a prize; 95后
  is "born after 1995" or "post-95"; a count in digits after a list of that
  many (甲、乙、丙3个), or a total that closes its list (甲、乙和丙等3家),
  may go unsaid; a service's number before what it names or after 拨打
  (120急救车, 12345热线, 拨打110) may be given by the service's name.
- Worked-out figures (checks.py): a change said where the other side says
  where it started (由220家增加到239家 "19 more", 增加19家，达到239家 "from
  220 to 239", 由8.6%降至0.3% "fell by 8.3 points"); an English total of
  Chinese parts, a Chinese total before 其中 given as its parts, the rest past
  a part, a change, a growth or a share worked out from figures both give
  (of three figures or more; a rise is over the smaller figure, a fall over
  the larger); a half or quarter named once for two ("in the first half and
  … in the second").
- Shares and spans in words: "half a decade" is 五年; a share past half
  (超过六成, 七成) may be "most" or "the majority"; a hedged Chinese share (约
  48.6%) may be "almost half"; a hedged English factor ("more than three
  times") holds a Chinese one within its bound (3.1倍, not 2.9倍).
- Time in words: "by mid-2026" is the end of 2026年上半年; "every quarter
  of an hour" is 15 minutes; "two full decades" is 20年.
- A time in hours and minutes may be given in minutes, either way
  (1小时34分钟 "94 minutes").
- Announcements and registers: a sign before a number is its bound (≥10℃
  "above 10C"); 百粒重 is "100-kernel weight"; 每10股派2.5元 may be "0.25
  yuan per share"; "between 50 million and 100 million" gives a range's
  ends either way (不低于…、不超过…); a hedge reaches past what a share is
  of (不超过公司总股本1%) and past a currency before its number (不超过人民币
  18.60元); 最低应达到80% is "at least 80 percent"; "50 percent of
  registered capital or more" is the share's bound.
- Climate releases: 较常年低0.8℃ and 比正常高1.6℃ say which way (the
  English must not turn them round); 偏多1倍 is "double"; a day the
  Chinese gives (9月26日) is not met by "late September" beside an English
  "September 16" that no Chinese date is. A code's digits (1.5T) are not
  read in part on either side.
- Prices and polls: 下降幅度较大的品种有甘蓝8.24%… (each share of such a
  list moved that way); 4涨6降 (how many rose, how many fell); "plus or
  minus 3.1 percentage points" for 正负3.1个百分点 or ±3.1% (a margin, no
  minus sign); 个百分比 is percentage points; 19至22日 is "the 19th to the
  22nd"; "from plus 5 percentage points to minus 3" says its unit once.
- Ports: 3713（万TEU） (a magnitude in a bracketed unit) is 37.13 million;
  同比增幅-6.5% is "down 6.5 percent"; "the national top 20" is a ranking;
  万吨级泊位 is "berths for 10,000 tonnes or more".
- Floods: "each second" is a unit; 7月31日8时至8月1日8时 may be "the 24 hours
  to 8 am on August 1" (the window's length, its start undated); "about once
  in 20 years" hedges the 20; a direction may follow a unit or a range's
  second end ("0.08 meters higher", "0.15 to 1.12 meters higher"); 偏低,
  较常年同期多, 较前一日下降, 超警戒水位 and 低于保证水位 say which way; 少增
  and 多减 do not.
- Exams: the one of a ratio after the ratio sign ∶ (98∶1 "98 for every
  post") and of 1:3的比例 ("three candidates for each post") may go unsaid;
  a score (以3∶1战胜) is read whole.
- Holidays: a share of a base (恢复至2019年同期的119.09%, 是上年的112%) may
  be given as how far it lies above or below the base ("19.09 percent above
  the 2019 level"), the way the English says; a share of 90% or more may be
  "almost all"; "above the 2019 level" does not hedge the year. A percent
  rounded without a hedge (18.47% "18.5 percent") is flagged, as a dropped
  digit would be.
- Ratios and factors: the one after 比为, 比约为 or 比例为 (车桩比约为8:1
  "eight cars to each post") may go unsaid; 是去年的2.4倍 may be "140 percent
  more than last year".
- Comparisons: 较原定目标多3,000个, 比计划少2个, 比十年前少了12万人 say which
  way, whatever the base (not 比较, 比重, 比例, 比分); a hedge after a unit does
  not reach past a number already read (2019年的九成以上).
- Spans and sizes: a direction may follow a span's unit ("1.1 years
  shorter", "0.6 days shorter"); "longer", "larger", "shorter" and "smaller"
  say which way.
- Reports: "past 600 billion yuan" is more than (not "the past 10 years",
  "half past 5"); a bar broken (升破155关卡) is not rounded behind a hedge;
  "half past five" and "a quarter past eight" give 30 and 15 minutes.
- Sport: a games named by its edition (十四冬 "the 14th National Winter
  Games", 九运) is an ordinal the English may give or leave.
- Incidents named by their day (二二八事件, 九一八事变, 七七事变, 五卅运动) are
  dates, and may be given in their digits ("the 228 Incident").
- Speech: 快二十年 "nearly 20 years" (not 加快, 最快, 比去年快), 小十万
  "nearly 100,000" (a round size; not 小三通); 三亩半 is 3.5 mu; 半个钟头 is
  half an hour; 八十有五 is 85; 零下三十多度 is "below minus 30 degrees".
- Speech, more: 口 counts people (五六口人, 三口之家); a rough range may leave
  its last place unsaid (一千二三 "1,200 or 1,300", 三万五六); 比去年贵了 and
  便宜了 say which way.
- Freedom: an uneven conversion may be rounded (50万亩 "33,300 hectares");
  从2010年的767万人 starts a change; a figure restated after 即, 相当于 or 折合
  (每年1,200元，即每月100元) may go unsaid when the other is given.
- Idioms: 2位数 and 三位数 count digits ("double digits", "triple-digit"); 跌穿
  is "below" and 升穿 "past".
- Bulletins: 0—24时 (the whole day) and a date's 24时 (its end) may go
  unsaid; days may be counted in weeks (连续14天 "for two weeks").
- Spans behind a hedge: "more than an hour" (1个多小时), "nearly a year",
  "within a week" are one of the span (not "a year ago"); 前天 may be "two
  days ago".
- Factors: 由613人增至1,226人 may be "doubling its capacity to 1,226" (the
  start as a factor of the end, unless the English gives a start of its own).
- Farms: a comparison before a year hedges nothing ("12 percent below
  2020"); a direction may follow jin, catties, kilograms or grams.
- Speech, a third time: 翻一倍 is doubled; 百十 is about a hundred; 五十好几
  is fifty-odd.
- Gaps: 高出全省平均水平2.4个百分点, 快于, 低于 a named base say which way;
  "faster" and "slower" after a number too.
- Statistics releases: March or May with a capital inside a sentence is the
  month ("with March alone up 41.1 percent"), not in "the Long March",
  "Theresa May", "May Day" or a headline's title case; 高于2003年 compares
  with what 2003 had and puts no bound on the year; "the secondary" and
  "the tertiary" name sectors in a list ("the primary industry grew 4.1
  percent, the secondary 6.2 percent").
- sport: 第90+3分钟 is the 93rd minute; 4x100m is two numbers, as 4×100米
  is; 2米33 is 2.33 metres; 1/4决赛 is the last eight ("the quarterfinals"),
  1/8决赛 the last 16 ("the round of 16"). Two number words make one number
  only after a tens word (twenty-three, not "seven three-pointers");
  "twenty-third" and "thirtieth" are ordinals.
- groups and lists: 七国集团, 二十国集团 are numbers the English gives ("G7",
  "the G20", which may match); 法国等6国 is six in all ("France and five
  other countries"); 其他5个 is five others. A 1 written as a digit is a
  number ((10+1)); only a written one (一批, "one of") may say nothing.
- a span of time and 内 (24小时内) is "within 24 hours" or "in 24 hours".
- Taiwan's ways: 4万5,000 is 45,000 (ten-thousands, then the rest in
  digits); 1码 is a quarter of a percentage point (25 basis points), 半码 an
  eighth; "a quarter of a percentage point", "half a percentage point" and
  "a quarter-point" are percentage points.
- factors and shares in English: "trebled", "sixfold" to "twelvefold",
  "twentyfold", "hundredfold"; ½, ¼ and ¾ after a digit (2½); 约 before a
  year and a factor (约为2019年的4倍) is the factor's; 三分之二以上多数 is "a
  two-thirds majority".
- courts: 修正案（十一） is the 11th Amendment; 一审 and 二审 may be said ("at
  second instance") and need not ("on appeal").
- 12GB, 256GB, 2.4GHz, 7nm in the English are numbers and their units; "up
  to" pairs with anything (a ceiling the Chinese may state far from the
  number: 最高 … 350公里).
- a city's tier (一线城市 "first-tier", 二三线城市) may be said and need not;
  "in his thirties" and 七旬 ("in her seventies") are ages in tens ("the
  nineties" may also be the decade).
- spoken English: "half a dozen" (六七个, one end of which is enough), "a
  fortnight" (两周; 两 before a span of time is a count the English must
  give), "a century", "half a century", "a millennium", "a thousand-year-old
  city" (千年古城), "a hundred percent", 一年半 "eighteen months". A quoted
  sentence (with 。 or ，) is not a slogan: its numbers are read as any others.
- Hong Kong: a year written digit by digit with the short end of its range
  (二零二三至二四年度, "2023-24"); 半个月 is half a month ("half a month", 15
  days, two weeks); "or over" after a number is "more".
- a percentage of growth of 100 or more is also a factor (增长200% "tripled",
  同比增长100% "doubled"); 前三季度 and 一至三季度 may be said as months
  ("January-September", "the first nine months").
- 三分之一强 is "just over a third" (强 after a share; 500强 is "the top
  500"); 过半 is "more than half"; "biennial" and "triennial" (两年一届).
- "0.3 of a percentage point"; 40℃ is also 104 degrees Fahrenheit; 5000米
  is also 5 km and 10万平方米 10 hectares (not 公里 as metres: 100万公里
  would then be "a billion kilometres"); 6个月 is "half a year", 18个月 "a
  year and a half".
- a day range after an English date ("Nov 1-11", "Dec. 3–5"): its last day
  is a date too, not minus eleven.
- a conversion may come first: "$1.4 billion (10 billion yuan)", "US$530
  million (3.8 billion yuan)" (a sum in yuan in the bracket: either side may
  be the conversion, and the Chinese sum must match one), or after a comma:
  "10 billion yuan, or about $1.4 billion".
- 1,954万8,531 (Taiwan): ten-thousands with a thousands separator; 过半 may
  be said as "a majority", with no number.
- a qualifier before a rate's base is the number's: 突破每盎司2000美元
  "topped $2,000 an ounce".
- 每周一次 is one time ("once a week"; "twice" is two times); "fifty-fifty"
  is 50%; 十户中有八户 is a share ("eight in ten").
- 11.2/10万 is a rate per 100,000 ("11.2 per 100,000").
- 第一、二名 is two ordinals ("first and second place"); 1、2个百分点 gives
  both numbers the unit, as 2至3个百分点 does; "first-quarter" is Q1.
- "one in 10,000" (万分之一) and "one in 100 million" are shares with their
  whole base (they had been read as "one in 10" and "one in 100"); 三七开 is
  a 30-70 split; 每五个孩子中就有一个 is "one in every five".
- "post-90s" is 90后, as "the 1990s" is; a bare number just after a rate
  (收视率破2, 占比达3) may be a percentage; 破 before a number is "more
  than" (票房破10亿), except after 打, 侦, 击 and 攻 ("broke").
- 永乐十八年 (a reign title and its year) is "the 18th year of the Yongle
  reign", or goes unsaid beside the Western year; 3世纪 is the third century;
  初三 is the ninth grade (or the third year), 高三 the twelfth.
- the 一 of 统一, 唯一, 同一, 单一 is not a numeral's (统一六国 "the six
  states"); 上一季度 is "the previous quarter", not Q1.
- 至少 or 至多 qualifies a number past its verb (至少运动150分钟); "should
  not exceed" is "at most"; a hedge may stand before NT$, MOP$, S$, A$, C$,
  and a Chinese qualifier before a currency word (逾新台币8亿元), though 卖超
  and 出超 (net selling, a trade surplus) are no qualifiers.
- a one before a span of time (1小时, 一年) may be said with "a" ("an
  hour"), and 兑1美元 as "to the dollar".
- rough sizes ("dozens of", "hundreds of", 几十, 上百, 成千上万) may go
  unsaid, but when both sides give one they must agree.
- N以上M以下 (a statute's floor and ceiling) is the range N to M;
  "Paragraph 2" names by number, as "Article 12" does.
- days named by their date (五一, 五四, 七一, 八一, 六一, 三八, 十一 before a
  festival word) are dates, given in the English by date or by name.
- N厘 (Hong Kong) is a rate, N percent a year (or a tenth of that a month);
  "a quarter" after an amount ("HK$1,000 a quarter") is a period;
  "a hat-trick" is three; "centenary" and "centennial" are a hundred years.
- 倍增 is a factor of two ("double"), which may go unsaid; factors said as
  words on both sides must agree; a percentage after 指数 (a PMI of 50.8%)
  may be given as a plain index; "three quarters in a row" is a span of time.
- 破万 and 过万 are "more than 10,000"; a quarter may be said once and then
  by its ordinal ("6.3% in the second").
- "per second" is a unit; a bound may stand far before the share it bounds
  (不得低于前3年度平均值的23% "may not be less than 23 percent of"); 120W,
  5,000mAh and 50MP are numbers with their units.
- 百分之70至95 gives both ends the unit; 6至12月龄 is an age, not months;
  28楼 may be the 28th floor; 歼-20 and 东风-41 are models' numbers, not
  minus signs.
- digits glued to a name (Premier12) may match the Chinese (12强赛);
  百亿级, 万亿级 are classes by size, given or not ("the trillion-yuan
  mark"); 半小时 is half an hour, 30 minutes or "a half-hour"; 分三读 is
  "three readings".
- 两三 ("a couple of") and 三五 ("three to five", "a few") are rough
  ranges that may go unsaid; "several hundred" and "a few thousand" are
  rough sizes; 3年6月 after a short count of years is a term (Taiwan's
  prison terms), not June.
- "Category 1" names by number; "aged 65 or above HK$2,000": the "or
  above" is the 65's; 瓩 (Taiwan) is a kilowatt; "midnight" is 24时 or 零时;
  MOP, TWD, NTD, GBP and JPY may be glued to a sum.
- set phrases whose numerals count nothing (三天打鱼两天晒网, 一年四季,
  十万火急…) are not read; "Top 10" opening a headline is a ranking; "18x
  earnings" is 18倍.
- 10个工作日内 is "within 10 working days"; a heading's 一、 is a number the
  English gives ("I."); 冠军, 亚军, 季军 are first, second and third places.
- scientific notation (3×10⁸, 10^18, 10的18次方, 10⁻⁹) is read by value;
  "one billionth" is 十亿分之一; 第5、6、7名 and 周一、三、五 are lists that
  one 第 or 周 begins; 1至2年内 gives both ends the range's qualifier;
  "Articles 3, 5 and 8" name by number.
- 一、二、三等奖 gives every item the last one's suffix; 6、7、8三个月 are
  June, July and August.
- 120Hz is a number and its unit; 5000万像素 is "50 megapixels"; 兆 after
  每秒 or before 宽带 is mega- ("1,000 megabits per second"), not a
  trillion; a numeral after Latin letters counts (8GB和12GB两种 "two");
  3億2,000萬 and 2亿零500万 are one sum; "force-7" is a number; "broke
  through" is "more than"; "runner-up" is second.
- ○ among numerals is a zero (二○一六年); 30日起 is a day; 8pm is a time;
  a relative year excuses the other side's years only when that side does
  not name one as often; a rate's base on both sides agrees (每10万 is not
  "per 10,000"); "grade II and above", "about a 30-minute drive", "a
  40-percent stake"; 三星级以上 is "three stars or above".
- numerals written digit by digit (八〇.七, 七.八, 十七万二七〇〇, 一一二年) are
  read as digits; 112年 may be the year 2023 (Taiwan, without 民国); 十大 …
  首位 may go unsaid; "no band below 6" is at least 6; 00后 may be "born
  after 2000".
- "a quarter-century" is 25 years, 半个世纪 50; "three-quarters of a million"
  and "one and a half million" are read with their scale; 一倍半 is 1.5
  times; 几千 is a rough size; "over two decades" is during them or more
  than them; 一打, 两打 are dozens.
- words after a number are that number's: "aged 60 and over 23%" (an age
  band) and "0.60 fewer than ten years earlier" (a difference) do not
  hedge the number after them, unless the first is a year; a hedge before
  what a share is of is the share's; seasons are compared when both sides
  name one (今春 "this spring"; not 长春 or 春节); "2024-25" and 2022/23 are
  spans of full years; "higher than" may or may not hedge.
- decades in numerals (九十年代, 上世纪八十年代) and two at once (七八十年代,
  70、80年代: "the 1970s and 1980s", "the '60s and '70s", not "in their 60s
  and 70s"); the part of a decade (90年代末 "the late 1990s", 初 early, 中
  mid; "the end of the 1990s") is compared when both sides name one; a
  rate's base of 1,000 (每千人口) must agree with the English rate's base,
  as bases of 10,000 and up do; 首套房, 二套房, 三套及以上 are which home a
  buyer buys ("a first home", "a second", "a third or more"), said or not;
  "second-hand" is no ordinal; one winning bet (一等奖1注) may be "a first
  prize".
- loose sizes: 不下 before a number, 有余, 出头, 开外 after it are "more
  than"; 十来户, 二十来年 are "or so" (read as 约十户); "twenty-odd" hedges
  either way; 数倍, 几倍 ("several times") are not "twice" or "doubled";
  几家 ("a few") is not "dozens of"; "in the region of" is "about"; a
  factor said in a word ("tripled") must be one the Chinese gives.
- 5点半 holds the 30 minutes of "5:30"; "end of March" reads the month;
  两夜 is a count, 一夜 may go unsaid; "next year" where the Chinese names
  no year at all is an error.
- which way a number moved: a word of rise or fall right at the number
  (增长6.2%, 下降了约3%, 降幅为5%, 按年升5.1%, 的升幅 after it; "rose
  6.2%", "a 5% drop") must agree when both sides say one; 负增长 and
  增长-3.4% are falls, "up to" a ceiling; 偏多/偏少 ("23% below normal")
  say which way a number lies from the norm. 百年一遇 is a return period
  the English must give; "second only to" (仅次于) is no place.
- "a 10,000-strong team" hedges either way; "this year" for 明年 is an
  error; single and double track (单线, 双线; "single-track") must agree;
  "the richest fifth" is a share (20%), not a place. "in his
  30s" is an age in tens (30多岁).
- a span of months that is a quarter or a half (1-3月, 7-12月) may be said
  as one ("the first quarter", "the second half"), 1-9月 as "the first
  three quarters"; a size in 斤 or 亩 the English writes in kilograms,
  tonnes or hectares must be converted (:func:`unconverted`); a hedge said
  once before "80 percent and 70 percent" covers both; 上调/下调,
  "raised", "cut", "go down" say which way a number moved; "twenty-foot
  equivalent units" names the TEU (标箱).
- "Q1-Q3" is the first three quarters (前三季度); 前两个月 and 前10月 are
  months from January ("Jan-Feb"); thousands set apart by spaces (5 800宗,
  "7 000") are one number; 超过15万及14万: the hedge covers both numbers.
- Taiwan's press: 年增率-21.6% is a fall (增率, 成长 are directions); 連十六紅,
  連四黑 are the 16th straight rise, the fourth straight fall; 二十.二 is
  20.2; 十二兆七○一三億 is one sum; 次高 is "the second-highest"; 一月 is
  January beside a word of when (預估一月, 一月份), "May's" is May; 未达, 未满
  are "less than"; "18,000 or 0.16 percent" keeps 18,000 a count.
- Hong Kong's releases: （約50.2億美元） is a conversion's "about"; 按年
  names the year before ("over the same period in 2024"); "the three
  months ending October" is months 8-10 (:func:`en_months_ending`);
  "lowered its forecast from 2-3% to 3.2%" is a fall to 3.2.
- headlines: "trips top 4b" hedges (more than) as "tops" does, but not
  "the top 10" nor "China's top 10"; "Jan-May", "January-March" end on the
  month.
- markets: 千金股, 千元股 are prices of 1,000 or more, said or not; "above
  the 1-trillion-yuan mark" hedges past "the" before a line's word; 站上,
  站稳 "topped" (or "reached"); 跌破 "fell below"; 保4, 保3抢4 are growth
  targets in percent.
- bulletins: "Grades I and III" ends a list of grades (not a sequel's
  number); once the English gives a rate's base, each Chinese base
  (每万人口) is among them (:func:`rate_bases`); letter classes (甲乙类,
  甲等, B类; "Class A and B", "Grade-A") agree (:func:`letter_classes`).
- Macao's releases: 0.3及0.4個百分點 shares its unit across 及 (and 与); 雙糧
  is a 13th month's pay; 十一月至一月 is November and January.
- currency moves: 升值1.35角 is NT$0.135, 小貶3分 NT$0.03; 連3升 is the third
  straight session; 升破30.5元關卡 is "past the 30.5 level".
- 明（15）日 is the 15th, said or not; 連2週 the second week running; "the
  first 330 kilowatt-hours" is up to them (330度以下).
- the small full stop between digits (15﹒6元, Hong Kong wires) is a decimal
  point (:func:`zh_fold`).
- 近半 is nearly half, 逾半 more than half; 增逾一倍 more than doubled; 近半年来
  the past six months, or nearly.
- Taiwan's receipt lottery: 二奖 to 六奖 are ranks, and 以上 after 奖 or past
  (含) hedges them ("the third prize or above"); 千万 alone before a prize
  (千万特别奖, 百万富翁) is a size the English may give; 末4码 is four digits,
  not a quarter point; the year before a range of months (2011年1-2月) is
  read as a year.
- Hong Kong's Mark Six: 近12次, 近10期 are "the last 12" or "nearly 12", as 近3年;
  中4.5个字 is four numbers and the extra one.
- a last lone digit after a magnitude is the next place down: 两千五 is 2,500,
  三万五 35,000, 一亿五 150 million, 千二 (Hong Kong) 1,200; 两千零五 is 2,005.
- 一千二三百, 两万七八千: a rough range after the higher places (1,200 to 1,300).
- Taiwan's dividend notices: 113/03/12 is 12 March 2024 (the Republic's
  years); 101年度 may be 2012; 百分之五十至八十 is a range of percentages;
  不得低于百分之二十 is at least 20%; 新台币一角 is NT$0.1; 廿, 卅 are 20, 30;
  第二十六条之一 is "Article 26-1".
- Macao: "Law 17/2019" names a law by its number (第17/2019号法律).
- "beyond three" is more than three (超过3人).
- headlines: "28min", "1hr"; "over the 7-day break" is during it.
- Hong Kong's fares: 加4毫 is 40 cents (毫 ten cents; not 毫米), 1至2毫 both
  ends; 7元3角 HK$7.30; 9折, 8.5折 as 九折; "30 cents" is also 0.30.
- Taiwan's income tax: 每逾2日加征1% "for every two days" is a step (每逾,
  每超过), not a bound; "the first NT$610,000" is up to it (61万元以下).
- Taiwan's traffic penalties: 第2次以上 "twice or more" (第N次 may be said as
  a count); "Subparagraph 2" is 第2款.
- Taiwan's childcare: "NT$1,000 a month or less" (the hedge past a rate);
  0至6岁 "aged up to six" (the 0 of an age range from birth may go unsaid).
- Hong Kong's Policy Address: 三年或以上 "three years or more" (also 及以上);
  二〇二七/二八至二〇三六/三七年度 "2027-28 to 2036-37"; 一次过 "one-off".
- a wire's typewriter fractions: "3-1/2 years" is 3.5, "2 3/4 percent" 2.75.
- Macao's handouts: 今日（18 日） (digits set apart by a space); "between 20
  percent and over 80 percent" (the over is the 80's); 两成至八成多 (the 多 is
  the top's).
- courts: 18/07/2024 is 18 July (day first, as Macao writes it); 中级法院 is
  the Court of Second Instance, 初级法院 the First.
- Hong Kong headlines: 连跌5个月 "a fifth straight month"; "1 in 4" (一 in
  digits) is 四分之一; "T8" is signal No. 8; "9.40am" for 晚上9时40分 is the
  other half of the day (an error).
- "half as much as" is a half; "close to a fifth", "under a fifth" are shares.
- 减半 is a half (or "halved"); 百分百 is 100%; 大半个月 is not half a month.
- Hong Kong's MPF: 不可高于37点子 "may not exceed 37 basis points" (不可, 不能,
  不应, 不宜 as 不得).
- Taiwan's defence budget: 廿一．四％ is 21.4%; 佔GDP三．一八％ is 3.18%.
- Taiwan's sport: 跳出8公尺08 is 8.08 meters (as 2米33).
- 二零二四至二五财政年度, 2024至25财政年度 "the 2024-25 financial year"; 午夜12时
  "midnight".
- Taiwan's railways: 65折 is 6.5折; "half price" is a half; "15 minutes late or
  more" hedges the 15.
- "8 degrees or below", "or lower", "or higher", "and under"; "10+" (either
  side) is 10 or more; 0至6岁 may be "six and under".
- Cantonese: 三成几 is "just over 30 percent".
- Taiwan's recalls: 726大罢免, 921大地震, 228事件 (events named by their
  dates); 未达1/4门槛 (a threshold's size); 超过选举人总数的1/2 (the qualifier
  before the whole); 最近1次 "the last".
- Taiwan's reservoirs: 宝二水库 "Baoshan Second Reservoir".
- Taiwan's exams: 115学年度 is the 2026-27 school year, said or not.
- Hong Kong's population: 1980年代 is the 1980s; "7.2 points more than ten
  years earlier" (the comparison is the difference's, the ten is exact).
- 1970至1980年代, 1950、1960年代: two decades each.
- emission tiers: 国三 to 国六 (国六b) are ordinals ("China III", "China 6",
  "National VI"); their 及以下 may follow the English noun ("China III
  emission standards or lower"). "capped at" is a ceiling; 一级 before a noun
  is level 1 (一级能效 "level 1"), said or not.
- bounds: 5年以下（含5年） is one bound; 最高不超过, 最低…不低于 say again what the
  superlative said (either way); one hedge before two numbers joined by 和
  covers both (分别不低于2.775%和3.325%); "loans of over five years" is more
  than five; "30 years at most"; "exceed five years beyond the retirement
  age" bounds the point reached, not the five years.
- "in four quarters", "for three quarters": quarters of a year (4个季度以来),
  not a share.
- "the two sides" is the pair (两岸, 双方), said or not.
- 1美元兑30.6元 "NT$30.6 to the dollar": the 1 is "the dollar", as in 兑1美元.
- spoken sums: 一毛五 is 0.15 yuan, 两块五 2.5, 三块八毛五 3.85, 五块钱 5; a 块
  with neither 钱 nor a numeral after it counts pieces (三块金牌).
- 「保四」, “保八”: growth kept at 4 or 8 percent (or more), as a rate or a count.
- "~280 km", "approx. 280": about.
- 半价 is half price; 以上…以下 is one range only when the ceiling's number
  follows at once (60岁以上老人和6岁以下儿童 are two bounds).
- 每五名成年人便有一人 is "one in five" (便有 as 就有); 七成半 is 75% before any
  noun; a hedge before 十年前的一半 is the half's.
- "Articles 385 and 386", "Articles 3, 5 and 8": every number of the list is
  named (第三百八十五条、第三百八十六条); 三年六个月 is "three and a half years"
  or "three years and six months"; "first instance" (一审) names a court.
- "the latter half" is the second (下半年); "one in 20" (百分之五) and "one
  household in three" (每三个家庭中就有一个) are shares; the 过 of 获得过两次 is the
  verb's ("has twice won"), not "over"; "three centuries" is 三百年.
- "subtracted 0.3 percentage point from growth" (负0.3个百分点): the verb gives
  the sign; 前年 is "two years ago" (大前年 three), said or not; 每周一百班 is a
  hundred a week, not Monday.
- 上旬, 中旬, 下旬 are ten days ("the last ten days of June", or "late June").
- "half a quarter point" is 半码 (0.125 points); "grade 3A", "grade-2A" are the
  grades of 三级甲等, 二甲.
- 3成2, 9成88 (Taiwan's batting and fielding averages) are 32% and 98.8%, and
  ".320" is the same share; "Game 7" names a game (第7战); "a silver" is one
  medal (1银).
- 一到两成, 三至四成: the 成 is both ends' ("10 to 20 percent").
- 10个千亩以上: the 以上 is the 千's, not the 10's (a qualifier past a unit that
  holds another number).
- a slogan's numbers are optional, but agree when the English counts any of
  them (“两不愁三保障”: "two assurances and three guarantees"); "for each kWh"
  is the one of 节电1度; 签约, 节约, 附近, 最近, 走过, 度过 … end in 约, 近, 过
  without hedging the number after them, as do 纽约, 北约, 英超, 彩超, 透过,
  充满 (CC-CEDICT's two-character words ending in a hedge's character, gone
  through); 不满18周岁 is under 18; 突破5项关键技术 reads either way.
- "100 millions tourists", "1.5 billions US dollars" (government sites'
  English): a plural scale after a number is the scale.
- a code is whole in the English (G1 is not the start of G12); a size given
  in the Chinese unit itself ("1.7 billion kWh" for 1.7万亿千瓦时) is that size,
  not a conversion to MWh or GWh; 二维码 is "a QR code".
- 加息1厘 (Hong Kong) is "a rise of 1 percentage point".
- a clock time written with a colon (9:00—17:00) is "9 am to 5 pm" too; its
  :00 need not be said. "next March", "last May", "before March" are
  months; "under 15 kings", "under 12 programmes" are not ceilings.
- a bare 二 in a name (二松 "the Second Songhua", 二中 "No. 2 Middle
  School") may be said as an ordinal.
- a Chinese decimal before 万 or 亿 (二点八亿) is that many ten thousands or
  hundred millions; 八折起 is "at least 20 percent off"; 七折 said as "70% off"
  or "a discount of 70%" is an error: the English gives the price left as
  the part taken off (:func:`discounts`).
- sport: 中超 is the league (其中超10亿元 is still "more than"); 近6轮, 近五个
  赛季 are "the last six rounds", "in five seasons"; 上半场, 下半时 are a match's
  halves, which may go unsaid; 第二节 is "the second quarter"; 第4分钟 may be
  "four minutes into"; 五人中有三人 "three of the five"; 0:0 "goalless". A
  count given as a difference (比对手多9个) may be given as the other count
  ("51 to 42"): see ``checks._other_count``.
- 球后, 球王 are "world No. 1" (or unsaid); 七战四胜制, 三场两胜制 are
  "best-of-seven", "best-of-three", whose number of games must agree.
- a hedge after ℃ (15℃以上) is the number's; so is a hedge before a minus
  sign, in both languages (低于-30℃, "below minus 30 degrees").
- 偏高一度 "1℃ higher" (一 before 度 after a change; 一度成为 is "once");
  "one fourth", "three fourths" are fractions; "over the age of 60" hedges
  the 60; "the first half year" is 上半年; 每两个…就有一个 is "one in two";
  四年级 "fourth grade"; 连续四个季度 "the fourth quarter in a row"; "within
  half a year" is 半年内.
- an interval after 每 (每30分钟一班 "every 30 minutes") must be said, unlike
  a rate's base (每10万人 "per 100,000"); 30分钟 may be "half an hour".
- 10万元以上、2,000万元以下 is one range when the ceiling is the higher (not
  60岁以上、6岁以下); "from 100,000 to 20 million" shares no scale; 5公里范围内
  is "within 5 kilometers"; "half their costs" is a half.
- 高出两倍 is "triple", 多出一倍 "double": words of growth, as 增长 is.
- a hedge before two or more rate bases (不低于每人每年640元 "at least 640
  yuan per person a year") is the number's; 减负 holds no minus sign.
- "the first two quarters" for 前三季度 is an error (:func:`first_quarters`):
  the quarters may be said as months, but counted they agree.
- 游进47秒, 跑进10秒 read either way ("under 47 seconds", "broke 10 seconds").
- a score "4.8 out of 5" (4.8分（满分5分）, "scored 9 out of 10") may be its
  two numbers, not only a share ("three out of every four" is a share only).
- 七人榄球 "the Sevens", 五人制足球 "five-a-side": a game's name, whose numeral
  may go unsaid.
- Hong Kong's racing: "Race four", "Class Four" (race, class, barrier, lane,
  heat) are ordinals too; "over 1,000m" is a distance, or more than it; 一个半
  马位 is "a length and a half"; "133lb"; the 1 of "a 45-1 outsider" is odds;
  "approaching" hedges either way.

One implementation: the aligner and the checks both read numbers here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple, cast

from bilingual.normalize import fold_width

_PATTERN_ATTRS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
                  "pattern", "flags", "groups", "groupindex")  # fmt: skip


class _Pattern:
    """A pattern compiled on first use. The module has some 260, one or more
    per form, and compiling them all (about 0.1 s) cost a re-check of a few
    units more than checking them: most forms never occur in a given text."""

    __slots__ = (*_PATTERN_ATTRS, "_args")

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> object:
        # only while a slot is empty: the first use fills them all
        compiled = re.compile(*self._args)
        for attr in _PATTERN_ATTRS:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)


def _lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return cast("re.Pattern[str]", _Pattern(pattern, flags))


Key = tuple[float, str]


class Number(NamedTuple):
    """A number as a value, with what kind of quantity it is.

    ``kind`` is ``"count"``, ``"percent"``, ``"points"`` (percentage points),
    ``"ordinal"``, ``"year"``, ``"factor"`` (doubled), ``"half"`` (of a
    year), ``"quarter"`` (of a year), ``"weekday"``, ``"decade"`` or ``"day"``
    (of a month). ``approx`` is ``"more"``, ``"less"``, ``"about"``,
    ``"either"`` (a word read both ways) or ``""``.
    ``text`` is the span it was read from. A named tuple, not a dataclass:
    ``check`` builds several per unit, and a frozen dataclass costs five
    times as much to create.
    """

    value: float
    kind: str = "count"
    approx: str = ""
    text: str = ""
    #: False for a number the text may not state outright (两院 "the two
    #: academies", 每万人 "per 10,000 people", "both"): it can match the
    #: other side but is not missed when the other side does not say it.
    strict: bool = True
    #: Other readings that count as the same number (七折: 70% or 30% off;
    #: 8日: the 8th, or 8).
    also: tuple[Key, ...] = ()

    def key(self) -> Key:
        """What must agree across languages: the value and the kind."""
        value = self.value
        if not -1e6 < value < 1e6:
            # 85.6亿 and 8.56 billion differ in the last bit: 12 significant digits
            value = float(f"{value:.12g}")
        elif not value.is_integer():
            value = round(value, 6)
        return (value, "count" if self.kind == "year" else self.kind)

    def readings(self) -> tuple[Key, ...]:
        """Every reading that matches this number on the other side."""
        return (self.key(), *self.also) if self.also else (self.key(),)


# --- Chinese ------------------------------------------------------------------

_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG = {"万": 10_000, "亿": 100_000_000}
_ZH_NUMERAL = "零〇一二两三四五六七八九十百千万亿"

# One findall gives every number with the context the rules below need, so no
# match object is made: five characters before it (the text is padded so they
# always exist) for 第, 负, 零下 and approximation words, and the four after
# it for a measure word and 以上/左右. 第 is read from that context rather than
# matched: an optional prefix group would make the engine try the pattern at
# every character instead of only where a digit or numeral starts.
_PAD = "\0" * 5
#: 千二, 万二 (Hong Kong: 1,200, 12,000), read as numbers, not as a magnitude alone.
_HONG_KONG_PLACES = _lazy("[千万][二三四五六七八九]")
_ZH_NUMBER = _lazy(
    r"(?<![\d.])(?<=(.{5}))"
    # 统一六国 "unified the six states": the 一 of a word is not the number's;
    # digits after a letter are a code's (A3), numerals are not (8GB和12GB两种)
    r"((?<![A-Za-z])\d+(?:,\d{3})*(?:\.\d+)?|(?!一(?<=[统唯同单逐划专]一))"
    r"[" + _ZH_NUMERAL + r"]+(?:点[" + _ZH_NUMERAL + r"]+)?)"
    r"(?![A-Za-z\d]|\.\d)"  # (not the 1 of 1.5T: a code's digits are not read in part)
    r"([万亿]*)"  # magnitudes
    r"(多|余|几)?"  # approximation after (十几个: a dozen or so)
    r"([万亿]*)"  # 十多万: a magnitude after 多
    r"(%|‰|个百分点|个百分比|个?基点|年(?!代|级|轻|纪|龄|头|底|初|中|终|度|限)|倍"
    r"|[日号](?!报|元|前|后|益|常)"
    r"|(?=([大届])))?"  # 大, 届: ordinal
    r"(?=(.{0,8}))",  # what follows (six characters are read; eight for a multiple's base)
    re.DOTALL,
)
#: Approximation words just before a number: two characters looked up first.
_ZH_APPROX_3 = {"不少于": "more", "不低于": "more", "不超过": "less", "不高于": "less",
                "不大于": "less", "不小于": "more",  # 不大于8800千克 "no more than"
                "收入超": "more",  # 旅游收入超200亿元 (入超 alone: a trade deficit)
                # 每程上限为2元 "at most $2 a trip", or the cap said plainly
                "上限为": "either", "下限为": "either",
                "不多于": "less",
                # 一次过20,000元 (Hong Kong) "a one-off $20,000": no qualifier
                "一次过": "",
                "进度过": "more",  # 收获进度过九成 "over 90% harvested" (not 度过, "spent")
                # 其中超10亿元 "of them, more than 1 billion": not 中超, the league
                "其中超": "more", "之中超": "more"}  # fmt: skip
#: 不得低于, 不得超过 "may not be less than", "may not exceed" (not 录得超过,
#: "recorded more than").
_ZH_APPROX_4 = {"不得少于": "more", "不得低于": "more", "不得超过": "less", "不得高于": "less",
                "不得多于": "less"}  # fmt: skip
#: A bound after 不可, 不能, 不应, 不宜 (不可高于 "may not exceed"): the other side of it.
_BOUNDED = {"少于": "more", "低于": "more", "小于": "more", "超过": "less", "高于": "less",
            "多于": "less", "大于": "less"}  # fmt: skip
_ZH_APPROX_2 = {"几乎": "less",  # 几乎腰斩 "almost halved", 几乎100% "nearly all"
                "将近": "less", "接近": "less", "超过": "more", "超出": "more", "突破": "more",
                "不下": "more",
                "大约": "about", "不到": "less", "不足": "less", "至少": "more", "至多": "less",
                "小于": "less", "大于": "more", "未达": "less", "未满": "less",
                "约合": "either", "约有": "about", "约为": "about", "约达": "about",
                # （约50.2亿美元）: a bracketed conversion's "about", as 约合
                "（约": "either", "(约": "either",
                "少于": "less", "低于": "less", "多于": "more", "高于": "more",
                "经过": "", "通过": "", "不过": "",
                # 获得过两次 "has twice won": the verb's 过 (done before), not "over"
                "得过": "", "获过": "", "有过": "", "到过": "", "去过": "", "来过": "",
                "做过": "", "当过": "", "用过": "", "办过": "", "生过": "", "现过": "",
                "加过": "", "见过": "", "住过": "", "拿过": "", "打过": "", "拍过": "",
                "度过": "", "渡过": "", "走过": "", "越过": "", "跨过": "", "穿过": "", "熬过": "",
                "闯过": "", "错过": "", "路过": "", "飞过": "", "翻过": "", "读过": "", "学过": "",
                # 签约5个项目 "signed five projects", 节约1吨: a verb ending in 约, not "about"
                "签约": "", "节约": "", "预约": "", "违约": "", "履约": "", "制约": "", "合约": "",
                "公约": "", "条约": "", "契约": "", "特约": "", "相约": "", "邀约": "", "集约": "",
                "解约": "", "续约": "", "毁约": "", "缔约": "", "租约": "", "如约": "", "失约": "",
                # 附近3个村 "three nearby villages", 最近3年 "the past three years": not "nearly"
                "附近": "", "邻近": "", "靠近": "", "贴近": "", "亲近": "", "就近": "", "最近": "",
                "临近": "", "走近": "",
                "赶超": "",  # 赶超2个城市 "overtook two cities"
                # names and words that end in a hedge's character: 纽约3日电 (a
                # dateline), 北约32个成员国 "NATO's 32 members", 英超20支球队, 彩超3台
                "纽约": "", "北约": "", "里约": "", "和约": "", "盟约": "", "协约": "",
                "婚约": "", "立约": "", "守约": "", "赴约": "", "爽约": "", "背约": "",
                "要约": "", "规约": "", "践约": "", "隐约": "", "简约": "",
                "相近": "", "新近": "", "左近": "", "四近": "", "挨近": "", "凑近": "",
                "远近": "", "反超": "", "英超": "", "彩超": "", "高超": "",
                "中超": "", "女超": "",  # 中超第26轮 "round 26 of the Chinese Super League"
                # 跑进10秒 "broke 10 seconds", 游进47秒 "under 47 seconds": either
                "跑进": "either", "游进": "either", "滑进": "either",
                "透过": "", "绕过": "", "掠过": "", "记过": "", "考过": "", "闪过": "",
                "划过": "", "横过": "", "涉过": "", "挤过": "", "放过": "", "饶过": "",
                "充满": "", "布满": "", "挤满": "", "装满": "", "堆满": "", "爆满": "",
                "客满": "", "不满": "less",  # 不满18周岁 "under 18"
                "冲破": "either",  # 冲破3道防线 "three lines", or 冲破100亿 "past 10 billion"
                "爆破": "", "识破": "", "看破": "", "道破": "", "说破": "", "点破": "",
                "揭破": "", "撕破": "",
                # 破 is "past" (票房破10亿), but 打破 before a count is "broke"
                "打破": "", "侦破": "", "击破": "", "攻破": "",
                # 跌破3000点 "fell below 3,000"; 升破30.5元 (a currency quoted
                # per dollar, so stronger is lower): "past the 30.5 level"
                "跌破": "less", "升破": "either", "贬破": "either",
                # 跌穿1,000亿元 (Hong Kong) "fell below HK$100 billion", 升穿 "rose past"
                "跌穿": "less", "升穿": "more",
                # 卖超, 出超 (Taiwan): net selling, a trade surplus, not "more than"
                "卖超": "", "买超": "", "出超": "", "入超": "",
                # 最高1万元 "up to 10,000 yuan", but also the highest temperature, "highs of 30C"
                "最高": "either", "最多": "either", "最低": "either", "最少": "either",
                # 站上3400点 "climbed above 3,400", or "reached 3,400"
                "站上": "either", "站稳": "either",
                "重回": "either",  # 重回3400点 "back above 3,400", or "back at 3,400"
                "重返": "either",  # 重返71兆元整数大关之上 "back above NT$71 trillion"
                # 失守2万点 "fell below 20,000", 收复 "back above", 守住 "held": a line
                "失守": "either", "收复": "either", "守住": "either", "跌落": "either"}  # fmt: skip
#: A bound written as a sign before a number.
_SIGN_BOUNDS = {"≥": "more", ">": "more", "＞": "more", "≤": "less", "<": "less", "＜": "less"}
#: Comparisons before a year (高于2003年的水平): with what the year had, not past it.
_COMPARED_WITH = frozenset(_BOUNDED) - {"超过"}
#: What comes between 最低 and its number (最低应达到80%, 最少须为3年).
_FLOOR_VERB = _lazy("(?:应|须|要|需|必须|应当)(?:达到|达|为)?")
#: 满 before a number: "a purchase of 200 yuan or more", or "every 200 yuan spent".
_ZH_APPROX_1 = {"近": "less", "超": "more", "逾": "more", "约": "about", "过": "more",
                "满": "either", "破": "more",
                # spoken: 干了快二十年 "nearly 20 years"
                "快": "less"}  # fmt: skip
#: Words that end in 快 and say no "nearly" (加快, 最快).
_NOT_NEARLY = frozenset(("加快", "很快", "最快", "更快", "较快", "飞快", "赶快", "尽快", "越快",
                         "凉快", "痛快", "愉快", "轻快", "畅快", "不快", "爽快"))  # fmt: skip
#: What may stand before 小 when it is no "nearly" (缩小, 大小, 从小).
_SMALL_WORDS = frozenset("大缩最从较变减弱幼细微短狭渺很更越中矮小")


#: Currencies named before the number (人民币3亿元, 新台币8亿元).
_ZH_CURRENCY_WORDS = ("新台币", "人民币", "台币", "港币", "澳门币")


def _zh_before(before: str) -> str:
    """The qualifier that ends ``before``, the text just before a number."""
    if before.endswith(_ZH_CURRENCY_WORDS):
        # 逾新台币8亿元 "more than NT$800 million": the qualifier before the currency
        before = before[: -len(next(w for w in _ZH_CURRENCY_WORDS if before.endswith(w)))]
    if before[-4:] in _ZH_APPROX_4:
        return _ZH_APPROX_4[before[-4:]]
    if before[-4:-3] == "不" and before[-3:-2] in "可能应宜" and before[-2:] in _BOUNDED:
        return _BOUNDED[before[-2:]]  # 不可高于37点子 "may not exceed 37 basis points"
    if before[-3:] in _ZH_APPROX_3:
        return _ZH_APPROX_3[before[-3:]]
    near = before[-2:]
    if near in _ZH_APPROX_2:
        return _ZH_APPROX_2[near]  # 经过三年 "after three years": no qualifier
    if near in _NOT_NEARLY or (near[-1:] == "快" and ("比" in before[-8:] or "较" in before[-8:])):
        return ""  # (比去年快3.57个百分点: ahead by, not nearly)
    found = _ZH_APPROX_1.get(near[-1:], "")
    if not found and ("最低" in before or "最少" in before):
        # 最低应达到80% "at least 80 percent": the floor, past its modal and verb
        for word in ("最低", "最少"):
            gap = before.rpartition(word)[2]
            if word in before and gap and _FLOOR_VERB.fullmatch(gap):
                return "more"
    if not found and "至" in before:
        for word, approx in (("至少", "more"), ("至多", "less")):
            gap = before.rpartition(word)[2]
            if word in before and 0 < len(gap) <= 2 and gap.isalpha():
                return approx  # 每周至少运动150分钟 "at least 150 minutes": past its verb
    if not found and "约占" in before:
        return "about"  # 约占全国的2% "about 2% of the country's"
    return found


#: What follows 连 and a number it does not reach (连3%都不到).
_NOT_EVEN = ("都不到", "也不到", "都不足", "也不足", "都没有", "也没有", "都没", "也没")
#: What 大 begins after a name's number, when it is no congress (101大楼, 1号大桥).
_BIG_PLACES = frozenset("楼厦桥道街剧")
#: Units that begin with 千 (kilo-), longest first.
_KILO_UNITS = ("千瓦时", "千瓦", "千米", "千克", "千伏", "千帕", "千焦", "千卡")
#: What may follow a share and its 强 or 弱: the end, punctuation, 的.
_AFTER_A_WORD = frozenset(("", "，", "。", "、", "；", "的", ",", ";"))
#: ... and just after it (past one measure word): 80%以上, 100人左右.
_ZH_APPROX_AFTER = {"以上": "more", "之上": "more", "左右": "about", "上下": "about",
                    "以下": "less", "以内": "less", "之内": "less", "不到": "less",
                    # 六十年有余, 三十出头 "just over 30", 七十开外 "over 70"
                    "有余": "more", "出头": "more", "开外": "more"}  # fmt: skip
_MORE_AFTER = frozenset("多余")
#: A bar named by its size: 门槛, 2万点大关 "the 20,000-point mark", 千元关卡.
_A_BAR = ("门槛", "的门槛", "大关", "关卡", "的关卡", "关口", "的关口")
#: The side of a latitude or longitude (北纬12度以北): north and east count up.
_BEYOND_A_LINE = {"以北": "more", "以东": "more", "以南": "less", "以西": "less"}
#: What follows 打 when it is a verb, not "dozen": 打造, 打工, 打击 …
_DA_VERB = frozenset("造工击开破通响算卡针扫折扮球车电牌架包听捞断入出败赢压拼进就了过成好")
#: 多 that starts a word (多元, 多样): "multi-", not "more than"; 多出 "more
#: by" (比第二名多出91万票: 910,000 more than the runner-up).
_MULTI = frozenset("元样种层功项边出")
#: 十四五 read as the range 14–15: a digit followed by the next one.
_ZH_RANGE = _lazy(r"十?([一两二三四五六七八])([二三四五六七八九])")
#: A Chinese numeral as it is written when it is a number (十二万, 一百零五,
#: 三千), not 十三五 (a plan's name) or 三三两两.
_SECTION = (  # (〇 for 零 too: 四百〇四亿, as Macao's papers write it)
    "(?:[一二两三四五六七八九]千)?(?:[零〇]?[一二两三四五六七八九]百)?"
    "(?:[零〇]?[一二三四五六七八九]?十)?(?:[零〇]?[一二三四五六七八九])?"
)
#: Before 万 or 亿 a lone 两 is a count (两万步 "20,000 steps"), as it is not
#: at the end (十两, ten taels).
_HIGH_SECTION = f"(?:两|{_SECTION})"
_WELL_FORMED = _lazy(f"(?:{_HIGH_SECTION}亿)?(?:{_HIGH_SECTION}万)?{_SECTION}")


def _zh_numeral(text: str) -> float | None:
    """Value of a Chinese numeral string such as 一千四百三十三, 十五, 两百."""
    if _HONG_KONG_PLACES.fullmatch(text):
        # 千二, 万二 (Hong Kong) are 1,200 and 12,000: one of the magnitude,
        # then the next place (万一 "in case" is a word, not 11,000)
        text = "一" + text
    elif text[0] in "百千万亿":
        return None  # a magnitude with no count before it is not a number here
    digit_run = all(ch in "零〇一二三四五六七八九" for ch in text)
    if digit_run and (len(text) > 2 or "〇" in text or "零" in text):
        return float("".join(str(_ZH_DIGITS[ch]) for ch in text))  # 二〇一八 read digit by digit
    return _place_value([_ZH_DIGITS.get(ch, ch) for ch in text])


def _place_value(parts: Sequence[float | str]) -> float | None:
    """The value of digits (numbers) and magnitudes (十, 百, 千, 万, 亿) in turn,
    as Chinese writes them: 一千四百三十三, or 3, 万, 5, 千 for 3万5千. None if a
    part is neither."""
    # 亿 scales all that comes before it (三万亿); 万 only what follows the last
    # 亿 (十二亿五千万 is 1.25 billion)
    high, mid, section, digit = 0.0, 0.0, 0.0, None
    # The size of the magnitude just before a last lone digit: 两千五 is 2,500,
    # 三万五 35,000, 千二 1,200 (not 2,005: that is 两千零五)
    before = 0.0
    for part in parts:
        if not isinstance(part, str):
            before = before if digit is None else 0.0
            digit = part
        elif part in _ZH_UNITS:
            section += (digit if digit is not None else 1) * _ZH_UNITS[part]
            digit, before = None, _ZH_UNITS[part]
        elif part == "万":
            mid = (mid + section + (digit or 0)) * 10_000
            section, digit, before = 0.0, None, 10_000.0
        elif part == "亿":
            high = (high + mid + section + (digit or 0)) * 100_000_000
            mid, section, digit, before = 0.0, 0.0, None, 100_000_000.0
        else:
            return None
    if digit is not None and before >= 100:
        digit *= before / 10
    return high + mid + section + (digit or 0)


#: The Traditional form of every character the rules below use (numerals,
#: units, qualifiers: 億, 兩, 餘, 約, 點, 屆 …) as its Simplified one, and the
#: financial numerals as ordinary ones, so that each rule reads 四百億餘 and
#: 壹佰貳拾 as it reads 四百亿余 and 一百二十. One table, applied before any
#: reading; a test holds it complete against this module's text.
#: Financial numerals that are also common words (參加, 大陸, 隊伍, 肆意) are
#: left out: in news they are ordinary words far more often than numbers.
_NUMERALS = str.maketrans(
    "億萬兩個畝餘叄臺號噸頭將屆歲戶條點種約級紀終貳輕輛過裏項齡參陸壹贰叁柒捌玖拾佰仟"
    "雙週禮內報後長員為爲績疊當舊羣騰負贏邊數張銷額間規劃時來場處層開棟輪門隊於經"
    "會議體強達擴躍與醫視幾區縣鎮鄉溝樣擔勝節課連續車獎國歐審臘農曆舉辦歷類滿讀運"
    "僅偵擊佔計產黨華奧貿組織歸職語軌鍾鐘決賽釐團碼頭線漲擴攝業發設專動單學畢統豐樂啟鹹寶慶禎緒觀貞順幣買賣兒軍勞婦紅講話際黃啓兌獨貨購採東錄樓殲風劍曬網載魚亞寬帶"
    "壓聽響掃撈斷電敗進針聯減環單復複調標頃預從檔穩搶糧貶別馬卄徵獲虧輸稅應畫財罷檻總慘戰槍遊災選裡庫壩準階檢塊錢價現見銀臨親關勵術毀籤締貼趕違鄰錯鍵闖飛簽衝湊協擠橫簡紐繞裝記識說踐遠閃隱饒維補欖範徑圍籃盤對縮遲無緯遙倆輩斬許漢遼晉麗氣溫費給貸資領園確養務壯撫贍顧爭奪競榮圓韓師護書沒營貴賠細暢狹幹島盡導涼變轉證樁誤藍須積莊問較琿淨熱揮撥閉嶺羈緩銅橋廈劇驗試牀",
    "亿万两个亩余三台号吨头将届岁户条点种约级纪终二轻辆过里项龄参陆一二三七八九十百千"
    "双周礼内报后长员为为绩叠当旧群腾负赢边数张销额间规划时来场处层开栋轮门队于经"
    "会议体强达扩跃与医视几区县镇乡沟样担胜节课连续车奖国欧审腊农历举办历类满读运"
    "仅侦击占计产党华奥贸组织归职语轨钟钟决赛厘团码头线涨扩摄业发设专动单学毕统丰乐启咸宝庆祯绪观贞顺币买卖儿军劳妇红讲话际黄启兑独货购采东录楼歼风剑晒网载鱼亚宽带"
    "压听响扫捞断电败进针联减环单复复调标顷预从档稳抢粮贬别马廿征获亏输税应画财罢槛总惨战枪游灾选里库坝准阶检块钱价现见银临亲关励术毁签缔贴赶违邻错键闯飞签冲凑协挤横简纽绕装记识说践远闪隐饶维补榄范径围篮盘对缩迟无纬遥俩辈斩许汉辽晋丽气温费给贷资领园确养务壮抚赡顾争夺竞荣圆韩师护书没营贵赔细畅狭干岛尽导凉变转证桩误蓝须积庄问较珲净热挥拨闭岭羁缓铜桥厦剧验试床",
)


#: The financial numerals that are also common words (參加, 大陸, 隊伍, 肆意),
#: read as numerals only next to another numeral or a unit (壹佰參拾, 參萬元).
_AMBIGUOUS = _lazy("(?<=[一二三四五六七八九十百千万亿零〇])[参肆伍陆]|[参肆伍陆](?=[十百千万亿元])")
_AMBIGUOUS_VALUE = {"参": "三", "肆": "四", "伍": "五", "陆": "六"}


#: Whether a text has anything to fold: one scan, since most text has nothing
#: (translating costs more than finding that out).
_TO_FOLD = _lazy("[" + "".join(map(chr, _NUMERALS)) + "".join(_AMBIGUOUS_VALUE) + "]")


#: The small full stop (U+FE52) between digits, as some Hong Kong wires write
#: the decimal point.
_SMALL_POINT = _lazy("(?<=\\d)\ufe52(?=\\d)")


def zh_fold(text: str) -> str:
    """A Chinese text as its numbers are read: width folded, numerals Simplified."""
    folded = fold_width(text)
    if "\ufe52" in folded:
        folded = _SMALL_POINT.sub(".", folded)  # 15﹒6元 (Hong Kong wires): a decimal point
    if not _TO_FOLD.search(folded):
        return folded
    folded = folded.translate(_NUMERALS)
    if _AMBIGUOUS.search(folded):
        folded = _AMBIGUOUS.sub(lambda m: _AMBIGUOUS_VALUE[m.group(0)], folded)
    return folded


def zh_numbers(text: str) -> list[Number]:
    """Every number in a Chinese text, by value (dates aside: :func:`zh_dates`)."""
    return zh_numbers_in(zh_prepare(text)[2])


_ZH_SMALL = "一二两三四五六七八九十"
#: Forms that are not read digit by digit (fractions, tenths, periods …): one
#: pattern, found first and blanked before the numbers are read.
_ZH_FORMS = _lazy(
    # 1/4决赛 the quarterfinals (the last eight), 1/8决赛 "the round of 16"
    r"(?:1/(?P<kd>2|4|8|16|32)|(?P<kz>[二四八]|十六)分之一)(?=决赛)"
    # 三七开 "a 30-70 split", 五五开 "fifty-fifty"
    r"|(?P<split>[一二三四五六七八九])(?P<split2>[一二三四五六七八九])开(?![发展放始会工通业设])"
    # 每周一次 "once a week": one time, which the English says
    # (一年一次 "once a year"; 至少调整一次 "at least once")
    r"|(?:(?<=[每一][天日周月年季])|(?<=至少)|(?<=至少[\u4e00-\u9fff]{2}))(?P<once>一)次"
    # 十户中有八户 "eight in ten households", 每五个孩子中就有一个 "one in every five",
    # 每10斤大米中，就有1斤 "one in every 10 jin of rice"
    r"|(?P<ofn>十|[二两三四五六七八九]|10|[2-9])(?:个|户|人|家|名|位|所)?中[就便]?[约約]?有"
    r"(?P<ofm>[一二两三四五六七八九]|[1-9])(?![\d十百千万亿])"
    r"|每(?P<ofn2>十|[二两三四五六七八九]|\d{1,4}|一?[百千万])(?![\d万亿])(?:个|户|人|家|名|位|所)?[\u4e00-\u9fff]{0,8}?"
    r"(?:中[，,]?[就便]?|[，,]?[就便])[约約]?有(?P<ofm2>[一二两三四五六七八九]|[1-9]\d{0,2})(?![\d.十百千万亿])"
    # 一线城市 "first-tier cities", 二三线城市 "second- and third-tier cities"
    r"|(?P<tier>[一二三四五])(?P<tier2>[二三四五])?线(?=城市|大城市|品牌|地区)"
    # 首套房 "a first home", 二套房 "a second home", 三套及以上 "a third or more"
    r"|(?P<home>[首二三])套(?=房|住房|商品房|普通住房|及以上|以上)"
    # 初三学生 "ninth-graders", or "third-year junior high students"
    r"|[初高](?P<grade>[一二三])(?=学生|年级|学年|毕业|新生|学子|考生|上学期|下学期|的学生|生)"
    # 成千上万 "thousands", "tens of thousands": both sizes
    r"|成(?P<either>[百千万])上(?P<either2>[千万亿])"
    # 亚军 "runner-up", "second": a place the English may give by its number
    r"|(?P<place>[冠亚季])军|(?<![足篮排网])球(?P<queen>[后王])(?![子国])"  # 球后 "world No. 1"
    # 七战四胜制 "best-of-seven": the games, which the English gives (the wins follow)
    r"|(?P<bestof>[三五七九])[战场局盘](?:[二两三四五])胜"
    # 七旬老人 "in her seventies"
    r"|(?P<xun>[二三四五六七八九])旬"
    # 降息1码 (Taiwan): a quarter of a percentage point, 半码 an eighth
    # (末4码, 前3码: the last four, the first three digits of a number)
    r"|(?<![末前后尾])(?P<ma>半|[1-4]|[一两二三四])码(?!头)"
    # 第90+3分钟 "the 93rd minute": stoppage time
    r"|第(?P<st>\d{2,3})\+(?P<st2>\d{1,2})分钟?"
    r"|(?P<den>\d+|["
    + _ZH_NUMERAL
    + r"]+)分之(?P<num>[\d.]+|["
    + _ZH_NUMERAL
    + r"]+(?:点[零〇一二三四五六七八九]+)?)"
    # 三分一, 四分三: Hong Kong's fractions without 之 (not 十分, "very", nor minutes)
    r"|(?<![\d十百千万亿点时第分])(?P<hkden>[二三四五六七八九])分(?P<hknum>[一二三四五六七八])"
    r"(?![十百千万亿\d分秒钟之])"
    r"|(?P<half>[上下首])半(?:年|场|季(?!度)|时(?![间期代段]))"  # 上半场, 首半年: "the first half"
    r"|(?<![\d一二两三四五六七八九十多])半年(?![度报])"
    r"|(?<![\d一二两三四五六七八九十多个])半个?小时"
    r"|(?<![\d一二两三四五六七八九十多个上下大])半个月"  # half a month (not 下半月, 大半个月)
    # 一个半马位 (Hong Kong's racing) "a length and a half"
    r"|(?P<nhalf>\d{1,2}|[一两二三四五六七八九十]{1,2})个半(?=小时|月|马位|身位)"
    r"|(?<![前首至到上下\-—~])第?(?P<q>[一二三四1-4])季度|第(?P<q3>[一二三四1-4])季"
    r"|(?P<q1>首)季(?!度)"  # 首季, 第二季: Hong Kong usage
    r"|翻了?(?P<fannear>近|将近|接近)?(?P<fan>[一两二三四五])?番"
    r"|翻了?(?P<fanbei>近|将近|接近)?一倍(?!多|以上)"  # 翻一倍 (spoken): doubled
    r"|(?P<beizeng>倍增|翻倍)(?![长加])"  # 出货量将倍增 "will double", 股价翻倍 "doubled"
    r"|(?:星期|礼拜)(?P<wd>[一二三四五六日天])"
    r"|(?<![\d" + _ZH_SMALL + r"])周(?P<wd2>[一二三四五六日](?:、[一二三四五六日])*)"
    r"(?![次个年内岁期篇场天回趟节课十百千万亿])"  # 周一、三、五: Monday, Wednesday and Friday
    r"|(?P<halfcen>半个)世纪"  # half a century: 50 years
    r"|(?<![\d十])(?P<cen>\d{1,2}|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])世纪"
    r"(?:(?P<dec>\d0|[二三四五六七八九]十)年代)?"
    # 九十年代 in numerals too; 七八十年代, 70、80年代: "the 1970s and 1980s"
    r"|(?P<decs>[二三四五六七八]|[2-8]0、)(?P<decs2>[三四五六七八九]十|[3-9]0)年代"
    r"|(?P<dec2>(?<!\d)(?:1[5-9]|20)\d0|\d0|(?<![\d" + _ZH_SMALL + r"])[二三四五六七八九]十)年代"
    r"|(?P<zhe>[一二三四五六七八九])(?P<zhe2>[一二三四五六七八九])?折(?![合算旧射叠腾扣返])"
    # 9折, 8.5折 (Hong Kong), 65折 (Taiwan: 6.5折, 35% off)
    r"|(?<![\d.])(?P<zhed>[1-9](?:\.\d|[1-9])?)折(?![合算旧射叠腾扣返])"
    r"|(?<![" + _ZH_NUMERAL + r"\d])(?P<cheng>[一二两三四五六七八九十]|[1-9](?:\.\d)?)成"
    # 三成五, 两成半; 3成2, 9成88 (Taiwan's batting and fielding averages: .320, .988)
    r"(?:(?P<chengx>[一二三四五六七八九]|半(?![年数个天月])|\d{1,2})(?![十百千万亿\d])"
    r"|(?![员为功果立本绩交型就熟品群立全倍份]|长(?!者)))"  # 七成长者: a share; 成长 not
    # 过半 "more than half", 近半 nearly; 大半 "most", 一小半 "almost half" (not
    # 大半年, 大半夜, 大半辈子: most of a span)
    r"|(?P<overhalf>[过逾超近]半|(?<![\d二两三四五六七八九十多])[大小]半(?![夜辈生截边场径]))"
    r"(?![年个天月小])"
    r"|双(?:(?=[方边向赢薪职胞语轨])|(?P<fest>十[一二]|1[12])(?![\d万亿]))|一半|半数|半幅"
    # 11.2/10万 "11.2 per 100,000": a rate and its base
    r"|(?<![\d/.])(?P<rate>\d+(?:\.\d+)?)/(?P<rbase>10万|1万|万|100000|10000|1000|千|100|百)"
    r"(?![\d万亿])"
    r"|(?<![\d/.])(?P<sa>\d{1,2})/(?P<sb>[1-9]\d?)(?![\d/A-Za-z])"  # 1/3 (not 59/80R63)
    r"|(?P<plan>十[一二三四五])五(?=规划|期间|时期|以来|末|初|开局|收官|”|\")"
    r"|(?<![\d.])(?P<rm>\d{1,2})分(?P<rs>[0-5]?\d)秒(?P<rh>\d{1,3})?"  # 2分05秒30: a race time
    r"|(?<![\d.分])(?P<ss>\d{1,2})秒(?P<sh>\d{2,3})(?!\d)"  # 10秒05, 40秒192: a sprint time
)
#: Whether a text may hold one of those forms: one scan for a character class.
_ZH_FORM_HINT = _lazy(
    r"[分秒半季番期拜周纪代折成双/五码线旬]|[初高][一二三]|倍增|翻倍|[冠亚季]军|中[就便]?[约約]?有|[就便]有|一次|[一二三四五六七八九]开"
    r"|翻了?(?:近|将近|接近)?一倍"
    r"|球[后王]|[战场局盘][二两三四五]胜"
    r"|[首二三]套"
)
_WEEKDAYS_ZH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}


def _zh_value(text: str) -> float | None:
    return float(text) if text[0].isdigit() else _value(text)


def _zh_qualifier(before: str, after: str) -> str:
    """The qualifier of a Chinese number: a word that ends ``before`` (近, 超过 …),
    else one that starts ``after``, past one measure word (80%以上, 100人左右)."""
    if after.startswith(_A_BAR) or after[1:].startswith(_A_BAR):
        # 未达1/4门槛 "short of the one-quarter threshold", 未达500万票的门槛: the
        # bar's own size
        return "either"
    if before.endswith("连") and (after.startswith(_NOT_EVEN) or after[1:].startswith(_NOT_EVEN)):
        return "either"  # 连3%都不到 "not even 3 percent", "did not reach even 3 percent"
    if before.endswith("通过") and (after[:1] == "℃" or after.startswith("摄氏度")):
        return "either"  # 稳定通过8℃ "steadily above 8 degrees"
    if after[:1] and after[:1] in "公千米海" and _WITHIN_DISTANCE.match(after):
        return "less"  # 5公里范围内 "within 5 kilometers"
    approx = _zh_before(before)
    if not approx and before[-1:] in _SIGN_BOUNDS:
        return _SIGN_BOUNDS[before[-1]]  # ≥10℃积温 "above 10C", ≤5% "at most 5 percent"
    if not approx and before[-1:] == "过" and after[:1] in "成%":
        # 收获过九成 "over 90 percent harvested": a share past 过 is over it,
        # whatever verb 过 follows (获过三次 "has won three times" is no share)
        return "more"
    if approx and before.endswith(_EVERY_STEP):
        return ""  # 每逾2日加征1% "for every two days late": a step, not more than two days
    if not approx and "每" in before[-4:-1]:
        # 突破每盎司2000美元 "topped $2,000 an ounce": the qualifier before the rate's
        # base, past every base (不低于每人每年640元 "at least 640 yuan per person a year")
        base = before.rindex("每")
        while "每" in before[max(0, base - 3) : base]:
            base = before.rindex("每", 0, base)
        approx = _zh_before(before[:base])
    if approx == "more" and before.endswith("突破") and after[:1] and after[:1] in "项个批类种":
        return "either"  # 突破5项关键技术 "breakthroughs in five key technologies", or "over 100"
    if approx or not after:
        return approx
    if after[:1] == "+" and not after[1:2].isdigit():
        return "more"  # 指数达10+ (Hong Kong's AQHI "10+"), 100+家: or more
    if "含" in after[:5]:
        after = after.replace("(含)", "", 1)  # 三奖(含)以上 "the third prize or above"
    if after[:1] in "或及" and after[1:3] in ("以上", "以下"):
        after = after[1:]  # 三年或以上 (Hong Kong), 3年及以上: "three years or more"
    if after[:4] == "以上多数":
        return "either"  # 三分之二以上多数 "a two-thirds majority": at least, said as the share
    if after[:1] == "期" and after[1:3] in ("以上", "以下", "以内"):
        return "either"  # 5年期以上LPR "the five-year LPR": a term's name, said either way
    if after[:1] in "至到~":
        # 1至2年内 "within one to two years": the range's qualifier is both ends'
        upper = after[1:].lstrip("0123456789.一二两三四五六七八九十")
        shared = _zh_qualifier("", upper)
        if shared == "more" and (upper[:1] in _MORE_AFTER or upper[1:2] in _MORE_AFTER):
            return "either"  # 两成至八成多 "from 20 to over 80 percent": the 多 is the top's
        return shared
    if after[:1] == "度" and after[1:3] in _BEYOND_A_LINE:
        return _BEYOND_A_LINE[after[1:3]]  # 北纬12度以北 "north of 12 degrees north"
    measured = after[0] in _ZH_MEASURES or after[0] == "℃"  # 15℃以上 "more than 15 degrees"
    rest = after[1:3] if measured else after[:2]
    found = _ZH_APPROX_AFTER.get(rest)
    if found is not None:
        return found
    if rest[:1] in _MORE_AFTER and rest[1:2] not in _MULTI and (measured or after[0] in "多余"):
        return "more"  # 两个多月, 增长一倍多: more than two months, more than doubled
    if after[:1] in "奖毫角" and (found := _ZH_APPROX_AFTER.get(after[1:3])) is not None:
        return found  # 五奖以上 (Taiwan's lottery) "the fifth prize or above", 5毫以上
    if after[:1] == "千" and after.startswith(_KILO_UNITS):
        # 4,000万千瓦以上 "above 40 million kilowatts": 千 of the unit, not a number
        unit = next(u for u in _KILO_UNITS if after.startswith(u))
        found = _ZH_APPROX_AFTER.get(after[len(unit) : len(unit) + 2])
        if found is not None:
            return found
    # past a unit of one to four characters: 第2胎以上, 50公斤以上, 2平方公里左右
    for k in range(1, 5):
        found = _ZH_APPROX_AFTER.get(after[k : k + 2])
        if found is not None and all(
            ("\u4e00" <= c <= "\u9fff" and c not in _ZH_NUMERAL)
            or (c == "/" and j)
            or (c.isascii() and c.isalpha())
            or (c == " " and after[j + 1 : j + 2].isascii() and after[j + 1 : j + 2].isalpha())
            for j, c in enumerate(after[:k])
        ):  # (克/升以上 "grams per liter or more": a unit of two; 100 cc以上, 1 GB以上)
            # (not past another number: 10个千亩以上, the 千's; nor past one read
            # and blanked, 2019年的九成以上)
            return found
    if "内" in after[:6] and _WITHIN.match(after):
        return "either"  # 24小时内 "within 24 hours", or "in 24 hours"
    if "达" in after[:4] and _DELIVERED_IN.match(after):
        return "either"  # “48小时达” "within 48 hours": a promise of delivery
    return ""


#: The second year of the Republic's in a range (112至115年): the first is a year too.
_ROC_RANGE_END = _lazy(r"[至到~～\-－—](?:民国)?(?:[4-9]\d|1[0-3]\d)年")
#: 「破八」, “破5”: a rate past its figure; 「3字头」: a leading digit.
_BREAK_OR_LEAD = _lazy('破([一二三四五六七八九十])(?=[」”"])|(?<![\\d.])(\\d)字头')
#: 百分 with no 之 before a numeral (跌近百分八): a percentage all the same.
_PERCENT_NO_ZHI = _lazy("百分(?=[一二三四五六七八九十])")
#: A promotion's counts: 买一送一, 搭十送一, 买二送一.
_BUY_GET = _lazy(
    "[买搭购乘坐住]([一二两三四五六七八九十]|\\d{1,2})送([一二两三四五六七八九十]|\\d{1,2})"
)
#: A multiple and its tenths after 倍 (增两倍三, Macao's papers): 2.3 times.
_TIMES_AND_TENTHS = _lazy("([一二两三四五六七八九十])倍([一二三四五六七八九])(?![十百千万亿\\d倍])")
#: Two neighbouring tenths of ten (十之八九, 十有七八): a rough share.
_IN_TEN = _lazy("十[之有](八(?=九)|七(?=八)|六(?=七)|五(?=六))([六七八九])")
#: A campaign named for its size: 百城, 千村, 万企 (not 1.2万户: a number's own 万).
_CAMPAIGN_SIZES = {"百": 100.0, "千": 1000.0, "万": 10000.0}
_CAMPAIGN_SIZE = _lazy(
    r"(?<![\d.〇零一二两三四五六七八九十百千万亿])([百千万])(?=[城县村校企镇乡园])"
)
#: A games named by its edition (十四冬 "the 14th National Winter Games", 十五运会,
#: 九运): not 十四运动员, 运营, 运输.
_GAMES_EDITION = _lazy(
    "(?<![\\d.〇零一二两三四五六七八九十百千万亿第])(十[一二三四五六七八九]?|[二三]十[一二三四五六七八九]?"
    "|[一二三四五六七八九])(?:冬|运(?:会)?|全运)(?![动营输行转用河力费价量载])"
)
#: What follows 半 when it begins a word (半岛, 半导体, 半径): no half of the unit before.
_HALF_WORDS = frozenset("岛导径数山坡夜场价身边壁途")
#: 百十 alone (百十号人, 百十来斤): about a hundred (not 三百十, 百十五).
_HUNDRED_OR_SO = _lazy("(?<![一二两三四五六七八九十百千万亿\\d])百十(?![一二三四五六七八九\\d])")
#: Tens and 好几 (五十好几个 "more than 50"): 几 past the tens.
_TENS_AND_SOME = _lazy("([一二三四五六七八九]?十)好几")
#: An age said the old way, tens and then units after 有 (八十有五, 年三十有二).
_TENS_AND_UNITS = _lazy(
    "(?<=[今年已])([二三四五六七八九]?十)有([一二三四五六七八九])(?=岁|，|。|、|,|$)"
)
#: A day named before a count of days (周六、周日两天, 5日、6日两天).
_DAY_NAMED = _lazy("(?:(?:周|星期|礼拜)[一二三四五六日天]|\\d日|[一二三四五六七八九十]日)$")
#: What an enumeration counts (第一步…第二步, 第一批…第二批): not 第一大 "largest".
_ENUMERATED = frozenset("步批期阶轮条项类档组")
#: Verbs of a ratio of people (5名青壮年负担1名老人): the one may be "each".
_SUPPORTS = ("负担", "供养", "抚养", "赡养", "照顾", "服务", "对应", "扶养", "争", "争夺", "竞争")
#: The next day of a list of days (20、21日).
_DAY_LIST_NEXT = _lazy(r"[、和及]\d{1,2}[日号]")
#: Words before a span of time counted back from now: 过去24小时, 近24小时.
_SPAN_BACK = ("过去", "最近", "近", "前")
#: 至少 before a verb and its number (至少已修复77万户 "at least 770,000").
_AT_LEAST_VERB = _lazy(
    "(至少)((?:(?![的为是超逾近约零负不达〇一二两三四五六七八九十百千万亿])[\u4e00-\u9fff]){1,4}?)"
    "(?=\\d|[一二两三四五六七八九十][十百千万亿])"
)
#: A numeral and a letter that number a report or a paper (第六十三A号).
_NUMERAL_CODE = _lazy("(?<=第)([一二三四五六七八九十百]+)(?=[A-Z][号號])")
#: What follows 期 when it is no phase (一期间, 两期限, 五期货).
_NOT_A_PHASE = frozenset("间限货待望刊满内盼许")
#: Verbs of adding before a one that English says with its article ("a new").
_NEW_ONE = ("新增", "新建", "新设", "增设", "新开", "新添", "添加")
#: "Each more" before a one: 每多1名子女, 每增加1人 ("for each additional child").
_EACH_MORE = ("每多", "每增加", "每新增", "每增", "每多生")
#: The rest of a multiple's base, after its number: 约为5级地震的32倍 (the 约 is the 32's).
_BASE_OF_MULTIPLE = _lazy("[^，。；、\\d]{0,6}的(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百]+)倍")
#: A step of a rate (每逾2日, 每超过10公斤): the number is its size, not a bound.
_EVERY_STEP = ("每逾", "每超过", "每超出")
#: Verbs whose object is the size of the change: 缩短半年 "half a year shorter".
_CHANGED_BY = frozenset(("缩短", "延长", "提前", "推迟", "延后", "缩减", "减少", "增加"))
#: The rest of an age range from birth (0至6岁, 0~3个月), whose 0 the English may leave out.
_FROM_BIRTH = _lazy(r"[至到~～\-－—]\d+(?:\.\d+)?(?:周岁|岁|个月)")
#: Verbs of a streak after 连 (连跌5个月, 连升3年): the count is also an ordinal.
_STREAK_VERBS = frozenset("跌降涨升增减亏赢胜败输挫")
#: ... and after a count and 连: 二十连增, 三连冠 (the nth in a row).
_STREAK_AFTER = _STREAK_VERBS | frozenset("冠丰")
#: Parts of the night before an hour of 0, 12 or 24 (午夜12时): "midnight".
_MIDNIGHT_BEFORE = ("午夜", "晚上", "深夜", "夜间", "凌晨", "半夜")
#: ... and the top of it, just after (0至6岁: the 6).
_BIRTH_TO = _lazy(r"(?<![\d.])0[至到~～\-－—]$")
#: What follows a date that names an event (726大罢免, 921大地震, 228事件).
_EVENT_AFTER = _lazy("大?(?:罢免|事件|炮战|地震|枪击|惨案|公投|游行|水灾|风灾|大火|纪念)")
#: The first of two decades before 年代 (1970至1980年代, 1950、1960年代).
_DECADE_LEAD = _lazy(r"(?<!\d)((?:1[5-9]|20)\d0)[至到、\-－~～]$")
#: What makes 两次 the two ends of an interval (两次间隔, 两次之间).
_BETWEEN_TWO = _lazy("[\u4e00-\u9fff]{0,3}?(?:间隔|之间|相隔)")
#: A promise of delivery: 48小时达, 次日达 (“当日达”).
_DELIVERED_IN = _lazy("个?(?:小时|天|日)达")
#: A span of time and 内: within it, or in it.
_WITHIN = _lazy("个?(?:小时|分钟|天|日|周|星期|月|年|工作日)内")


def _zh_approx(folded: str, start: int, end: int) -> str:
    """The qualifier around a number found at ``folded[start:end]``."""
    # four characters: 不得低于百分之二十 "no less than 20 percent"
    found = _zh_qualifier(folded[max(0, start - 4) : start], folded[end : end + 6])
    if not found and folded[start - 1 : start] == "的":
        # 超过选举人总数的1/2 "more than half of all voters": the qualifier before the whole
        whole = _SHARE_OF.search(folded, max(0, start - 12), start)
        if whole:
            found = _zh_before(whole[1])
    return found


#: A qualifier, then the whole a share is of (超过选举人总数的): the share's qualifier.
_SHARE_OF = _lazy(
    "(不得(?:超过|高于|低于|少于|多于)|不低于|不少于|不高于|不超过|超过|不足|未达|不到|达到|逾|近)"
    "[\u4e00-\u9fff]{1,8}的$"
)


#: A date of the lunar calendar: 农历正月十五, 腊月二十三, 八月初八. Read as a
#: day and a month that the English may give ("the 15th day of the first
#: lunar month") or leave to a festival's name (the Lantern Festival).
_LUNAR_MONTH = "正|腊|冬|十[一二]|[二三四五六七八九十]"
_LUNAR_DAY = "初[一二三四五六七八九十]|廿[一二三四五六七八九]?|二?十[一二三四五六七八九]|[二三]十"
_LUNAR = _lazy(
    rf"(?:农历(?P<m>{_LUNAR_MONTH})|(?P<m2>[正腊冬]))月(?P<d>{_LUNAR_DAY})?"
    rf"|(?P<m3>{_LUNAR_MONTH})月(?P<d3>初[一二三四五六七八九十])"
    r"|大年(?P<d4>初[一二三四五六七八九十])"  # 大年初三: the third day of the Lunar New Year
)
_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12}


def _lunar_dates(folded: str) -> tuple[list[Number], str]:
    out, spans = [], []
    for m in _LUNAR.finditer(folded):
        month = m["m"] or m["m2"] or m["m3"] or "正"
        day = m["d"] or m["d3"] or m["d4"]
        number = _LUNAR_MONTHS.get(month) or _value(month)
        if number:
            out.append(Number(float(number), "ordinal", "", month + "月", False,
                              ((float(number), "count"),)))  # fmt: skip
        days = _value(day.replace("初", "").replace("廿", "二十")) if day else None
        if days:
            out.append(Number(float(days), "day", "", day, False,
                              ((float(days), "ordinal"), (float(days), "count"))))  # fmt: skip
        spans.append(m.span())
    return out, blank(folded, spans)


#: Roman numerals before 类, 级 or 期 (Ⅲ类 "Grade III", Ⅳ级 "Level IV",
#: Ⅰ—Ⅲ类 "Grades I-III"), in the numeral characters or in capitals.
_ROMAN_VALUES = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5, "Ⅵ": 6, "Ⅶ": 7, "Ⅷ": 8, "Ⅸ": 9,
                 "Ⅹ": 10, "Ⅺ": 11, "Ⅻ": 12, "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5,
                 "VI": 6, "VII": 7, "VIII": 8, "IX": 9}  # fmt: skip
_ROMAN = "[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]|VIII|VII|VI|IV|IX|V|I{1,3}"
_ROMAN_HINT = _lazy("[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]|[IVX][类级期度]")
_LATIN = _lazy("[A-Za-zⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]")
#: ... and before 度, an intensity (烈度Ⅷ度 "intensity VIII").
_ZH_ROMAN = _lazy(
    rf"(?<![A-Za-z])(?P<a>{_ROMAN})(?:\s*[—\-–~至到]\s*(?P<b>{_ROMAN}))?(?=[类级期度])"
)


def _zh_roman(folded: str) -> tuple[list[Number], str]:
    out, spans = [], []
    for m in _ZH_ROMAN.finditer(folded):
        approx = _zh_qualifier("", folded[m.end() : m.end() + 6])  # Ⅵ度以上, Ⅱ类以上
        for end in (m["a"], m["b"]):
            if end:
                value = float(_ROMAN_VALUES[end])
                out.append(Number(value, "ordinal", approx, end, True, ((value, "count"),)))
        spans.append(m.span())
    return out, blank(folded, spans)


#: A short slogan in quotation marks that holds numerals (“三会一课”, “两不愁三
#: 保障”): a name, whose numbers the English may spell out or leave unsaid;
#: 千 or 万 before a noun in it (千村 "1,000 villages") is a size the English gives.
#: A slogan in quotation marks, not a quoted sentence (“等了一年半。”).
_SLOGAN = _lazy("“([^”。！？，；：!?,;:]{2,12})”")
#: “保八”, 「保四」: growth kept at 8 or 4 percent at least, said as a slogan.
_KEEP_GROWTH = _lazy("[“「]保([一二三四五六七八九十]{1,2})[”」]")
_SLOGAN_NUMERALS = _lazy("[一二两三四五六七八九十百千万]")
_ADJACENT_NUMERALS = _lazy(f"[{_ZH_NUMERAL}]{{2}}")


def _read_slogans(folded: str) -> Iterator[re.Match[str]]:
    """The quoted slogans whose numerals are words, not numbers: not “千亿斤”
    or “十四五” (two numerals side by side), nor anything with a digit, nor a
    craft's name (“吉林一号” "Jilin-1", read as it is unquoted)."""
    for m in _SLOGAN.finditer(folded):
        if m[1][-1] == "号" and m[1][-2] in _ZH_DIGITS:
            continue
        if not any(c.isdigit() for c in m[1]) and not _ADJACENT_NUMERALS.search(m[1]):
            yield m


def _slogans(folded: str) -> tuple[list[Number], str]:
    out, spans = [], []
    for m in _read_slogans(folded):
        if not _SLOGAN_NUMERALS.search(m[1]):
            continue
        slogan = m[1]
        for k, ch in enumerate(slogan):
            if ch in "百千万":
                # 千村 … 万村 "1,000 villages … 10,000": a size before a noun,
                # which the English gives; 百千万 alone is only a name
                after = slogan[k + 1 : k + 2]
                if after and after not in _ZH_NUMERAL and "\u4e00" <= after <= "\u9fff":
                    value = float(_ZH_UNITS.get(ch) or _ZH_BIG[ch])
                    out.append(Number(value, "count", "", ch + after, True))
            elif ch in _ZH_DIGITS or ch == "十":
                value = float(_ZH_DIGITS.get(ch) or 10)
                out.append(Number(value, "count", "", ch, False, ((value, "ordinal"),)))
        spans.append(m.span(1))
    return out, blank(folded, spans)


def slogan_numbers(folded: str) -> list[tuple[str, list[float]]]:
    """Each quoted slogan's numerals (“两不愁三保障”: 2 and 3), ones aside (一 is
    "integrated", "a"). :func:`_slogans` reads them as optional, since the
    English may render a slogan without its counts; but an English that counts
    one of them counts them all ("two assurances and three guarantees")."""
    out = []
    for m in _read_slogans(folded):
        slogan = m[1]
        values = [float(_ZH_DIGITS.get(c) or 10) for c in slogan if c in _ZH_DIGITS or c == "十"]
        values = [v for v in values if v > 1]
        if len(values) >= 2:
            out.append((slogan, values))
    return out


#: 数以万计 "tens of thousands", 数以亿计 "hundreds of millions": a size said
#: only as its order, which the English must give.
_BY_THE = _lazy("数以([十百千万亿]+)计")


def _by_the(folded: str) -> tuple[list[Number], str]:
    out, spans = [], []
    for m in _BY_THE.finditer(folded):
        value = 1.0
        for ch in m[1]:
            value *= _ZH_UNITS.get(ch) or _ZH_BIG[ch]
        out.append(Number(value, "count", "about", m[0], True))
        spans.append(m.span())
    return out, blank(folded, spans)


#: Events whose year English news adds to their name ("Since the 18th CPC
#: National Congress in 2012"): the year may match and need not.
_EVENT_YEARS = {"改革开放": 1978, "新中国成立": 1949, "中华人民共和国成立": 1949,
                "中国共产党成立": 1921, "建党": 1921, "十六大": 2002, "十七大": 2007,
                "十八大": 2012, "十九大": 2017, "二十大": 2022, "加入世界贸易组织": 2001,
                "加入世贸组织": 2001, "香港回归": 1997, "澳门回归": 1999,
                "汶川地震": 2008, "北京奥运会": 2008, "北京冬奥会": 2022,
                # Taiwan's events named by their dates: 921大地震 "the 1999 earthquake"
                "921大地震": 1999, "九二一大地震": 1999, "228事件": 1947, "二二八事件": 1947,
                "823炮战": 1958, "八二三炮战": 1958}  # fmt: skip
_EVENT = _lazy("|".join(_EVENT_YEARS))


def _may_name_event(text: str) -> bool:
    # plain substring tests first: the pattern would run on every unit
    return (
        ("大" in text and "十" in text)
        or "成立" in text
        or "改革开放" in text
        or "加入世" in text
        or "回归" in text
        or "奥运" in text
        or "汶川" in text
        or "地震" in text
        or "事件" in text
        or "炮战" in text
    )


def _event_years(folded: str) -> list[Number]:
    return [Number(float(_EVENT_YEARS[m[0]]), "year", "", m[0], False)
            for m in _EVENT.finditer(folded)]  # fmt: skip


def _race_seconds(minutes: str, seconds: str, hundredths: str | None) -> float:
    """2分05秒30 and "2:05.30" alike: the digits after the seconds are a decimal."""
    return round(int(minutes) * 60 + float(f"{int(seconds)}.{hundredths or 0}"), 3)


def _fraction(num: float, den: float, span: str) -> Number:
    """A fraction as a percentage: 三分之一 is 33.3%, also said "33%"."""
    # 百分之十二点六八 is 12.68% to the last digit; 三分之一, 33.3%, is rounded
    exact = den in (100, 1000, 10000)
    share = round(100 * num / den, 6 if exact else 1)
    rounded = () if share.is_integer() or exact else ((float(round(share)), "percent"),)
    return Number(share, "percent", text=span, also=rounded)


#: A score or a vote in numerals (三比一, 十比五, 二十一比十八).
_ZH_NUMERAL_SCORE = _lazy(
    "(?<![零一二两三四五六七八九十百])([零一二两三四五六七八九十]{1,3})比([零一二两三四五六七八九十]{1,3})"
    "(?![零一二两三四五六七八九十百千万亿点.\\d])"  # (not 一比十二点四, a ratio)
)
#: A decimal in numerals (一点六, 十二点四), not a clock's hour (三点, 三点五十).
_DECIMAL_NUMERAL = _lazy("[零〇一二两三四五六七八九十百千]+点[零〇一二三四五六七八九]+")
#: The count after a list of years (2025-26及2026-27两个年度).
_YEARS_COUNTED = _lazy("(?<=\\d)([两二三四])个(?=年度)")


def _zh_forms(folded: str) -> tuple[list[Number], str]:
    """The numbers of the forms in :data:`_ZH_FORMS`, and the text with them blanked."""
    out: list[Number] = []
    spans: list[tuple[int, int]] = []
    for m in _ZH_FORMS.finditer(folded):
        span, group = m.group(0), m.lastgroup
        number: Number | None = None
        if group in ("kd", "kz"):
            teams = 2.0 * (int(m["kd"]) if m["kd"] else float(_zh_value(m["kz"]) or 0))
            number = Number(teams, "count", text=span)
        elif group in ("tier", "tier2"):
            # a city's tier: the English says it, or not ("big cities")
            for digit in (m["tier"], m["tier2"]) if m["tier2"] else (m["tier"],):
                value = float(_ZH_DIGITS[digit])
                out.append(Number(value, "ordinal", text=digit, strict=False,
                                  also=((value, "count"),)))  # fmt: skip
            spans.append(m.span())
            continue
        elif group == "home":
            # which home a buyer buys: the English may say it or not ("other homes")
            value = float("首二三".index(m["home"]) + 1)
            more = "more" if folded.startswith(("及以上", "以上"), m.end()) else ""
            number = Number(value, "ordinal", more, span, False, ((value, "count"),))
        elif group == "grade":
            year = float(_ZH_DIGITS[m["grade"]])
            grade = year + (6 if span[0] == "初" else 9)
            number = Number(year, "ordinal", text=span, strict=False,
                            also=((grade, "ordinal"), (year, "count")))  # fmt: skip
        elif group in ("either", "either2"):
            low, high = _SIZES[m["either"]], _SIZES[m["either2"]]
            number = Number(low, "count", "either", span, False, ((high, "count"),))
        elif group == "beizeng":
            number = Number(2.0, "factor", text=span, strict=False)  # or "surge": may go unsaid
        elif group == "place":
            place = float("冠亚季".index(m["place"]) + 1)
            number = Number(place, "ordinal", text=span, strict=False)
        elif group == "queen":
            number = Number(1.0, "ordinal", text=span, strict=False, also=((1.0, "count"),))
        elif group == "bestof":
            games = float(_ZH_DIGITS[m["bestof"]])
            number = Number(games, "count", text=span, also=((games, "ordinal"),))
        elif group == "xun":
            number = Number(10.0 * _ZH_DIGITS[m["xun"]], "count", "either", span)
        elif group == "ma":
            steps = 0.5 if m["ma"] == "半" else float(_zh_value(m["ma"]) or 0)
            number = Number(steps * 0.25, "points", text=span)
        elif group == "st2":
            minute = float(int(m["st"]) + int(m["st2"]))
            number = Number(minute, "ordinal", text=span, also=((float(m["st"]), "ordinal"),))
        elif group in ("den", "num"):
            den = _ZH_UNITS.get(m["den"]) or _ZH_BIG.get(m["den"]) or _zh_value(m["den"])
            num = _zh_value(m["num"]) if m["num"] != "百" else 100.0  # 百分之百: 100%
            if den == 1000 and num is not None:  # 千分之三: 3‰, or 0.3%
                number = Number(num, "permille", text=span, also=((num / 10, "percent"),))
            elif den and den > 1000 and num is not None:  # 十万分之十二: 12 per 100,000
                # also as a percentage: 万分之五 is 0.05%
                number = Number(num, f"per{int(den)}", text=span,
                                also=((round(100 * num / den, 8), "percent"),))  # fmt: skip
            elif den and num is not None:
                number = _fraction(num, den, span)
        elif group == "hknum":
            den, num = _ZH_DIGITS[m["hkden"]], _ZH_DIGITS[m["hknum"]]
            if num >= den:
                continue
            number = _fraction(num, den, span)
        elif group == "nhalf":
            whole = _zh_value(m["nhalf"])
            if whole is not None:
                # 一个半小时 "an hour and a half" (or 90 minutes), 两个半月
                value = whole + 0.5
                hour = folded.startswith("小时", m.end())
                minutes = ((value * 60, "count"),) if hour else ()
                number = Number(value, "count", text=span, also=minutes)
                if hour and whole >= 1:
                    # 3个半小时 "3 hours 30 minutes": the hours and the half hour's minutes
                    number = number._replace(also=(*minutes, (whole, "count")))
                    out.append(Number(30.0, "count", "", span, False))
        elif group == "half":
            # a match's half may go unsaid ("at the break"); a year's is a period
            number = Number(1.0 if m["half"] in "上首" else 2.0, "half", text=span,
                            strict=span[-1] == "年")  # fmt: skip
        elif group in ("q", "q3", "q1"):
            q = m[group] if group != "q1" else "1"
            value = float(_ZH_DIGITS.get(q) or int(q))
            # "in the first quarter and in the second": the quarter said once
            number = Number(value, "quarter", text=span, also=((value, "ordinal"),))
        elif span.startswith("翻"):
            times = _ZH_DIGITS[m["fan"]] if m["fan"] else 1
            # 翻一番: doubled, or up 100%
            growth = ((100.0 * (2**times - 1), "percent"),)
            number = Number(float(2**times), "factor", text=span, also=growth)
            if m["fannear"] or m["fanbei"]:
                number = number._replace(approx="less")
        elif group in ("decs", "decs2"):
            second = _zh_value(m["decs2"]) or 0
            first = int(m["decs"][:2]) if m["decs"][0].isdigit() else second - 10
            for decade in (first, second):
                out.append(Number(float(decade), "decade", text=f"{decade:.0f}年代"))
            spans.append(m.span())
            continue
        elif group == "wd2" and len(m["wd2"]) > 1:
            for day in m["wd2"][::2]:
                out.append(Number(float(_WEEKDAYS_ZH[day]), "weekday", text="周" + day))
            spans.append(m.span())
            continue
        elif group in ("wd", "wd2"):
            number = Number(float(_WEEKDAYS_ZH[m[group]]), "weekday", text=span)
        elif group in ("cen", "dec"):
            century = _zh_value(m["cen"])
            if century is not None and m["dec"]:
                decade = (century - 1) * 100 + (_zh_value(m["dec"]) or 0)
                number = Number(decade, "decade", text=span)
            elif century is not None:
                number = Number(century, "ordinal", text=span)
        elif group == "dec2":
            decade = float(_zh_value(m["dec2"]) or 0)
            # 1980年代 (Taiwan, Hong Kong) is the 1980s, as 80年代 is
            also = ((decade % 100, "decade"),) if decade >= 1000 else ()
            number = Number(decade, "decade", text=span, also=also)
            lead = _DECADE_LEAD.search(folded, max(0, m.start() - 6), m.start())
            if lead and decade >= 1000:
                # 1970至1980年代, 1950、1960年代: "the 1970s and 1980s", both decades
                first = float(lead[1])
                out.append(Number(first, "decade", text=lead[1], also=((first % 100, "decade"),)))
                spans.append((lead.start(), m.start()))
        elif group == "zhed":
            digits = m["zhed"]  # 65折 is 6.5折
            tenths = float(digits) if len(digits) == 2 else round(float(digits) * 10, 6)
            number = Number(tenths, "percent", text=span,
                            also=((round(100 - tenths, 6), "percent"),))  # fmt: skip
        elif group in ("zhe", "zhe2"):
            tenths = _ZH_DIGITS[m["zhe"]] * 10 + (_ZH_DIGITS[m["zhe2"]] if m["zhe2"] else 0)
            number = Number(float(tenths), "percent", text=span,
                            also=((float(100 - tenths), "percent"),))  # fmt: skip
        elif group in ("cheng", "chengx"):
            tenths_value = _zh_value(m["cheng"])
            if tenths_value is not None:
                # 七成七: 77%; 两成半: 25%
                extra: float = 0
                if m["chengx"] == "半":
                    extra = 5
                elif m["chengx"] and m["chengx"].isdigit():
                    extra = int(m["chengx"]) / 10 ** (len(m["chengx"]) - 1)  # 9成88: 98.8%
                elif m["chengx"]:
                    extra = _ZH_DIGITS[m["chengx"]]
                number = Number(round(10 * tenths_value + extra, 6), "percent", text=span)
        elif group == "sh":
            # 10秒05 is "10.05 seconds"
            number = Number(float(f"{int(m['ss'])}.{m['sh']}"), "count", text=span)
        elif group in ("rs", "rh"):
            # 2分05秒30 is "2:05.30": seconds, or its parts said one by one
            parts = [float(m["rm"]), float(m["rs"])] + ([float(m["rh"])] if m["rh"] else [])
            seconds = _race_seconds(m["rm"], m["rs"], m["rh"])
            number = Number(seconds, "seconds", text=span,
                            also=tuple((p, "count") for p in parts))  # fmt: skip
        elif group == "plan":
            # “十三五”: the 13th Five-Year Plan, or its years (the third plan began
            # in 1966 and each since has run five years: 十四五 "2021-2025")
            nth = 10.0 + _ZH_DIGITS[m["plan"][1]]
            first = 1966.0 + 5 * (nth - 3)
            number = Number(nth, "ordinal", text=span, also=(
                (5.0, "count"), (first, "count"), (first + 4, "count")))  # fmt: skip
        elif group in ("sa", "sb"):
            top, bottom = int(m["sa"]), int(m["sb"])
            if top >= bottom:
                continue  # 24/7, 3/2: not a share
            number = Number(round(100 * top / bottom, 1), "percent", text=span)
        elif group == "fest":
            # 双11, 双十二: a shopping festival, "Singles' Day" (or "Double 11")
            number = Number(float(_zh_value(m["fest"]) or 0), "count", text=span, strict=False)
        elif group == "rbase":
            base = _RATE_BASES[m["rbase"]]
            rate = float(m["rate"])
            share = round(100 * rate / base, 8)
            number = Number(rate, f"per{base}", text=span,
                            also=((rate, "count"), (share, "percent")))  # fmt: skip
        elif group == "once":
            number = Number(1.0, "times", text=span, also=((1.0, "count"),))
        elif group == "split2":
            first, second = 10.0 * _ZH_DIGITS[m["split"]], 10.0 * _ZH_DIGITS[m["split2"]]
            if first + second != 100:
                continue
            out.append(Number(first, "percent", text=span, also=((first, "count"),)))
            number = Number(second, "percent", text=span, also=((second, "count"),))
        elif group in ("ofm", "ofm2"):
            whole_text = m["ofn"] or m["ofn2"]
            if whole_text in ("百", "千", "万"):
                whole_text = "一" + whole_text  # 每千名新生儿中有5名: in every 1,000
            whole = float(_zh_value(whole_text) or 0)
            part = float(_zh_value(m["ofm"] or m["ofm2"]) or 0)
            if not 0 < part < whole:
                continue
            # "Three of the five starters" (五人中有三人): the two counts said apart
            number = Number(round(100 * part / whole, 1), "percent", text=span,
                            also=((part, "count"), (whole, "count")))  # fmt: skip
        elif group == "halfcen":
            number = Number(50.0, "count", text=span, also=((0.5, "count"),))
        elif group == "overhalf":
            # 过半 "more than half", or "a majority" (过半席次), which need not be a
            # number; 近半 "nearly half"
            approx = "less" if span[0] in "近小" else "more"
            number = Number(50.0, "percent", approx, span, False, ((0.5, "factor"),))
        elif span.startswith("双"):
            number = Number(2.0, "count", text=span, strict=False)
        elif span == "半个月":
            # 半个月 "half a month", "two weeks", "15 days"
            number = Number(0.5, "count", text=span, also=((15.0, "count"), (2.0, "count")))
        elif span.endswith("小时"):
            # "half an hour", "30 minutes"; 半小时通勤圈 "a half-hour commute"
            number = Number(30.0, "count", text=span, also=((0.5, "count"),))
        elif span == "半年":
            # 半年来 "the past six months", "half a year"; but 缩短半年 "half a
            # year shorter" is the size of a change, which the English must give
            changed = folded[max(0, m.start() - 2) : m.start()] in _CHANGED_BY
            number = Number(6.0, "count", text=span, strict=changed, also=((0.5, "count"),))
        elif span == "半幅":
            # 半幅封闭 "half the road closed" (the roadway's width): a half, said or not
            number = Number(50.0, "percent", text=span, strict=False, also=((0.5, "factor"),))
        else:  # 一半, 半数
            number = Number(50.0, "percent", text=span)
        if number is None:
            continue
        approx = _zh_approx(folded, m.start(), m.end())
        if not approx and span[-1] == "折" and folded[m.end() : m.end() + 1] == "起":
            approx = "either"  # 八折起 "at least 20 percent off", "from 80 percent of the price"
        if approx == "less" and span == "半年" and folded[m.start() - 1 : m.start()] == "近":
            approx = "either"  # 近半年来 "the past six months", or "nearly six months"
        if group in ("den", "num") and folded[m.start() - 1 : m.start()] in ("几", "数"):
            number, approx = number._replace(strict=False), "either"  # 几万分之一: rough
        elif (
            group in ("den", "num")
            and folded[m.end() : m.end() + 1] in ("强", "弱")
            and (folded[m.end() + 1 : m.end() + 2] in _AFTER_A_WORD)
        ):
            # 三分之一强 "just over a third" (not 500强, "the top 500")
            approx = "more" if folded[m.end()] == "强" else "less"
        elif group == "cheng" and not approx and folded[m.end() : m.end() + 1] == "几":
            approx = "more"  # 三成几 (Hong Kong) "just over 30 percent"
        out.append(number._replace(approx=approx) if approx else number)
        spans.append(m.span())
    return out, blank(folded, spans)


def _soft_numeral(num: str, before: str, after: str) -> bool:
    """Whether a numeral with no unit of its own may go unsaid in the English."""
    # 下午二时十五分: a clock time, its hour and minutes; 三小时, 三十分钟: durations
    if after[:1] == "时" and before[-2:] in _DAY_PARTS:
        return False
    if (
        after[:1] == "分"
        and before[-1] == "时"
        and (before[-2] in _ZH_NUMERAL or before[-2].isdigit())
    ):
        return False
    if after[:3] == "国集团":
        return False  # 七国集团 "G7", 二十国集团 "the G20": the group's number
    if after[:1] == "人" and (after[1:2] == "制" or after[1:3] == "榄球"):
        return True  # 七人榄球 "the Sevens", 五人制足球 "five-a-side": a game's name
    if num == "两" and (after[:1] in "周年天日月夜晚" or after[:2] in ("个月", "小时")):
        return False  # 两周 "a fortnight", 两年 "two years", 两夜: a span of time is a count
    measured = after[:1] in _ZH_MEASURES or after[:2] in ("小时", "分钟", "美元", "欧元", "港元")
    if num == "两" and before.endswith(("其中", "其余", "另有", "仅有", "只有")):
        return False  # 其中两人 "two of them": a count, not "the pair"
    if num == "两" and after[:1] == "个" and after[1:2] and after[1:2] not in '“"「':
        return False  # 两个主战场 "two main fronts": a count (not a slogan, 两个“确立”)
    return num in ("两", "二") or not measured


#: A maximum or a minimum named before a bound in the same clause (最高不超过,
#: 最低…不低于, 上限为…不超过).
_ZH_EXTREME_BOUND = _lazy(
    "(最高(?!人民|法|检)|最低|最长|最短|最多|最少|上限|下限)([^，。；,;]{0,12}?)"
    "(?:不得|不)(?:超过|高于|低于|少于|多于)"
)
#: A maximum named before what it is of, and 为 (最大发行总额为350亿元).
_ZH_EXTREME_IS = _lazy("(最高|最大|最多)([^，。；,;\\d]{1,8}?)(为)(?=\\d)")
#: A maximum or a minimum before up to four characters and its number
#: (最长补贴12个月, 最多可减免2000元, 最高楼面73万呎); not before what is
#: most (最多的是) or a hedge or sign of the number's own (最高录得逾18.5万,
#: 最低气温零下30℃).
_ZH_EXTREME_VERB = _lazy(
    "(最高(?!人民|法|检)|最多|最长|最短|最低|最少)"
    "((?:(?![的为是超逾近约零负不达〇一二两三四五六七八九十百千万亿])[\u4e00-\u9fff]){1,4}?)(?=\\d|[一二两三四五六七八九十][十百千万亿])"
)
#: A floor as the law words it: 不足五百元的，为五百元 ("at least 500 yuan").
_FLOOR = _lazy(r"不足(\d[\d,.]*|[一二两三四五六七八九十百千万]+)(万?元)?的?[，,]?为\1\2?")
#: A bound or a comparison, then what a multiple is of (低于当地最低生活费3倍).
_BOUND_OF_MULTIPLE = _lazy(
    "(低于|高于|不足|不到|超过|少于|多于)([\u4e00-\u9fff]{2,10}?)(?=\\d+(?:\\.\\d+)?倍)"
)
#: A bound that says again, in brackets, that it includes its number
#: (5年以下（含5年） "five years or less"): the bracket's number is the bound's.
_INCLUSIVE_AGAIN = _lazy(r"(\d+(?:\.\d+)?)(\D{0,3}?)(以下|以上|以内)[(（]含\1\2?[)）]")
#: China's vehicle emission standards, 国三 to 国六 (国六b): told from 美国三大
#: or 全国三分之一 by what follows them.
_EMISSION_TIER = _lazy(
    "(?<=国)([一二三四五六])(?=[ab]?(?:及以下|及以上|以下|以上|排放|标准|阶段|车|柴油|汽油|燃油"
    "|重型|轻型|[及和、至到或]国?[一二三四五六](?:[ab]?(?:及以下|及以上|排放|标准|阶段|车))))"
    "((?:[ab]?(?:及以下|及以上|以下|以上)))?"
)


def zh_numbers_in(prepared: str) -> list[Number]:
    """The numbers of a Chinese text as :func:`zh_prepare` leaves it."""
    out: list[Number] = []
    if "10" in prepared and ("次方" in prepared or _SUPERSCRIPT.search(prepared)):
        prepared = _SCIENTIFIC.sub(_scientific, prepared)  # 3×10⁸, 10的18次方
    if "、" in prepared and _LIST_SUFFIX_HINT.search(prepared) and _LIST_SUFFIX.search(prepared):
        prepared = _LIST_SUFFIX.sub(r"\1\2、", prepared)  # 一、二、三等奖: 一等奖、二等奖、三等奖
    if _IDIOMS.search(prepared):
        prepared = _IDIOMS.sub(lambda m: " " * len(m[0]), prepared)  # 三天打鱼两天晒网: no count
    if "廿" in prepared or "卅" in prepared:
        prepared = prepared.replace("廿", "二十").replace("卅", "三十")  # 第廿六条: the 26th
    if "倍" in prepared and _TIMES_AND_TENTHS.search(prepared):
        prepared = _TIMES_AND_TENTHS.sub(r"\1点\2倍", prepared)  # 增两倍三 (Macao): 2.3 times
    if _DIGIT_RUN.search(prepared):
        # 指数一二二, 一二三点七三 (Taiwan's and Macao's print style): digits
        # written one by one, read as the digits they are
        prepared = _DIGIT_RUN.sub(_digit_run, prepared)
    if "三角" in prepared:
        # 珠三角, 长三角: the Pearl River and Yangtze deltas, not three jiao
        prepared = prepared.replace("珠三角", "珠  ").replace("长三角", "长  ")
    if "百分" in prepared and _PERCENT_NO_ZHI.search(prepared):
        prepared = _PERCENT_NO_ZHI.sub("百分之", prepared)  # 跌近百分八 (Macao's papers): 8%
    if "角" in prepared and "元" in prepared:
        prepared = _YUAN_JIAO.sub(r"\1.\2元", prepared)  # 7元3角 "HK$7.30"
    if "角" in prepared and _JIAO_RANGE.search(prepared):
        prepared = _JIAO_RANGE.sub(r"\1角\2", prepared)  # 五至八角: 五角至八角
    if ("块" in prepared or "毛" in prepared or "角" in prepared) and _SPOKEN_YUAN.search(prepared):
        prepared = _SPOKEN_YUAN.sub(_spoken_yuan, prepared)  # 两块五 "2.5 yuan", 一毛五 "0.15"
    if "条之" in prepared:
        # 第二十六条之一 "Article 26-1": the sub-article's number, which the English gives
        for m in _SUB_ARTICLE.finditer(prepared):
            value = float(_ZH_DIGITS[m[1]])
            out.append(Number(value, "count", "", m[0], False, ((value, "ordinal"),)))
        prepared = _SUB_ARTICLE.sub(lambda m: " " * len(m[0]), prepared)
    if "俩" in prepared or "仨" in prepared:
        # 他俩 "the two of them", 咱仨 "the three of us" (not 伎俩, a trick):
        # a count the English may say or not
        for m in _TWO_THREE.finditer(prepared):
            out.append(Number(2.0 if m[0] == "俩" else 3.0, "count", "", m[0], False))
        prepared = _TWO_THREE.sub(" ", prepared)
    if "半" in prepared and _HALF_MEASURE.search(prepared):
        # 半吨 "half a tonne" (or "500 kilograms"), 半亩 "half a mu"
        for m in _HALF_MEASURE.finditer(prepared):
            also = tuple((_converted(0.5, f), "count") for f in _conversions(m[1]))
            out.append(Number(0.5, "count", "", m[0], True, also))
        prepared = _HALF_MEASURE.sub(lambda m: " " * len(m[0]), prepared)
    if "第（" in prepared or "第(" in prepared:
        prepared = _PAREN_ORDINAL.sub(r"第\1", prepared)  # 第（二）项 "item 2"
    if "刻钟" in prepared:
        # 一刻钟 "a quarter of an hour", "15 minutes"
        for m in _QUARTER_HOURS.finditer(prepared):
            quarters = float(_ZH_DIGITS.get(m[1]) or int(m[1]))
            out.append(Number(15 * quarters, "count", "", m[0], True, ((quarters / 4, "count"),)))
        prepared = _QUARTER_HOURS.sub(lambda m: " " * len(m[0]), prepared)
    if "半" in prepared or "斩" in prepared:
        # 减半征收 "collected at half the rate", 税率减半, 砍半, 腰斩 "halved": a
        # half, or no number
        for m in _HALVED.finditer(prepared):
            approx = _zh_before(_PAD + prepared[: m.start()])
            out.append(Number(50.0, "percent", approx, m[0], False, ((0.5, "factor"),)))
    if "年" in prepared and "六个月" in prepared:
        # 有期徒刑三年六个月 "three and a half years" (or "three years and six months")
        spans = []
        for m in _YEARS_AND_A_HALF.finditer(prepared):
            years = float(_value(m[1]) or 0)
            out.append(Number(years + 0.5, "count", "", m[0], True, ((years, "count"),)))
            out.append(Number(6.0, "count", "", "六个月", False))
            spans.append(m.span())
        prepared = blank(prepared, spans)
    if "小时" in prepared and ("30分" in prepared or "三十分" in prepared):
        # 3小时30分 "three and a half hours" (or "3 hours 30 minutes")
        spans = []
        for m in _HOURS_AND_A_HALF.finditer(prepared):
            hours = float(_value(m[1]) or 0)
            out.append(Number(hours + 0.5, "count", "", m[0], True, ((hours, "count"),)))
            out.append(Number(30.0, "count", "", m[0][-3:], False))
            spans.append(m.span())
        prepared = blank(prepared, spans)
    if "旬" in prepared:
        # 6月下旬 "the last ten days of June", or "late June": ten days, said or not
        for m in _TEN_DAYS.finditer(prepared):
            place = float("上中下".index(m[1]) + 1)
            out.append(Number(10.0, "count", "", m[0], False, ((place, "ordinal"),)))
    if "前年" in prepared:
        # 前年 "two years ago", "the year before last" (大前年: three): the English
        # may count the years back, or name the year
        for m in _YEAR_BEFORE_LAST.finditer(prepared):
            out.append(Number(3.0 if m[1] else 2.0, "count", "", m[0], False))
    if "半价" in prepared or "对折" in prepared:
        # 半价, 打对折 "half price", "50 percent off"
        for m in _HALF_PRICE.finditer(prepared):
            out.append(Number(50.0, "percent", "", m[0], False, ((0.5, "factor"),)))
        prepared = _HALF_PRICE.sub("  ", prepared)
    if "百分百" in prepared:
        # 百分百达标 "100 percent", 百分百满意 "completely satisfied"
        out.append(Number(100.0, "percent", "", "百分百", False))
        prepared = prepared.replace("百分百", "   ")
    if "至少" in prepared:
        prepared = _AT_LEAST_VERB.sub(r"\2\1", prepared)  # 至少已修复77万户: at least
    if "最" in prepared or "限" in prepared:
        # 最高不超过1.5万元, 最低首付款比例不低于15%: the bound says again what 最高
        # or 最低 said, and the English may give the number as the maximum itself
        # ("a maximum of 15,000 yuan"): read as 最高 and 最低 are, either way
        prepared = _ZH_EXTREME_BOUND.sub(r"\1\2最高", prepared)
        if "为" in prepared:
            # 最大发行总额为350亿元 "at most 35 billion yuan": the maximum named
            # before what it is of, read next to its number
            prepared = _ZH_EXTREME_IS.sub(r"\2\3最高", prepared)
        # 最长补贴12个月 "for at most 12 months", or "for 12 months", 最高楼面
        # 七十三万呎 "at most 730,000 square feet": read next to its number
        prepared = _ZH_EXTREME_VERB.sub(r"\2最高", prepared)
    if "不足" in prepared and _FLOOR.search(prepared):
        prepared = _FLOOR.sub(r"最低\1\2", prepared)  # 不足五百元的，为五百元: at least 500
    if "倍" in prepared and _BOUND_OF_MULTIPLE.search(prepared):
        # 低于当地最低生活费3倍 "less than three times the minimum living
        # expense", or a comparison (高于全国平均水平1.5倍): read either way
        prepared = _BOUND_OF_MULTIPLE.sub(r"\1\2最高", prepared)
    if "含" in prepared and _INCLUSIVE_AGAIN.search(prepared):
        prepared = _INCLUSIVE_AGAIN.sub(r"\1\2\3", prepared)  # 5年以下(含5年): one bound
    if "国" in prepared and _EMISSION_TIER.search(prepared):
        # 国三及以下排放标准 "China III emission standards or lower": a tier, whose
        # or-lower the English gives after the noun, if at all
        tiers = []
        for m in _EMISSION_TIER.finditer(prepared):
            value = float(_ZH_DIGITS[m[1]])
            approx = "either" if m[2] else ""
            out.append(Number(value, "ordinal", approx, m[0], True, ((value, "count"),)))
            tiers.append(m.span())
        prepared = blank(prepared, tiers)
    if "级法院" in prepared:
        # Macao's 初级法院 and 中级法院: the Courts of First and Second Instance
        for name, place in (("初级法院", 1.0), ("中级法院", 2.0)):
            if name in prepared:
                out.append(Number(place, "ordinal", "", name, False))
    if "百分之" in prepared and _PERCENT_RANGE.search(prepared):
        prepared = _PERCENT_RANGE.sub(r"\1%\2\3%", prepared)  # 百分之70至95, 百分之五十至八十
    if "百分之" in prepared and _PERCENT_LIST.search(prepared):
        # 分别占百分之四十一、二十四点一及十三点五 (Macao's papers): 百分之 is each's
        prepared = _PERCENT_LIST.sub(
            lambda m: "百分之" + re.sub("([、和及与])", r"\1百分之", m[1]), prepared
        )
    if "半成" in prepared and _HALF_TENTH.search(prepared):
        # 三成及半成 "30 percent and 5 percent" (not 半成品, "semi-finished goods")
        for m in _HALF_TENTH.finditer(prepared):
            out.append(Number(5.0, "percent", _zh_qualifier(prepared[: m.start()][-5:], ""), m[0]))
        prepared = _HALF_TENTH.sub("  ", prepared)
    hedged = ("的" in prepared or "数" in prepared) and (
        "%" in prepared or "半" in prepared or "倍" in prepared
    )
    if hedged and _HEDGED_SHARE.search(prepared):
        # (…)的80%: the hedge moved to the share, before the forms read 一半
        # (不足十年前的一半: less than half, ten years ago)
        prepared = _HEDGED_SHARE.sub(r"\2\1", prepared)
    if ("成" in prepared or "折" in prepared) and _TENTHS_RANGE.search(prepared):
        # 一到两成: 一成到两成; 6至8折: 6折至8折
        prepared = _TENTHS_RANGE.sub(r"\1\3\2", prepared)
    if "比" in prepared and _ZH_NUMERAL_SCORE.search(prepared):
        # 以三比一战胜, 十比五的票数: a score or a vote in numerals, "3-1", "10-5"
        for m in _ZH_NUMERAL_SCORE.finditer(prepared):
            for side in (m[1], m[2]):
                value = float(_value(side) or 0)
                out.append(Number(value, "count", "", side, False))
        prepared = _ZH_NUMERAL_SCORE.sub(lambda m: " " * len(m[0]), prepared)
    if "个年度" in prepared:
        for m in _YEARS_COUNTED.finditer(prepared):
            # 2025-26及2026-27两个年度 "in each of 2025-26 and 2026-27": the list
            # gives the count, which the English need not say again
            out.append(Number(float(_ZH_DIGITS[m[1]]), "count", text=m[1], strict=False))
            prepared = prepared[: m.start(1)] + " " + prepared[m.end(1) :]
    if _ZH_FORM_HINT.search(prepared):
        forms, prepared = _zh_forms(prepared)
        out += forms
    # Latin letters and Roman numerals are rare in Chinese text: one scan for both
    if _LATIN.search(prepared):
        if "第" in prepared and _NUMERAL_CODE.search(prepared):
            # 第六十三A号报告书 "Report No. 63A": the code in digits, as the English has it
            prepared = _NUMERAL_CODE.sub(lambda m: f"{_zh_value(m[1]):.0f}", prepared)
        if "c.c" in prepared:
            prepared = prepared.replace("c.c.", "cc").replace("c.c", "cc")  # 100c.c.: 100cc
        if _CODE_HINT.search(prepared):
            prepared = _GLUED_UNIT.sub(" ", prepared)  # 100km: the number, then its unit
        if _ROMAN_HINT.search(prepared):
            roman, prepared = _zh_roman(prepared)
            out += roman
    if ("初" in prepared or "农历" in prepared or "正月" in prepared or "腊月" in prepared
            or "冬月" in prepared) and _LUNAR.search(prepared):  # fmt: skip
        lunar, prepared = _lunar_dates(prepared)
        out += lunar
    if "保" in prepared:
        # “保八”: the English gives a rate (or a count: "hold on to eight"), at or above it
        spans = []
        for m in _KEEP_GROWTH.finditer(prepared):
            value = float(_value(m[1]) or 0)
            out.append(Number(value, "percent", "either", m[0], False, ((value, "count"),)))
            spans.append(m.span())
        prepared = blank(prepared, spans)
    if "“" in prepared and _SLOGAN.search(prepared):
        slogans, prepared = _slogans(prepared)
        out += slogans
    if "数以" in prepared:
        rough, prepared = _by_the(prepared)
        out += rough
    if "半" in prepared and _HALF_PAST.search(prepared):
        # 5点半 "5:30": the minutes the English gives (or not: "half past five")
        out.append(Number(30.0, "count", "", "半", False))
    if ("破" in prepared or "字头" in prepared) and _BREAK_OR_LEAD.search(prepared):
        # 「破八」 "topped 8 percent" (a rate named by its figure); 「3字头」 "in the
        # 300,000s" (a leading digit): numbers the English may give or not
        for m in _BREAK_OR_LEAD.finditer(prepared):
            digit = float(_ZH_DIGITS.get(m[1] or "", 0) or int(m[2] or 0))
            if m[1]:
                out.append(Number(digit, "percent", "more", m[0], False, ((digit, "count"),)))
            else:
                # (2字头的正成长 "growth of 20 percent": the scale is the English's)
                scales = tuple((digit * 10**k, "count") for k in range(1, 6))
                out.append(
                    Number(digit, "count", "", m[0], False, ((digit * 10, "percent"), *scales))
                )
        prepared = _BREAK_OR_LEAD.sub(lambda m: " " * len(m[0]), prepared)
    if "送" in prepared and _BUY_GET.search(prepared):
        # 「搭十送一」 "one free ride for every ten", 买一送一 "buy one, get one
        # free": the two counts, which the English may give or fold into a word
        for m in _BUY_GET.finditer(prepared):
            for numeral in (m[1], m[2]):
                value = _zh_value(numeral)
                if value is not None and value > 1:
                    out.append(Number(float(value), "count", "", m[0], False))
        prepared = _BUY_GET.sub(lambda m: " " * len(m[0]), prepared)
    if "十之" in prepared or "十有" in prepared:
        # 十之八九 "eight or nine in ten", "most"; 十有八九 "very likely"
        for m in _IN_TEN.finditer(prepared):
            for digit in m.groups():
                tenth = float(_ZH_DIGITS[digit])
                out.append(Number(tenth * 10, "percent", "either", m[0], False,
                                  ((tenth, "count"),)))  # fmt: skip
        prepared = _IN_TEN.sub(lambda m: " " * len(m[0]), prepared)
    if ("百" in prepared or "千" in prepared or "万" in prepared) and _CAMPAIGN_SIZE.search(
        prepared
    ):
        # 百城禁毒会战 "the 100-city campaign", 千村示范 "1,000 model villages":
        # a campaign's size, which the English may give or leave in its name
        for m in _CAMPAIGN_SIZE.finditer(prepared):
            out.append(Number(_CAMPAIGN_SIZES[m[1]], "count", "", m[0], False))
    if ("冬" in prepared or "运" in prepared) and _GAMES_EDITION.search(prepared):
        # 十四冬 "the 14th National Winter Games": an edition, said or not
        for m in _GAMES_EDITION.finditer(prepared):
            value = _zh_value(m[1])
            if value is not None:
                out.append(Number(value, "ordinal", "", m[0], False))
    if (":" in prepared or "\u2236" in prepared) and _TO_ONE.search(prepared):
        # 生师比为16.2:1 "16.2 pupils per teacher", or "16.2 to 1": the one may be said
        for _ in _TO_ONE.finditer(prepared):
            out.append(Number(1.0, "count", "", "1", False))
        prepared = _TO_ONE.sub(lambda m: " " * len(m[0]), prepared)
    if "千金" in prepared and _HOW_MANY_PRICEY.search(prepared):
        # 维持24千金 (Taiwan's papers) "still 24 shares above NT$1,000": a count
        # of such shares, and their price, said or not
        for m in _HOW_MANY_PRICEY.finditer(prepared):
            out.append(Number(float(m[1]), "count", "", m[0]))
            out.append(Number(1000.0, "count", "more", "千金", False))
        prepared = _HOW_MANY_PRICEY.sub(lambda m: " " * len(m[0]), prepared)
    if "粒重" in prepared:
        # 百粒重, 千粒重 "100-kernel weight", "1,000-grain weight": the count, said or not
        for m in _KERNEL_WEIGHT.finditer(prepared):
            out.append(Number(100.0 if m[1] == "百" else 1000.0, "count", "", m[0], False))
        prepared = _KERNEL_WEIGHT.sub(lambda m: " " * len(m[0]), prepared)
    if "重联" in prepared:
        # 重联运行 "two sets coupled" (trains, locomotives): a pair, said or not
        out.append(Number(2.0, "count", "", "重联", False))
    if "双粮" in prepared:
        # 双粮 (Hong Kong, Macao): a 13th month's pay, or "double pay"
        out.append(Number(13.0, "ordinal", "", "双粮", False, ((2.0, "factor"),)))
    if "次" in prepared and _SECOND_MOST.search(prepared):
        # 同期次高 "the second-highest for the period": second, unsaid in a numeral
        out.append(Number(2.0, "ordinal", "", "次", False))
    if _may_name_event(prepared):
        out += _event_years(prepared)
    if "号" in prepared and _MODEL_NUMERAL.search(prepared):
        # 长征二号F, 长征二号丁: a model's code ("Long March-2F", "-2D"), which
        # the codes are checked as (code_messages), not a day
        prepared = _MODEL_NUMERAL.sub(lambda m: " " * len(m[0]), prepared)
    if "万" in prepared and _ODD_BEFORE_WAN.search(prepared):
        # 3亿5千多万: 3亿5千万多; 4亿8000余万: 4亿8000万余
        prepared = _ODD_BEFORE_WAN.sub(r"\1\3\2", prepared)
    if "兆" in prepared and _NUMERALS_TRILLION.search(prepared):
        # 十点八一兆元, 叩关百兆元 (Taiwan): numerals before 兆 in digits
        prepared = _NUMERALS_TRILLION.sub(_trillion_numerals, prepared)
    if "兆" in prepared:
        # 1兆2千亿 (Taiwan): 12000亿; 3兆1324亿6890万9000元: 31324.68909亿 (before
        # the 亿 and 万 after the 兆 are read on their own)
        prepared = _TRILLION.sub(_in_yi, prepared)
    if ("亿" in prepared or "千" in prepared or "百" in prepared) and _MIXED.search(prepared):
        prepared = _MIXED.sub(_mixed_value, prepared)  # 3万5千: 35000, 2亿5千万: 250000000
    if "万" in prepared and _WAN_TAIL.search(prepared):
        prepared = _WAN_TAIL.sub(_wan_tail_value, prepared)  # 4万5,000 (Taiwan): 45000
    if ("米" in prepared or "公尺" in prepared) and _METRES.search(prepared):
        prepared = _METRES.sub(r"\1.\3\2", prepared)  # 2米33 "2.33 meters", 1米8, 8公尺08
    if ("千" in prepared or "百" in prepared) and _DIGITS_HUNDREDS.search(prepared):
        prepared = _DIGITS_HUNDREDS.sub(_times_hundreds, prepared)  # 5千万: 5000万
    if ("万" in prepared or "亿" in prepared) and _ZH_SHARED.search(prepared):
        prepared = _ZH_SHARED.sub(r"\1\3\2\3", prepared)  # 30—50万: 30万—50万
    if ("超" in prepared or "逾" in prepared or "约" in prepared or "近" in prepared
            or "不" in prepared) and _ZH_HEDGE_SHARED.search(prepared):  # fmt: skip
        prepared = _ZH_HEDGE_SHARED.sub(r"\1\2\3\1", prepared)  # 超过15万及14万: both more
    if "分别" in prepared and _ZH_EXTREME_EACH.search(prepared):
        # 单日最高接待量分别为1.49万人次和1.42万人次: each number is a peak
        prepared = _ZH_EXTREME_EACH.sub(r"\1\2\3\1", prepared)
    if "约" in prepared and _ZH_HEDGED_RANGE.search(prepared):
        prepared = _ZH_HEDGED_RANGE.sub(r"\1\2\1", prepared)  # 约8000至7500年: both about
    if (
        "不" in prepared
        and ("的" in prepared or "%" in prepared)
        and _QUALIFIED_SHARE.search(prepared)
    ):
        # 不得低于前3年度平均值的23%: the qualifier is the share's, however far
        prepared = _QUALIFIED_SHARE.sub(r"\2\1", prepared)
    if "每" in prepared and _HEDGE_PAST_BASES.search(prepared):
        # 不低于每人每年640元: the hedge moved next to its number, past the bases
        prepared = _HEDGE_PAST_BASES.sub(r"\2\1", prepared)
    if "以上" in prepared and "以下" in prepared:
        # 2000元以上1万元以下: 2,000 to 10,000
        text = prepared
        prepared = _BOUNDS.sub(lambda m: _bounded_range(m, text), text)
    if "百分点" in prepared and ("个和" in prepared or "个、" in prepared):
        # 低0.01个和0.05个百分点: the 个 said after each, 百分点 once
        prepared = _POINTS_SPLIT.sub(r"\1个百分点", prepared)
    if (
        "%" in prepared or "百分" in prepared or "毫" in prepared or "日" in prepared
    ) and _ZH_SHARED_POST.search(prepared):
        # 2至3个百分点: both ends; 0.7、1.5和3.9个百分点: every item of the list
        prepared = _ZH_SHARED_POST.sub(_shared_post, prepared)
    # a diffusion index (PMI) is read in percent in Chinese, as a plain figure
    # in English, with 50 its line between growth and contraction
    line = "临界点" in prepared or "荣枯线" in prepared
    gauge = line or "PMI" in prepared or "采购经理" in prepared
    if line:
        # 位于临界点以下 "below 50", 跌破荣枯线 "below the 50 line": the line's number,
        # which the English may give and the Chinese leaves out
        out.append(Number(50.0, "percent", "either", "临界点", False, ((50.0, "count"),)))
    if "（万" in prepared or "（亿" in prepared or "(万" in prepared or "(亿" in prepared:
        # 21,798（万TEU）, a table's unit in brackets: the magnitude is the number's
        prepared = _BRACKETED_MAGNITUDE.sub(r"\1\3\2", prepared)
    if ("币" in prepared or "美元" in prepared) and _HEDGE_BEFORE_CURRENCY.search(prepared):
        # 不超过人民币18.60元: the hedge moved past the currency, next to its number
        # (only five characters before a number are read)
        prepared = _HEDGE_BEFORE_CURRENCY.sub(r"\2\1", prepared)
    for match in _ZH_NUMBER.findall(_PAD + prepared):
        before, num, big, more, big2, post, congress, far = match
        # (NULs past the end of the text, as a headline ends: no check of what
        # follows may take an empty slice for one of its characters)
        after = (far[:6] + _PAD + "\0")[:6]
        pre = "第" if before[-1] == "第" else ""
        listed = before[-1] == "、" and _ORDINAL_LIST.search(before) is not None
        if listed:
            pre = "第"  # 第一、二名 "first and second place": the 第 is both's
        big += big2
        if (
            not (pre or big or more or post)
            and 3 <= len(num) <= 4
            and num.isdigit()
            and _EVENT_AFTER.match(after)
            and 1 <= int(num[:-2]) <= 12
            and 1 <= int(num[-2:]) <= 31
        ):
            # 726大罢免 "the July 26 recalls", 921大地震, 228事件: an event named by
            # its date, which the English gives as a date or as the name
            out.append(Number(float(num), "count", "", num, False))
            continue
        if num[0] in "百千万亿" and not _HONG_KONG_PLACES.fullmatch(num):
            alone = _magnitude_alone(before, num + big, more, post, after)
            if alone is not None:
                out.append(alone)
            continue
        if after[:1] in "中次" and after.startswith(("中全会", "次会议", "次全体会", "次全会")):
            congress = "会"  # 四中全会, 二次会议: the fourth plenum, the second session
        bare = num[0] in _ZH_NUMERAL and not (pre or big or more or post or congress)
        minus = (
            before[-1] == "负" and before[-2] not in _CARRY and before[-3:] != "正或负"
        ) or before[-2:] == "零下"  # (正或负1.5% "plus or minus 1.5 percent": a margin)
        if bare and minus:
            bare = False  # 负三 is a number, whatever word follows it
        prize = bare and (
            (after[:1] == "等" and after[1:2] in "奖功")
            or (after[:1] == "读" and num in ("一", "二", "三"))
            or after[:2] == "运会"
            or (after[:1] == "奖" and len(num) == 1 and num in "二三四五六")  # Taiwan's lottery
        )  # 一等奖 first prize, 三读 third reading, 十五运会 the 15th Games, 二奖 second prize
        if prize:
            bare = False  # 一等奖, 二等功: first prize, second-class merit
        if bare and after[:1] == "审" and num in ("一", "二"):
            # 二审 "on appeal" as often as "at second instance": may be said, need not
            value = float(_ZH_DIGITS[num])
            out.append(Number(value, "ordinal", "", num + "审", False, ((value, "count"),)))
            continue
        if bare and before[-4:] in ("修正案（", "修正案(") and _WELL_FORMED.fullmatch(num):
            # 刑法修正案（十一） "the 11th Amendment to the Criminal Law"
            value = float(_value(num) or 0)
            out.append(Number(value, "ordinal", "", num, True, ((value, "count"),)))
            continue
        if (
            bare
            and after[:1] == "、"
            and not before.strip("\0 ")
            and after[1:2] not in _ZH_NUMERAL  # 一、二级医院: a list, not a heading
            and _WELL_FORMED.fullmatch(num)
        ):
            # 三、 opening a heading: its number, which the English keeps ("III.",
            # "3.", "Third,"); its 一 says something (kept with its 、)
            value = float(_value(num) or 0)
            out.append(Number(value, "ordinal", "", num + "、", True, ((value, "count"),)))
            continue
        if (
            bare
            and before[-1:] in "(（"
            and after[:1] in ")）"
            and not before[:-1].strip("\0 ")
            and _WELL_FORMED.fullmatch(num)
        ):
            # （一） opening a paragraph: "(1)", "1.", "First,", or unsaid
            value = float(_value(num) or 0)
            out.append(Number(value, "ordinal", "", f"（{num}）", False, ((value, "count"),)))
            continue
        if bare and after[:1] == "角" and before[-1] in "币元" and len(num) == 1:
            # 新台币一角 "NT$0.1": a tenth of a dollar, which the English may give
            value = float(_ZH_DIGITS[num]) / 10
            out.append(Number(value, "count", _zh_before(before), num + "角", False))
            continue
        if (
            bare
            and after[:1] == "期"
            and after[1:2] not in _NOT_A_PHASE
            and len(num) == 1
            and num in _ZH_DIGITS
        ):
            # 一期投资12亿元，二期… "the first (phase) … the second": a phase, by its place
            value = float(_ZH_DIGITS[num])
            out.append(Number(value, "ordinal", "", num + "期", False, ((value, "count"),)))
            continue
        if bare and num == "一" and after[:2] == "年半":
            # 一年半 "a year and a half", "18 months"
            out.append(Number(1.5, "count", "", "一年半", True, ((18.0, "count"),)))
            continue
        if bare and (
            (after[:1] in "天年周亩斤米吨" and after[1:2] == "半" and after[2:3] not in _HALF_WORDS)
            or after[:3] in ("个半月", "个半小")
        ):
            # 两天半 "two and a half days", 三个半月 "three and a half months", 三亩半
            value = float(_value(num) or 0) + 0.5
            out.append(Number(value, "count", _zh_before(before), num + after[:2], True))
            continue
        if bare and after[:1] == "打" and after[1:2] not in _DA_VERB and len(num) <= 2:
            # 两打 "two dozen" (not 一打就, 打造, 打工: the verb)
            dozens = float(_value(num) or 0)
            out.append(Number(12 * dozens, "count", "", num + "打", True, ((dozens, "count"),)))
            continue
        if (
            bare
            and num in _ZH_DIGITS
            and after.startswith(("水库", "水坝"))
            and "\u4e00" <= before[-1] <= "\u9fff"
        ):
            # 宝二水库 "Baoshan Second Reservoir": a numeral in a reservoir's name
            value = float(_ZH_DIGITS[num])
            out.append(Number(value, "count", "", num, False, ((value, "ordinal"),)))
            continue
        if bare and num == "一" and after[:1] == "级" and after[1:2] != "一":
            # 一级能效 "level 1 energy efficiency", 一级响应 "a Level I response", but
            # also "first-class", "primary": a level the English may give or not
            approx = _zh_qualifier(before, after[1:])
            out.append(Number(1.0, "count", approx, num, False, ((1.0, "ordinal"),)))
            continue
        if bare and num == "一" and after[:1] in "度℃" and before[-1:] in "高低升降了近约":
            # 偏高一度 "1℃ higher", 下降一度 (not 一度成为 "once became"): may be said
            out.append(Number(1.0, "count", "", num, False))
            continue
        if bare and num == "一" and after[:1] == "毫" and after[1:2] not in _NOT_TEN_CENTS:
            # 加一毫 (Hong Kong) "10 cents more"; not 一毫米, 一毫不差 (a hair)
            out.append(Number(1.0, "count", _zh_before(before), num, False, ((0.1, "count"),)))
            continue
        if bare and num == "一" and after[:1] in "时点" and before[-2:] in _DAY_PARTS:
            # 凌晨一时半 "1.30am" (not 一时 "for a while"): an hour
            out.append(Number(1.0, "count", "", num, True, _clock(1.0, before)))
            continue
        if bare and num in ("一", "零", "〇"):
            continue  # 一 is mostly an article ("一批"), 零 a word (零部件 "parts")
        if bare and after[1:2] in _PLACE_ENDS and after[:1] not in _COUNTED:
            continue  # 九台区, 七台河, 三里屯: a place named with a numeral
        # (一点六晚 "1.6 nights": a decimal in numerals is a number, whatever follows)
        soft = bare and _soft_numeral(num, before, after) and not _DECIMAL_NUMERAL.fullmatch(num)
        if soft and num not in ("两", "二"):
            if before[-1] == "前" and _WELL_FORMED.fullmatch(num):
                pass  # 排名前十 "in the top 10": a rank, which the English may put in words
            elif len(num) == 1 and num in _ZH_DIGITS:
                # 三 in a name ("Three Gorges", 三孩 "three-child"): the
                # English may say it, and need not
                value = float(_ZH_DIGITS[num])
                approx = _zh_qualifier(before, after)  # 三星级以上 "three stars or above"
                out.append(Number(value, "count", approx, num, False, ((value, "ordinal"),)))
                continue
            elif (
                (len(num) == 1 or not _WELL_FORMED.fullmatch(num))
                and not (
                    (rough := _ZH_ROUGH.fullmatch(num)) is not None
                    and _ZH_DIGITS[rough[2]] == _ZH_DIGITS[rough[1]] + 1
                )
                and not (
                    (rough := _ZH_ROUGH_TAIL.fullmatch(num)) is not None
                    and _ZH_DIGITS[rough[3]] == _ZH_DIGITS[rough[2]] + 1
                )
                and not ("点" in num and num[-1] in "万亿")
                and not (
                    "点" in num
                    and "十" not in num.split("点")[1]
                    and after[:1] in "分倍元角"
                    and before[-2:] not in _DAY_PARTS
                )
            ):
                # 十 in 十分, 十三五 (a plan); not 两三千万, a rough size, 四点二亿, or
                # 一点四九分 "1.49 points" (a clock's minutes have their 十: 一点四十九分)
                continue
            # 销售额十二万 is a number; 八十七起 may be one before a measure
            # word not listed: it may match the English but is not missed
            soft = not _HAS_UNIT.search(num)
        rough = _ZH_ROUGH.fullmatch(num) if 3 <= len(num) <= 5 and not pre else None
        if rough and _ZH_DIGITS[rough[2]] == _ZH_DIGITS[rough[1]] + 1:
            # 五六百元 "500 to 600 yuan", or "several hundred": both ends, maybe
            # unsaid; 三四百万 "three to four million"
            size = _ZH_UNITS.get(rough[3]) or _ZH_BIG[rough[3]]
            for ch in rough[4] + big:
                size *= _ZH_BIG[ch]
            for digit in (rough[1], rough[2]):
                out.append(Number(float(_ZH_DIGITS[digit] * size), "count", "either", num, False))
            continue
        tail = _ZH_ROUGH_TAIL.fullmatch(num) if len(num) >= 4 and not pre else None
        if tail and _ZH_DIGITS[tail[3]] == _ZH_DIGITS[tail[2]] + 1:
            # 一千二三百人 "1,200 to 1,300 people", 两万七八千: a rough range after a
            # number's higher places (its last place may go unsaid: 一千二三)
            high = _value(tail[1])
            if high is not None:
                size = _ZH_UNITS[tail[4] or _PLACE_BELOW[tail[1][-1]]]
                for ch in big:
                    size *= _ZH_BIG[ch]
                    high *= _ZH_BIG[ch]
                for digit in (tail[2], tail[3]):
                    value = high + _ZH_DIGITS[digit] * size
                    out.append(Number(value, "count", "either", num, False))
                continue
        if after[:1] == "后" and num in _GENERATIONS and not (big or post):
            # 80后 "born in the 1980s"
            decade = float(_GENERATIONS[num])
            also = ((decade % 100, "decade"), (decade, "count"))  # or "born after 1980"
            out.append(Number(decade, "decade", "", num + "后", True, also))
            continue
        value = _value(num)
        if value is None:
            continue
        span = pre + num + big + more + post
        short = not big and len(num) <= 3 and num[0] in "十一两二三四五六七八"
        pair = _ZH_RANGE.fullmatch(num) if short else None
        if pair and (_ZH_DIGITS[pair[2]] == _ZH_DIGITS[pair[1]] + 1 or num == "三五"):
            # 十四五岁 is "fourteen or fifteen": a range, read as both ends; 两三个
            # "a couple of", 三五个 "three to five", "a few": either may go unsaid
            tens = 10 if num.startswith("十") else 0
            said = num not in ("两三", "三五")
            out.append(Number(float(tens + _ZH_DIGITS[pair[1]]), "count", "", span, said))
            value = float(tens + _ZH_DIGITS[pair[2]])
            soft = True  # 六七个 "half a dozen": one end said is enough
        if big == "万" and "亿" in num[:-1] and not num.endswith("亿"):
            # 二十四亿七千几万 (二十四亿七千万几 as read): the 万 is the part after the 亿's
            head, rest = num.rsplit("亿", 1)
            value = (_value(head) or 0) * 1e8 + (_value(rest) or 0) * 1e4
        else:
            for ch in big:
                value *= _ZH_BIG[ch]
        if (
            before[-1] == "-"
            and "\u4e00" <= before[-2] <= "\u9fff"
            and before[-2] not in "为至到是达约"
            and not (post or big or more)
            and after[:1] not in "℃度%‰"
        ):
            # 歼-20 "J-20", 东风-41 "DF-41": a model's number, which the English
            # gives with its name, not minus twenty
            out.append(Number(value, "count", "", num, True, ((value, "ordinal"),)))
            continue
        if before[-1] in "-\u2212" and before[-2] not in _NOT_A_SIGN:
            value = -value  # -20℃ (not 2019-2021, 3亿-5亿, 3%-5%)
        elif minus:
            value = -value
        kind = "count"
        also: tuple[Key, ...] = ()
        if congress == "大" and not pre and after[1:2] in ("类", "产", "行"):
            pass  # 19大类股 "the 19 main sectors", 十大产业: a count, not a congress
        elif congress == "大" and not pre and after[1:2] in _BIG_PLACES:
            pass  # 台北101大楼 "Taipei 101": a name's number, not the 101st congress
        elif congress == "大" and not pre and value <= 10:
            also = ((value, "ordinal"),)  # 十大 "the top ten", 三大 "three major"
            if "首" in after[1:6]:
                soft = True  # 居十大死因首位 "the leading cause of death": first of ten
        elif pre == "第" or congress or prize:
            kind = "ordinal"  # 第三次; 十八大, 十九届: the 18th congress, the 19th term
            if prize and after[:1] == "读":
                also = ((value, "count"),)  # 三读 "the third reading", 分三读 "three readings"
                # 三读通过 "passed": the third reading is the final one, said or not
                soft = soft or after[1:3] == "通过"
            if listed or (pre == "第" and after[:1] == "次"):
                # 第3、4号 "No. 3 and 4"; 第2次以上 "twice or more", 第3次获奖 "won three times"
                also = ((value, "count"),)
            elif pre == "第" and (after[:2] == "分钟" or after[:1] in "局盘区"):
                # 补时第4分钟 "four minutes into stoppage time"; 第八局 "after eight ends";
                # 第55区 (Hong Kong's planning areas) "Area 55", a name
                also = ((value, "count"),)
            elif pre == "第" and _NAMED_SYSTEM.match(after):
                # 第三条跑道系统 "the three-runway system": named for its count
                also = ((value, "count"),)
            elif pre == "第" and after[:1] == "节" and value <= 4:
                also = ((value, "quarter"),)  # 第二节 (basketball) "the second quarter"
            if congress == "会":
                also, soft = ((value, "count"),), False  # 两次会议: also two meetings
            elif (
                congress == "届"
                and not pre
                and before[-2:] in ("连续", "举办", "已经", "办了", "行了")
            ):
                also = ((value, "count"),)  # 连续举办十八届 "held 18 times"
        elif post == "%" or before[2:] == "百分之":
            kind = "percent"
            if "指数" in before or "PMI" in before:
                # 采购经理指数为50.8%, 指数（PMI）为51.9%: "a PMI of 50.8"
                also = ((value, "count"),)
            elif gauge and before[-2:] not in _GROWTH and before[-1] not in "增涨降跌":
                # a reading of a diffusion index, however far from its name (PMI分别为
                # 51.1%、50.6%和50.3%; 11月份跌至38.8%): "51.1, 50.6 and 50.3"
                also = ((value, "count"),)
            if before[-1] == "±" or before[-2:] == "正负":
                # 误差±3% "plus or minus 3 percentage points": a margin, in points
                also = (*also, (value, "points"))
            if value >= 100 and before[-2:] in _GROWTH:
                also = ((1 + value / 100, "factor"),)  # 增长200% "tripled"
            elif value >= 80 and before[-2:] in _GROWTH:
                # 增长96% "nearly doubled" (a factor said in a word must still be
                # one the Chinese gives: not "tripled")
                also = (*also, (1 + value / 100, "factor"))
            elif value < 0 and (before[-3:-1] in _GROWTH or before[-3:-1] in _RATES_OF_GROWTH):
                also = ((-value, "percent"),)  # 增长-2.6%, 同比增幅-6.5%: "fell 2.6%"
        elif post == "‰":
            kind, also = "permille", ((round(value / 10, 6), "percent"),)
        elif post == "倍":
            if after[:1] == "半":
                value += 0.5  # 一倍半 "one and a half times"
            also = _times(value, before)
        elif post in ("个百分点", "个百分比"):
            kind = "points"  # 个百分比 (Hong Kong's polls): percentage points
        elif post.endswith("基点"):
            # 15个基点 "15 basis points": 0.15 percentage points (0.15个百分点)
            kind, also, value = "points", ((value, "count"),), round(value / 100, 8)
        elif post == "年" and 1000 <= value <= 2999 and "." not in num:
            kind = "year"
        elif post == "年" and len(num) == 2 and num[0] == "0" and num[1].isdigit():
            kind, value = "year", 2000 + value  # ○五年 (Macao's papers): 2005
        elif post == "年" and before[-2:] == "民国" and value == int(value):
            kind, value = "year", value + 1911  # 民国112年: 2023, as Taiwan numbers years
        elif post == "年" and before[-2:] in _REIGNS:
            # 永乐十八年 "the 18th year of the Yongle reign", often given only as 1420
            also, soft = ((value, "ordinal"),), True
        elif post == "年" and after[:1] == "半":
            value += 0.5  # 一年半 "a year and a half", "18 months"
            also = ((value * 12, "count"),)
        elif (
            before[-2:] == "连续"
            or before[-1] == "连"
            or (before[-2] == "连" and before[-1] in _STREAK_VERBS)
        ) and (
            post == "年"
            or after[:2] in ("个月", "个季")
            or after[:1] in "月天日周季"
            or after.startswith(("个交易日", "交易日"))
        ):
            # 连续三年 "for the third year running", 连续3个月 "the third straight
            # month"; 连跌5个月 (Hong Kong) "a fifth straight month of falls";
            # 连续三个交易日 "the third trading day in a row"
            also = ((value, "ordinal"),)
            if "季" in after[:2] and value <= 4:
                also += ((value, "quarter"),)  # 连续四个季度 "the fourth quarter in a row"
        elif (
            (before[-1] == "保" or (before[-1] == "抢" and before[-2].isdigit()))
            and not (post or big or more)
            and value < 20
            and (after[:1] in _AFTER_A_WORD or after[:1] in "\0抢」”")
        ):
            # 保4, 保3抢4 (Taiwan's papers): growth of at least 4%, or the 4% aimed
            # at, a target said as a bare number
            kind, also = "percent", ((value, "count"),)
        elif before[-1] == "连" and after[:1] in "红黑升贬涨跌买卖周":
            # 连十六红, 连四黑 (Taiwan's papers): the 16th straight month of growth;
            # 连3升, 连二卖, 连2周: the third straight session up, the second of
            # net selling, the second week running
            also = ((value, "ordinal"),)
        elif (
            before[-1] in "（("
            and before[-2] in "今明昨"
            and after[1:2] == "日"
            and after[:1] in "）)"
            and 1 <= value <= 31
        ):
            # 明（15）日 (Taiwan's papers): tomorrow, the 15th, which the English
            # may give as a date or leave as "tomorrow"
            kind, also, soft = "day", ((value, "ordinal"), (value, "count")), True
        elif (
            before[-1] in "（("
            and before[-2] in "今明去前"
            and after[1:2] == "年"
            and after[:1] in "）)"
            and 38 <= value <= 130
        ):
            # 今（114）年 (Taiwan's papers): this year, 2025, which the English may
            # give as a year or leave as "this year"
            also, soft = ((value + 1911, "year"), (value + 1911, "count")), True
        elif post == "年" and before[-2:] in ("今明", "明后"):
            soft = True  # 今明两年 "this year and next"
        elif (
            (
                post == "年"
                or (not post and after[:2] in ("年度", "年底", "年初"))
                or (not post and _ROC_RANGE_END.match(after))
            )
            and 38 <= value <= 130
            and value == int(value)
            and "." not in num
        ):
            # 112年 (Taiwan, without 民國): the year 2023; 101年度 the 2012 accounts;
            # 114年底 "the end of 2025"
            also = ((value + 1911, "count"),)
        elif not post and after[:3] == "学年度" and 38 <= value <= 130 and value == int(value):
            # 115学年度 (Taiwan): the school year from August 2026, "2026-27" or
            # "this year's", said or not
            also, soft = ((value + 1911, "count"), (value + 1912, "count")), True
        elif (post in ("日", "号") or (not post and _DAY_LIST_NEXT.match(after))) and (
            1 <= value <= 31 and value == int(value)
        ):  # (20、21日 "the 20th and 21st": the list's first day too)
            # a day of the month (the 8th), or a count of days
            kind, also = "day", ((value, "ordinal"), (value, "count"))
        elif after[:1] in "时点" and value == int(value):
            also = _clock(value, before)
        elif after[:1] == ":" and value <= 24 and num.isdigit() and _MINUTES.match(after):
            also = _clock(value, before)  # 17:00 "5 pm"
        elif num == "00" and before[-1] == ":" and before[-2].isdigit():
            soft = True  # 9:00 "9 am": no minutes to say
        elif after[:2] == "小时" and value == 24 and not before.endswith(_SPAN_BACK):
            soft = True  # 24小时 "round-the-clock" (not 过去24小时, "the past 24 hours")
        elif after[:1] == "局" and after[1:2] in "上下" and value <= 12:
            also = ((value, "ordinal"),)  # 5局上 (baseball) "the top of the fifth"
        elif after[:1] == "战" and "胜" in after[1:5] and value <= 200:
            soft = True  # 5战4胜1败 "went 4-1": the games are the record's sum
        elif after[:1] == "连" and after[1:2] in "胜败负冠" and value <= 200:
            also = ((value, "ordinal"),)  # 11连胜 "an 11th straight win"
        elif after[:1] in "负败" and before[-1:] == "胜" and before[-2:-1].isdigit():
            # 交手8次，5胜3负 "won five of their eight meetings": the losses may
            # be left to the reader (a wrong one said is still not in the Chinese)
            soft = True
        elif after[:2] == "年级" and value <= 12:
            also = ((value, "ordinal"),)  # 四年级 "fourth grade", "grade four"
        elif after[:2] == "周年" or (after[:1] in "楼层" and not big):
            also = ((value, "ordinal"),)  # 100周年: the 100th anniversary; 28楼 the 28th floor
        elif (
            after[:1] == "角"
            or (after[:1] == "毫" and after[1:2] not in _MILLI_UNITS)
            or (after[:1] == "分" and before.rstrip("小近约值")[-1:] in ("升", "贬"))
        ):
            # (毫 in Hong Kong: ten cents, 加4毫 "40 cents more"; not 毫米, 毫克)
            # 升值1.35角 "up NT$0.135", 小贬3分 "down NT$0.03": tenths and
            # hundredths of a dollar, as Taiwan's papers give a currency's move
            also = ((round(value / (100 if after[:1] == "分" else 10), 6), "count"),)
        elif after[:1] == "厘" and after[1:2] not in ("米", "克"):
            # 5.75厘 (Hong Kong) "5.75 percent" a year; 月息3厘 "0.3 percent" a month;
            # 加息1厘 "a rise of 1 percentage point"
            also = ((value, "percent"), (round(value / 10, 6), "percent"), (value, "points"))
        elif after[:1] in _CONVERTED and (factors := _conversions(after)):
            # 700亿斤 is often given as "35 million tonnes", 330万亩 as "220,000
            # hectares", 1200万千瓦 as "12 gigawatts"; 5,800多万千瓦 "more than 58
            # gigawatts"
            also = tuple((_converted(value, factor), "count") for factor in factors)
        elif after[:1] == "℃" or after[:3] == "摄氏度":
            also = ((round(value * 9 / 5 + 32, 1), "count"),)  # 40℃ "104 degrees Fahrenheit"
        elif after[:2] == "个月" and value in (6, 18, 30):
            also = ((value / 12, "count"),)  # 6个月 "half a year", 18个月 "a year and a half"
        elif after[:1] == "级" and not big:
            # 二级巡视员 "a second-level inspector", 三级医院 "a tertiary
            # hospital": a level, said as a count, an ordinal or a word
            also, soft = ((value, "ordinal"),), True
        if kind == "count" and not pre and before[-1] == "等":
            # 法国等6国 "France and five other countries": six in all
            also += ((value, "total"), (value - 1, "others"))
        elif (
            kind == "count"
            and not pre
            and (before[-2:] in ("其他", "其余", "另外") or before[-1] == "另")
        ):
            also += ((value, "others"),)  # 其他5个国家 "five other countries"
        if (
            kind == "count"
            and not (post or also)
            and ("率" in before or "比" in before)
            and (_RATE_BEFORE.search(before))
        ):
            also = ((value, "percent"),)  # 收视率破2 "ratings above 2 percent": % left unsaid
        if (
            kind == "count"
            and not pre
            and before[-1] in ("前", "至")
            and (after[:1] == "季" and value <= 4)
        ):
            # 前三季度 "the first three quarters", "January-September" (nine months)
            soft, also = True, ((value * 3, "count"),)
        if before[-1] in "数几" and not pre and not num[0].isdigit():
            # 数十亿 "billions", 几十家 "dozens": a rough size, maybe said in words
            # (not 户数34万: a count's digits after the word for it)
            approx, soft = "either", True
        elif more and pre == "第" and more == "多":
            approx = ""  # 史上第2多 "the second-most ever": a rank, no "more than"
        elif more:
            approx = "either" if more == "几" else "more"  # 十几: ten-odd, a dozen or so
            if value < 0 and approx == "more":
                approx = "less"  # 零下三十多度 "below minus 30 degrees": colder, so less
            if more == "余" and value >= 10_000_000 and len(f"{value:.0f}".rstrip("0")) >= 4:
                # 2亿8740万余元 "NT$287.4 million": what is left past four figures is
                # rounding, which the English may leave unsaid
                approx = "either"
        else:
            lead = before[: 5 - len(pre)]
            if value < 0 and lead[-1:] in "-\u2212":
                lead = lead[:-1]  # 低于-30℃ "below minus 30 degrees": past the sign
            approx = _zh_qualifier(lead, after)
            if (
                not approx
                and lead[-1:] == "小"
                and lead[-2:-1] not in _SMALL_WORDS
                and any(c in num for c in "十百千万亿")
            ):
                approx = "less"  # 赔了小十万 "nearly 100,000" (not 小三通, 缩小10%)
            if (
                approx == "less"
                and before[-1] == "近"
                and (_duration(post, after) or after[:1] in "次期届轮场" or "赛季" in after[:3])
            ):
                # 近3年 "the past three years", or "nearly three years"; 近12次 "the last 12";
                # 近6轮, 近五个赛季 "the last six rounds", "in five seasons"
                approx = "either"
            elif approx == "more" and kind == "year" and after[:1] in _MORE_AFTER:
                approx = ""  # 比2008年多5亿元: "5 billion more than in 2008"
            elif approx == "about" and after[:1] == "分" and before[-2:] == "小时":
                # 6小时50分左右 "about 6 hours 50 minutes": the whole time's hedge,
                # which the English says before its hours
                approx = "either"
            elif approx and kind == "year" and lead[-2:] in _COMPARED_WITH:
                approx = ""  # 高于2003年末9.1%的增速 "up from the 9.1 percent at the end of 2003"
            elif approx == "about" and (kind == "year" or _BASE_OF_MULTIPLE.match(post + far)):
                # 约为2019年的4倍, 约为5级地震的32倍: the 约 is the factor's, not the base's
                approx = ""
            elif kind == "percent" and not post and before[-1] in "保抢":
                approx = "either"  # 保4 "at least 4 percent", or "4 percent"
            elif gauge and value == 50 and kind == "percent" and not approx:
                # the line itself (以50%为临界点，高于50%反映扩张): "a reading above 50",
                # where 高于 alone would be a comparison (高于全国1.1个百分点)
                approx = "either"
        if (
            value == 1
            and kind == "count"
            and not big
            and (
                post == "年"
                or after.startswith(_ONE_SPANS)
                or before[-1] == "兑"
                or _ONE_CURRENCY_TO.match(after)
            )
        ):
            # 1小时 "an hour", 一年 "a year", 兑1美元 and 1美元兑30.6元 "to the dollar",
            # 一等奖1注 "a first prize"
            soft = True
        if value == 1 and before.endswith("最近") and after[:1] in "次届期":
            soft = True  # 最近1次选举 "the last election"
        elif value == 1 and kind == "count" and before.endswith(_EACH_MORE):
            soft = True  # 每多1名子女 "for each additional child": the one goes unsaid
        elif (
            value == 1
            and kind == "count"
            and before.endswith(_NEW_ONE)
            and after[:1] in _ZH_MEASURES
        ):
            soft = True  # 新增1间服务中心 "a new service centre": the article's one
        elif (
            value == 1 and kind == "count" and before.endswith(_SUPPORTS) and after[:1] in "名个位"
        ):
            # 5名青壮年负担1名老人 "five … support each elderly person"; 1.85人争夺1个学位
            # "1.85 candidates for each place"
            soft = True
        if not post and after[:2] == "日前" and 1 <= value <= 31 and value == int(value):
            # 16日前 "by the 16th" (before the day; 3天前 is "three days ago")
            kind, also = "day", ((value, "ordinal"), (value, "count"))
        if value in (0, 12, 24) and after[:1] in "时点" and before.endswith(_MIDNIGHT_BEFORE):
            soft = True  # 午夜12时, 晚上12时 "at midnight": the hour said as a word
        if after[:2] == "个字" and value % 1 == 0.5:
            # 中4.5个字 (Hong Kong's Mark Six): four numbers and the extra one
            also = (*also, (value - 0.5, "count"))
        if before[-1] == "每" and kind == "count" and not _INTERVAL.match(after):
            soft = True  # 每10万人 "per 100,000": a rate's base, which the English may fold in
        elif value == 0 and kind == "count" and not approx and after[:1] in _ZH_MEASURES:
            soft = True  # 新增病例0例 "no new cases": zero said as "no", "none"
        elif value == 0 and (after[:2] in (":0", "比0") or before[-2:] in ("0:", "0比")):
            soft = True  # 0:0, 0比0 "a goalless draw"
        elif value == 0 and kind == "count" and _FROM_BIRTH.match(after):
            soft = True  # 0至6岁 "aged up to six", "under seven": the range from birth
        if not approx and kind == "count" and _BIRTH_TO.search(before) and after[:1] in "岁周个":
            approx = "either"  # 0至6岁 "six and under": the top of a range from birth
            if after[:1] in "岁周" and value.is_integer():
                also += ((value + 1, "agebelow"),)  # 0至14岁 "children under 15"
        if after[:2] == "分钟" and value % 15 == 0 and 0 < value <= 180 and not also:
            # 每30分钟 "every half hour", 90分钟 "an hour and a half"
            also = ((value / 60, "count"),)
        if soft and bare and num == "二" and not also and after[:1] not in _ZH_MEASURES:
            also = ((2.0, "ordinal"),)  # 二松 "the Second Songhua", 二中 "No. 2 Middle School"
        elif num == "二" and not pre and after[:1] == "次" and not big:
            also += ((2.0, "ordinal"),)  # 二次包装 "a second layer of packaging", 二次污染
        if num in ("两", "二") and after[:1] == "次" and _BETWEEN_TWO.match(after, 1):
            soft = True  # 两次间隔 "donations … apart": the two of an interval
        elif (
            num in ("两", "三")
            and after[:1] in "天日"
            and (_DAY_NAMED.search(before) or before.endswith("  "))
        ):
            # 周六、周日两天 "this Saturday and Sunday": the days, counted (a
            # weekday or a date read before is blanked)
            soft = True
        elif num == "两" and after[:1] == "个" and not (also or big):
            also = ((2.0, "factor"),)  # 两个加时 "double overtime"
        if kind == "count" and not also and after[:1] == "连" and after[1:2] in _STREAK_AFTER:
            also = ((value, "ordinal"),)  # “二十连增” "the 20th straight rise", 三连冠
        if pre and value == 1 and after[:1] in _ENUMERATED and "第二" + after[:1] in prepared:
            # 第一步…第二步: the first of an enumeration, which the English must
            # give (checks.py counts a bare 第一 as noise: "first of all")
            span += after[:1] + "…第二" + after[:1]  # (a text _noise tells apart)
        if before[-1] == "遥" and kind == "count":
            # 长征二号F遥二十一 "the 21st flight of the Long March-2F": a serial
            kind, also, soft = "ordinal", ((value, "count"),), True
        out.append(Number(value, kind, approx, span, not soft, also))
    if "不满" in prepared or "未满" in prepared or "不足" in prepared:
        # 已满十二周岁不满十四周岁 "aged 12 to 14", 三个月以上不满一年 "three months
        # to a year": a band's ends, which the English may give plainly
        bands = list(_BAND.finditer(prepared))
        ends = {e for m in bands for e in m.groups()}
        tops = {m[2] for m in bands}
        if ends:
            # (年满70周岁以上不满75周岁 "aged 70 to 74": the last whole year under the top)
            out = [
                n._replace(
                    approx="either",
                    also=(*n.also, (n.value - 1, n.kind))
                    if _ends_in(n.text, tops) and n.value.is_integer() and n.value > 1
                    else n.also,
                )
                if n.approx in ("more", "less") and _ends_in(n.text, ends)
                else n
                for n in out
            ]
    if "、" in prepared and ("以内" in prepared or "以下" in prepared or "以上" in prepared):
        # 进口30小时、出口1小时以内 "under 30 hours … under an hour": a bound after
        # the last of a list is each's, as a unit said once is
        bounds = {}
        for m in _LIST_BOUND.finditer(prepared):
            bounds[m[1]] = "more" if m[3] == "以上" else "less"
        if bounds:
            out = [
                n._replace(approx=bounds[n.text]) if n.text in bounds and not n.approx else n
                for n in out
            ]
    if "、" in prepared:
        # a list gives its count, which the English need not say again:
        # 北大湖、松花湖两大雪场 "the Beidahu and Songhua Lake resorts";
        # 前三名依序为甲、乙及丙 "highest in A, then B and C"
        counted = {
            m[2]
            for m in _LISTED_COUNT.finditer(prepared)
            if _zh_value(m[2]) == m[1].count("、") + 1
        }
        if "前" in prepared:
            counted |= {
                m[1]
                for m in _TOP_LISTED.finditer(prepared)
                if _zh_value(m[1])
                == m[2].count("、") + 1 + bool(_LAST_JOINED.search(m[2].rsplit("、", 1)[-1]))
            }
        if counted:
            out = [
                n._replace(strict=False) if n.kind == "count" and n.text in counted else n
                for n in out
            ]
    if "股" in prepared and "每" in prepared and _PER_SHARES.search(prepared):
        # 每10股派发现金红利2.5元 "0.25 yuan per share": the payout per share, and
        # the base said or not
        for m in _PER_SHARES.finditer(prepared):
            base, amount = float(m[1]), float(m[2])
            out = [
                n._replace(strict=False)
                if n.text == m[1]
                else n._replace(also=(*n.also, (round(amount / base, 6), "count")))
                if n.text == m[2] and n.kind == "count"
                else n
                for n in out
            ]
    if ("1" in prepared or "999" in prepared) and _SERVICE_NUMBER.search(prepared):
        # 120急救车 "ambulances", 拨打110 "called the police": a service's number,
        # which the English may give by the service's name
        called = {m[1] or m[2] for m in _SERVICE_NUMBER.finditer(prepared)}
        out = [n._replace(strict=False) if n.text in called else n for n in out]
    if "等" in prepared and "、" in prepared:
        # 欧元、日元等14种货币 "the euro, the yen and 12 other currencies": the
        # English may count only the ones it does not name
        others, closed = {}, set()
        for m in _LISTED_TOTAL.finditer(prepared):
            total, named = _zh_value(m[3]), m[1].count("、") + 1
            if total is not None and total == named + bool(_LAST_JOINED.search(m[2])):
                closed.add(m[3])  # 甲、乙和丙等3家: the three named, the count said or not
            elif total is not None and total > named:
                others[total] = total - named
        if closed:
            out = [
                n._replace(strict=False) if n.kind == "count" and n.text in closed else n
                for n in out
            ]
        if others:
            out = [
                n._replace(
                    # (not as one named and the others: 法国等6国)
                    also=(
                        *(k for k in n.also if k[1] not in ("others", "total")),
                        (others[n.value], "others"),
                    )
                )
                if n.value in others and n.kind == "count"
                else n
                for n in out
            ]
    return out


#: A number, then its magnitude at the start of a bracketed unit (3713（万TEU）).
_BRACKETED_MAGNITUDE = _lazy("(\\d[\\d,.]*)([（(])([万亿]+)(?=[^）)]{0,8}[）)])")
#: A hedge of three or more characters before a currency named before its number.
_HEDGE_BEFORE_CURRENCY = _lazy(
    "(不超过|不低于|不少于|不高于|不足|不到|至少|最高|最低|将近|接近|超过)"
    "(人民币|新台币|港币|澳门币|美元)(?=\\d)"
)
#: A payout per so many shares (每10股派发现金红利2.5元).
_PER_SHARES = _lazy(
    r"每(\d{1,3})股(?:派发?|派送|送)?(?:现金)?(?:红利|股利|股息)?(?:人民币)?(\d+(?:\.\d+)?)元"
)
#: An emergency or public service's number before what it names (120急救车,
#: 12345热线), or after 拨打 (拨打110).
_SERVICE_NUMBERS = "110|119|120|122|999|12345|12315|12320|12348|12355|12333|12368|12306|12123"
_SERVICE_NUMBER = _lazy(
    f"(?<![\\d.])({_SERVICE_NUMBERS})(?![\\d.])"
    "(?=急救|救护|指挥|报警|火警|消防|热线|平台|服务|接警|专线|中心|电话|便民|政务)"
    f"|(?<=拨打)({_SERVICE_NUMBERS})(?![\\d.])"
)
#: A list of named things before 等 and their total (欧元、日元等14种), the last
#: named apart (河北航空和顺丰航空等3家: a list the total closes).
_LISTED_TOTAL = _lazy(
    "((?:[^，。；：、\\s]{1,10}、)+)([^，。；：、\\s]{1,10})等"
    "(\\d+|[一二两三四五六七八九十]+)(?=[种个家项国名座所只类])"
)
#: The first number of a list of two whose last has a bound (30小时、1小时以内).
_LIST_BOUND = _lazy(
    "(?<![\\d.])(\\d+(?:\\.\\d+)?)(?=([^\\d、，。；,;A-Za-z]{1,3})、[^\\d、，。；,;]{0,4}"
    "\\d+(?:\\.\\d+)?\\2(以内|以下|以上))"  # (the same unit after each)
)
#: The first few (前3名) and the list of them that follows in the clause.
_TOP_LISTED = _lazy("前(\\d|[两三四五六七八九])(?:名|大|位)([^。；;]*)")
_LAST_JOINED = _lazy("[及和与與]")
#: A list of named things and their count just after it (甲、乙两大雪场,
#: 范家屯、公主岭、郭家店3个收费站).
_LISTED_COUNT = _lazy(
    "((?:[^，。；：、,;:\\s\\d]{2,10}、)+)[^，。；：、,;:\\s\\d]{2,10}?"
    "([两三四五六七八九]|(?<![\\d.])[2-9])(?=[大个家座所项条])"
)
#: A band: a floor (满, 以上), then a top under 不满: 已满1年不满10年.
_BAND_NUMBER = "(\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十百千万]+)"
_BAND = _lazy(
    _BAND_NUMBER
    + "[^\\d，。,；;零一二两三四五六七八九十百千万]{0,4}?(?:以上)?(?:不满|未满|不足)"
    + _BAND_NUMBER
)


def _ends_in(text: str, ends: set[str]) -> bool:
    """Whether a number read as ``text`` (十四, 10年) is one of the ``ends``."""
    return any(text.startswith(e) and not text[len(e) : len(e) + 1].isdigit() for e in ends)


_HAS_UNIT = _lazy("[百千万亿]")
_SIZES = {"百": 100.0, "千": 1e3, "万": 1e4, "亿": 1e8}
#: A list whose last item carries the suffix of every item (一、二、三等奖,
#: 三、四线城市, 一、二级医院): the suffix given to each (第二、三批 is read as
#: a list already).
_LIST_SUFFIX = _lazy(
    r"(?<![\d一二三四五六七八九十第])([一二三四五六七八九十\d]{1,2})、"
    r"(?=(?:[一二三四五六七八九十\d]{1,2}、)*[一二三四五六七八九十\d]{1,2}(等奖|等功|级|线|批))"
)
_LIST_SUFFIX_HINT = _lazy("、[一二三四五六七八九十\\d]{1,2}(?:等奖|等功|级|线|批)")
#: 半吨, 半亩: half of a measure (not 大半, 一半, 过半, nor 半斤八两, "six of one").
_HALF_MEASURE = _lazy(
    "(?<![大小多过逾超近上下前后一两二三四五六七八九十个\\d])半(吨|公斤|斤(?!八两)|亩|公里|米|升)"
)
#: 减半, 砍半, 腰斩: halved.
_HALVED = _lazy("减半|砍半|腰斩")
#: 半价, 打对折: half price.
_HALF_PRICE = _lazy("半价|对折")
#: 第（二）项: an ordinal in brackets, as laws number their items.
_PAREN_ORDINAL = _lazy("第[（(]([一二三四五六七八九十]{1,3}|\\d{1,2})[）)]")
#: 一刻钟, 三刻钟: quarters of an hour.
_QUARTER_HOURS = _lazy("([一两二三]|[1-3])刻钟")
#: Spoken two and three: 他俩, 咱仨 (not 伎俩, "a trick").
_TWO_THREE = _lazy("(?<!伎)俩|仨")
#: Set phrases whose numerals count nothing ("by fits and starts", "all year
#: round", "in a great hurry"), and that a numeral and a measure word would
#: otherwise make a number the English must give.
_IDIOMS = _lazy(
    "三天打鱼两天晒网|三天两头|一年四季|一年半载|三年五载|十年磨一剑|三番五次|一日千里"
    "|三头六臂|五花八门|十万火急"
    "|二维码"  # "a QR code" (a two-dimensional one)
    "|二手"  # 二手房 "resale homes", "second-hand" (read as no number in English too)
)
#: What follows 毫 when it is a thousandth (毫米 mm, 毫克 mg), not ten cents.
_MILLI_UNITS = frozenset("米克升秒安瓦伏巴")
#: What follows 一毫 when it is not ten cents: 一毫米, 一毫不差 (not a hair off).
_NOT_TEN_CENTS = _MILLI_UNITS | frozenset("不无之也")
#: 7元3角: HK$7.30, read as one sum.
_YUAN_JIAO = _lazy(r"(?<![\d.])(\d+)元(\d)角")
#: A range of dimes whose first end leaves 角 to the second (五至八角).
_JIAO_RANGE = _lazy("([一二两三四五六七八九])([至到])(?=[一二两三四五六七八九]角)")
#: Sums as they are spoken: 两块五 (2.5 yuan), 三块八毛五 (3.85), 五块钱, 一毛五
#: (0.15), 五毛钱. A 块 with neither 钱 nor a numeral after it counts pieces
#: (三块金牌), and a 毛 or 角 needs one too (一毛不拔, 三角洲).
_SPOKEN_YUAN = _lazy(
    r"(?<![\d.零一二两三四五六七八九十百千万亿])(?:"
    r"(?P<yuan>\d+|[一二两三四五六七八九十]{1,3})块(?:钱|(?P<jiao>[一二两三四五六七八九])"
    r"(?:[毛角](?P<fen>[一二三四五六七八九])?)?(?![块十百千万亿\d]))"
    r"|(?P<dime>[一二两三四五六七八九])[毛角](?:钱|(?P<cent>[一二三四五六七八九])"
    r"(?![块十百千万亿\d])|(?<=角)(?=[，。；、,或及以至到]|$)))"  # 上调最多四角 "40 cents"
)


def _spoken_yuan(m: re.Match[str]) -> str:
    if m["dime"]:
        return f"0.{_ZH_DIGITS[m['dime']]}{_ZH_DIGITS[m['cent']] if m['cent'] else ''}元"
    yuan = int(_value(m["yuan"]) or 0)
    if not m["jiao"]:
        return f"{yuan}元"
    return f"{yuan}.{_ZH_DIGITS[m['jiao']]}{_ZH_DIGITS[m['fen']] if m['fen'] else ''}元"


#: 上旬, 中旬, 下旬: the first, middle and last ten days of a month.
_TEN_DAYS = _lazy("([上中下])旬")
#: 前年, 大前年 (not 三年前年产: a count of years, then 年产; nor 前年度, Taiwan's "last year").
_YEAR_BEFORE_LAST = _lazy("(?<!年)(大)?前年(?![度均])")
_YEARS_AND_A_HALF = _lazy(
    r"(?<![\d.一二两三四五六七八九十])(\d{1,2}|[一二两三四五六七八九十]{1,3})年零?六个月"
)
_KERNEL_WEIGHT = _lazy("(?<![\\d一二两三四五六七八九十])([百千])粒重")
_HOURS_AND_A_HALF = _lazy(
    r"(?<![\d.一二两三四五六七八九十])(\d{1,2}|[一二两三四五六七八九十]{1,3})个?小时(?:30|三十)分(?!之)钟?"
)
_SUB_ARTICLE = _lazy("(?<=条)之([一二三四五六七八九])")
_PERCENT_RANGE = _lazy(
    r"百分之(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)([至到\-—~])"
    r"(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)(?![\d%百千万亿点])"
)
_LIST_NUMERAL = "[零〇一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?"
#: 百分之 said once before a list of numerals that all are shares.
_PERCENT_LIST = _lazy(
    "百分之(" + _LIST_NUMERAL + "(?:[、和及与]" + _LIST_NUMERAL + ")+)(?=[，。,;；）)]|$)"
)
#: 半成: half a tenth, 5% (not 五成半, 55%, nor 半成品).
_HALF_TENTH = _lazy("(?<![一二两三四五六七八九十\\d成])半成(?![品本熟])")
#: A bound and the share it bounds (不得低于…的23%), moved next to the share.
_QUALIFIED_SHARE = _lazy(
    "((?:不得|不)(?:低于|少于|高于|多于|超过))([^，。；,;]{1,24}?的(?=[\\d一二三四五六七八九十百])"
    # (减持不超过公司总股本1% "no more than 1 percent of the company's shares")
    "|[\u4e00-\u9fff]{1,12}?(?:股本|总额|总量|总数|面积|人口|收入|资产)(?=\\d+(?:\\.\\d+)?%))"
)
#: A hedge before what a percentage or a multiple is of (超过全省的80% "more
#: than 80% of the province's", 接近全国的三倍 "nearly three times the
#: country's"), moved next to the number.
_HEDGED_SHARE = _lazy(
    "(?<!不)(?<!不得)(超过|超出|逾|不足|不到|接近|将近|未达)([\u4e00-\u9fff]{1,12}(?:的|数))"
    "(?=\\d+(?:\\.\\d+)?%|一半|(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]+)倍)"
)  # (未达应选名额选举人数10% "less than 10 percent of the quota": a count's share)
#: A floor and a ceiling, as statutes give a penalty: 一倍以上五倍以下.
#: Only when the ceiling is the next number (60岁以上老人和6岁以下儿童: two bounds).
_BOUNDS = _lazy(
    "以上([、，,]?)((?=[\\d一二两三四五六七八九十百千万])(?:\\d,(?=\\d)|[^，。；,;和与及、或]){1,12}?)以下"
)
#: A hedge before two or more rate bases (不低于每人每年640元), which the five
#: characters read before a number would not reach.
_HEDGE_PAST_BASES = _lazy(
    "(不低于|不少于|不超过|不高于|最高|最低|超过|约)((?:每[\u4e00-\u9fff]{1,2}?){2,3})(?=\\d)"
)
#: The digits of a bound, and their 万 or 亿.
_BOUND_DIGITS = _lazy(r"(\d[\d,]*(?:\.\d+)?)([万亿]?)")


def _bounded_range(m: re.Match[str], text: str) -> str:
    """A floor and a ceiling as one range (至), when the ceiling follows at
    once; after a pause (10万元以上、2000万元以下) only when the ceiling is
    the higher (not 60岁以上、6岁以下: two groups)."""
    if not m[1]:
        return "至" + m[2]
    floor = list(_BOUND_DIGITS.finditer(text, max(0, m.start() - 12), m.start()))
    ceiling = _BOUND_DIGITS.match(m[2])
    if not floor or ceiling is None:
        return m[0]
    low = float(floor[-1][1].replace(",", "")) * _ZH_BIG.get(floor[-1][2], 1)
    high = float(ceiling[1].replace(",", "")) * _ZH_BIG.get(ceiling[2], 1)
    return "至" + m[2] if low < high else m[0]


#: Reign titles of the Tang, Ming and Qing, whose years are counted from the
#: accession (民国 is read as a year of its own).
_REIGNS = frozenset((
    "贞观", "开元", "天宝", "洪武", "永乐", "宣德", "正统", "成化", "弘治", "正德", "嘉靖",
    "隆庆", "万历", "天启", "崇祯", "顺治", "康熙", "雍正", "乾隆", "嘉庆", "道光", "咸丰",
    "同治", "光绪", "宣统",
))  # fmt: skip
#: Spans of time that English counts with "a": an hour, a day, a month.
_ONE_SPANS = ("小时", "天", "个月", "周", "星期", "分钟", "个小时", "个星期", "日内", "注", "夜")
#: 2米33, 1米8: metres and centimetres, as a height or a jump is said.
_METRES = _lazy(r"(?<![\d.])(\d{1,2})(米|公尺)(\d{1,2})(?![\d.万亿千百米厘公])")
#: 第一、 before a numeral: a list of ordinals (第一、二名).
_ORDINAL_LIST = _lazy("第[一二三四五六七八九十\\d]{1,3}(?:、[一二三四五六七八九十\\d]{1,2})*、$")
_RATE_BASES = {"10万": 100_000, "100000": 100_000, "1万": 10_000, "万": 10_000, "10000": 10_000,
               "1000": 1_000, "千": 1_000, "100": 100, "百": 100, "十万": 100_000,
               "百万": 1_000_000}  # fmt: skip
#: Words of growth before a percentage (增长200% is also "tripled") or N倍
#: (增长1.2倍 is "up 120%", or "2.2 times" as much).
_GROWTH = frozenset(("增长", "增加", "上升", "提高", "上涨", "扩大", "同比", "长了", "加了",
                     "提升", "攀升", "跃升", "涨了", "升了", "增率",
                     "高出", "多出",
                     "偏多", "偏高"))  # fmt: skip  # 高出两倍 "triple": by 200%; 偏多1倍 "double"
#: A rate of growth, whose negative figure is a fall (同比增幅-6.5% "down 6.5 percent").
_RATES_OF_GROWTH = frozenset(("增幅", "涨幅", "升幅", "增速"))
#: A rate just before a bare number: its unit, %, goes without saying.
_RATE_BEFORE = _lazy("(?:率|比重|占比)(?:破|达|为|超|超过|突破|达到|仅|约|近)?$")
#: Chinese units the English may convert, longest first: 斤 to tonnes or
#: kilograms, 亩 to hectares, tonnes to kilograms and back, kilowatts to mega-
#: and gigawatts, kilowatt-hours to mega-, giga- and terawatt-hours.
_CONVERSIONS = (
    ("千瓦时", (1e-3, 1e-6, 1e-9)), ("千瓦", (1e-3, 1e-6)), ("公斤", (1e-3,)),
    ("千克", (1e-3,)), ("吨", (1e3,)), ("斤", (1 / 2000, 1 / 2)), ("亩", (1 / 15,)),
    ("瓩", (1e-3, 1e-6)),  # Taiwan's kilowatt
    # 5000米 "5 km", 10万平方米 "10 hectares" (not 公里 as metres: 100万公里 is
    # then "a billion kilometres", the error a unit word would show)
    ("米", (1e-3,)), ("平方米", (1e-4,)),
    ("像素", (1e-6,)),  # 5000万像素 "50 megapixels", "50MP"
    ("画素", (1e-6,)),  # Taiwan's 5000萬畫素
)  # fmt: skip
_CONVERTED = frozenset(unit[0] for unit, _ in _CONVERSIONS)


def _converted(value: float, factor: float) -> float:
    """``value`` in another unit, to twelve significant digits, as a key keeps
    them (320万千瓦 × 10⁻⁶ would be 3.1999… gigawatts)."""
    return float(f"{value * factor:.12g}")


def _conversions(after: str) -> tuple[float, ...]:
    for unit, factors in _CONVERSIONS:
        if after.startswith(unit):
            return factors
    return ()


#: 5千万, 1.2千亿, 3百万, 2.5千吨: Arabic digits before 千 or 百 as a magnitude
#: (not the kilo- of 千克, 千米, 千瓦 …).
_DIGITS_HUNDREDS = _lazy(r"(?<![\d.,])(\d+(?:\.\d+)?)([百千])(?![克米瓦伏帕卡焦兆赫分字])")


#: Arabic digits and magnitudes in turn: 3万5千 (35,000), 1千5百万 (15 million),
#: 2亿5千万 (250 million); not the kilo- of 千克, 千米, 千瓦 at the end.
#: An odd amount between a digit's 千 or 百 and the 万 after it (3亿5千多万).
_ODD_BEFORE_WAN = _lazy(r"(?<=\d)([千百]?)([多余几])(万)")
_MIXED = _lazy(
    r"(?<![\d.])(?<!\d,)(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[十百千万亿]+"
    r"(?:零?\d{1,3}(?:,\d{3})+[十百千万亿]+|零?\d+[十百千万亿]+)+"
    r"(?![克米瓦伏帕卡焦兆赫分字])"  # 3亿2,000万, 2亿零500万 (Taiwan, Hong Kong)
)
_MIXED_PARTS = _lazy(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)|([十百千万亿])")


#: A span of years written digit by digit (二零二三至二四年度, 二〇二七/二八), before
#: 年 or 财政年度, or before the next span of a range (至二〇三六/三七年度).
_YEAR_DIGITS = _lazy(
    "(?<![一二三四五六七八九十〇零百千万亿])([一二][〇零一二三四五六七八九]{3})"
    "([/至到—－-])([〇零一二三四五六七八九]{2,4})(?=年|财政?年|课税年|学年|[至到—－-][一二][〇零])"
)
_DIGIT_OF = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def _year_digits(m: re.Match[str]) -> str:
    return m[1].translate(_DIGIT_OF) + m[2] + m[3].translate(_DIGIT_OF)


#: 4万5,000, 1万2345: ten-thousands, then the rest in digits (Taiwan's way).
_WAN_TAIL = _lazy(
    r"(?<![\d.])(?<!\d,)(\d{1,3}(?:,\d{3})+|\d+)万(\d,\d{3}|\d{1,4})(?![\d.,十百千万亿])"
)


def _wan_tail_value(m: re.Match[str]) -> str:
    return str(int(m[1].replace(",", "")) * 10_000 + int(m[2].replace(",", "")))


def _mixed_value(m: re.Match[str]) -> str:
    """The value of a run of digits and magnitudes, read as a Chinese numeral is."""
    parts = [float(number.replace(",", "")) if number else unit
             for number, unit in _MIXED_PARTS.findall(m[0])]  # fmt: skip
    value = _place_value(parts) or 0.0  # every part is a number or a magnitude
    return f"{value:.12g}" if value < 1e15 else m[0]


def _times_hundreds(m: re.Match[str]) -> str:
    value = float(m[1]) * (1000 if m[2] == "千" else 100)
    return f"{value:.12g}" if value < 1e15 else m[0]


#: A system named for the member it adds: 第三条跑道系统 "the three-runway system".
_NAMED_SYSTEM = _lazy("[条座个]?[\u4e00-\u9fff]{1,2}系统")
#: 负 that ends a word (肩负, 担负 "shoulder") rather than a minus sign.
_CARRY = frozenset("肩担身背胜抱辜欠自正减欺")  # 减负11.2亿元 "cut costs by 1.12 billion"
#: 五六百, 三四十, 七八千: two neighbouring digits before a unit, a rough range.
_ZH_ROUGH = _lazy("([一两二三四五六七八])([二两三四五六七八九])([十百千万])([万亿]*)")
#: 一千二三百, 两万七八千: the same after a number's higher places.
_ZH_ROUGH_TAIL = _lazy(
    "([一二两三四五六七八九十百千万]+[百千万])([一两二三四五六七八])([二三四五六七八九])([十百千])?"
)
#: The place below a magnitude, which a spoken rough range leaves unsaid
#: (一千二三 "1,200 or 1,300", 三万五六 "35,000 or 36,000").
_PLACE_BELOW = {"百": "十", "千": "百", "万": "千"}
#: 80后, 00后: people born in a decade; 95后, 05后: in its second half ("born
#: after 1995").
_GENERATIONS = {"50": 1950, "60": 1960, "70": 1970, "80": 1980, "90": 1990, "00": 2000,
                "10": 2010, "55": 1955, "65": 1965, "75": 1975, "85": 1985, "95": 1995,
                "05": 2005, "15": 2015}  # fmt: skip
#: Characters after which a hyphen is a dash between numbers, not a minus sign.
_NOT_A_SIGN = set("0123456789%‰" + _ZH_NUMERAL) | set(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)
#: Measure words of time: 近 before them is as often "the past" as "nearly".
_DURATIONS = set("年月天日周")


def _duration(post: str, after: str) -> bool:
    # (近三个交易日 "the past three trading days")
    return (
        post in ("年", "日")
        or after[:1] in _DURATIONS
        or after[:2] == "个月"
        or after.startswith(("个交易日", "交易日"))
    )


_MAGNITUDES = {"十": 10, **_ZH_UNITS, **_ZH_BIG}
#: A range whose first number leaves its magnitude to the second (30—50万元,
#: 三至五亿): the first takes it too.
_ZH_SHARED = _lazy(
    # (not after a first end that has its own 万 or 亿: 二十九亿至四十亿)
    r"(?<![\d.])(\d+(?:\.\d+)?|[" + _ZH_NUMERAL + r"]*[零〇一二两三四五六七八九十百千])"
    r"(\s*[-—–~～至到、]\s*(?:\d+(?:\.\d+)?|[" + _ZH_NUMERAL + r"]+?))([万亿]+)"
)  # (1、2亿 "100 million or 200 million" too)
#: A hedge said once before two numbers joined by 及, 和, 与 or 、 covers both
#: (the Chinese twin of :data:`_HEDGE_SHARED`): 超过15万及14万, 分别不低于2.775%和3.325%.
_ZH_HEDGE_SHARED = _lazy(
    r"(超过|逾|约|将近|接近|近|不到|不足|不低于|不少于|不高于|不超过)(\d[\d,.]*[万亿]?[%‰]?)(及|和|与|、)"
    r"(?=\d)"
)

#: A peak or a floor named once before the numbers it is each of (最高…分别为A和B,
#: with 最高 already moved next to A: 分别为最高A和B).
_ZH_EXTREME_EACH = _lazy(
    r"(?<=分别为)(最高|最多|最低|最少)(\d[\d,.]*[万亿]?[\u4e00-\u9fff]{0,3})(和|及|与|、)(?=\d)"
)

#: 约 before a range is both ends' (约8000至7500年 "about 7,500 to 8,000 years"),
#: as "about" is in English (:data:`_HEDGE_RANGE`): either side may name the
#: ends in either order.
_ZH_HEDGED_RANGE = _lazy(
    r"((?<![大节签合预履违公协条契制简特])约|大约)(\d[\d,.]*[万亿]?年?[至到~～—－-])(?=\d)"
)

#: 兆 as Taiwan and Hong Kong write a trillion (1兆2千億), not the mega- of 兆瓦.
_TRILLION = _lazy(
    r"(?<![\d.])(?<!每秒)(\d+(?:\.\d+)?)兆(?:(\d+)千(?:(\d+)百)?亿|(\d+(?:,\d{3})*(?:\.\d+)?)亿)?"
    r"(?:(\d{1,4})万(\d{1,4}(?![\d万亿]))?)?"
    r"(?![瓦赫帕字焦欧比位宽带])"  # 每秒1000兆, 100兆宽带: mega-
)


def _in_yi(m: re.Match[str]) -> str:
    """A sum in 兆 written in 亿, the magnitude the rest of the rules read."""
    yi = float(m[1]) * 10_000 + int(m[2] or 0) * 1000 + int(m[3] or 0) * 100
    yi += float((m[4] or "0").replace(",", ""))  # 2兆1,617億 (Taiwan)
    yi += int(m[5] or 0) / 10_000 + int(m[6] or 0) / 100_000_000  # …亿9555万, …万9000
    return format(round(yi, 8), "f").rstrip("0").rstrip(".") + "亿"


#: A range whose first number leaves its unit to the second (2至3个百分点, 6-7%).
#: 一到两成, 三至四成, 2至5成: the 成 is both ends' (10 to 20 percent).
_TENTHS_RANGE = _lazy(
    "(?<![\\d.一二两三四五六七八九十])([1-9一二两三四五六七八九])([到至~～—－-])"
    "(?=(?:[1-9]|[一二两三四五六七八九十])([成折]))"
)
_ZH_SHARED_POST = _lazy(
    r"(?<![\d.])(\d+(?:\.\d+)?(?:、\d+(?:\.\d+)?)*)(\s*[-—–~～至到、和及与]\s*\d+(?:\.\d+)?)"
    r"(%|‰|个百分点|个百分比|毫(?![" + "".join(sorted(_MILLI_UNITS)) + r"])"
    r"|日(?![报元前后益常]))"  # 19至22日: the 19th to the 22nd
)


#: Numerals written digit by digit, with no place (一二二, 一六七点三八): three
#: digits or more, or two before a decimal point; not a list (一二三等奖,
#: 一二线), a rank (第三四名) nor weekdays (星期一二三四五, 周二四六).
_DIGIT_RUN = _lazy(
    "(?<![第〇○零一二两三四五六七八九十百千万亿点\\d期周拜])"
    "([〇○一二三四五六七八九]{3,}|[〇○一二三四五六七八九]{2,}(?=点[〇○零一二三四五六七八九]))"
    "(?:点([〇○零一二三四五六七八九]+))?"
    "(?![十百千万亿〇○零一二两三四五六七八九等期线级批类号届])"
)


def _digit_run(m: re.Match[str]) -> str:
    """A run of numerals written digit by digit, in digits."""
    if len(m[1]) == 4 and m[1][0] == m[1][1] and m[1][2] == m[1][3] and not m[2]:
        return m[0]  # 七七八八 "most of": an idiom
    whole = m[1].translate(_DIGIT_OF)
    return whole + ("." + m[2].translate(_DIGIT_OF) if m[2] else "")


#: A list of percentage points with 个 after each and 百分点 after the last.
_POINTS_SPLIT = _lazy(r"(?<![\d.])(\d+(?:\.\d+)?)个(?=(?:[和及与、]\d+(?:\.\d+)?个)+百分点)")


def _shared_post(m: re.Match[str]) -> str:
    """A unit said once after a range or a list, written after each number."""
    return "".join(item + m[3] + "、" for item in m[1].split("、"))[:-1] + m[2] + m[3]


def _magnitude_alone(before: str, num: str, more: str, post: str, after: str) -> Number | None:
    """A magnitude said with no count before it: 百余家 (more than 100), 近百家,
    上千名, 万余人次, 百亿元, 每万人, 世界百强; not 百姓 or 万一.

    Said with 余/多 it is a number the English must give; otherwise it may
    be said in words (上千名 "thousands of"), so it is not missed.
    """
    value, last = 1.0, 0
    for ch in num:
        size = _MAGNITUDES.get(ch, 0)
        if size <= last:
            return None  # 亿万, 千百万: idioms for "countless"; or digits mixed in
        value, last = value * size, size
    # 破万, 过万 "more than 10,000" (not 万一, "in case", after 不过)
    qualified = before[-1] in "近上逾超约数几每破过" and not (num == "万" and after[:1] == "一")
    if (after[:1] == "级" or (after[1:2] == "级" and after[:1] in "吨瓦元")) and not more:
        # 百亿级项目 "projects worth 10 billion yuan or more", 万亿级 "the trillion-yuan
        # mark", 万吨级泊位 "berths for ships of 10,000 tonnes or more"
        return Number(value, "count", "either", num + post, False)
    if after[:2] in ("金股", "元股") and not (more or post):
        # 千金股, 千元股 (Taiwan's papers): shares priced at 1,000 or more
        return Number(value, "count", "more", num + after[:2], False)
    if (
        num in ("千万", "百万")
        and after[:1] in "特大奖富"
        and not (more or post or after.startswith(_A_BAR))
    ):
        # 千万特别奖 "the NT$10 million special prize", 百万富翁 "millionaires":
        # a prize's size, which the English may give (not 千万不要, "by no means")
        return Number(value, "count", "", num + after[:1], False)
    if not (more or post or qualified or after[:1] in _ZH_MEASURES or after[:1] == "强"):
        return None
    if more:
        approx = "more"
    elif before[-1] in "上数几":
        approx = "either"  # 上千 "a thousand or more", 数百 "several hundred", 几千
    else:
        approx = _zh_qualifier(before, after)
    # 百年一遇 "once in a century": a flood's return period, which the English gives
    period = post == "年" and after[:2] == "一遇"
    return Number(value, "count", approx, num + more + post, bool(more) or period)


def _times(value: float, before: str) -> tuple[Key, ...]:
    """The other readings of N倍: after a word of growth, an increase by N × 100%
    (also N + 1 times as much, or doubled for 1倍); else N times as much."""
    grown = before.removesuffix("超过").removesuffix("超出").rstrip("了近约超逾达将接整")
    if grown[-2:] in _GROWTH or grown[-1:] == "增":  # 增加了将近一倍, 增长了整整一倍, 增逾一倍
        return (round(100 * value, 6), "percent"), (value + 1, "count"), (value + 1, "factor")
    return ((value, "factor"),)


def _clock(value: float, before: str) -> tuple[Key, ...]:
    """The other reading of an hour (14时, 下午3点): on the 12-hour clock, or the 24-hour one."""
    if 13 <= value <= 24:
        return ((value - 12, "count"),)
    if value == 0:
        return ((12.0, "count"),)  # 凌晨0时44分 "12:44 a.m."
    if 1 <= value <= 11 and before[-2:] in ("下午", "晚上", "傍晚", "晚间"):
        return ((value + 12, "count"),)
    return ()


def _value(num: str) -> float | None:
    if num[0].isdigit():
        return float(num.replace(",", ""))
    if "点" in num:
        whole, _, frac = num.partition("点")
        w = _zh_numeral(whole)
        scale = 1
        while frac and frac[-1] in _ZH_BIG:  # 二点八亿: 280 million
            scale, frac = scale * _ZH_BIG[frac[-1]], frac[:-1]
        digits = "".join(str(_ZH_DIGITS.get(ch, "")) for ch in frac)
        return None if w is None or not digits else float(f"{int(w)}.{digits}") * scale
    return _zh_numeral(num)


#: What a number after "under" may be that rules or files rather than caps:
#: "under 15 kings", "under 12 programmes".
_GOVERNING = _lazy(
    r" (?:successive )?(?:kings|emperors|rulers|khans|monarchs|dynasties|reigns|programmes"
    r"|programs|categories|headings|schemes)\b"
)
#: A distance and 内 after it: 5公里范围内, 500米内 "within 500 meters".
_WITHIN_DISTANCE = _lazy("(?:公里|千米|米|海里)(?:范围|半径)?以?内")
#: Units of an interval after 每 (每30分钟一班 "every 30 minutes"): said, unlike a rate's base.
_INTERVAL = _lazy("分钟|小时|秒|天|年|个月|周")
#: Once in each period, said in a word (每年一次 "annual").
_ONCE_A_PERIOD = _lazy(r"\b(?:annual|annually|yearly|daily|weekly)\b")
#: The minutes after the colon of a clock time (17:00, 9:30), not a ratio's
#: second term (1:50000).
_MINUTES = _lazy(r":[0-5]\d(?!\d)")
#: Parts of the day before a clock time (下午二时).
_DAY_PARTS = frozenset(("上午", "下午", "凌晨", "早上", "晚上", "中午", "傍晚", "清晨", "夜间",
                        "晚间", "早晨", "深夜", "午夜"))  # fmt: skip
_ZH_MEASURES = set(
    "个项位名人家户次年月日天岁元亿万件条座所只种批份篇部台辆米吨倍亩公里里期届项度季"
    "起例场处张株棵头匹斤克列架艘栋套间所门趟层轮支股队站时点级车票夜口"
)

#: What ends a place's name (九台区 Jiutai District) after a numeral and a
#: measure word; with a word that counts places (三个区) it is a count.
_PLACE_ENDS = frozenset("区县市镇乡屯村河山堡沟")
_COUNTED = frozenset("个座家所名处条项位户批")

#: A year not given as a number: it stands for the other side's year.
#: (按年 "year on year" names the year before: "over the same period in 2024")
_ZH_RELATIVE_YEAR = _lazy("[今去明前上本当同按]年(?!代|级|度|纪|龄|轻)")
_EN_RELATIVE_YEAR = _lazy(
    r"\b(?:this|last|next|previous|that|the same|a) year\b|\byear(?:-on-| on )year\b"
    r"|\ba year (?:earlier|ago|before)\b"
)


def relative_year(zh_prepared: str) -> int:
    """How many years a Chinese text names relative to now (今年, 去年 …)."""
    return len(_ZH_RELATIVE_YEAR.findall(zh_prepared)) if "年" in zh_prepared else 0


def en_relative_year(lowered: str) -> int:
    """How many years an English text names relative to now (this year, last year …)."""
    return len(_EN_RELATIVE_YEAR.findall(lowered)) if "year" in lowered else 0


# --- English ------------------------------------------------------------------

_EN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}  # fmt: skip
_EN_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}  # fmt: skip
_EN_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000,
              "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
              "bn": 1_000_000_000, "mln": 1_000_000, "tn": 1_000_000_000_000,
              # wire shorthand: 5.6 bln, 3.2 trln, $5mn
              "bln": 1_000_000_000, "trln": 1_000_000_000_000, "mn": 1_000_000,
              "tln": 1_000_000_000_000, "trn": 1_000_000_000_000,
              # 每秒100亿亿次 "1 exaflop": operations a second
              "exaflop": 10**18, "petaflop": 10**15, "teraflop": 10**12}  # fmt: skip
_GLUED_SCALES = {"k": 1_000, "m": 1_000_000, "b": 1_000_000_000, "t": 1e12}
_EN_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
    "twentieth".split())} | {f"{w[:-1]}ieth": 10 * (i + 3) for i, w in enumerate(
    "thirty forty fifty sixty seventy eighty ninety".split())}  # fmt: skip
_WORDS = sorted([*_EN_UNITS, *_EN_TENS], key=len, reverse=True)
_WORD = "|".join(_WORDS)
#: A point moved by, with the article: "lost a point", "rose by a point".
_A_POINT = _lazy(
    r"\b(?:lost|gained|added|shed|dropped|fell|rose|slipped|climbed|up|down|by)"
    r"( a (?:single )?point)\b(?! of\b)"
)
#: Hedges that may stand before "every" and its number ("about every 90 minutes").
_HEDGE_BEFORE_EVERY = (["about"], ["around"], ["roughly"], ["approximately"], ["some"])
#: A hedge before "once in" or "once every" (the "once" read before, so blanked).
_HEDGED_ONCE = _lazy(r"\b(?:about|around|roughly|approximately|some)( (?:once| {4}) (?:in|every))$")
#: A quantity and its unit before "a second": a rate ("7.9 km a second", 每秒7.9公里;
#: a run of blanks is a number form read before, "10 to the 16th neutrons a second").
_RATE_BEFORE_A = _lazy(r"(?:\d(?:[\d.,]*)?|   ) ?[a-z]+(?: of [a-z]+)? a $")
#: What follows "a second" that is the unit of time: "a second of error", "in a second."
_A_SECOND = _lazy(r"(?: of\b| or\b| per\b| earlier\b| later\b|[.,;:)]|$)")
#: A period that a count of times is per: "twice a year", "twice weekly".
_PER_PERIOD = _lazy(
    r" (?:a|an|per|every) (?:year|month|week|day|season|term)\b"
    r"| (?:yearly|annually|monthly|weekly|daily)\b"
)
#: The ordinal that ends twenty-third, forty-first.
_ORDINAL_UNIT = _lazy(r"[- ](first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b")
_DIGIT_WORD = "one|two|three|four|five|six|seven|eight|nine"


def _after_first(words: list[str]) -> str:
    """An alternation of ``words`` for after their first letter, already matched.

    ``(?<=t)(?:wo|en)|(?<=o)ne`` for two, ten, one: words keep their order
    within a first letter, and words of different first letters exclude each other.
    """
    by_letter: dict[str, list[str]] = {}
    for w in words:
        by_letter.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"(?<={k})(?:{'|'.join(rest)})" for k, rest in by_letter.items())


# The pattern starts with one character class, a digit or the first letter of
# a number word, which the engine can skip ahead to; the rest of each
# alternative checks that letter by looking back. (A qualifier before the
# number is read separately: an optional prefix would have the engine try the
# whole pattern at every character.)
_EN_NUMBER = _lazy(
    r"[0-9zotfsen](?<!\w.)"  # the first character, at the start of a word
    r"(?:(?<=[0-9])(?P<digits>\d*(?:,\d{3})*(?:\.\d+)?)"
    r"(?!\.\d+(?!(?:am|pm)\b)[a-z])"  # (not the 1 of "1.5T"; 3.45am is a time)
    # 1st; 25c, 3km; 3.5pc, 30pct
    r"(?:(?P<suffix>st|nd|rd|th)|(?P<pc>pct|pc)|km|kg|mm|cm|kwh|kw|mw|gw|ha|lbs?|hrs?|mins?|c|f|gb|mb|tb|ghz"
    r"|mhz|hz|nm"
    r"|mah|mp|w|x|cc"  # 5,000mAh, 50MP, 120W; 18x earnings; 125cc
    r"|(?<![.,:]\d)(?<![.,:]\d\d)(?:am|pm))?"  # 8pm (9.40am is a clock time: read as one)
    # twenty-three, forty five; not "seven three-pointers"
    r"|(?P<words>(?:" + _after_first(_WORDS) + r")(?:(?<=ty)[- ](?:" + _DIGIT_WORD + r"))?"
    r"(?:[- ]hundred(?: and)?(?: (?:" + _WORD + r")(?:-(?:" + _WORD + r"))?)?)?)"
    r"|(?P<ord>" + _after_first(list(_EN_ORDINALS)) + r"))"
    r"(?P<scale>(?: ?(?:bn|bln|mln|mn|tn|trln|tln|trn|exaflops?|petaflops?|teraflops?)"
    # "100 millions" (sic), "1.2billion" (a page's lost space)
    r"|(?:(?:[- ]|(?<=\d))(?:hundred|thousand|million|billion|trillion)s?)+"
    # the 20 millionth; 1.2m, 500k; "1t yuan" (not "10t of steel", tonnes)
    r"(?P<scaleth>th)?|(?<=\d)(?P<glued>[kmb]|t(?= (?:yuan|rmb|dollars|usd))))?)"
    r"(?:\b|(?=bps?\b|ppts?\b))"  # "25bps", "10ppts": a unit glued on
    r"(?P<post>%| percentage points?| of a percentage point| percent| per cent"
    r"|-percentage-points?|-percent"  # "a 0.3-percentage-point drop"
    r"|-per-cent| pct points?| pct pts?| pct|‰"
    r"| per thousand| per mille"
    r"| basis points?| ?bps?\b| ?ppts?\b| pp\b| pc\b)?"
)  # matched against lower-cased text: case-insensitive matching is several times slower
_EN_APPROX = {"more than": "more", "over": "more", "exceeded": "more", "exceeding": "more",
              "exceeds": "more", "surpassed": "more", "topped": "more", "top": "more",
              "tops": "more", "exceed": "more", "surpass": "more", "surpasses": "more",
              "topping": "more", "surpassing": "more",  # 突破500万元 "topping 5 million"
              "above": "more", "beyond": "more",  # 超过3人 "beyond three"
              "least": "more", "excess of": "more", "upwards of": "more",
              "nearly": "less", "almost": "less", "close to": "less", "fewer than": "less",
              # "approaching the 500m" (a racecourse's marker), "approaching the 400
              # million mark" (a line, not the sum): nearly, or a line's number
              "approaching": "either",
              # "up to 350 km/h": a ceiling, which a Chinese figure often is without
              # saying so next to it (最高 several words before the number)
              "less than": "less", "under": "less", "up to": "either", "below": "less",
              "within": "less", "at most": "less",
              # "capped at 15,000 yuan" (最高不超过1.5万元), and also a cap said
              # plainly (上限为1.5万元): either
              "capped at": "either", "cap of": "either", "ceiling of": "either",
              # "a speed limit of 60 km/h", "the limit is 60" (不超过60公里/小时)
              "limit of": "either", "limit is": "either",
              "about": "about", "around": "about", "approximately": "about",
              "approx.": "about", "approx": "about", "~": "about",  # "~280 km" (wire shorthand)
              "roughly": "about", "some": "about", "estimated": "about",
              "region of": "about", "neighbourhood of": "about", "neighborhood of": "about",
              # "passed 50,000" for 突破5万, but also "passed 3 laws": either
              "passed": "either", "crossed": "either", "passes": "either", "pass": "either",
              "passing": "either", "crosses": "either",
              # 突破 "broke through US$2,000"
              "broke through": "more", "breaks through": "more", "broken through": "more",
              "north of": "more", "shy of": "less", "south of": "less",
              "east of": "more", "west of": "less",  # 东经120度以东 "east of 120 degrees"
              # 八十开外 "is past 80" (not "the past 10 years": past alone is no hedge)
              "is past": "more", "was past": "more", "well past": "more", "just past": "more",
              "now past": "more",
              # "peaks higher than 1,200 metres" (超过1200米), but also a comparison
              # with a figure said plainly (高于去年的5%): either
              "higher than": "either", "greater than": "either",
              "lower than": "either",
              # "a mesh smaller than 35 mm" (小于35毫米), or a comparison: either
              "smaller than": "either", "larger than": "either",
              "bigger than": "either"}  # fmt: skip
#: A thing named by its number: "No. 2" (第2号), "Issue 5" (第5期), "Article 3"
#: (第三条), "Phase 2" (第二期), "Terminal 3": the number reads as an
#: ordinal too.
_NAMED_BY_NUMBER = _lazy(
    r"(?:\bnos?\.?|\bcap\.|\b(?:article|section|rule)s? \d+\("  # "Article 12(2)": 第十二条第二款
    r"|\b(?:issue|article|chapter|section|phase|round|volume|vol\.|part|batch"
    r"|stage|session|grade|level|item|clause|paragraph|line|bulletin|terminal|gate|hall|category"
    r"|platform|pier|subparagraph|sub-paragraph|subsection|division|schedule|scale|annex"
    r"|building|block|runway|berth|exit|route|race|class|barrier|lane|heat|law|decree|game"
    # "Law 17/2019", "Administrative Regulation 25/2009" (Macao's 第17/2019号法律)
    r"|ordinance|regulation|type|serotype|genotype|rule|point|triage)(?:e?s)?) ?$"
)
#: A one said as a word: the unit a rate is per ("for each kWh"), a medal ("a silver").
_SAID_ONE = _lazy(
    r"\b(?:(?:each|per|every) (?:kwh|kilowatt[- ]hours?|kilograms?|kg|tonnes?|tons?|jin|mu"
    r"|hectares?|lit(?:re|er)s?|(?:cubic |square )?met(?:re|er)s?|km|kilomet(?:re|er)s?"
    r"|degrees?)|a (?:gold|silver|bronze))\b"
)
_SAID_ONE_WORDS = ("each ", "per ", "every ", "a gold", "a silver", "a bronze")
#: Verbs that give the sign of the number after them: "subtracted 0.3 percentage
#: point from growth", "dragged it down by 1.2 points".
_TAKING_AWAY = ("subtract", "dragg", "shav", "knock")
_TAKEN_AWAY = _lazy(r"\b(?:" + "|".join(_TAKING_AWAY) + r")[a-z]*\b[^.;,]{0,24}$")
#: What joins the numbers of a list that one name begins ("Articles 3, 5 and 8").
_LIST_JOINS = (" and ", ", and ", " or ", ", or ", " & ")


def _in_named_list(lowered: str, named_end: int, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` goes on a list of numbers named by
    number that ends at ``named_end`` ("Articles 385 and 386"); a comma alone
    joins only inside the list ("Articles 3, 5 and 8", not "Subparagraph 2, 3
    points")."""
    joined = lowered[named_end:start]
    return joined in _LIST_JOINS or (joined == ", " and lowered.startswith(_LIST_GOES_ON, end))


_LIST_GOES_ON = (*_LIST_JOINS, ", ")
_DURATION = _lazy(
    r"(?: (?:years|months|weeks|days|decades)|-(?:year|month|week|day|hour)s?\b(?!-old))\b"
)  # "over three years", "over the 7-day holiday" (during, not more than)
#: A distance after "over" with nothing that makes it a size ("over 1,000m",
#: not "over 1,000m long"): a race's length, or more than it.
_DISTANCE = _lazy(
    r"[\d,.]+(?:m|km| metres| meters| kilometres| kilometers| miles?| furlongs?)\b"
    r"(?! (?:long|high|tall|deep|wide|above|below|in)\b)"
)
#: A sum in cents, or the first end of a range of them ("10 to 20 cents").
_CENTS_AFTER = _lazy(r"(?:(?: to | and | or |[-\u2013])\d+)? cents?\b")
#: After "45-1": odds against, whose 1 is no number of the story.
_ODDS_AFTER = _lazy(r" (?:outsider|shot|long ?shot|chance|favou?rite|winner)\b")
#: Qualifiers after a number: 3,500 or more, 100 or so.
#: Past one word of unit at most, and a rate's "a month": "3,500 or more", "two
#: days or more", "60-plus", "NT$1,000 a month or less", "30 years at most".
# "144 square metres or more", "three working days or less"
_EN_APPROX_AFTER = _lazy(r"(?: (?:square|cubic|working|business|calendar|trading))?"
                              r"(?: [a-z]+)?"
                              r"(?: (?:a|an|per|each) [a-z]+| late| early| old"
                              r"| celsius| fahrenheit)?"  # "18 degrees Celsius or below"
                              # "50 percent of registered capital or more"
                              r"(?:(?:(?<=percent)|(?<=per cent)|(?<=%)) of(?: [a-z'\u2019]+){1,3}"
                              r"(?=,? or (?:more|above|over|less|fewer|below|under)\b))?[ -]"
                              r"(?:or more|or above|or over|and above|"
                              r"and over|plus|or so|or less|or fewer|and below|or under|"
                              r"or older|and older|or higher|or below|or lower|and under|"
                              r"or younger|at most|at least|and up|and beyond)\b")  # fmt: skip
#: After an age under which, no unit: "children under 15", "under 15 years old".
_AGE_AFTER = _lazy(
    r"(?!%| ?(?:percent|per|yuan|dollar|km|kilo|met|mile|minute|hour|day|week|month|tonne|ton"
    r"|point|square|degree|mu|cent|times)\w*)"
)
#: After an ordinal: "the third and later", "a second or subsequent child" (第2胎以上).
_LATER_AFTER = _lazy(r"(?: [a-z]+)? (?:and|or) (?:later|subsequent)\b")
#: A span of time past a point it is counted from: "five years beyond the
#: retirement age", "ten days after the deadline".
_OFFSET_AFTER = _lazy(r" (?:years?|months?|weeks?|days?|hours?) (?:beyond|after|past)\b")
#: A span of time back to what a difference is measured from: "ten years earlier".
_EARLIER = _lazy(r" (?:years?|months?|decades?|weeks?) (?:earlier|before|ago)\b")
#: ... after the difference's unit and its comparison: "points more than".
_COMPARED_BEFORE = _lazy(
    r"(?:points?|percent|cent|times|[a-z]*\$?\d[\d,.]*[a-z]*) (?:more|less|fewer|higher|lower)"
    r" than $"
)
#: A number just after the words (whose hedge they may be, not the number before's).
_NUMBER_NEXT = _lazy(r" ?(?:[a-z]{0,3}\$|¥|€|£)?\d")
#: A year after "quarters of": the year's quarters ("all four quarters of 2020-21").
_A_YEAR_NEXT = _lazy(r" (?:(?:19|20)\d\d\b|(?:the|this|last|next) (?:fiscal |financial )?year\b)")
#: Words before a count of quarters that make them a span of time: "in four
#: quarters", "for three quarters", "over two quarters".
_SPAN_BEFORE = _lazy(r"\b(?:in|for|over|during|within|consecutive|straight) $")
#: A currency and 兑 after a 1: 1美元兑30.6元新台币 "NT$30.6 to the dollar".
_ONE_CURRENCY_TO = _lazy("(?:美元|欧元|日元|港元|港币|人民币|澳门元|新台币|元)兑")
#: A number in words just after the words (:data:`_NUMBER_NEXT` in digits).
_WORD_NEXT = _lazy(
    r" (?:a|an|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)\b"
)
#: A number (and its unit) that opens a range: "between 20 percent", "from 20".
_RANGE_OPENED = _lazy(r"\b(?:between|from) (?:\S+ )?\S+$")
_EN_AFTER = {"more": "more", "above": "more", "over": "more", "plus": "more", "so": "about",
             "older": "more", "higher": "more",
             "less": "less", "fewer": "less", "below": "less", "under": "less", "lower": "less",
             "younger": "less", "most": "less", "least": "more",
             "up": "more", "beyond": "more"}  # fmt: skip


def _en_words(words: str) -> float:
    total, current = 0.0, 0.0
    for word in re.split(r"[- ]", words.lower()):
        if word in _EN_UNITS:
            current += _EN_UNITS[word]
        elif word in _EN_TENS:
            current += _EN_TENS[word]
        elif word == "hundred":
            current *= 100
    return total + current


_CURRENCIES = ("rmb", "us$", "hk$", "nt$", "mop$", "s$", "a$", "c$", "$", "¥", "€", "£", " usd",
               " cny", " hkd", " twd", " eur", " mop")  # fmt: skip
#: The word a qualifier ends with (than, over, nearly…).
_LAST_WORDS = {w.split()[-1] for w in _EN_APPROX}


#: Verbs of passing a mark, whose hedge reaches past "the": "topped the 1 million mark".
_MARK_VERBS = ("pass", "passed", "passes", "passing", "top", "topped", "tops", "crossed",
               "crosses", "exceeded", "exceeds", "surpassed", "surpasses",
               "approaching")  # fmt: skip
#: What follows a number named as a line: "above the 1-trillion-yuan mark".
_MARK_AFTER = _lazy(r"[-a-z ]{0,16}?\b(?:mark|level|threshold|barrier|line)\b")


def _qualifier(before: str) -> str:
    """The approximation word just before a number (lower-cased text)."""
    before = before.rstrip()
    if before.endswith((" a", " an", " the")):
        # "about a 30-minute drive", "by about the 10th": the hedge is the number's,
        # past the article (not "more than the 2,000 …": a comparison)
        head = before.rsplit(None, 1)[0]
        if head.endswith(_HEDGES_BEFORE_ARTICLE) and (
            not before.endswith(" the") or head.endswith((" about", " around", " roughly"))
        ):
            before = head
    if before == "top" or (before.endswith(" top") and _RANKED_TOP.search(before)):
        # "Top 10 archaeological finds" (a headline), "the national top 20": a ranking
        return ""
    if before.endswith(" the age of"):
        before = before[:-11]  # "over the age of 60" (60岁以上): the hedge past the age
    elif before.endswith(" every") and before[:-6].rsplit(None, 1)[-1:] in _HEDGE_BEFORE_EVERY:
        before = before[:-6]  # "about every 90 minutes" (每90分钟左右): the hedge past "every"
    elif before.endswith((" in", " every")) and (once := _HEDGED_ONCE.search(before)):
        # "about once in 20 years" (重现期约为20年): the hedge past the return period's "once"
        before = before[: once.start(1)]
    elif before.endswith((" magnitude", " force")):
        before = before.rsplit(None, 1)[0]  # "around magnitude 5", "about force 7": the scale's
    elif before.endswith(" a record"):
        before = before[:-9]  # "topped a record 3 million": the hedge past "a record"
    if before.endswith(_CURRENCIES):
        currency = next(c for c in _CURRENCIES if before.endswith(c))
        before = before[: -len(currency)].rstrip()
        if before.endswith(" first"):
            return "either"  # "the 5 percent rate applies to the first NT$610,000": up to it
    if before.endswith(" the") and before[:-4].endswith(_MARK_VERBS):
        before = before[:-4]  # "pass the US$300 billion mark": past the article
    last = before.rsplit(None, 1)[-1:]
    if last == ["past"] and before.rsplit(None, 2)[-2:-1] not in _NOT_PAST:
        # "take its digital economy past 600 billion yuan" (突破6,000亿元): more
        # (not "the past 10 years", "half past 5")
        return "more"
    if last and last[0] in ("between", "and") and _BETWEEN.search(before):
        # "between 50 million and 100 million" (不低于5,000万元、不超过1亿元): a
        # floor and a ceiling, or a plain range (5000万至1亿元)
        return "either"
    if not last or (last[0] not in _LAST_WORDS and last[0].lstrip(_OPENERS) not in _LAST_WORDS):
        return ""  # the usual case: no qualifier
    # "(about $1.7 billion)": a bracket before the qualifier
    words = [w.lstrip(_OPENERS) for w in before.rsplit(None, 3)[-3:]]
    if words[-1] in ("below", "under"):
        wider = before.rsplit(None, 4)[-4:-1]
        if "no" in wider or "not" in wider:
            return "more"  # "with no band below 6", "no speaking score below 7": at least
    if len(words) == 3 and words[0] in ("no", "not") and words[2] == "than":
        # no fewer than, not less than: at least; no more than: at most
        return "less" if words[1] == "more" else "more"
    if len(words) >= 2 and words[-2] == "or" and words[-1] in _TRAILING:
        return ""  # "aged 65 or above HK$2,000": the "or above" is the 65's
    if (
        len(words) == 3
        and _is_count(words[0])
        and not words[0].endswith((",", ";"))  # "32,000, less than half": a new clause
        and (
            (words[1] == "and" and words[2] in _TRAILING)
            or (words[2] == "than" and words[1] in _COMPARED)
        )
    ):
        # "aged 60 and over 23.06%", "0.60 fewer than ten years earlier": the
        # words are the number before's (an age band, a difference), not a hedge
        return ""
    if words[-1] in _EXCEED and "not" in words[:-1]:
        return "less"  # "should not exceed 2,400 mg", "not to exceed": at most
    if words[-1] == "than" and words[-2:-1] and words[-2] in _COMPARED:
        wider = before.rsplit(None, 4)[-4:-2]
        if "not" in wider or "no" in wider:
            # "may not be less than 23 percent": at least; "must not be more than"
            return "less" if _COMPARED[words[-2]] == "more" else "more"
    words = words[-2:]
    if len(words) == 2:
        approx = _EN_APPROX.get(f"{words[0]} {words[1]}")
        if approx:
            return approx
        if words[1] == "top" and (words[0] in _RANKED or words[0].endswith(("'s", "\u2019s"))):
            return ""  # "the top 100", "China's top 10": a ranking; "trips top 4b": more
    return _EN_APPROX.get(words[-1], "") if words else ""


#: Words of comparison before a year, which compare with it and hedge nothing.
_YEAR_COMPARED = ("below ", "above ", "under ", "over ", "than ")
_AFTER_A_YEAR = _lazy(r"(?:[.,;:)]|$| levels?\b| figures?\b|['\u2019]s\b| and\b| or\b)")
#: Words before "past" that make it no hedge: "the past 10 years", "half past 5".
_NOT_PAST = tuple(
    [w] for w in ("the", "its", "their", "his", "her", "our", "this", "these", "half", "quarter",
                  "minutes", "just", "well", "is", "was", "now", "in", "over", "for")
)  # fmt: skip
#: "the national top", "its top": a ranking's top (not "trips top 4b", a verb).
_RANKED_TOP = _lazy(r"\b(?:the|its|their|his|her)(?: [a-z'\u2019-]+)? top$")
#: The ends of a range said with "between" (the first, or the second after "and").
_BETWEEN = _lazy(r"(?:\bbetween|\bbetween [^;,]{1,40} and)$")


def _is_count(word: str) -> bool:
    """Whether a (lower-cased) word is a count: 60, 0.60, 12%, sixty, million;
    not a year ("by 2020 more than 500": the hedge is the 500's)."""
    word = word.rstrip("%")
    if word.isdigit() and len(word) == 4 and 1800 <= int(word) <= 2100:
        return False
    digits = word.replace(",", "").replace(".", "")
    return bool(word) and (digits.isdigit() or word in _EN_UNITS or word in _EN_TENS
                           or word in _EN_SCALES)  # fmt: skip


#: Hedges that may stand before "a" and a compound: "about a 30-minute drive".
_HEDGES_BEFORE_ARTICLE = (" about", " around", " roughly", " approximately", " nearly",
                          " almost", " some")  # fmt: skip
#: What may open a bracket or a quotation before a qualifier.
_OPENERS = "([\"“‘'"
#: Currency codes written against a sum: RMB1.2 billion, CNY3.2bn.
_CURRENCY_CODES = ("rmb", "cny", "usd", "hkd", "eur", "mop", "twd", "ntd", "gbp", "jpy")
_GLUED_RMB = _lazy(r"\b(?:" + "|".join(_CURRENCY_CODES) + r")(?=\d)")
#: Words that close "N or above" and the like, after the number they qualify.
_TRAILING = frozenset(("above", "over", "more", "below", "under", "less", "older", "fewer"))
#: Comparatives before "than", and which way they point.
_COMPARED = {"more": "more", "higher": "more", "greater": "more", "less": "less",
             "lower": "less", "fewer": "less"}  # fmt: skip
_EXCEED = frozenset(("exceed", "surpass", "top", "above"))
#: Words before "top" when it is a ranking ("the top 100", "ranked top 10"); after
#: anything else it is a verb ("to top", "trips top 4b" in a headline).
_RANKED = frozenset(("the", "a", "its", "their", "his", "her", "our", "my", "your", "these",
                     "those", "in", "of", "among", "into", "within", "for", "from", "rank",
                     "ranks", "ranked", "ranking", "world", "nation", "country", "global",
                     "china", "all", "and", "or", "time", "all-time"))  # fmt: skip


def _lower(text: str) -> str:
    """The text lower-cased, character for character (so spans still fit ``text``).

    Patterns then match lower-case text: case-insensitive matching is several
    times slower.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters change length when lower-cased
        lowered = "".join(c.lower()[0] for c in text)
    return lowered


def en_numbers(text: str) -> list[Number]:
    """Every number in an English text, by value (dates aside: :func:`en_dates`)."""
    _, folded, lowered = en_prepare(text)
    return en_numbers_in(folded, lowered)


_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
              "fourth": 4, "fourths": 4,  # "one fourth", "three fourths" (American usage)
              "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
              "seventh": 7, "sevenths": 7, "ninth": 9, "ninths": 9,  # 七分之一 "one seventh"
              "tenth": 10, "tenths": 10, "twelfth": 12, "twelfths": 12}  # fmt: skip
#: Words before "fifth", "tenth" that make it a share of a population: "the richest fifth".
_GROUP_BEFORE = _lazy(r"(?:richest|poorest|wealthiest|top|bottom|lowest|highest) $")
#: English weekday names, Monday first (a weekday's value is its place here, from 1).
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAYS = {d.lower(): i + 1 for i, d in enumerate(WEEKDAYS)}
_FACTORS = {"doubl": 2, "tripl": 3, "trebl": 3, "quadrupl": 4, "quintupl": 5}
#: Forms that are not plain numbers (fractions, periods, weekdays …): one
#: pattern, found first and blanked before the numbers are read.
_EN_FORMS = _lazy(
    r"\b(?:(?P<per>first|second|latter|third|fourth|1st|2nd|3rd|4th)[ -](?P<of>half|quarter)\b"
    r"|(?P<qfrom>january|april|july|october)[-\u2013](?:march|june|september|december)"
    r" quarter\b"
    r"|(?P<fold>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred)"
    r"fold\b"
    r"|q1[-\u2013]q?(?P<qto>[2-4])\b"  # Q1-Q3: the first three quarters (前三季度)
    r"|(?P<hq>[hq])(?P<n>[1-4])\b|(?<!area )(?<!site )(?<!zone )(?<!block )"
    r"(?P<n2>[1-4])(?P<hq2>[hq])(?P<yy>\d\d)?\b"  # H1, Q3; 1H, 3Q23 (not "Area 1H")
    r"|\b(?P<ahalf>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\d{1,2})"
    r" (?:(?:hours?|days?|weeks?|months?|years?|lengths?) )?and a half"
    r"(?: (?P<ahscale>thousand|million|billion))?\b"  # "one and a half million"
    r"|(?P<qa>a quarter|three[- ]quarters) of an? (?P<qscale>hundred|thousand|million|billion)\b"
    r"|(?<!first )(?<!last )(?<!past )(?<!next )"
    r"(?<!\d )(?<!once )(?<!twice )(?<!times )"  # "HK$1,000 a quarter": per quarter
    r"(?P<fnum>one|two|three|four|five|six|seven|eight|nine|an?)[- ](?P<fden>"
    + "|".join(_FRACTIONS)
    + r")\b(?! in a row| running| straight|-grade)(?P<fof> of)?"  # "for three quarters in a row"
    r"|half(?= (?:of|the|those|that|these|what|price|fare|off|their|its)\b"
    r"| as (?:much|many|large|high|big|long)\b)"
    r"|(?:(?<=than )|(?<=by )|(?<=nearly )|(?<=almost )|(?<=over )|(?<=about )|(?<=around )"
    r"|(?<=up to ))"
    r"half\b"
    r"|(?P<factor>doubl|tripl|trebl|quadrupl|quintupl)(?:ed|ing|es|e)\b"
    r"|(?P<halved>halv)(?:ed|ing|es|e)\b"
    r"|(?P<wd>" + "|".join(_WEEKDAYS) + r")s?\b"  # "open on Mondays"
    r"|(?P<decade>1[5-9]\d0|20\d0)'?s\b"
    r"|(?:(?:the )?'|(?<=post-)|(?<=post ))(?P<decade2>\d0)s\b"  # the '90s, post-90s
    r"|(?:(?<=post-)|(?<=post ))(?P<decade5>\d5)s?\b"  # post-95 (95后): born after 1995
    # the second of two decades (the '60s and '70s, the 60s and 70s), and a
    # bare first one before it
    r"|(?=\d0s\b)(?:(?<=0s and )|(?<=0s to )|(?<=0s or )|(?<=0s, )|(?<=0s and ')|(?<=0s to ')"
    r"|(?<=0s or ')|(?<=0s, '))(?<!their \d0s and )(?<!their \d0s to )(?<!their \d0s or )"
    r"(?P<decade3>\d0)s\b"
    r"|(?=\d0s (?:and|to|or) '?\d0s\b)(?<=the )(?P<decade4>\d0)s"
    # "the two sides" (两岸, 双方): the pair, said or not
    r"|(?P<both>both|(?<=the )two(?= sides\b))\b"
    r"|(?P<twice>twice)\b"
    r"|(?<![\d/.])(?P<sa>\d{1,2})/(?P<sb>[1-9]\d?)\b(?!/)"
    r"|(?:(?P<a>a) )?(?P<dozen>dozen)\b"
    r"|(?<! in )(?<! of )(?P<halfa>half )?(?:a|the(?= \w+ or so\b))"  # "the hundred or so"
    r" (?P<scale>hundred|thousand|million|billion|trillion)\b"
    r"(?P<andw> and (?:" + _WORD + r")(?:[- ](?:" + _WORD + r"))?\b)?"
    r"|(?:a )?(?P<decadew>decade)\b"
    r"|(?P<decades>two|three|four|five|six|seven|eight|nine|[2-9])"
    r" (?:(?:full|whole|long|straight|consecutive) )?(?P<dec_or_cen>decade|centurie)s\b"
    r"|(?P<noon>noon|midday)\b|(?P<midnight>midnight)\b"
    r"|\bfy ?(?P<fy>\d{4}|\d{2})\b"  # FY2023, FY23: a fiscal year
    r"|the (?P<scaleord>hundredth|thousandth|millionth|billionth)\b"
    r"|(?:one|a) (?P<partof>hundredth|thousandth|millionth|billionth)\b"  # 十亿分之一
    r"|(?:grade|class|level|intensity)(?:s|es)?[- ](?P<roman>viii|vii|vi|iv|ix|v|i{1,3})\b"
    r"(?:(?: ?[-\u2013] ?| to | and )(?P<roman2>viii|vii|vi|iv|ix|v|i{1,3})\b)?"
    # "grade 3A", "grade-2A hospitals" (三级甲等, 二甲): the grade and its class
    r"|(?:grade|class|level)[- ](?P<gradeab>[1-9])[abc]\b"
    r"|(?<![\d:.])(?P<rmin>\d{1,2}):(?P<rsec>[0-5]\d)\.(?P<rhun>\d{1,3})(?![\d:])"
    r"|(?P<sector>primary|secondary|tertiary|(?<![\w-])services?)"
    r"(?=(?:(?:,| and|, and) (?:secondary|tertiary))* (?:industr|sector)"
    # ... or a sector named once in a list of them: "the primary industry grew
    # 4.1 percent, the secondary 6.2 percent"
    r"|(?:(?<=the secondary)|(?<=the tertiary))"
    r",? (?:\d|up |down |rose |grew |fell |increased |expanded |declined |by \d))"
    r")"
)
#: Whether a text may hold one of those forms: a word each form contains,
#: looked for as a plain substring (a regular expression of them all costs
#: three times as much, at every character), then Q1 to Q4, H1 and H2.
_EN_FORM_WORDS = ("half", "halv", "quarter", "third", "fourth", "fifth", "sixth", "seventh",
                  "eighth", "ninth",
                  "tenth", "twelfth", "doubl", "tripl", "trebl", "quadrupl", "quintupl", "day",
                  "0s", "0's", "both", "twice", "the two ", "post-", "post ",
                  "dozen", "a hundred", "a thousand", "a million", "a billion",
                  "d or so", "n or so",  # "the hundred or so", "the million or so"
                  "a trillion", "/", "decade", "centur", "noon", "midday", "midnight", "fold",
                  "ary industr", "ary sector", "ary and", "ary, ", ":", "the secondary ",
                  "the tertiary ",
                  "ce sector", "ces sector", "ce industr", "ces industr",
                  "dth", "llionth", "sandth", "grade", "class", "level")  # fmt: skip

#: Rarer forms, in a pattern of their own behind hints of their own, read
#: before the others (so that "half a dozen" is not "a dozen", nor "a
#: quarter of a percentage point" a quarter): each alternative of a pattern
#: is tried at every word, so the common pattern stays short.
_EN_RARE_FORMS = _lazy(
    # "a quarter of a percentage point" (1码, 0.25个百分点), "half a point"
    r"\b(?:(?P<pfrac>half a quarter|a quarter|another quarter|three quarters|half|a half|an eighth)"
    r"(?: of)?(?: an?)?[- ](?:percentage[- ])?points?\b"
    r"|(?P<pcfrac>half|a quarter|three quarters)(?: of)? an? (?:percent|per cent)\b"  # 千分之五
    # 1米, 1吨 "a meter", "a tonne": one of the unit, which the Chinese writes
    r"|(?<![\w-])(?P<aunit>an? (?:met(?:er|re)|kilomet(?:er|re)|tonne|kilogram|lit(?:er|re))s?)\b"
    # 1个多小时 "more than an hour", 近一年 "nearly a year": one of a span, behind a hedge
    r"|(?:(?<=more than )|(?<=over )|(?<=nearly )|(?<=almost )|(?<=about )|(?<=around )"
    r"|(?<=under )|(?<=less than )|(?<=within )|(?<=roughly )|(?<=just over ))"
    r"(?P<aspan>an? (?:hour|day|week|month|year|minute))\b"
    r"(?! (?:ago|earlier|later|before|and a half)\b)"
    r"|(?P<qf>quarter[- ]?finals?)\b"  # 1/4决赛: the last eight
    # "in his thirties" (三十多岁), "in her seventies" (七旬)
    r"|(?:in (?:his|her|their) )?(?:early |mid-|late )?"
    r"(?P<ages>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
    # "a man in his 30s" (30多岁): an age in tens, not the 1930s
    r"|in (?:his|her|their) (?:early |mid-|late )?(?P<agesd>[1-9]0)'?s\b"
    r"|(?:(?<=0s and )|(?<=0s or ))(?P<agesd2>[1-9]0)'?s\b"  # "in their 50s and 20s"
    r"|(?P<halfdozen>half a dozen)\b|(?:a )?(?P<fortnight>fortnight)\b"
    r"|(?P<ennial>bi|tri)ennial\b"  # 两年一届 "biennial", 三年一次 "triennial"
    # 每周一次 "once a week"; "once a quarter" (每季度一次) is no share: taken whole
    r"|(?P<once>once)(?= a | every | per | in )(?: a quarter\b)?"
    r"|(?P<fifty>fifty-fifty|50-50)\b"  # 各占一半
    # 半个月 "half a month" (not "the first half year", 上半年: a period)
    r"|(?<!first )(?<!second )(?<!latter )(?<!first-)(?<!second-)"
    r"half[- ](?:an? )?(?P<halfunit>month|year|day|hour)\b"
    r"|(?P<qhour>a quarter|three quarters|(?<=every )quarter|(?<=each )quarter) of an hour\b"
    # 半吨 "half a tonne", 半亩 "half a mu"
    r"|half an? (?P<halfmeasure>tonne|ton|kilogram|kilo|kg|jin|mu|hectare|met(?:re|er)"
    r"|kilomet(?:re|er)|km|mile|lit(?:re|er))\b"
    r"|(?:(?P<halfc>half )?a )?(?P<quarterc>quarter[- ])?"
    r"(?P<century>century|millennium|centenary|centennial)\b"  # 百年; "a quarter-century"
    r"|(?P<halfdecade>half[- ](?:a )?decade)\b"  # 五年: "half a decade", "the past half decade"
    r"|(?P<hattrick>hat[- ]trick)\b"  # 独中三元 "a hat-trick"
    r"|(?P<runnerup>runners?[- ]up)\b"  # 第二名, 亚军
    r"|\b(?:several|a few) (?P<several>hundred|thousand|million|billion)"
    r"(?: (?P<several2>thousand|million|billion))?\b(?! (?:and|-))"
    # "the trillion-yuan mark" (万亿级): a size given by its scale word alone
    r"|(?<![\d,.] )(?<![\w]-)(?P<barescale>million|billion|trillion)"
    r"-(?:yuan|dollar|level|class)\b"
    r"|(?<![-\w])(?P<yearsold>hundred|thousand)-year"  # a thousand-year-old city (千年古城)
    # a sequel or a phase: "The Wandering Earth II" (流浪地球2), "Phase III";
    # not I, V and VI, which are also words and names
    r"|(?<![\w'’-])(?<!grade )(?<!class )(?<!level )(?<!grades )(?<!levels )(?<!classes )"
    r"(?P<romanw>ii|iii|iv|vii|viii)\b(?![-'’])"  # (after grade, class, level: the others')
    # "tens of millions" (数以千万计, 数千万), "hundreds of thousands", "millions of"
    r"|(?P<rough>tens|dozens|hundreds|thousands|millions|billions)"
    r"(?: of (?P<roughof>thousands|millions|billions)\b| of\b)"
    # "I. Introduction": a heading's number, at the start
    r"|^(?P<lead>[ivx]{1,6})\.(?= )"
    r")"
)
#: A grade and a joining word just before a Roman numeral: "Grades I and ".
_GRADE_BEFORE = _lazy(
    r"(?:grade|class|level)(?:s|es)? (?:iv|vi|v|i{1,3})(?: ?[-\u2013] ?| to | and )$"
)
_EN_RARE_WORDS = ("ii", " iv", "vii", "tens of", "zens of", "dreds of", "sands of", "llions of",
                  "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                  "eighties", "nineties", "century", "centenar", "millennium", "red-year",
                  "and-year", "hat-t", "hat t", "runner", "illion-", "several ", "a few ",
                  "fortnight", "half a dozen", "quarterf", "quarter-f", "quarter f",
                  "a meter", "a metre", "a kilomet", "a tonne", "a kilogram", "a liter",
                  "a litre", "than a", "than an", "over a", "early a", "lmost a", "bout a",
                  "round a", "nder a", "ithin a", "oughly a",
                  "of an hour",
                  "half a", "half m", "half y", "half d", "half h", "half-", "ennial", "once ",
                  "fifty-fifty", "50-50", "0s", "0's",
                  "point")  # fmt: skip


def _may_hold_rare_forms(lowered: str) -> bool:
    for word in _EN_RARE_WORDS:
        if word in lowered:
            return True
    return lowered[:1] in ("i", "v", "x") and lowered[1:2] in (".", "i", "v", "x")


_POINT_SHARES = {"a quarter": 0.25, "another quarter": 0.25, "three quarters": 0.75, "half": 0.5,
                 "a half": 0.5,
                 "an eighth": 0.125, "half a quarter": 0.125}  # fmt: skip
_ROUGH = {
    "tens": 10.0,
    "dozens": 10.0,
    "hundreds": 100.0,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
}
_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10}


def _roman(numeral: str) -> int:
    """The value of a lower-case Roman numeral of I, V and X (XIV is 14)."""
    total = 0
    for k, ch in enumerate(numeral):
        value = _ROMAN_DIGITS[ch]
        nxt = _ROMAN_DIGITS[numeral[k + 1]] if k + 1 < len(numeral) else 0
        total += -value if value < nxt else value
    return total


#: What may follow a number and make one form with it: "one in five", "nine
#: out of ten", "twofold", "12 per 100,000", "the first six months". Matched
#: only after a number followed by one of :data:`_AFTER_STARTS`.
_AFTER_STARTS = (" in ", " out of ", "-fold", " fold", "fold", " per ", " months", "-month",
                 " times ")  # fmt: skip
_NOUN_IN = _lazy(r" [a-z]+ in ")


def _en_base(words: str) -> float:
    """10,000, "a million", "10 thousand": the base of "one in …"."""
    size = 1.0
    for word in words.replace(",", "").split():
        size *= 1.0 if word == "a" else float(_EN_SCALES.get(word) or word)
    return size


_EN_PAIRED = _lazy(
    # "one household in three": one noun may come between, not a span of time
    r"(?: (?!(?:days?|weeks?|months?|years?|hours?|minutes?|times?|percent|point)\b)[a-z]+)?"
    r"(?: in | out of )(?:every )?(?P<of>(?:10|100|a) (?:thousand|million)|a hundred"
    r"|1,000,000|100,000|10,000|1,000|100|[1-9]\d|two|three|four|five|six|seven|eight|nine"
    r"|ten|[2-9])\b(?![,.]\d)"  # "1 in 4 pupils" (a headline): 四分之一; "one in 20"
    r"|[- ]?(?P<fold>fold)\b"
    r"| per (?P<per>1,000,000|100,000|10,000|1,000|100|hundred|thousand|million)\b"
    r"| (?P<months>months)\b"
    r"|-month (?P<period>period)\b"
    r"| times (?P<timesas>as (?:many|much|large|high|big)|those|that|the level|what)\b"
)


#: Events a record counts: "one defeat in 18 games".
_EVENTS_AFTER = _lazy(
    r" (?:games|matches|races|starts|appearances|outings|fixtures|rounds|bouts)\b"
)


def _paired(value: float, pair: re.Match[str], before: str) -> Number | None:
    """The number a number makes with what follows it (:data:`_EN_PAIRED`)."""
    if pair["of"]:
        bottom = _EN_UNITS.get(pair["of"]) or _en_base(pair["of"])  # one in five, three in 10
        if not 0 < value < bottom:
            return None
        # one in five: 五分之一; one in 10,000: 万分之一 (0.01%)
        share = 100 * value / bottom
        # "4.8 out of 5" (4.8分（满分5分）): a score, its two numbers said apart
        score = value != int(value) or before.endswith(("scored ", "rated "))
        counts = (
            ((value, "count"), (float(bottom), "count")) if score and "out of" in pair[0] else ()
        )
        return Number(round(share, 1) if share >= 0.1 else round(share, 8), "percent", also=counts)
    if pair["fold"]:
        # "rose twofold": doubled (增长一倍), or two times as much
        return Number(value, "factor", also=((value, "count"),))
    if pair["timesas"]:
        # "17 times those of 2019": as much as, which 增长16倍 is (16 more, 17 in all)
        return Number(value, "factor")
    if pair["per"]:
        # "12 per 100,000" is 十万分之十二; "3.5 per 1,000" is 3.5‰
        per = pair["per"]
        if before.rstrip().endswith(("minus", "negative")):
            value = -value  # "minus 4.36 per 1,000" (-4.36‰): a natural decrease
        rate = _rate(value, _EN_SCALES.get(per) or int(per.replace(",", "")))
        return Number(rate[0], rate[1], also=(*rate[2:], (value, "count")))
    if pair["period"]:
        # "the three-month period": a quarter (一季度) the English does not name
        if value not in (3, 6):
            return None
        kind = "quarter" if value == 3 else "half"
        return Number(
            value, "count", also=tuple((float(k), kind) for k in range(1, 12 // int(value) + 1))
        )
    if value in (3, 6) and before.endswith(("first ", "second ", "last ")):
        # the first six months: 上半年; the first three months: 一季度 (or three)
        which = 1.0 if before.endswith("first ") else (2.0 if value == 6 else 4.0)
        return Number(which, "half" if value == 6 else "quarter", also=((value, "count"),))
    return None


def _rate(value: float, base: int) -> tuple:
    """A rate "per ``base``" as a key and its other readings: per 100 is a
    percentage, per 1,000 per mille (and a tenth of a percent)."""
    if base == 100:
        return (value, "percent")
    if base == 1000:
        return (value, "permille", (round(value / 10, 6), "percent"))
    return (value, f"per{base}")


def _may_hold_forms(lowered: str) -> bool:
    for word in _EN_FORM_WORDS:
        if word in lowered:
            return True
    return (
        "q" in lowered
        or "h1" in lowered
        or "h2" in lowered
        or "1h" in lowered
        or "2h" in lowered
        or "fy" in lowered
    )


#: Words after which "a third", "a quarter" is a share, not an ordinal.
_SHARE_BEFORE = _lazy(
    r"(?:\bby|\bthan|nearly|almost|about|around|roughly|approximately|over|under|close to"
    r"|up to|\bonly|\bjust|barely|\bup|\bdown|\brose|\bfell|\bgrew|\bdropped|\bdeclined"
    r"|\bshrank|\bjumped|\bclimbed|\bslid) $"
)
#: ... and after which: "a third higher than last year" (多了三分之一).
_SHARE_AFTER = _lazy(
    r" (?:higher|more|lower|less|larger|bigger|smaller|fewer|greater|up|down|above|below)\b"
    # "a quarter to a half of" (四分之一至二分之一): the first end of a range of shares
    r"| to (?:an?|one|two|three|four) (?:half|third|quarter|fifth|sixth|eighth|tenth)"
)
_STOPS = frozenset(".,;:!?)")

_EN_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4,
                     "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}  # fmt: skip


def _en_forms(text: str, lowered: str) -> tuple[list[Number], str, str]:
    """The numbers of the forms in :data:`_EN_FORMS`, and both texts with them blanked."""
    out: list[Number] = []
    spans: list[tuple[int, int]] = []
    for m in _EN_FORMS.finditer(lowered):
        number: Number | None = None
        span = text[m.start() : m.end()]
        if m["fold"]:
            # "rose twofold": doubled (增长一倍), or two times as much
            times = float(_EN_UNITS.get(m["fold"]) or _EN_TENS.get(m["fold"]) or 100)
            number = Number(times, "factor", text=span, also=((times, "count"),))
        elif m["qfrom"]:
            # the July-September quarter: 第三季度
            which = float(("january", "april", "july", "october").index(m["qfrom"]) + 1)
            number = Number(which, "quarter", text=span)
        elif m["per"]:
            # "the latter half" is the second (下半年)
            which = float(_EN_ORDINAL_WORDS.get(m["per"], 2))
            number = Number(which, m["of"], text=span)
        elif m["qto"]:
            quarters = float(m["qto"])
            number = Number(quarters, "count", text=span, also=((quarters * 3, "count"),))
        elif m["hq"] or m["hq2"]:
            which, hq = (m["n"], m["hq"]) if m["hq"] else (m["n2"], m["hq2"])
            number = Number(float(which), "half" if hq == "h" else "quarter", text=span)
            if hq == "h" and which not in "12":
                number = None
            elif m["yy"]:
                out.append(Number(2000.0 + int(m["yy"]), "year", text=span))  # 3Q23: 2023
        elif m["ahalf"]:
            # "an hour and a half", "two and a half months": 一个半小时, 两个半月
            whole = m["ahalf"]
            value = 1 if whole in ("a", "an") else (_EN_UNITS.get(whole) or int(whole))
            scale = _EN_SCALES[m["ahscale"]] if m["ahscale"] else 1
            number = Number((value + 0.5) * scale, "count", text=span)
        elif m["qa"]:
            # "a quarter of a million": 25万
            share = 0.25 if m["qa"] == "a quarter" else 0.75
            number = Number(share * _EN_SCALES[m["qscale"]], "count", text=span)
        elif m["fden"]:
            also: tuple[Key, ...] = ()
            if m["fnum"] in ("a", "an") and not m["fof"] and m["fden"] != "half":
                # "a third term" is an ordinal (read as one below); "fell by
                # a quarter", "cut a third." are shares
                follows = lowered[m.end() : m.end() + 2]
                share_word = _SHARE_BEFORE.search(lowered, 0, m.start()) or _SHARE_AFTER.match(
                    lowered, m.end()
                )
                if not (share_word or follows[:1] in _STOPS or follows == " "
                        or follows[1:2] in _STOPS):  # fmt: skip
                    continue
                if not share_word and follows[:1] == "," and m["fden"] in _EN_ORDINALS:
                    # "a third, booster dose" (the third dose) or "cut a third, to 200": either
                    also = ((float(_EN_ORDINALS[m["fden"]]), "ordinal"),)
            count = 1 if m["fnum"] in ("a", "an") else _EN_UNITS[m["fnum"]]
            if (
                m["fden"] == "quarters"
                # "the four quarters of 2018-19": a year's quarters, not 100% of it
                and (not m["fof"] or _A_YEAR_NEXT.match(lowered, m.end()))
                and (
                    (spanned := _SPAN_BEFORE.search(lowered, max(0, m.start() - 12), m.start()))
                    or (count == 4 and lowered.endswith(("the ", "all "), 0, m.start()))
                )
            ):
                # "the slowest in four quarters" (4个季度以来): quarters of a year; "for
                # the four quarters" (各季): the year's, said or not, not 100%
                out.append(Number(float(count), "count", text=span, strict=bool(spanned),
                                  also=((count * 3, "count"),)))  # fmt: skip
                spans.append(m.span())
                continue
            share = 100 * count / _FRACTIONS[m["fden"]]
            number = Number(round(share, 1), "percent", text=span, also=also)
        elif m["factor"]:
            # "doubled" says 翻一番 but often stands for 增长100% or 增长一倍
            number = Number(float(_FACTORS[m["factor"]]), "factor", text=span, strict=False)
        elif m["halved"]:
            # "halved": 一半 or 50%, or said with no number, so not missed
            number = Number(50.0, "percent", text=span, strict=False, also=((0.5, "factor"),))
        elif m["wd"]:
            # "on Sunday (the 8th)": English adds the weekday the Chinese leaves out
            number = Number(float(_WEEKDAYS[m["wd"]]), "weekday", text=span, strict=False)
        elif m["decade"]:
            year = float(m["decade"])
            number = Number(year, "decade", text=span, also=((year % 100, "decade"),))
        elif m["decade2"] or m["decade3"] or m["decade4"] or m["decade5"]:
            value = float(m["decade2"] or m["decade3"] or m["decade4"] or m["decade5"])
            number = Number(value, "decade", text=span)
        elif m["both"]:
            number = Number(2.0, "count", text=span, strict=False)
        elif m["sa"]:
            top, bottom = int(m["sa"]), int(m["sb"])
            if (top, bottom) == (24, 7):
                # "open 24/7" (24小时营业, 7×24小时, 全天候): all the time, said or not
                number = Number(24.0, "count", text=span, strict=False, also=((7.0, "count"),))
            elif top >= bottom:
                continue
            else:
                number = Number(round(100 * top / bottom, 1), "percent", text=span)
        elif m["twice"]:
            # "twice a year" (每年两次) says its two; "twice as many" may be 翻一番
            per = _PER_PERIOD.match(lowered, m.end())
            number = Number(2.0, "count", text=span, strict=per is not None,
                            also=((2.0, "factor"), (2.0, "times")))  # fmt: skip
        elif m["dozen"]:
            if not m["a"]:
                continue  # "dozens of", "two dozen": not a number to match
            # 十多个 is often "more than a dozen"
            number = Number(12.0, "count", text=span, also=((10.0, "count"),))
        elif m["scale"]:
            size = _EN_SCALES[m["scale"]] / (2 if m["halfa"] else 1)
            if m["andw"]:
                size += _en_words(m["andw"][5:])  # a hundred and five
            if lowered.startswith((" percent", " per cent"), m.end()):
                number = Number(float(size), "percent", text=span)  # "a hundred percent"
            else:
                number = Number(float(size), "count", text=span)
        elif m["gradeab"]:
            value = float(m["gradeab"])
            number = Number(value, "ordinal", text=span, also=((value, "count"),))
        elif m["roman"]:
            # "Grade III", "Grades I-III", "a Level IV response": Ⅲ类, Ⅰ—Ⅲ类, Ⅳ级
            approx = _approx_after(lowered, m.end())  # "grade II and above"
            for end in (m["roman"], m["roman2"]):
                if end:
                    value = float(_ROMAN_VALUES[end.upper()])
                    out.append(Number(value, "ordinal", approx, end, also=((value, "count"),)))
            spans.append(m.span())
            continue
        elif m["partof"]:
            # "one billionth of a meter": 十亿分之一
            rate = _rate(1.0, _EN_SCALES[m["partof"][:-2]])
            number = Number(rate[0], rate[1], text=span, also=rate[2:])
        elif m["scaleord"]:
            # "the millionth car": 第100万辆
            number = Number(float(_EN_SCALES[m["scaleord"][:-2]]), "ordinal", text=span)
        elif m["rmin"]:
            # "2:05.30", a race time: 2分05秒30
            number = Number(_race_seconds(m["rmin"], m["rsec"], m["rhun"]), "seconds", text=span)
        elif m["fy"]:
            year = float(m["fy"]) + (2000 if len(m["fy"]) == 2 else 0)
            number = Number(year, "year", text=span)
        elif m["noon"]:
            number = Number(12.0, "count", text=span, strict=False)  # 12时
        elif m["midnight"]:
            number = Number(
                24.0, "count", text=span, strict=False, also=((0.0, "count"),)
            )  # 24时, 零时
        elif m["sector"]:
            # "the tertiary industry" for 第三 (a sector), which the English need not
            # number; "the service sector" is the tertiary one
            sector = "tertiary" if m["sector"].startswith("service") else m["sector"]
            which = float(("primary", "secondary", "tertiary").index(sector) + 1)
            number = Number(which, "ordinal", text=span, strict=False)
        elif m["decades"]:
            # "two decades": 20年 (or 20多年, 近20年); "three centuries": 三百年
            tens = float(_EN_UNITS.get(m["decades"]) or int(m["decades"]))
            years = (10 if m["dec_or_cen"] == "decade" else 100) * tens
            number = Number(years, "count", text=span, also=((tens, "count"),))
        elif m["decadew"]:
            # "the past decade": 十年 (a decade need not be said in the Chinese)
            number = Number(10.0, "count", text=span, strict=False)
        else:  # half of, half the
            number = Number(50.0, "percent", text=span)
        if number is None:
            continue
        out.append(_qualified(number, lowered, m))
        spans.append(m.span())
    return out, blank(text, spans), blank(lowered, spans)


def _en_rare_forms(text: str, lowered: str) -> tuple[list[Number], str, str]:
    """The numbers of the forms in :data:`_EN_RARE_FORMS`, and both texts with them blanked."""
    out: list[Number] = []
    spans: list[tuple[int, int]] = []
    for m in _EN_RARE_FORMS.finditer(lowered):
        span = text[m.start() : m.end()]
        if m["pfrac"]:
            share = _POINT_SHARES[m["pfrac"]]
            number = Number(share, "points", text=span, also=((share, "percent"),))
        elif m["aunit"] or m["aspan"]:
            number = Number(1.0, "count", text=span, strict=False)
        elif m["pcfrac"]:
            share = _POINT_SHARES[m["pcfrac"]]  # "half a percent": 0.5%, 千分之五
            number = Number(share, "percent", text=span, also=((share * 10, "permille"),))
        elif m["qf"]:
            number = Number(8.0, "count", text=span, strict=False)
        elif m["ages"] or m["agesd"] or m["agesd2"]:
            tens = float(m["agesd"] or m["agesd2"] or _EN_TENS[m["ages"][:-3] + "y"])
            # an age, or a decade ("the nineties", 90年代)
            number = Number(tens, "count", "either", span, also=((tens, "decade"),))
        elif m["halfdozen"]:
            number = Number(6.0, "count", "about", span)  # 六七个
        elif m["halfunit"] or m["halfmeasure"]:
            number = Number(0.5, "count", text=span)
        elif m["qhour"]:
            # 一刻钟, 三刻钟; 每隔15分钟 "every quarter of an hour"
            quarters = 3.0 if m["qhour"] == "three quarters" else 1.0
            number = Number(quarters / 4, "count", text=span, also=((15 * quarters, "count"),))
        elif m["once"]:
            number = Number(1.0, "times", text=span, strict=False)
        elif m["fifty"]:
            number = Number(50.0, "percent", text=span)
        elif m["ennial"]:
            # "biennial" (两年一届): the years must agree ("triennial" for 每两年一次 is wrong)
            number = Number(2.0 if m["ennial"] == "bi" else 3.0, "count", text=span)
        elif m["fortnight"]:
            number = Number(2.0, "count", text=span, strict=False, also=((14.0, "count"),))
        elif m["century"]:
            # "a century old": 一百年, 百年 (said or not in the Chinese)
            years = 1000.0 if m["century"] == "millennium" else 100.0
            years /= 2 if m["halfc"] else (4 if m["quarterc"] else 1)
            # a quarter-century (25年) and half a century (半个世纪, 五十年) are
            # numbers the Chinese gives
            number = Number(years, "count", text=span, strict=bool(m["quarterc"] or m["halfc"]))
        elif m["barescale"]:
            size = float(_EN_SCALES[m["barescale"]])
            number = Number(size, "count", "either", span, False)
        elif m["several"]:
            # "several hundred" (数百), "a few thousand": a size, said roughly
            size = float(_EN_SCALES[m["several"]])
            if m["several2"]:
                size *= _EN_SCALES[m["several2"]]  # "several hundred thousand" (几十万)
            number = Number(size, "count", "either", span, False)
        elif m["halfdecade"]:
            number = Number(5.0, "count", text=span)  # "half a decade": 五年
        elif m["hattrick"]:
            number = Number(3.0, "count", text=span, strict=False)
        elif m["runnerup"]:
            number = Number(2.0, "ordinal", text=span, strict=False, also=((2.0, "count"),))
        elif m["yearsold"]:
            number = Number(100.0 if m["yearsold"] == "hundred" else 1000.0, "count", text=span)
        elif m["romanw"]:
            if _GRADE_BEFORE.search(lowered, max(0, m.start() - 16), m.start()):
                continue  # "Grades I and III": the end of a list of grades, read with it
            value = float(_ROMAN_VALUES[m["romanw"].upper()])
            number = Number(value, "ordinal", text=span, strict=False, also=((value, "count"),))
        elif m["rough"]:
            value = _ROUGH[m["rough"]] * _ROUGH.get(m["roughof"] or "", 1.0)
            number = Number(value, "count", "either", span, False)
        elif m["lead"]:
            value = float(_roman(m["lead"]))
            number = Number(value, "ordinal", text=span, strict=False, also=((value, "count"),))
        else:
            continue
        out.append(_qualified(number, lowered, m))
        spans.append(m.span())
    return out, blank(text, spans), blank(lowered, spans)


def _qualified(number: Number, lowered: str, m: re.Match[str]) -> Number:
    """``number`` with the qualifier before or after its form ("nearly half", "a dozen or so")."""
    before = lowered[max(0, m.start() - 24) : m.start()]
    approx = _qualifier(before)
    if (
        approx
        and m[0].endswith(("decades", "year", "month", "fortnight", "century"))
        and before.rstrip().endswith(("over", "within"))
    ):
        # "over two decades" is during them (二十年来) or more than them (20多年);
        # "within half a year" (半年内): by its end, or less than it: either
        approx = "either"
    elif (
        approx
        and lowered.startswith((" ago", " earlier", " before"), m.end())
        and _SHARE_COMPARED.search(before)
    ):
        approx = ""  # "20 percent more than a decade ago" (比10年前增长20%): the base
    if not approx and lowered[m.end() : m.end() + 1] == " ":
        approx = _approx_after(lowered, m.end())
    return number._replace(approx=approx) if approx else number


#: A share or a multiple, then a comparison: what follows is its base.
_SHARE_COMPARED = _lazy(
    r"(?:\d|%|percent|per cent|times) (?:more|less|fewer|higher|lower) than (?:an? )?$"
)


def _approx_after(lowered: str, end: int) -> str:
    """The qualifier after a number that ends at ``end``: "3,500 or more", "60-plus"."""
    after = _EN_APPROX_AFTER.match(lowered, end)
    if after is None and lowered[end - 1 : end].isalpha() and _LATER_AFTER.match(lowered, end):
        return "more"  # an ordinal's: "the third and later", not "7,000 for a third or later"
    if after is None and lowered.startswith(("-odd", "-strong"), end):
        # "twenty-odd years": 二十来年, 二十多年; "a 10,000-strong team": 约1万名, or exact
        return "either"
    if after is None:
        return ""
    if _NUMBER_NEXT.match(lowered, after.end()) and _RANGE_OPENED.search(
        lowered, max(0, end - 40), end
    ):
        return ""  # "between 20 percent and over 80 percent": the over is the 80's
    if after.group(0).endswith(("at most", "at least")) and (
        _NUMBER_NEXT.match(lowered, after.end()) or _WORD_NEXT.match(lowered, after.end())
    ):
        return ""  # "two doses at least 28 days apart": the hedge is the 28's
    return _EN_AFTER[after.group(0)[1:].split()[-1]]


#: A vehicle emission standard: "China III", "China 6", "National VI", "Guo V"
#: (国三, 国六): a tier, an ordinal.
_EN_EMISSION_TIER = _lazy(
    r"\b(?:china|national|guo)[ -](?:(vi|iv|v|i{1,3})[ab]?\b(?![.,%]?\d|%)"
    # a digit only before what it grades: "China 6 emission standards", not "China 5%"
    r"|([1-6])[ab]?(?= (?:emission|standard|vehicle|car|truck|diesel|gasoline|petrol|fuel)))"
)

#: The size of a scale the English explains ("4 on Taiwan's seven-tier
#: scale", "a 10-point scale"): it may match the Chinese, and need not.
_EN_SCALE_SIZE = _lazy(
    r"\b(\d{1,2}|three|four|five|six|seven|eight|nine|ten|twelve)"
    r"[- ](?:tier|level|point|grade|step)"
    r"(?: [a-z]+){0,2} scale\b"
)

#: A power said in words: "10 to the 16th", "2 to the 10th power".
_POWER = _lazy(r"\b(10|2) to the (\d{1,2})(?:st|nd|rd|th)?(?: power)?\b")
_A_YEAR_AND = _lazy(r"\ba year(?= and (?:[a-z]+|\d{1,2}) months?\b)")


def en_numbers_in(text: str, lowered: str) -> list[Number]:
    """The numbers of an English text already folded, and of its lower-cased twin
    (:func:`en_prepare`)."""
    out: list[Number] = []
    if _GLUED_RMB.search(lowered):
        # RMB1.2 billion, CNY3.2bn: a sum, not a code (the width kept, so spans fit)
        lowered = _GLUED_RMB.sub(lambda m: " " * (len(m[0]) - 1) + "¥", lowered)
    if _may_hold_rare_forms(lowered):
        out, text, lowered = _en_rare_forms(text, lowered)
    if ("china" in lowered or "national" in lowered or "guo " in lowered) and (
        _EN_EMISSION_TIER.search(lowered)
    ):
        tiers = []
        for m in _EN_EMISSION_TIER.finditer(lowered):
            group = 1 if m[1] else 2
            tier = m[group]
            value = float(tier) if tier.isdigit() else float(_ROMAN_VALUES[tier.upper()])
            span = text[m.start(group) : m.end(group)]
            out.append(Number(value, "ordinal", "", span, True, ((value, "count"),)))
            tiers.append(m.span())
        text, lowered = blank(text, tiers), blank(lowered, tiers)
    if " to the " in lowered and _POWER.search(lowered):
        # 10的16次方 "10 to the 16th": a power of ten, said in words
        powers = []
        for m in _POWER.finditer(lowered):
            value = float(int(m[1]) ** int(m[2]))
            out.append(Number(value, "count", "", text[m.start() : m.end()], True))
            powers.append(m.span())
        text, lowered = blank(text, powers), blank(lowered, powers)
    if "a year and " in lowered:
        # 有期徒刑一年六个月 "a year and six months": the year's one, in a word
        for one in _A_YEAR_AND.finditer(lowered):
            out.append(Number(1.0, "count", "", text[one.start() : one.end()], False))
    if " scale" in lowered and _EN_SCALE_SIZE.search(lowered):
        sizes = []
        for m in _EN_SCALE_SIZE.finditer(lowered):
            size = m[1]
            value = float(size) if size.isdigit() else _en_words(size)
            out.append(Number(value, "count", "", text[m.start(1) : m.end(1)], False))
            sizes.append(m.span(1))
        text, lowered = blank(text, sizes), blank(lowered, sizes)
    if _may_hold_forms(lowered):
        more, text, lowered = _en_forms(text, lowered)
        out += more
    if any(word in lowered for word in _SAID_ONE_WORDS):
        # 节电1度奖励0.6元 "NT$0.6 for each kWh saved", 2金1银 "two golds and a
        # silver": a one the English says as a word
        for one in _SAID_ONE.finditer(lowered):
            out.append(Number(1.0, "count", "", text[one.start() : one.end()], False))
    if "annual" in lowered or "yearly" in lowered or "daily" in lowered or "weekly" in lowered:
        # 每年一次 "annual", 每天一次 "daily": once in each period, said in a word
        for every in _ONCE_A_PERIOD.finditer(lowered):
            out.append(Number(1.0, "times", "", text[every.start() : every.end()], False))
    # Words that make a number negative, looked for once per text: most have none.
    minus = "minus" in lowered or "negative" in lowered
    bracket = "(" in lowered
    below_zero = "below zero" in lowered
    taken_away = any(verb in lowered for verb in _TAKING_AWAY)  # "subtracted 0.3 point"
    taken = 0  # the end of a number read with the one before it ("one in five")
    named_end = -1  # the end of the last number named by number ("Article 3")
    for m in _EN_NUMBER.finditer(lowered):
        start = m.start()
        if start < taken:
            continue
        before = lowered[start - 1] if start else ""
        if before.isalnum():
            continue  # inside a word or a token such as 123N+
        if (
            before in "-/"
            and start > 1
            and lowered[start - 2].isdigit()
            and lowered[start] == "1"
            and _ODDS_AFTER.match(lowered, start + 1)
        ):
            continue  # "a 45-1 outsider": the odds' 1
        if before in "-." and before and start > 1:
            ahead = lowered[start - 2]
            if (ahead.isalpha() and not lowered.endswith(_JOINED_BEFORE, 0, start - 1)) or (
                before == "." and ahead.isdigit()
            ):
                # COVID-19, PM2.5: the end of a name (6-7%, 0431-8890: numbers). A
                # name may number a series (Shenzhou-16 for 神舟十六号, Chang'e-5):
                # its number may match the Chinese, but need not be there.
                if before == "-" and m["digits"] is not None:
                    value = float((lowered[start] + m["digits"]).replace(",", ""))
                    named = text[start : m.end()]
                    out.append(Number(value, "count", "", named, False, ((value, "ordinal"),)))
                elif before == "-" and m["words"] is not None:
                    # "under-five mortality" (5岁以下), "top-ten": may match, need not
                    value = _en_words(lowered[start] + m["words"])
                    joined = lowered[max(0, start - 6) : start - 1]
                    approx = "less" if joined.endswith("under") else (
                        "more" if joined.endswith("over") else "")  # fmt: skip
                    out.append(Number(value, "count", approx, text[start : m.end()], False))
                continue
        digits, suffix, words, ordinal, scale, post, pc = m.group(
            "digits", "suffix", "words", "ord", "scale", "post", "pc"
        )
        first = lowered[start]  # matched before the groups begin
        if digits is not None:
            digits = first + digits
        elif words is not None:
            words = first + words
        else:
            ordinal = first + ordinal
        end = m.end()
        if digits:
            value = float(digits.replace(",", ""))
            if (
                before == "."
                and len(digits) == 3
                and digits.isdigit()
                and (start < 2 or not lowered[start - 2].isdigit())
            ):
                # ".320", ".988": a batting or fielding average (3成2, 9成88), a share
                share = round(value / 10, 6)
                out.append(Number(share, "percent", "", text[start - 1 : end], True,
                                  ((round(value / 1000, 6), "count"),)))  # fmt: skip
                continue
        elif words:
            value = _en_words(words)
            if words in _EN_TENS and (unit := _ORDINAL_UNIT.match(lowered, end)):
                # "the twenty-third": one ordinal, not 20 and "third"
                ordinal = unit[1]
                value += _EN_ORDINALS[ordinal]
                end = taken = unit.end()
        else:
            if ordinal == "second" and (
                lowered.endswith(("per ", "each "), 0, start)
                or lowered.startswith(("-hand", " only to"), end)
            ):
                # "cubic meters per (each) second": the unit; "second-hand" (二手); "second
                # only to" (仅次于): a comparison, not a place
                continue
            if (
                ordinal == "second"
                and lowered.endswith(" a ", 0, start)
                and _A_SECOND.match(lowered, end)
                and _RATE_BEFORE_A.search(lowered, max(0, start - 24), start)
            ):
                continue  # "7.9 km a second" (每秒7.9公里): a rate's unit of time
            if (
                ordinal == "second"
                and lowered.endswith(" a ", 0, start)
                and _A_SECOND.match(lowered, end)
            ):
                # "less than a second of error" (不超过1秒): the unit, one of it
                approx = _qualifier(lowered[max(0, start - 26) : start - 2])
                out.append(Number(1.0, "count", approx, text[start - 2 : end], True,
                                  ((2.0, "ordinal"),)))  # fmt: skip
                continue
            if ordinal in _FRACTIONS and _GROUP_BEFORE.search(lowered, max(0, start - 12), start):
                # "the richest fifth" (最高20%家庭), "the bottom tenth": a share of a population
                share = round(100 / _FRACTIONS[ordinal], 1)
                out.append(Number(share, "percent", "", text[start:end], True))
                continue
            value = float(_EN_ORDINALS[ordinal])
            if value == 1 and lowered.startswith((" instance", "-instance"), end):
                end += 9  # "a court of first instance" (一审): says which, unlike "first of all"
        if digits and lowered[end : end + 1] == "." and _CLOCK_MINUTES.match(lowered, end + 1):
            # 9时40分 "9.40am" (Hong Kong style): the minutes of the time too
            # (not required: 三时半 is "3.30pm")
            minutes = float(lowered[end + 1 : end + 3])
            out.append(Number(minutes, "count", "", text[end + 1 : end + 3], False))
        elif (
            digits
            and "." in digits
            and _CLOCK_TIME.fullmatch(digits)
            and _AM_PM.match(lowered, end)
        ):
            # "2.15 pm": 2时15分, an hour and its minutes, not 2.15
            hour, minutes = digits.split(".")
            value = float(hour)
            out.append(Number(float(minutes), "count", "", text[end - 2 : end], False))
        if (
            lowered.startswith(_AFTER_STARTS, end)
            or (value == 1 and _NOUN_IN.match(lowered, end))  # "one household in three"
        ) and not (scale or post or suffix or ordinal):
            pair = _EN_PAIRED.match(lowered, end)
            if pair is not None and pair["of"] and _EVENTS_AFTER.match(lowered, pair.end()):
                pair = None  # "one defeat in 18 games" (18战…1负): a record's two counts
            if pair is not None:
                number = _paired(value, pair, lowered[max(0, start - 7) : start])
                if number is not None:
                    approx = _qualifier(lowered[max(0, start - 24) : start])
                    out.append(number._replace(text=text[start : pair.end()], approx=approx))
                    taken = pair.end()
                    continue
        glued: tuple[Key, ...] = ()
        if (
            scale
            and m["glued"]
            and text[m.start("glued")].isupper()
            and _NAMED_BEFORE.search(lowered, max(0, start - 40), start)
        ):
            # routes 1, 5B and 10: a name's letter (not "500K visit", "$1.5B")
            glued = ((value, "count"),)
        elif scale and m["glued"]:
            # headline shorthand: 1.2m, 500k, $1.5b; "100m" may also be metres
            glued = ((value, "count"),)
            value *= _GLUED_SCALES[m["glued"]]
        elif scale:
            ordinal = ordinal or (scale[-2:] == "th" and m["scaleth"] is not None)
            scale = scale.replace("-", " ")  # "a two-thousand-year-old city"
            if "flop" in scale:
                glued = ((value, "count"),)  # 算力300P "300 petaflops": the P the Chinese's
            for word in scale.removesuffix("th").split() if ordinal else scale.split():
                value *= _EN_SCALES[word.removesuffix("s")]
            if m["scaleth"] and lowered.endswith(("a ", "one "), 0, start):
                # "a four-thousandth of a hair" (四千分之一): a share, not the 4,000th
                rate = _rate(1.0, int(value))
                out.append(Number(rate[0], rate[1], "", text[start : m.end()], True, rate[2:]))
                continue
        elif not (post or suffix or ordinal or pc) and lowered.startswith(_RANGE_STARTS, end):
            # ("rose 21.4pc to 15.63bn yuan": a share shares no scale)
            # a year starts no range: "yuan in 2001 to 34.93 billion yuan in 2010"
            year = len(digits or "") == 4 and digits[:2] in _CENTURIES
            if not year and value < 1000:
                # 300 to 500 million: 300 million (not "100,000 to 20 million")
                value *= _shared_scale(lowered, end)
            shared = _SHARED_POST.match(lowered, end)
            if shared is not None and not year and not _unshared(lowered, start, digits, shared):
                post = shared[1]  # 6-7%, 2 to 3 percentage points: both ends
        listed_points = False
        if (
            not (post or suffix or ordinal)
            and lowered.startswith((", ", " and "), end)
            and digits
            and "," not in digits
            and lowered[end - 1 : end].isdigit()
            and not (len(digits) == 4 and digits[:2] in _CENTURIES)
            and _RANGE_BEFORE.search(lowered, max(0, start - 8), start) is None
        ):
            # "51.1, 50.6 and 50.3 percent", "up 0.7, 1.5 and 3.9 points": a list's
            # unit, said once at its end, is every item's
            chain = _LISTED_POST.match(lowered, end)
            if chain is not None:
                listed_points = chain[1].startswith(" point")
                post = "" if listed_points else chain[1]
        kind = "count"
        also: tuple[Key, ...] = glued
        if suffix or ordinal:
            kind = "ordinal"
        elif pc:
            kind = "percent"  # 3.5pc (British papers)
        elif post in ("‰", " per thousand", " per mille"):
            kind, also = "permille", ((round(value / 10, 6), "percent"),)
        elif post:
            if post.startswith((" basis", " bp", "bp")):
                # "32 basis points": 0.32 percentage points (0.32个百分点), or 32个基点
                kind, also, value = "points", ((value, "count"),), round(value / 100, 8)
            else:
                # "3.5 ppts", "3.5 pp": percentage points in financial English
                kind = (
                    "points"
                    if post.strip(" -").startswith(("percentage", "pp", "of", "pct p"))
                    else "percent"
                )
        elif lowered[end : end + 2] == " p" and lowered.startswith(" point", end):
            also = ((value, "points"),)  # "up 2.9 points": percentage points, or points
        elif listed_points:
            also = ((value, "points"),)
        elif digits and len(digits) == 4 and digits.isdecimal():
            kind = "year" if digits[0] == "1" or digits[:2] == "20" else kind  # 1000 to 2099
        elif (
            before == "'"
            and digits
            and len(digits) == 2
            and digits < "30"
            and not lowered[start - 2 : start - 1].isalnum()
        ):
            also = ((2000.0 + value, "count"),)  # '23: 2023 (or 23, in a quotation)
        window = lowered[max(0, start - 24) : start]
        approx = _qualifier(window)
        if (
            approx
            and kind == "year"
            and window.endswith(_YEAR_COMPARED)
            and _AFTER_A_YEAR.match(lowered, end)
        ):
            # "12 percent below 2020" (较2020年下降12%): the year compared with (not
            # "more than 1200 projects", a count)
            approx = ""
        if approx and _EARLIER.match(lowered, end) and _COMPARED_BEFORE.search(window):
            # "7.2 percentage points more than ten years earlier": the comparison
            # is the difference's, the ten years are exact
            approx = ""
        elif approx and _OFFSET_AFTER.match(lowered, end):
            # "may not exceed five years beyond the retirement age" (不超过…后5年):
            # the hedge bounds the date the offset reaches, however the Chinese says it
            approx = "either"
        elif approx == "less" and window.endswith("under ") and _GOVERNING.match(lowered, end):
            approx = ""  # "under 15 kings" (历经15代王), "under 12 programmes": by them
        elif (
            approx == "less"
            and window.endswith(("under ", "below ", "younger than "))
            and kind == "count"
            and value.is_integer()
            and 1 < value <= 120
            and _AGE_AFTER.match(lowered, end)
        ):
            also = (*also, (value, "agebelow"))  # "children under 15" (0至14岁)
        if (
            before
            and before in "-\u2212\u2013"
            and (start < 2 or not lowered[start - 2].isalnum())
            and digits
            and (before != "\u2013" or start < 3 or not lowered[start - 3].isdigit())
        ):
            value = -value  # -3, –17.6: a minus sign, not a hyphen or a dash between numbers
            if kind in ("percent", "points"):
                also = (*also, (-value, kind))  # "PPI -2.5 pct": 下降2.5%
        elif (
            (
                minus
                and approx == ""
                and lowered[max(0, start - 8) : start].rstrip().endswith(("minus", "negative"))
                # (not "plus or minus 3.1 points", 正负3.1个百分点: a margin either way)
                and not lowered[max(0, start - 16) : start].rstrip().endswith("plus or minus")
            )
            or (below_zero and "below zero" in lowered[end : end + 28])
        ):
            value = -value
            if minus and not lowered.startswith("below zero", end + 1):
                # "below minus 30 degrees" (零下30℃以下): the hedge before the sign
                ahead = lowered[max(0, start - 32) : start].rstrip()
                approx = _qualifier(ahead.rsplit(None, 1)[0] if " " in ahead else "")
        if words == "zero" and lowered[max(0, start - 6) : start] in ("below ", "above "):
            continue
        if (
            approx in ("more", "less")
            and window.rstrip().endswith(("over", "within"))
            and (duration := _DURATION.match(lowered, end))
            # "loans of over five years" (5年以上): a term longer than five years;
            # "for over 500 years", "is over 500 years old": longer, older
            and not window.rstrip().endswith(("of over", "for over", "is over", "was over"))
            and not lowered.startswith((" old", "-old"), duration.end())
        ):
            # "over three years": during, not more; "within two years" (两年内): during,
            # or at most (不超过30天 "within 30 days"), either way
            approx = "either" if window.rstrip().endswith("within") else ""
        elif approx == "more" and kind == "year" and window.rstrip().endswith("over"):
            approx = ""  # "prices rose 3.25 percent over 2025": during the year
        elif (
            approx == "more"
            and lowered.endswith("over ", 0, start)
            and _DISTANCE.match(lowered, start)
        ):
            approx = "either"  # a race "over 1,000m": its distance, or more than it
        if not approx and lowered.endswith("the first ", 0, start) and not ordinal:
            approx = "either"  # "the first 330 kilowatt-hours": up to them (330度以下)
        if not approx and lowered.startswith("+", end) and not lowered[end + 1 : end + 2].isdigit():
            approx = "more"  # "an AQHI of 10+", "100+ exhibitors"
        if not approx and lowered[end : end + 1] in (" ", "-"):
            approx = _approx_after(lowered, end)  # 3,500 or more; 60-plus
            if (
                not approx
                and lowered.endswith(("above the ", "below the "), 0, start)
                and kind != "year"
                and _MARK_AFTER.match(lowered, end)
            ):
                # "above the 1-trillion-yuan mark" (not "above the second quarter",
                # "below the 1.5 trillion yuan expected": comparisons; nor "above the
                # 2019 level", a year's)
                approx = "more" if lowered.endswith("above the ", 0, start) else "less"
        if (
            not approx
            and out
            and out[-1].approx in _SHARED_HEDGES
            and (
                _HEDGE_SHARED.search(lowered, max(0, start - 16), start)
                or _SIZES_SHARED.search(lowered, max(0, start - 32), start)
            )
        ):
            # "about 80 percent and 70 percent", "about 2 km long and 1 km wide": both about
            approx = out[-1].approx
        elif (
            not approx
            and out
            and out[-1].approx == "about"
            and _HEDGE_RANGE.search(lowered, max(0, start - 32), start)
            and "from " not in lowered[max(0, start - 48) : start]
        ):
            # "about 7,500 to 8,000 years": both ends (not "from about 3% to 5%", a change)
            approx = "about"
        if kind == "count" and "cent" in lowered and _CENTS_AFTER.match(lowered, end):
            also = (*also, (round(value / 100, 6), "count"))  # "10 to 30 cents": HK$0.10
        if kind in ("count", "year") and (
            _NAMED_BY_NUMBER.search(lowered, max(0, start - 15), start)  # "sub-paragraph 2"
            or (named_end >= 0 and digits and _in_named_list(lowered, named_end, start, end))
        ):
            # Bulletin No. 2 is 第2号, Article 3 第三条; No. 2018 is not a year
            kind, also = "count", ((value, "ordinal"),)
            named_end = end
        if (
            taken_away
            and kind in ("points", "percent")
            and _TAKEN_AWAY.search(lowered, max(0, start - 32), start)
        ):
            # "net exports subtracted 0.3 percentage point from growth" (拉动…负0.3个百分点):
            # the verb gives the sign
            also = (*also, (-value, kind))
        # "(US$14.5 million)" after a sum in yuan: a conversion the Chinese need not give
        opened = lowered.rfind("(", start - 20 if start > 20 else 0, start) if bracket else -1
        said = opened < 0 or not _conversion(lowered, opened, start)
        if not said and out and out[-1].kind == "count" and " yuan" in lowered[end : end + 8]:
            # "$1.4 billion (10 billion yuan)": a sum in yuan in the bracket, and
            # either side may be the conversion (not "3.3 million mu (220,000
            # hectares)", which the Chinese gives as mu); the Chinese sum must
            # still match one of them
            out[-1] = out[-1]._replace(strict=False)
        if said and "or" in lowered and _OR_GLOSS.search(lowered, max(0, start - 24), start):
            said = False  # "10 billion yuan, or about $1.4 billion"
        if opened >= 0 and said:
            # "the 13th Five-Year Plan (2016-2020)": years the English adds to explain a name
            years = _YEARS_GLOSSED.match(lowered, opened)
            if years is not None and start < years.end():
                said = False
                if kind == "count" and value < 100:
                    kind, value = "year", value + 2000  # the 25 of (2021-25)
        if value == 20 and lowered.startswith(_TEU, end):
            said = False  # "twenty-foot equivalent units": the name of 标箱, the TEU
        if words == "zero" or (value == 0 and kind == "count" and not approx):
            # "zero accidents" for 零 before a verb (a bare 零 is read as a word);
            # "from 0 to 100 km/h" for 百公里加速
            said = False
        if (
            kind == "count"
            and lowered.startswith(" other", end)
            and (lowered.endswith(("and ", "plus "), 0, start))
        ):
            # "France and five other countries" (法国等6国): six in all
            kind, also = "others", ((value + 1, "total"),)
        out.append(Number(value, kind, approx, text[start:end].strip(), said, also))
    if " a point" in lowered:
        # "lost a point" (减少1分), "up a point": one, said with the article
        for m in _A_POINT.finditer(lowered):
            out.append(Number(1.0, "count", "", text[m.start(1) : m.end()], False,
                              ((1.0, "points"),)))  # fmt: skip
    if _GLUED_TO_NAME.search(lowered):
        # Premier12, A380: a name's number, which may match the Chinese (12强赛)
        for m in _GLUED_TO_NAME.finditer(lowered):
            out.append(Number(float(m[1]), "count", "", text[m.start(1) : m.end()], False))
    if "g" in lowered and _GROUP_OF.search(lowered):
        # G7, the G20 (七国集团, 二十国集团): may match, need not
        for m in _GROUP_OF.finditer(lowered):
            if m.start() == 0 or not (
                lowered[m.start() - 1].isalnum() or lowered[m.start() - 1] == "-"
            ):
                out.append(Number(float(m[1]), "count", "", text[m.start() : m.end()], False))
    return out


#: Digits glued to the end of a word (not G7, which is read as a group).
_GLUED_TO_NAME = _lazy(r"[a-z]{2}(\d{1,4})\b(?![.,]\d)")
#: G7, G20: a group named by its members.
_GROUP_OF = _lazy(r"g(\d{1,2})(?![\w+])")


#: After 20: the container that names a TEU (标箱).
_TEU = ("-foot equivalent", " foot equivalent", "-foot-equivalent")
#: A hedge said once before two numbers joined by "and" or "or" covers both.
_SHARED_HEDGES = frozenset(("about", "more", "less"))
_HEDGE_SHARED = _lazy(r"\d(?: ?%| percent| per cent)? (?:and|or) $")
#: ... and before sizes of one thing: "about 2 km long and 1 km wide".
_SIZES_SHARED = _lazy(r"\d(?: ?[a-z]+)? (?:long|wide|high|deep|tall|thick|across) (?:and|by) $")
#: A range after "about": the hedge is both ends' ("about 4,500 to 5,100 years").
_HEDGE_RANGE = _lazy(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty"
    r"|hundred|thousand|million|billion))"
    r"(?: ?%| percent| per cent)? ?(?:to|-|\u2013|\u2014) ?(?:[a-z]{0,3}\$|rmb ?|€|£|¥)?$"
)
#: The minutes after the point of a time: "9.40am", "2.15 p.m.".
_AM_PM_WORDS = r" ?(?:am|pm|a\.m\.|p\.m\.)"
_CLOCK_MINUTES = _lazy(r"[0-5]\d" + _AM_PM_WORDS)
_CLOCK_TIME = _lazy(r"(?:[1-9]|1[0-2])\.[0-5]\d")
_AM_PM = _lazy(_AM_PM_WORDS)
#: Words joined to the number after them by a hyphen: "magnitude-4.3", "level-3".
_JOINED_BEFORE = ("magnitude", "level", "grade", "category", "class", "phase", "type", "force")
#: A span of years in brackets, "(2016-2020)", "(2021-25)".
_YEARS_GLOSSED = _lazy(r"\((?:1[89]|20)\d\d ?[-\u2013] ?(?:\d\d){1,2}\)")
#: What joins the two ends of a range: 300 to 500 million, 2-3 billion.
_RANGE_STARTS = (" to ", " and ", " or ", "-", "\u2013")
_SHARED = _lazy(
    r"(?: to | and | or |-|\u2013)(?:\d[\d,]*(?:\.\d+)?|[a-z]+)"
    r"( ?(?:bn|bln|mln|mn|tn|trln|tln|trn)|(?: (?:hundred|thousand|million|billion|trillion))+)\b"
)

#: The first two digits of a year (an "in 2017 to 1.49 percent" is no range).
_CENTURIES = frozenset(("18", "19", "20"))
_SHARED_POST = _lazy(
    r"(?: to | and | or |-|\u2013)(?:\d[\d,]*(?:\.\d+)?|(?:" + _WORD + r"))"
    r"(%| percentage points?| percent| per cent| pct|‰| per thousand| per mille)"
)


#: Words that name things by a number and a letter (route 5B, Exit A2, Block 3M).
_NAMED_BEFORE = _lazy(
    r"\b(?:routes?|lines?|bus|buses|exits?|gates?|platforms?|blocks?|types?|models?"
    r"|flights?|rooms?|seats?|terminals?|berths?|piers?)\b[^.;:]*$"
)
#: The rest of a list of figures whose unit is said once, at its end.
_LISTED_POST = _lazy(
    r"(?:(?:, \d+(?:\.\d+)?)+,? (?:and|or) | and (?=[\d.]+ points?\b))\d+(?:\.\d+)?"
    r"(%| percentage points?| percent| per cent| points?\b)"
)

#: The end of a range just before a number: "aged 20 to 24".
_RANGE_BEFORE = _lazy(r"\d(?: to |-|\u2013)$")


def _unshared(lowered: str, start: int, digits: str | None, shared: re.Match[str]) -> bool:
    """Whether a number followed by "and"/"or" and a share keeps its own
    kind: a count in thousands ("18,000 or 0.16 percent more") or the end of
    a range ("aged 20 to 24 and 5.71 percent") is no share."""
    if not shared[0].startswith((" and ", " or ")):
        return False
    if "," in (digits or "") or lowered[max(0, start - 1) : start] in ("$", "¥", "€", "£"):
        return True  # (a sum: "up $1 or 2.4%")
    return _RANGE_BEFORE.search(lowered, max(0, start - 8), start) is not None


def _shared_scale(lowered: str, end: int) -> float:
    """The scale that the number ending at ``end`` shares with the end of its range."""
    m = _SHARED.match(lowered, end)
    if m is None:
        return 1.0
    value = 1.0
    for word in m[1].split():
        value *= _EN_SCALES[word]
    return value


#: An amount in another currency just inside a bracket: "(about $145 million)".
#: What may stand between an opening bracket and the number it glosses.
_GLOSS_LEAD = _lazy(
    r"(?:about |around |approximately |approx\.? |roughly |some |nearly |almost |over "
    r"|more than |or |i\.e\. )?(?P<cur>us\$|hk\$|nt\$|\$|€|£|¥|usd ?|eur ?|rmb ?|mop ?)?\s?"
)


#: Chinese units the English keeps in pinyin and may explain in brackets
#: ("per mu (about 0.067 hectares)", 坪 "per ping (3.3 square meters)").
_PINYIN_UNITS = frozenset(("mu", "jin", "catty", "catties", "li", "liang", "dan", "zhang", "ping"))


#: A sum in another currency glossed after a comma: ", or about $1.4 billion".
_OR_GLOSS = _lazy(
    r", or (?:about |around |roughly |nearly |some )?(?:us\$|hk\$|\$|€|£|usd ?|eur ?)$"
)


def _conversion(lowered: str, opened: int, start: int) -> bool:
    """Whether the number at ``start`` opens a bracket that converts the sum
    or size before it: "1 billion yuan ($145 million)", "3.3 million mu
    (220,000 hectares)", "(about 170 billion U.S. dollars)". The English adds
    these; the Chinese need not give them. ``opened`` is the bracket's place."""
    if opened < 2 or lowered[opened - 1] != " " or not lowered[opened - 2].isalnum():
        return False  # "yuan. (57)": no sum or size just before the bracket
    lead = _GLOSS_LEAD.fullmatch(lowered, opened + 1, start)
    if lead is None:
        return False
    if lead["cur"]:
        return True
    # a number and at most four words of its unit just before: "3.3 million mu ("
    tokens = lowered[max(0, opened - 50) : opened].split()[-5:]
    if tokens and tokens[-1] in _PINYIN_UNITS:
        return True  # "per mu (about 0.067 hectares)": the unit itself explained
    for token in reversed(tokens):
        if token[:1].isdigit() or token.lstrip("us$hk€£¥rmb")[:1].isdigit():
            return True  # "3.3 million mu (", "US$530 million (3.8 billion yuan)"
        if not token.isalpha():
            return False  # "yuan. (": the sentence ended; "(", ",": no unit
    return False


# --- dates ----------------------------------------------------------------------

_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november "
    "december".split())}  # fmt: skip
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH_NAMES = "|".join(m for m in _MONTHS if len(m) > 3 or m == "may")
#: "early March", "mid-April", "late May": a part of a month.
_EN_MONTH_PART = _lazy(r"\b(early|mid|late)[- ](" + _MONTH_NAMES + r")\b")

_ZH_MONTH_NUMBER = r"\d{1,2}|十[一二]?|[一二三四五六七八九]"
_ZH_DAY_NUMBER = r"\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_ZH_DATE = _lazy(
    r"(?:(?P<y>\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*)?"
    r"(?:(?P<m0>" + _ZH_MONTH_NUMBER + r")\s*月?\s*[-—–~～至到]\s*"  # 1-9月, 1月至9月
    r"|(?P<list>(?:(?:" + _ZH_MONTH_NUMBER + r")\s*月?\s*[、和及与]\s*)+))?"  # 7、8、9月
    # 6至12月龄: months of age; 十一、十二两个月, 6、7、8三个月: the months of a list
    r"(?P<m>" + _ZH_MONTH_NUMBER + r")\s*(?:[两三四]个)?月(?!龄)"
    r"(?:\s*(?P<d>" + _ZH_DAY_NUMBER + r")\s*[日号])?"
    # 2024/03/12; 113/03/12 (Taiwan: the 113th year of the Republic, 2024)
    r"|(?P<y2>\d{4}|(?<!\d)1[0-3]\d(?=/))[/.-](?P<m2>\d{1,2})[/.-](?P<d2>\d{1,2})"
    r"|(?<![\d.])(?P<m3>1[0-2]|[1-9])[·•・](?P<d3>[12]\d|3[01]|[1-9])(?![\d.])"  # “3·15”
    # 18/07/2024: day first, as Macao's courts and government write it
    r"|(?<![\d/.])(?P<d4>[12]\d|3[01]|0?[1-9])/(?P<m4>1[0-2]|0?[1-9])/(?P<y4>(?:19|20)\d\d)(?![\d/])"
    # 昨日（1/11）: a month and day in brackets, as Taiwan's agencies add them
    r"|(?:(?<=[日天][（(])|(?<=周[一二三四五六日][（(])|(?<=星期[一二三四五六日天][（(]))"
    r"(?P<m5>1[0-2]|[1-9])/(?P<d5>[12]\d|3[01]|[1-9])(?=[）)])"
)
#: 前10月, 前两个月: the first months of the year, a range from January.
_FIRST_MONTHS = _lazy(r"前(\d{1,2}|十[一二]?|[两二三四五六七八九])个?月(?!龄)")
#: Where 一月 is January, not "one month": after a word of when (预估一月,
#: 今年一月, 于一月) or before a part of it (一月份, 一月底, 一月中旬).
_JANUARY_BEFORE = _lazy("(?:今年|去年|明年|本年|预估|预计|预期|估计|[在于於至到自从])$")
_JANUARY_AFTER = _lazy("份|底|初|末|中旬|上旬|下旬|起")


def _january(folded: str, start: int, end: int) -> bool:
    return bool(
        _JANUARY_BEFORE.search(folded, max(0, start - 2), start)
        or _JANUARY_AFTER.match(folded, end)
    )


#: Years just before a month with no day (3年6月): a term, not a date.
_TERM_BEFORE = _lazy(
    r"(?<![\d.])\d{1,2}年$"
    # 有期徒刑三年六月, 有期徒刑四月 (Taiwan): the numerals of a term (not 民国十二年十月)
    r"|(?:有期徒刑|徒刑|拘役|羁押禁见|羁押|禁见|刑期为|刑期|缓刑|服刑|判处)"
    r"(?:[一二三四五六七八九十]{1,3}年)?$"
)
#: The dots of a day named by its date (“3·15”, “7·20”): it need not be in the English.
DATE_NAME_DOTS = "·•・"
#: Days named by their date, as 五一 (May Day) and 七一 (July 1) are: the
#: English gives the date or the name ("May Day", "Youth Day").
FESTIVAL_DAYS = {"五一": (5, 1), "五四": (5, 4), "七一": (7, 1), "八一": (8, 1),
                 "六一": (6, 1), "三八": (3, 8), "十一": (10, 1), "二二八": (2, 28),
                 "九一八": (9, 18), "七七": (7, 7), "五卅": (5, 30)}  # fmt: skip
_FESTIVAL = _lazy(
    r"(?:五一|五四|七一|八一|六一|三八|十一)"
    r"(?=劳动|国际|青年|建军|建党|儿童|妇女|黄金周|假期|长假|小长假|节|讲话|红旗|奖章|前夕|期间|当天)"
    # the incidents named by their day: 二二八事件 "the February 28 Incident", 九一八事变
    r"|(?<![〇零一二两三四五六七八九十])(?:二二八|九一八|七七|五卅)(?=事件|事变|运动|惨案|纪念)"
)


#: Seasons, read only where the name is the season's: 今春, 春季, 深秋 (not
#: 长春, 春节, 春耕), and the English names (not "Spring Festival", "hot
#: springs", nor "fall", which is mostly a verb). Compared only when both
#: sides name one: a season may go unsaid.
_ZH_SEASON = _lazy(
    "(?:今|去|明|开|入|初|早|仲|暮|盛|深|晚|隆)([春夏秋冬])(?![节耕播运联])|([春夏秋冬])[季天]"
)
_EN_SEASON = _lazy(r"\b(spring|summer|autumn|winter)\b(?! festival)(?<!hot spring)")
_SEASONS = {"春": "spring", "夏": "summer", "秋": "autumn", "冬": "winter"}


def seasons(zh_folded: str, en_lowered: str) -> tuple[set[str], set[str]]:
    """The seasons each side names (a folded Chinese text, a lower-cased English one)."""
    if not _SEASON_HINT.search(zh_folded):
        return set(), set()  # the usual case
    zh = {_SEASONS[m[1] or m[2]] for m in _ZH_SEASON.finditer(zh_folded)}
    en = {m[1] for m in _EN_SEASON.finditer(en_lowered)} if zh else set()
    return zh, en


_SEASON_HINT = _lazy("[春夏秋冬]")


#: Dynasties and periods whose years the wires add in brackets where the
#: Chinese names the period alone (唐代 "the Tang Dynasty (618-907)"): the
#: English name, the Chinese that names it, and each end as the wires give
#: it (a year BC is negative; where usage differs, every year in use: the
#: Qing ended in 1911 or 1912, the Western Han began in 206 or 202 BC).
_PERIODS: tuple[tuple[str, str, frozenset[int], frozenset[int]], ...] = tuple(
    (en, zh, frozenset(first), frozenset(last))
    for en, zh, first, last in (
        ("xia", "夏代|夏朝|夏商", (-2070, -2100), (-1600,)),
        ("shang", "商代|商朝|夏商|商周|殷商", (-1600,), (-1046,)),
        ("western zhou", "西周", (-1046, -1100), (-771,)),
        ("eastern zhou", "东周", (-770,), (-256,)),
        ("zhou", "周代|周朝|商周", (-1046, -1100), (-256,)),
        ("spring and autumn", "春秋", (-770,), (-476, -481)),
        ("warring states", "战国", (-475, -476), (-221,)),
        ("qin", "秦代|秦朝|秦汉", (-221,), (-206, -207)),
        ("western han", "西汉", (-202, -206), (8, 9, 25)),
        ("eastern han", "东汉", (25,), (220,)),
        ("han", "汉代|汉朝|两汉|秦汉|汉唐|汉魏", (-202, -206), (220,)),
        ("three kingdoms", "三国", (220,), (280,)),
        ("western jin", "西晋", (265, 266), (316, 317)),
        ("eastern jin", "东晋", (317,), (420,)),
        ("jin", "晋代|晋朝|魏晋|两晋", (265, 266), (420,)),
        ("northern wei", "北魏", (386,), (534,)),
        ("southern and northern", "南北朝", (420,), (589,)),
        ("northern and southern", "南北朝", (420, 386), (589,)),
        ("sui", "隋代|隋朝|隋唐", (581,), (618,)),
        ("tang", "唐代|唐朝|隋唐|唐宋|汉唐|盛唐|晚唐|初唐", (618,), (907,)),
        ("five dynasties", "五代", (907,), (960, 979)),
        ("northern song", "北宋", (960,), (1127,)),
        ("southern song", "南宋", (1127,), (1279,)),
        ("song", "宋代|宋朝|唐宋|宋元|两宋|宋辽|宋金", (960,), (1279,)),
        ("liao", "辽代|辽朝|辽金|宋辽", (907, 916), (1125,)),
        ("western xia", "西夏", (1038,), (1227,)),
        ("jin", "金代|金朝|辽金|宋金|金元", (1115,), (1234,)),
        ("yuan", "元代|元朝|宋元|元明|金元", (1271, 1206), (1368,)),
        ("ming", "明代|明朝|元明|明清", (1368,), (1644,)),
        ("qing", "清代|清朝|明清|晚清|清末", (1644, 1636), (1911, 1912)),
        ("bohai", "渤海国", (698,), (926,)),
        ("balhae", "渤海国", (698,), (926,)),
        ("goguryeo", "高句丽", (-37,), (668,)),
        ("koguryo", "高句丽", (-37,), (668,)),
        ("republic of china", "民国", (1912,), (1949,)),
    )
)
#: Every Chinese name of a period, for a first look.
_PERIOD_ZH = _lazy("|".join(sorted({zh for _, zh, _, _ in _PERIODS})))
_PERIOD_NAMES = "|".join(sorted({en for en, *_ in _PERIODS}, key=len, reverse=True))
_BC = r"(?: ?(b\.?c\.?e?))?"
_AD = r"(?:a\.?d\.? ?)?"
#: A period's name and its years in brackets, in lower case: "tang dynasty
#: (618-907)", "spring and autumn period (770-476 bc)", "han (202 bc-ad 220)",
#: "the ming and qing dynasties (1368-1911)".
_PERIOD_YEARS = _lazy(
    rf"\b({_PERIOD_NAMES})(?: and ({_PERIOD_NAMES}))?"
    r"(?:[ -](?:dynasty|dynasties|period|periods|kingdom|kingdoms|empire|era|reign))?"
    rf" ?\((?:c\. ?|ca\. ?|circa |about )?{_AD}(\d{{1,4}}){_BC}(?: ?(?:a\.?d\.?|ce))?"
    rf" ?[-\u2013\u2014]+ ?(?:c\. ?)?{_AD}(\d{{1,4}}){_BC}(?: ?(?:a\.?d\.?|ce))?\)"
)


#: Years in brackets after a word: maybe a period's.
_PERIOD_HINT = _lazy(r"[a-z] ?\((?:c\. ?|ca\. ?|circa |about )?(?:a\.?d\.? ?)?\d{1,4}(?!\d)")


def period_years(
    zh_folded: str, en_lowered: str, zh: list[Number]
) -> tuple[list[tuple[int, int]], list[str]]:
    """The years in brackets the English gives a period the Chinese names
    without them ("the Tang Dynasty (618-907)" for 唐代): their spans, to be
    read as no number of the text's, and a message for each that are not the
    period's."""
    spans: list[tuple[int, int]] = []
    messages: list[str] = []
    if not (_PERIOD_ZH.search(zh_folded) and _PERIOD_HINT.search(en_lowered)):
        return spans, messages  # the usual case
    zh_values = {n.value for n in zh}
    for m in _PERIOD_YEARS.finditer(en_lowered):
        first_name, last_name = m[1], m[2] or m[1]
        first, last = int(m[3]), int(m[5])
        if first in zh_values or last in zh_values:
            continue  # 唐朝（618年—907年）: the Chinese gives the years too
        # "770-476 bc": both BC; "202 bc-ad 220": the first only
        last = -last if m[6] else last
        bracket = m[0][m[0].index("(") :]
        if m[4] or (m[6] and "a.d" not in bracket and "ad " not in bracket):
            first = -first
        named = [p for p in _PERIODS if p[0] == first_name and re.search(p[1], zh_folded)]
        ended = [p for p in _PERIODS if p[0] == last_name and re.search(p[1], zh_folded)]
        if not (named and ended):
            continue  # a period the Chinese does not name: its years are the English's own
        spans.append(m.span())
        if not (any(first in p[2] for p in named) and any(last in p[3] for p in ended)):
            name = re.search(named[0][1], zh_folded)[0]  # type: ignore[index]
            usual = _years(min(named[0][2]), max(ended[0][3]))
            messages.append(
                f"the years {_years(first, last)} in the English are not those of {name} ({usual})"
            )
    return spans, messages


def _years(first: int, last: int) -> str:
    """Two years as the wires write them: 770-476 BC, 206 BC-AD 220, 618-907."""
    if last < 0:
        return f"{-first}-{-last} BC"
    return f"{-first} BC-AD {last}" if first < 0 else f"{first}-{last}"


def day_halves(zh_folded: str, en_lowered: str) -> list[str]:
    """English times whose a.m. or p.m. is the other half of the day from the
    Chinese hour they give (晚上9时40分 … "9.40am")."""
    if not _ZH_HALF_HINT.search(zh_folded) or not _EN_CLOCK.search(en_lowered):
        return []  # the usual case
    zh: dict[int, dict[str, str]] = {}
    for m in _ZH_HALF.finditer(zh_folded):
        hour = _zh_int(m[2])
        if hour is not None and 1 <= hour <= 11:
            zh.setdefault(hour, {})["a" if m[1] in _MORNING else "p"] = m[0]
            end = int(m[3]) if m[3] else 0
            if hour < end <= 11:
                zh.setdefault(end, {})["a" if m[1] in _MORNING else "p"] = m[0]
    for m in _ZH_AFTERNOON_HOUR.finditer(zh_folded):
        zh.setdefault(int(m[1]) - 12, {})["p"] = m[0]  # 23时59分 "11:59 p.m."
    out = []
    for m in _EN_CLOCK.finditer(en_lowered):
        hour, half = int(m[1]), m[2]
        if hour in zh and half not in zh[hour]:
            said = next(iter(zh[hour].values()))
            out.append(
                f"'{m[0]}' in the English is {'a.m.' if half == 'a' else 'p.m.'}, "
                f"but {said} is {'p.m.' if half == 'a' else 'a.m.'}"
            )
    return out


def discounts(zh: list[Number], en_lowered: str) -> list[str]:
    """English discounts that give the price a Chinese 折 leaves as the part
    taken off (七折 … "70% off": 七折 is 30% off)."""
    if " off" not in en_lowered and "discount" not in en_lowered:
        return []  # the usual case
    shares = {n.value for n in zh if n.text.endswith("折") and n.kind == "percent"}
    if not shares:
        return []
    out = []
    for m in _EN_OFF.finditer(en_lowered):
        said = float(m[1] or m[2])
        if said in shares and 100 - said not in shares and said != 50:
            out.append(f"'{m[0].strip()}' in the English is the price after the discount, "
                       f"not the part taken off ({100 - said:g}% off)")  # fmt: skip
    return out


def first_quarters(zh_folded: str, en_lowered: str) -> list[str]:
    """The first N quarters of the English that are not the Chinese 前N季度
    (which may also be said as months, so its number alone is not required)."""
    if "quarters" not in en_lowered or "季" not in zh_folded:
        return []  # the usual case
    zh = {_ZH_DIGITS.get(m[1]) or int(m[1]) for m in _ZH_FIRST_QUARTERS.finditer(zh_folded)}
    if not zh:
        return []
    out = []
    for m in _EN_FIRST_QUARTERS.finditer(en_lowered):
        said = _EN_UNITS.get(m[1]) or int(m[1])
        if said not in zh:
            out.append(
                f"'{m[0]}' in the English is not the first {min(zh)} quarters of the Chinese"
            )
    return out


#: 前三季度, 前3个季度: the first quarters of a year.
_ZH_FIRST_QUARTERS = _lazy("前([一二三四1-4])个?季度")
#: "the first three quarters", "first 3 quarters".
_EN_FIRST_QUARTERS = _lazy(r"\bfirst (two|three|four|[2-4]) quarters\b")


def ten_day_parts(zh_folded: str, en_lowered: str) -> list[str]:
    """English parts of a month ("early March") that are not the Chinese
    旬 of that month (3月下旬 is late March), and parts of a month the English
    names no month for ("mid-month") that are no 旬 the Chinese gives."""
    if "旬" not in zh_folded or not ("early" in en_lowered or "mid" in en_lowered
                                     or "late" in en_lowered
                                     or " month" in en_lowered):  # fmt: skip
        return []  # the usual case
    zh: dict[int, set[str]] = {}
    for m in _ZH_TEN_DAYS.finditer(zh_folded):
        month = _zh_int(m[1])
        if month is not None:
            zh.setdefault(month, set()).add(_TEN_DAY_PARTS[m[2]])
    out = []
    for m in _EN_MONTH_PART.finditer(en_lowered):
        month = _MONTHS[m[2]]
        if month in zh and m[1] not in zh[month]:
            said = " or ".join(sorted(zh[month]))
            out.append(
                f"'{m[0]}' in the English is not the {said} part of the month in the Chinese"
            )
    # 本月中旬 "by mid-month", not "by the end of the month": a part of a month
    # the English names no month for, when the Chinese names no other part of
    # one (月底)
    unnamed = {_TEN_DAY_PARTS[m[1]] for m in _ZH_UNNAMED_TEN_DAYS.finditer(zh_folded)}
    if unnamed and not _ZH_MONTH_END.search(zh_folded):
        for m in _EN_THE_MONTH_PART.finditer(en_lowered):
            part = _EN_PARTS[m[1] or m[2] or m[3]]
            if part not in unnamed:
                said = " or ".join(sorted(unnamed))
                out.append(
                    f"'{m[0]}' in the English is not the {said} part of the month in the Chinese"
                )
    return out


#: A phase by its number: 三期临床试验, 二期工程 (not 第三期, 一期间).
_ZH_PHASE = _lazy(
    "(?<![第\\d一二三四五六七八九十])([一二三四五六七八九]|[1-9]|[ⅠⅡⅢⅣ]|IV|I{1,3})期(?![间限货待望刊满内盼许])"
)
_EN_PHASE = _lazy(r"\bphases? (iv|vi|v|i{1,3}|[1-9])\b")


def phases(zh_folded: str, en_lowered: str) -> list[str]:
    """A phase the English names by number ("phase II") that is none the
    Chinese names (三期临床试验): each side may leave its phases unnumbered
    ("the first phase", 分三期), but numbered on both sides they agree."""
    zh = {
        _ROMAN_VALUES.get(m[1]) or _ZH_DIGITS.get(m[1]) or int(m[1])
        for m in _ZH_PHASE.finditer(zh_folded)
    }
    if not zh:
        return []
    for m in _EN_PHASE.finditer(en_lowered):
        value = _roman(m[1]) if m[1].isalpha() else int(m[1])
        if value not in zh:
            said = ", ".join(str(v) for v in sorted(zh))
            return [f"'{m[0]}' in the English is not a phase the Chinese names ({said})"]
    return []


#: A launch vehicle's serial: 长征二号F遥十九 "Long March-2F Y19".
_ZH_SERIAL = _lazy(f"遥([{_ZH_NUMERAL}\\d]+)")
_EN_SERIAL = _lazy(r"\bY(\d+)\b")


def serials(zh_folded: str, en_text: str) -> list[str]:
    """What is wrong with the English serials of launch vehicles: each "Y19"
    must be a serial the Chinese gives (遥十九). The English may leave the
    serial out, so neither side's is a number the other must have."""
    said = {int(m[1]) for m in _EN_SERIAL.finditer(en_text)}
    if not said:
        return []
    given = {int(v) for m in _ZH_SERIAL.finditer(zh_folded) if (v := _value(m[1])) is not None}
    return [f"the serial Y{n} in the English is not the Chinese one" for n in sorted(said - given)]


def scores(zh_folded: str, en_text: str) -> list[str]:
    """English scores ("3-1") that are none of the Chinese scores, ties,
    records or ranges. Each number of a score is matched alone by the numbers
    check, so 3比2、2比1 said as "3-1 … 2-1" would pass it; a score is read
    as a pair, in either order ("lost 9-11" or "lost 11-9")."""
    zh: set[tuple[int, int]] = set()
    for m in _ZH_SCORE.finditer(zh_folded):
        first, second = _zh_int(m[1]), _zh_int(m[2])
        if first is not None and second is not None:
            zh.add((min(first, second), max(first, second)))
    zh.update((int(m[1]), int(m[1])) for m in _ZH_TIED.finditer(zh_folded))
    if not zh:
        return []  # no score in the Chinese: an English "5-10" is a range
    zh.update(tuple(sorted((int(m[1]), int(m[2])))) for m in _ZH_PAIR.finditer(zh_folded))
    out = []
    for m in _EN_SCORE.finditer(en_text):
        first, second = int(m[1]), int(m[2])
        if m[0].count(":") and len(m[2]) == 2 and first <= 24:
            continue  # "at 19:35": a clock time, which the numbers check reads
        if (min(first, second), max(first, second)) not in zh:
            out.append(f"the score '{m[0]}' in the English is not in the Chinese")
    return out


#: 3比1, 25:21, 三比一: a score (the folded text has ASCII colons).
_ZH_SCORE = _lazy(
    "(?<![\\d.])(\\d{1,3}|[零一二两三四五六七八九十]{1,3}) ?(?:比|:) ?"
    "(\\d{1,3}|[零一二两三四五六七八九十]{1,3})(?![\\d.])"
)
#: 24平 "24-24"; 战成2:2平 is a score already (not 平方, 平均).
_ZH_TIED = _lazy("(?<![\\d.])(\\d{1,3})平(?![方均])")
#: A record, a range: 5胜3负 "5-3", 18岁至35岁 "18-35".
_ZH_PAIR = _lazy(
    "(?<![\\d.])(\\d{1,4})(?:[胜战]|[^\\d，。；、,;]{0,3}?(?:至|到|-|—|–|~|～))(\\d{1,4})"
)
#: 3-1, 25–21, 3:1: a score, or a range when the Chinese gives one.
_EN_SCORE = _lazy(r"(?<![\w.,/:-])(\d{1,3}) ?[-\u2013\u2014:] ?(\d{1,3})(?![\w:]|[.,]\d|-\d)")


#: 3月下旬, 十月上旬: a month and its first, middle or last ten days.
_ZH_TEN_DAYS = _lazy("(\\d{1,2}|[一二三四五六七八九十]{1,3})月([上中下])旬")
_TEN_DAY_PARTS = {"上": "early", "中": "mid", "下": "late"}
#: A 旬, with or without its month's number (本月中旬, 3月下旬): compared with
#: the parts of a month the English gives without naming the month.
_ZH_UNNAMED_TEN_DAYS = _lazy("(?<![\\d一二三四五六七八九十])月?([上中下])旬")
_ZH_MONTH_END = _lazy("月(?:底|末|初|中(?!旬))")
#: A part of a month the English does not name: "mid-month", "the end of the month".
_EN_THE_MONTH_PART = _lazy(
    r"\b(early|mid|late)[- ]month\b"
    r"|\b(?:in |by )?(?:the )?(start|beginning|middle|end) of (?:the|this|next|that) month\b"
    # 上旬 "the first ten days of the month"
    r"|\b(first|middle|last|final) (?:ten|10) days of (?:the|this|next|that) month\b"
)
_EN_PARTS = {"early": "early", "start": "early", "beginning": "early", "mid": "mid",
             "middle": "mid", "late": "late", "end": "late", "first": "early",
             "last": "late", "final": "late"}  # fmt: skip


#: A share taken off a price: "70% off", "a 20 percent discount", "a discount of 15%".
_EN_OFF = _lazy(
    r"\b(\d{1,2}(?:\.\d)?) ?(?:%|percent|per cent) (?:[a-z]+-?[a-z]* )?(?:off|discount)\b"
    r"|\bdiscount of (\d{1,2}(?:\.\d)?) ?(?:%|percent|per cent)"
)


#: An hour after the part of the day it falls in: 晚上9时, 凌晨3点, 下午2时.
_ZH_HALF = _lazy(
    "(上午|早上|早晨|清晨|凌晨|今晨|今早|昨晨|明早|下午|傍晚|晚上|晚间|夜间|今晚|昨晚|明晚)"
    "约?(\\d{1,2}|十[一二]?|[一二三四五六七八九])[时点]"
    # 下午4时30分至7时: the end of a range in the same half of the day
    "(?:(?:\\d{1,2}分|半)?至(\\d{1,2})时)?"
)
_ZH_HALF_HINT = _lazy("[午晨晚夜]|早上|(?<!\\d)(?:1[3-9]|2[0-3])[时点]")
#: An hour of the 24-hour clock past noon (23时59分, 14点30分): p.m. in English.
_ZH_AFTERNOON_HOUR = _lazy("(?<![\\d.])(1[3-9]|2[0-3])[时点](?=\\d{1,2}分|整|许|左右|前后)")
_MORNING = frozenset(("上午", "早上", "早晨", "清晨", "凌晨", "今晨", "今早", "昨晨", "明早"))
#: A time on the 12-hour clock: "9.40am", "2.15 p.m.", "9pm".
_EN_CLOCK = _lazy(r"\b(1[01]|[1-9])(?:[.:][0-5]\d)? ?([ap])\.?m\b")


#: 十来户, 二十来年, 百来人, 两万来步: a round number and 来 before a measure,
#: "or so"; spoken 千把块, 万把亩 say the same with 把.
_ROUGH_MEASURES = "(?=[个户人家名位年天岁次元件条座所只种批篇部台辆米吨亩公斤里块步趟头株棵])"
_ROUGHLY = _lazy(
    "(?<![\\d一二三四五六七八九十百千万亿])(?:([一二两三四五六七八九]?[十百千万])来"
    "|([一二两三四五六七八九]?[百千万])把)" + _ROUGH_MEASURES
)

#: 几家, 少数几个: a few (under ten), before a measure; not 几十, 几百, 几千.
_A_FEW = _lazy("(?<![十百千万亿好])几(?=[个家名位户人项所座条只件种次台辆])")


def a_few(zh_folded: str) -> bool:
    """Whether the Chinese says "a few" of something (几家, 少数几个)."""
    return "几" in zh_folded and _A_FEW.search(zh_folded) is not None


#: 5点半, 三时半: half past the hour.
_HALF_PAST = _lazy("[点时]半")
#: Second in a ranking: 次高, 次多, 次低 (not 次高端 "upper-middle").
_SECOND_MOST = _lazy(
    "(?<![其依])次(?:高|低|多|少|大|佳|新高|新低)(?!端|档|层)"
    "|居次(?![数要])|次之|其次"  # 桃园市9.9万人居次 "second", 越南籍次之 "followed by",
    # 其次为港澳 "came second", or "second," (a list's)
)
#: What the Chinese says when the English says "next year".
_NEXT_YEAR = _lazy("明年|来年|次年|翌年|下一?年|新的一年|明后年|今明两年")


def next_year_unsaid(zh_folded: str, en_lowered: str) -> bool:
    """Whether the English says "next year" where the Chinese names no year
    at all (年底前 "by the end of the year" is this year's)."""
    return "next year" in en_lowered and not _NEXT_YEAR.search(zh_folded)


def this_year_for_next(zh_folded: str, en_lowered: str) -> bool:
    """Whether the English says "this year" where the Chinese says next year
    (明年, 次年) and the English names no next or following year at all."""
    return (
        "this year" in en_lowered
        and "next" not in en_lowered
        and "following" not in en_lowered
        and "later" not in en_lowered
        and _NEXT_YEAR.search(zh_folded) is not None
    )


_EN_LAST_YEAR = _lazy(r"\b(?:last year|a year (?:ago|earlier|before))\b")
#: The year before, in Chinese (去年, 上年; not 上年度 "the last fiscal year" alone).
_ZH_LAST_YEAR = _lazy("去年|上年|上一年")
#: Any year but the one before: this one, the next, one of its own, or a comparison.
_ZH_OTHER_YEAR = _lazy("[今明本当次同]年|年内|年底|年末|前年|\\d年")
_EN_THIS_YEAR = _lazy(r"\b(?:this|the current) year\b")
_EN_YEAR_BEFORE = _lazy(
    r"\b(?:last|previous|prior|preceding) year|\byear(?:-on-| on | over )year\b"
    r"|\ba year (?:ago|earlier|before)|\bthe year before\b|\b(?:19|20)\d\d\b"
)


def this_year_for_last(zh_folded: str, en_lowered: str) -> bool:
    """Whether the English says "this year" where the Chinese names only the
    year before (上年总收入的70% … "the current year's income")."""
    return (
        _ZH_LAST_YEAR.search(zh_folded) is not None
        and _EN_THIS_YEAR.search(en_lowered) is not None
        and _ZH_OTHER_YEAR.search(zh_folded) is None
        and _EN_YEAR_BEFORE.search(en_lowered) is None
    )


def last_year_for_the_one_before(zh_folded: str, en_lowered: str) -> bool:
    """Whether the English says "last year" or "a year ago" where the Chinese
    says the year before last (前年) and names no last year (去年) itself."""
    return (
        "year" in en_lowered
        and _YEAR_BEFORE_LAST.search(zh_folded) is not None
        and "去年" not in zh_folded
        and _EN_LAST_YEAR.search(en_lowered) is not None
    )


_ZH_TRACKS = _lazy("(单|双|复)(?:线|轨|向车道|车道)")
_EN_TRACKS = _lazy(r"\b(single|double|dual|twin|two)[- ](?:track|line|tracked|lane)\b")


def tracks_differ(zh_folded: str, en_lowered: str) -> bool:
    """Whether one side says single track (单线) and the other double (双线,
    复线, "double-track", "dual-lane"): no digit on either side says it."""
    if not ("线" in zh_folded or "轨" in zh_folded or "车道" in zh_folded):
        return False  # the usual case
    zh = {"one" if m[1] == "单" else "two" for m in _ZH_TRACKS.finditer(zh_folded)}
    en = {"one" if m[1] == "single" else "two" for m in _EN_TRACKS.finditer(en_lowered)}
    return bool(zh and en and not zh & en)


#: Chinese units the English converts (their factors are :data:`_CONVERSIONS`'),
#: what each is in the converted unit, the same measure's units in the
#: Chinese, and the English unit words the converted size is written with.
_UNIT_WORDS = (
    ("斤", "a jin is half a kilogram", ("公斤", "千克", "吨"),
     re.compile(r" (?:kilo(?:gram(?:me)?)?s?|kgs?|(?:metric )?(?:tonnes?|tons?))\b")),
    ("亩", "15 mu make a hectare", ("公顷",), re.compile(r" (?:hectares?|ha)\b")),
)  # fmt: skip


def unconverted(
    zh_folded: str, zh: Sequence[Number], en_lowered: str, en: Sequence[Number]
) -> Iterator[tuple[Number, str, str, list[Number]]]:
    """English sizes written in the unit a Chinese 斤 or 亩 converts to
    ("kilograms", "hectares"), each with the Chinese unit, what it is in the
    converted one ("a jin is half a kilogram") and the Chinese sizes the
    English one must be a conversion of: 21.14亿斤 is "1.06 billion kilograms", never
    "2.11 billion kilograms". Only where the Chinese gives the measure in that
    unit alone (亩产1077公斤 "1,077 kilograms per mu" is not a conversion)."""
    for unit, worth, own, words in _UNIT_WORDS:
        if unit not in zh_folded or any(o in zh_folded for o in own):
            continue
        # the sizes read in this unit: those that carry its conversions
        factor = _conversions(unit)[0]
        sources = [n for n in zh if (_converted(n.value, factor), "count") in n.also]
        if not sources:
            continue
        counts = [(e, e.text.lower()) for e in en if e.kind == "count"]
        for e, _ in _followed_by(en_lowered, counts, words):
            yield e, unit, worth, sources


#: Chinese units the English may also keep (千瓦时 "kWh"), with the English words for
#: them: a size given in the same unit is the Chinese size itself, not a conversion.
_SAME_UNITS = (
    ("千瓦时", re.compile(r" ?(?:kwh|kilowatt[- ]hours?)\b")),
    ("千瓦", re.compile(r" ?(?:kw|kilowatts?)\b")),
    ("瓩", re.compile(r" ?(?:kw|kilowatts?)\b")),
)


def same_unit(
    zh_folded: str, zh: Sequence[Number], en_lowered: str, en: Sequence[Number]
) -> Iterator[tuple[Number, str, list[Number]]]:
    """English sizes written in the Chinese unit itself ("1.7 billion kWh" for
    1.7万亿千瓦时), each with the unit and the Chinese sizes in it, without the
    conversions they carry: one of those sizes (rounded) it must be, since a
    conversion (to MWh, GWh) would have named the other unit."""
    for unit, words in _SAME_UNITS:
        if unit not in zh_folded:
            continue
        factors = _conversions(unit)
        sources = [
            n._replace(also=())
            for n in zh
            if any((_converted(n.value, f), "count") in n.also for f in factors)
        ]
        if not sources:
            continue
        counts = [(e, e.text.lower()) for e in en if e.kind == "count"]
        for e, _ in _followed_by(en_lowered, counts, words):
            yield e, unit, sources


#: 数倍, 几倍, 好几倍: several times, which "twice" or "doubled" is not.
_SEVERAL_TIMES = _lazy("(?:数|几|好几)倍")


def several_times(zh_folded: str) -> bool:
    """Whether the Chinese says "several times" (数倍), a factor of three or more."""
    return "倍" in zh_folded and _SEVERAL_TIMES.search(zh_folded) is not None


#: The base of a rate: 每千人口, 每万人, /10万.
_ZH_RATE_BASE = _lazy(
    "(?:每|/)(千|万|十万|10万|百万|1000|10000|100000)(?=人|名|户|个|$|[，。；、）)])"
)
#: ... and in English: "per 1,000 people", "per 100,000".
_EN_RATE_BASE = _lazy(
    r"\bper (1,?000|10,?000|100,?000|1,?000,?000|thousand|ten thousand|hundred thousand"
    r"|million)\b(?![,.]?\d)"
)
_EN_BASE_VALUES = {"thousand": 1e3, "ten thousand": 1e4, "hundred thousand": 1e5, "million": 1e6}


def rate_bases(zh_folded: str, en_lowered: str) -> tuple[set[float], set[float]]:
    """The bases of the rates each side gives (每万人口 "per 10,000 people")."""
    if "per " not in en_lowered or ("每" not in zh_folded and "/" not in zh_folded):
        return set(), set()  # the usual case
    zh = {float(_RATE_BASES[m[1]]) for m in _ZH_RATE_BASE.finditer(zh_folded)}
    en = {
        _EN_BASE_VALUES.get(m[1]) or float(m[1].replace(",", ""))
        for m in _EN_RATE_BASE.finditer(en_lowered)
    }
    return zh, en


#: Classes named by letter: 甲乙类 "Class A and B", 三级甲等 "Grade-A", B类.
_ZH_CLASS = _lazy(
    "(?<![A-Za-z\\d])([甲乙丙丁A-D])(?:、?([甲乙丙丁A-D]))?(?:、?([甲乙丙丁A-D]))?(?=类|级|等)"
)
_EN_CLASS = _lazy(
    r"\b(?:[Cc]lass|[Gg]rade|[Cc]ategory|[Cc]ategories)(?:es|s)?[- ]([A-D])\b(?!-\d)"
    r"(?:(?: and |, | or |-|\u2013| to )([A-D])\b)?(?:(?:,? and |, )([A-D])\b)?"
)
_CLASS_RANKS = {"甲": 1, "乙": 2, "丙": 3, "丁": 4, "A": 1, "B": 2, "C": 3, "D": 4}


def letter_classes(zh_folded: str, en_text: str, en_lowered: str) -> tuple[set[int], set[int]]:
    """The classes each side names by letter (甲类, 乙级, B类; "Class A",
    "Grade-B"), as ranks: 甲 and A are 1. The letters are read in ``en_text``
    (a capital, not the article "a"); ``en_lowered`` is its lower-cased twin."""
    if "lass" not in en_text and "grade" not in en_lowered and "ategor" not in en_text:
        return set(), set()  # the usual case
    if not _EN_CLASS.search(en_text):
        return set(), set()  # the usual case
    zh = {_CLASS_RANKS[c] for m in _ZH_CLASS.finditer(zh_folded) for c in m.groups() if c}
    en = {_CLASS_RANKS[c] for m in _EN_CLASS.finditer(en_text) for c in m.groups() if c}
    return zh, en


def decade_parts(zh_folded: str, en_lowered: str) -> tuple[set[str], set[str]]:
    """The parts of a decade each side names: 90年代末 "the late 1990s", 初
    early, 中 (and 中后期) mid; "the end of the 1990s" is late."""
    if "年代" not in zh_folded:
        return set(), set()  # the usual case
    zh = {_DECADE_PARTS[m[1]] for m in _ZH_DECADE_PART.finditer(zh_folded)}
    if not zh:
        return set(), set()
    en = {_DECADE_PARTS.get(w, w) for m in _EN_DECADE_PART.finditer(en_lowered) for w in m.groups()
          if w}  # fmt: skip
    return zh, en


_ZH_DECADE_PART = _lazy("年代(初|末|中)")
_EN_DECADE_PART = _lazy(
    r"\b(early|late|mid)(?:-to-(late|mid))?[- ](?:1[89]|20)?['’]?\d0s\b"
    r"|\b(end|beginning|start|middle) of the (?:1[89]|20)?['’]?\d0s\b"
)
_DECADE_PARTS = {"初": "early", "末": "late", "中": "mid", "end": "late", "beginning": "early",
                 "start": "early", "middle": "mid"}  # fmt: skip


#: What a comparison is with, right before 高, 低, 多 or 少 (较常年低0.8℃ "0.8C
#: below normal", 比上年多5亿元 "500 million more than the year before").
_BASES_COMPARED = (
    "常年",
    "正常",
    "上年",
    "去年",
    "同期",
    "往年",
    "上月",
    "上季",
    "历年",
    "前一日",
    "前日",
    "昨日",
)
#: Just after 较 or 比 and one of those bases (lookbehinds: one for each).
_AFTER_A_BASE = (
    "(?:"
    + "|".join(f"(?<={t}{b}{s})" for t in "较比" for b in _BASES_COMPARED for s in ("", "同期"))
    + ")"
)
#: Which way a number moved, said right before it: 增长12%, 下降了约3个百分点,
#: 降幅为5%, 年增率-6% (a fall). 负增长, 负成长 (Taiwan) are falls.
_ZH_DIRECTION = _lazy(
    "(负)?(?:(增长率|增率|增长|增加|上升|提高|上涨|回升|攀升|增幅|涨幅|升幅|偏多|偏高|上调|调高|上浮"
    "|成长|(?<![少多])[增升涨]|" + _AFTER_A_BASE + "[高多])"
    "|(下降|减少|降低|下跌|回落|下滑|降幅|跌幅|减幅|偏少|偏低|下调|调低|下浮|(?<![少多])[减降跌]"
    "|" + _AFTER_A_BASE + "[低少]))"
    "了?(?:为|达到|达|到|至)?(?:约|近|逾|超过|将近|接近)?-?"
)
#: A comparison with any base (较原定目标多3,000个, 比计划少2个): which way the
#: number lies from it (not 比较, 比重, 比例, 比分).
_ZH_COMPARED_MOVE = _lazy(
    "(?<![比对])[较比](?![较重例分率赛])[\u4e00-\u9fff]{1,6}?(?:([高多贵])|[低少]|便宜)[了出]{0,2}"
    "(?=[\\d一二两三四五六七八九十几])"
)
#: A gap from a named base after 高出, 低于 (高出全省平均水平2.4个百分点 "2.4
#: points above the provincial average"): which way, the base standing between.
_ZH_GAP = _lazy(
    "(?:(高出|高于|超出|多出|快于)|低于|少于|慢于|低出)[\u4e00-\u9fff]{1,10}?"
    "(?=[\\d一二两三四五六七八九十])"
)
#: A water level over or under a mark (超警戒水位0.35米 "0.35 meters above the
#: warning level", 低于保证水位1.2米).
_ZH_LEVEL = _lazy("(?:(高于|超过|超出|超)|低于)(?:警戒|保证|汛限|设防)水位")
#: A list of what moved most one way (下降幅度较大的品种有甘蓝8.24%、油菜16.3%).
_ZH_MOVED_MOST = _lazy("(上涨|下降|涨|降|增长|减少|上升)幅度?较大的[^，。；有]{0,6}有([^。；]+)")
#: How many rose and how many fell (10涨6降11平, 4涨6降).
_ZH_UP_DOWN = _lazy("(?<![\\d.])(\\d+)[涨增升](\\d+)[降减跌](?:\\d+平)?")
#: ... or right after it: 录得21.4%的按年升幅, 5%的增长.
_ZH_DIRECTION_AFTER = _lazy(
    "的?(?:按年|按季|按月|同比|环比)?(?:(升幅|增幅|涨幅|增长)|(跌幅|降幅|减幅))"
)
#: ... and in English: "rose 12%", "fell by about 3 points", "a decline of 5%",
#: "was down 0.3 points" (not "up to 5%": a ceiling).
_EN_DIRECTION = _lazy(
    r"\b(?:(rose|risen|rises|rising|rise|increased|increases|increasing|increase|grew|grown"
    r"|grows|growing|climbed|climbs|climbing|jumped|jumps|jumping|gained|gains|gaining|surged"
    r"|surging|soared|soaring|expanded|expands|expanding|raised|raises|raising"
    r"|(?:go|goes|going|gone|went) up|up)"
    r"|(fell|fallen|falls|falling|fall|decreased|decreases|decreasing|decrease|declined"
    r"|declines|declining|decline|dropped|drops|dropping|drop|slid|sliding|slipped|slipping"
    r"|shrank|shrunk|shrinks|shrinking|contracted|contracts|contracting|dipped|plunged"
    r"|plunging|slumped|lowered|lowers|reduced|reduces|reducing|cut|cuts"
    r"|(?:go|goes|going|gone|went) down|down))"
    r"(?: by| of| to)?(?: a further| another)?(?: some| about| around| nearly| almost"
    r"| more than| over| just over| just under| roughly| approximately| an estimated"
    r"| slightly| sharply)? "
)
#: The same after the number: "a 12% rise", "5 points lower".
_EN_DIRECTION_AFTER = _lazy(
    # ("2.9 points lower", "0.08 meters higher", "0.15 to 1.12 meters lower": past a
    # range's second end and the unit the number was read without)
    r"(?: to \d[\d,]*(?:\.\d+)?)?(?: (?:percentage )?points?| (?:cubic |square )?(?:meters?"
    r"|metres?|kilometers?|kilometres?|centimeters?|centimetres?|millimeters?|millimetres?"
    r"|degrees?(?: celsius)?|tonnes?|tons|yuan|hectares|mu|years?|months?|days?|jin|catties"
    r"|kilograms?|kg|grams?))?"
    r" (?:year-on-year |on the year )?"
    r"(?:(rise|increase|gain|jump|higher|more|above|rose|longer|larger|bigger|wider|faster"
    r"|went up|were up)|(fall|drop|decline|decrease|lower|fewer|less|below|fell|shorter"
    r"|smaller|narrower|slower|went down|were down))\b"
)
#: A forecast or a rate revised to a number further on in the clause:
#: "lowered its growth forecast from 2-3% to 3.2%" (上调至3.2%).
_REVISED_TO = _lazy(
    r"\b(?:(raised|lifted|upgraded|revised up|nudged up)|(lowered|cut|trimmed|downgraded"
    r"|revised down|slashed))\b[^.;:]{0,60}? to "
)


_DIRECTION_HINT = _lazy(
    "[增升涨降减跌落滑提调浮]|成长|偏[高低多少]|水位|[较比][^，。；]{0,8}[高低多少贵宜]"
    "|[高低快慢少]于|[高超多低]出|[较比](?:" + "|".join(_BASES_COMPARED) + ")(?:同期)?[高低多少]"
)


def directions(
    zh_folded: str, zh: Sequence[Number], en_lowered: str, en: Sequence[Number]
) -> list[tuple[Number, bool, Number]]:
    """The pairs of a Chinese and an English number that match but moved
    opposite ways (下降12% and "rose 12%"), with whether the Chinese one
    rose. Only a word right before the number counts (or, in English, right
    after it), and only on both sides: a change said any other way
    ("narrowed", 收窄) is not compared."""
    if not _DIRECTION_HINT.search(zh_folded):
        return []  # the usual case
    zh_said = [(n, n.text) for n in zh]
    zh_moves: list[tuple[Number, bool]] = []
    for m in _ZH_DIRECTION.finditer(zh_folded):
        up = (m[2] is not None) != (m[1] is not None)  # 负增长: down
        zh_moves += [(n, up) for n, said in zh_said if zh_folded.startswith(said, m.end())]
    if "幅" in zh_folded or "增长" in zh_folded:
        zh_moves += _moved_after(zh_folded, zh_said, _ZH_DIRECTION_AFTER)
    if "水位" in zh_folded:
        zh_moves += _moved_before(zh_folded, zh_said, _ZH_LEVEL)
    if not zh_moves and ("较" in zh_folded or "比" in zh_folded):
        zh_moves += _moved_before(zh_folded, zh_said, _ZH_COMPARED_MOVE)
    if "于" in zh_folded or "出" in zh_folded:
        zh_moves += _moved_before(zh_folded, zh_said, _ZH_GAP)
    if "有" in zh_folded and "较大" in zh_folded:
        # 下降幅度较大的品种有甘蓝8.24%、油菜16.3%: each share of the list moved that way
        for m in _ZH_MOVED_MOST.finditer(zh_folded):
            up = m[1] in ("上涨", "涨", "增长", "增", "上升", "升")
            zh_moves += [(n, up) for n, said in zh_said if said and said in m[2]]
    if ("涨" in zh_folded or "增" in zh_folded) and _ZH_UP_DOWN.search(zh_folded):
        # 27种蔬菜价格10涨6降11平: how many rose, how many fell
        for m in _ZH_UP_DOWN.finditer(zh_folded):
            zh_moves += [(n, True) for n, said in zh_said if said == m[1] and n.kind == "count"]
            zh_moves += [(n, False) for n, said in zh_said if said == m[2] and n.kind == "count"]
    if not zh_moves:
        return []
    # "doubled", "tripled" say their own way: "contracts nearly doubled" is a
    # noun before them, not a fall
    en_said = [(n, n.text.lower()) for n in en if not (n.kind == "factor" and n.text[:1].isalpha())]
    en_moves = _moved_before(en_lowered, en_said, _EN_DIRECTION)
    en_moves += _moved_after(en_lowered, en_said, _EN_DIRECTION_AFTER)
    if " to " in en_lowered and _REVISED_TO.search(en_lowered):
        en_moves += _moved_before(en_lowered, en_said, _REVISED_TO)
    # "grew -2.6%" is a fall: a negative number turns its word round
    zh_rose = [(z, z_up != (z.value < 0), set(z.readings())) for z, z_up in zh_moves]
    out = []
    for e, e_up in en_moves:
        e_rose = e_up != (e.value < 0)
        same = [(z, rose) for z, rose, readings in zh_rose if readings.intersection(e.readings())]
        # 下降0.4%…上涨0.4% "rose 0.4% after falling 0.4%": a value the
        # Chinese moves both ways is wrong only if no Chinese move goes the English way
        if same and all(rose != e_rose for _, rose in same):
            out.extend((z, rose, e) for z, rose in same)
    return out


def _moved_before(
    text: str, said: Sequence[tuple[Number, str]], before: re.Pattern[str]
) -> list[tuple[Number, bool]]:
    """The English numbers (each with its text as ``text`` spells it) right
    after a word of rise or fall (``before``: group 1 a rise), and whether
    they rose; "up to" is a ceiling, not a rise."""
    out: list[tuple[Number, bool]] = []
    for m in before.finditer(text):
        if m[0].startswith("up to"):
            continue
        out += [(n, m[1] is not None) for n, spelled in said
                if spelled and text.startswith(spelled, m.end())]  # fmt: skip
    return out


def _moved_after(
    text: str, said: Sequence[tuple[Number, str]], after: re.Pattern[str]
) -> list[tuple[Number, bool]]:
    """The numbers (each with its text as ``text`` spells it) that a word of
    rise or fall follows (``after``: group 1 a rise), and whether it rose."""
    return [(n, m[1] is not None) for n, m in _followed_by(text, said, after)]


def _followed_by(
    text: str, said: Sequence[tuple[Number, str]], after: re.Pattern[str]
) -> list[tuple[Number, re.Match[str]]]:
    """The numbers (each with its text as ``text`` spells it) that ``after``
    matches right after, where the number is first spelled, with the match."""
    out = []
    for n, spelled in said:
        at = text.find(spelled) if spelled else -1
        while at > 0 and (text[at - 1].isdigit() or text[at - 1] in ",."):
            at = text.find(spelled, at + 1)  # not the 3,000 of 13,000
        m = after.match(text, at + len(spelled)) if at >= 0 else None
        if m is not None:
            out.append((n, m))
    return out


def day_name(text: str) -> bool:
    """Whether a Chinese date names a day ("3·15", 五一) rather than gives it."""
    return text in FESTIVAL_DAYS or any(c in DATE_NAME_DOTS for c in text)


_ZH_MONTH_IN_LIST = _lazy(_ZH_MONTH_NUMBER)
_DOTS = _lazy("[" + DATE_NAME_DOTS + "]")
#: March or May that ends a list or range of months (April, May; June to March).
_LAST_IN_LIST = _lazy(r"\b(?:" + _MONTH_NAMES + r")(?:,| and|, and| to| or| through) (march|may)\b")
_EN_DATE = _lazy(
    # (not "this August 15,296 cases": a count with its thousands)
    rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?!,\d{{3}}(?!\d))(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?\b"
    # (not "6.5 may occur": a decimal's tail, and "may" a verb after a number)
    rf"|\b(?<![\d][.,])(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{_MONTH.replace('month', 'month3')}"
    r"(?!(?<=may) (?:be|not|have|also|occur|need|still|well|take|rise|fall|reach|exceed)\b)"
    r"(?:,?\s+(?P<y3>\d{4}))?\b"
    rf"|\b{_MONTH.replace('month', 'month4')}\s+(?P<y4>\d{{4}})\b"
    r"|\b(?P<month5>january|february|april|june|july|august|september|october|november"
    r"|december|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b"  # "from Jan to Aug"
    # March and May are verbs too: read alone only where a month name goes
    # (in May, from March, next March) or in a list of months (April, May and June)
    r"|(?:(?<=\bin )|(?<=from )|(?<=since )|(?<=until )|(?<=early )|(?<=late )|(?<=mid-)"
    r"|(?<=end of )|(?<=start of )|(?<=middle of )|(?<=beginning of )|(?<=for )|(?<=by )"
    r"|(?<=during )|(?<=through )|(?<=of )|(?<=next )|(?<=last )|(?<=before ))"
    r"(?P<month6>march|may)\b(?! be\b)"
    r"|\b(?P<month7>march|may)(?=,? (?:and |to |or |through )?(?:" + _MONTH_NAMES + r")\b)"
    # or first in the text before a noun: "March exports", not "May be"
    r"|^(?P<month8>march|may)(?= (?!be |have |not |i |we |you |the |also )[a-z])"
    r"|\b(?P<month9>march|may)(?=['\u2019]s\b"  # "May's gains": only the month has one
    # ... and "March revenue", "May exports": a month before what is counted in it
    r"| (?:revenue|sales|exports|imports|output|data|figures|trade|arrivals|profits?)\b"
    # ... and "the March jobless rate": the article before a month and its noun
    r"|(?:(?<=\bthe march)|(?<=\bthe may)) (?!of\b|to\b|on\b|through\b|toward|from\b|past\b|be\b)"
    r"[a-z])"
    # the end of a span of months: "Jan-May", "January-March", "Feb-Mar"
    r"|(?:(?<=jan[-\u2013])|(?<=feb[-\u2013])|(?<=apr[-\u2013])|(?<=jan\.[-\u2013])"
    r"|(?<=feb\.[-\u2013])|(?<=january[-\u2013])|(?<=february[-\u2013])|(?<=april[-\u2013]))"
    r"(?P<month10>march|may|mar)\b"
    r"|\b(?P<y2>\d{4})[/.-](?P<m2>\d{1,2})[/.-](?P<d2>\d{1,2})\b"
)  # matched against lower-cased text

Date = tuple[int | None, int, int | None]
DateSpan = tuple[Date, tuple[int, int]]
#: Months from the first to the last (1-9月: January to September, or "the
#: first nine months").
Months = tuple[int, int]
#: Every English date has a month name at the start of a word, or a numeric
#: date: two quick searches before the full pattern. Each starts with what it
#: must find (a month stem, a separator) so the engine skips ahead to it.
_MONTH_WORD = _lazy(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?<!\w...)")
_NUMERIC_DATE_HINT = _lazy(
    r"[/.-](?<=\d{4}.)\d|(?<!\d)1[0-3]\d/\d|\d/(?:19|20)\d\d|[（(]\d{1,2}/\d"
)


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _zh_int(text: str | None) -> int | None:
    """A month, day or year written in digits or in Chinese numerals."""
    if not text:
        return None
    if text[0].isdigit():
        return int(text)
    value = _zh_numeral(text)
    return None if value is None else int(value)


def zh_dates(text: str) -> list[DateSpan]:
    """Dates (year, month, day) in Chinese text, with their spans."""
    return _zh_dates(zh_fold(text))[0]


#: Words before 3月 that make it a count of months (连续3月, 近3月), not March.
_MONTHS_COUNTED = ("连续", "连", "近", "过去", "历时", "为期", "长达")


def _zh_dates(folded: str) -> tuple[list[DateSpan], list[tuple[Months, tuple[int, int]]]]:
    """The dates of a Chinese text, and its ranges of months, with their spans."""
    out: list[DateSpan] = []
    ranges: list[tuple[Months, tuple[int, int]]] = []
    for m in _FESTIVAL.finditer(folded):
        if m.start() and (folded[m.start() - 1] in _ZH_NUMERAL or folded[m.start() - 1].isdigit()):
            continue  # 二十一节 (a count), not 十一
        out.append(((None, *FESTIVAL_DAYS[m.group(0)]), m.span()))  # 五一劳动奖章: May 1
    if "月" not in folded and not _NUMERIC_DATE_HINT.search(folded) and not _DOTS.search(folded):
        return out, ranges
    if "前" in folded:
        for m in _FIRST_MONTHS.finditer(folded):
            last = _zh_int(m[1])
            if last is not None and 2 <= last <= 12:
                ranges.append(((1, last), m.span()))  # 前两个月 "January-February"
    for m in _ZH_DATE.finditer(folded):
        date: Date
        if m["m2"]:
            year = int(m["y2"])
            date = (year + 1911 if year < 1000 else year, int(m["m2"]), int(m["d2"]))
        elif m["m3"]:
            date = (None, int(m["m3"]), int(m["d3"]))
        elif m["m4"]:
            date = (int(m["y4"]), int(m["m4"]), int(m["d4"]))
        elif m["m5"]:
            date = (None, int(m["m5"]), int(m["d5"]))
        else:
            at = m.start()
            if not (m["y"] or m["d"] or m["m0"]) and at and folded[at - 1] in "前首":
                continue  # 前10月 "the first 10 months" (Taiwan): months 1-10, not October
            if not (m["y"] or m["d"] or m["m0"]) and _TERM_BEFORE.search(folded, 0, at):
                continue  # 有期徒刑3年6月 (Taiwan): three years and six months, not June
            if not (m["y"] or m["d"] or m["m0"] or m["list"]) and folded.endswith(
                _MONTHS_COUNTED, 0, at
            ):
                continue  # 连续3月 (Taiwan) "three months in a row": a count, not March
            month = _zh_int(m["m"])
            first = _zh_int(m["m0"])
            if m["list"]:
                for each in _ZH_MONTH_IN_LIST.findall(m["list"]):
                    earlier = _zh_int(each)
                    if earlier is not None and 1 <= earlier <= 12:
                        out.append(((_zh_int(m["y"]), earlier, None), m.span()))
            if first is not None and month is not None and 1 <= month < first <= 12:
                if m["d"] is None:
                    # 十一月至一月 (Hong Kong, Macao): three months across the new
                    # year, read as its two ends
                    out.append(((_zh_int(m["y"]), first, None), m.span()))
                    out.append(((None, month, None), m.span()))
                continue
            ranged = first is not None and month is not None and 1 <= first < month <= 12
            if ranged and m["d"] is None:
                # 2011年1-2月: the year stays in the text, to be read as a year
                span = (m.start("m0"), m.end()) if m["y"] else m.span()
                ranges.append(((first, month), span))  # type: ignore[arg-type]
                continue
            # (1至9月1日: a range that ends on a day is read as that date alone)
            if month is None or (
                m["m"] == "一" and not (m["y"] or m["d"]) and not _january(folded, *m.span())
            ):
                continue  # 一月 alone is as often "one month"
            date = (_zh_int(m["y"]), month, _zh_int(m["d"]))
        if 1 <= date[1] <= 12 and (date[2] is None or 1 <= date[2] <= 31):
            out.append((date, m.span()))
    return out, ranges


def en_dates(text: str) -> list[DateSpan]:
    """Dates in English text (March 30, 2018; 30 March 2018; 2018/03/30), with their spans."""
    return _en_dates(_lower(fold_width(text)))


#: The last day of a range after a date: "Nov 1-11", "Dec. 3–5".
_DAY_RANGE_END = _lazy(r"[-\u2013](\d{1,2})\b(?![-\u2013.,]?\d)")


def _en_dates(lowered: str) -> list[DateSpan]:
    out: list[DateSpan] = []
    if not (_MONTH_WORD.search(lowered) or _NUMERIC_DATE_HINT.search(lowered)):
        return out
    for m in _EN_DATE.finditer(lowered):
        date: Date
        if m["m2"]:
            date = (int(m["y2"]), int(m["m2"]), int(m["d2"]))
        elif m["month"]:
            date = (_int(m["y"]), _MONTHS[m["month"]], _int(m["d"]))
        elif m["month3"]:
            date = (_int(m["y3"]), _MONTHS[m["month3"]], _int(m["d3"]))
        elif m["month4"]:
            date = (int(m["y4"]), _MONTHS[m["month4"]], None)
        else:  # a month alone: "by the end of November", "in May"
            date = (
                None,
                _MONTHS[
                    m["month5"]
                    or m["month6"]
                    or m["month7"]
                    or m["month8"]
                    or m["month9"]
                    or m["month10"]
                ],
                None,
            )
        if 1 <= date[1] <= 12:
            out.append((date, m.span()))
            end = _DAY_RANGE_END.match(lowered, m.end()) if date[2] is not None else None
            if end is not None and date[2] < int(end[1]) <= 31:
                # "Nov 1-11": the range's last day, a date of the same month
                out.append(((date[0], date[1], int(end[1])), end.span()))
    if "mar" in lowered or "may" in lowered:
        found = {span for _, span in out}
        for m in _LAST_IN_LIST.finditer(lowered):
            if m.span(1) not in found:
                out.append(((None, _MONTHS[m[1]], None), m.span(1)))
    return out


#: March or May with a capital inside a sentence: the month, not the verb
#: (with its capital gone, "with March up 41.1 percent" reads as a verb).
_CAPITAL_MONTH = _lazy(r"(?<=[a-z,;] )(March|May)\b(?!['\u2019-]| [A-Z]| of the [A-Z])")
#: A headline's words all start with a capital ("Workers May Get More").
_CAPITALIZED_WORD = _lazy(r"\b[A-Z][a-z]")


def _capitalized_months(folded: str, dates: list[DateSpan]) -> list[DateSpan]:
    """``dates`` and every March or May that only its capital shows to be a
    month: inside a sentence, after a word with no capital (not "the Long
    March", "Theresa May"), before none ("May Day"), in a text that is not a
    headline's title case."""
    found = {span for _, span in dates}
    extra = [
        ((None, _MONTHS[m[1].lower()], None), m.span(1))
        for m in _CAPITAL_MONTH.finditer(folded)
        if m.span(1) not in found and not any(a <= m.start(1) < b for _, (a, b) in dates)
    ]
    if not extra or len(_CAPITALIZED_WORD.findall(folded)) * 2 > len(folded.split()):
        return dates
    return sorted(dates + extra, key=lambda d: d[1])


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text  # the usual case: no character copy needed
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


# --- dates, then numbers outside them ------------------------------------------


#: A space between digits and Chinese, as some sites set them apart (18 日, 每日 210元).
_DIGITS_SPACED = _lazy("(?<=\\d) (?=[\u4e00-\u9fff%‰])|(?<=[\u4e00-\u9fff]) (?=\\d)")
#: ○ (a white circle) written for 〇 among numerals, as Hong Kong's releases do.
_CIRCLE_ZERO = _lazy(
    "(?<=[〇零一二三四五六七八九十百千万亿\u25cb])\u25cb|(?<=[〇零一二三四五六七八九\u25cb][.．])\u25cb"
    "|\u25cb(?=[.．点點]?[〇零一二三四五六七八九\u25cb])"
)
_POSITIONAL_DIGIT = "[〇一二三四五六七八九]"
#: Numerals written digit by digit: with a decimal point (七.八, 〇.〇二), with a
#: zero (八〇, 二七〇〇), or three or four before 年 (一一二年); not with 十, 百 …
_POSITIONAL = _lazy(
    f"(?<![〇零一二三四五六七八九十百千两.点])(?:{_POSITIONAL_DIGIT}+[.．]{_POSITIONAL_DIGIT}+"
    f"|{_POSITIONAL_DIGIT}*〇{_POSITIONAL_DIGIT}*(?<=..)|{_POSITIONAL_DIGIT}{{3,4}}(?=年))"
    "(?![〇零一二三四五六七八九十百千两])"
)
#: 廿 and 卅 before digits one by one (廿一．四％ "21.4%"): the tens' digit.
_SCORE_POSITIONAL = _lazy("[廿卅](?=[一二三四五六七八九][.．])")


def _positional(m: re.Match[str]) -> str:
    digits = m[0].translate(_DIGIT_OF)
    previous = m.string[m.start() - 1] if m.start() else ""
    if previous.isascii() and previous.isalpha():
        return " " + digits  # GDP三．一八％: apart from the letters, or "GDP3.18" is a code
    return digits


_POSITIONAL_HINT = _lazy(
    f"[十{_POSITIONAL_DIGIT[1:-1]}][.．〇]|〇{_POSITIONAL_DIGIT}|{_POSITIONAL_DIGIT}{{3}}年"
    f"|万{_POSITIONAL_DIGIT}{{3}}|{_POSITIONAL_DIGIT}{{2}}亿"
)
#: A count of 万 and its digits one by one: 十七萬二七〇〇 (172,700), 七萬九三一
#: (70,931: the block's leading zero left out).
_WAN_POSITIONAL = _lazy(
    f"(?<![〇零一二三四五六七八九十百千两])([一二两三四五六七八九十百千]+)万({_POSITIONAL_DIGIT}{{3,4}})"
    "(?![〇零一二三四五六七八九十百千万亿])"
)
#: A count of 亿 written digit by digit, and of 万 after it (六二九億二四二四萬,
#: Taiwan's papers): 62,924,240,000.
_YI_POSITIONAL = _lazy(
    f"(?<![〇零一二三四五六七八九十百千两兆.．点])({_POSITIONAL_DIGIT}{{2,4}})亿"
    f"(?:({_POSITIONAL_DIGIT}{{1,4}})万)?(?![〇零一二三四五六七八九十百千])"
)


#: The point of a numeral with 十 (二十.二%, Taiwan's papers): 点, as 二十点二.
_TENS_POINT = _lazy("(?:(?<=十)|(?<=十[一二三四五六七八九]))[.．](?=[〇一二三四五六七八九])")
#: Numerals before 兆 and digits (十二兆七〇一三億, Taiwan): the 兆 in digits,
#: which :data:`_TRILLION` reads.
_NUMERAL_TRILLION = _lazy(
    "(?<![〇零一二三四五六七八九十百千两])([一二两三四五六七八九十百千]+)(?=兆\\d)"
)


#: The one a ratio is to (16.2:1), not a score's (1:1 is read as it is written).
_TO_ONE = _lazy(
    r"(?<=\d\.\d)[:\u2236]1(?![\d.])|(?<=\d\d)[:\u2236]1(?![\d.])"
    r"|(?<![\d.])1(?=[:\u2236]\d+\.\d)|(?<![\d.])1(?=[:\u2236]\d{1,3}的?比例)"
    r"|(?:(?<=比为\d)|(?<=比约为\d)|(?<=比例为\d)|(?<=比例约为\d))[:\u2236]1(?![\d.])"
)  # (and 医护比为1:1.04 "1.04 nurses for every doctor", 按1:3的比例 "three for each post";
# 车桩比约为8:1 "eight cars to each post"; ∶ is the ratio sign)
#: A count of shares priced at 1,000 or more (24千金), not 千金股 itself.
_HOW_MANY_PRICEY = _lazy(r"(?<![\d.])(\d+)千金(?!股)")
#: Numerals, maybe with a decimal point, just before 兆 as a trillion of a
#: currency (not 兆瓦, mega-, nor 千兆光网, giga-).
_NUMERALS_TRILLION = _lazy(
    "(?<![〇零一二两三四五六七八九十百千万亿点])"
    "([一二两三四五六七八九十百千]+(?:点[〇零一二三四五六七八九]+)?)"
    "(?=兆(?:元|美元|日元|日圆|港元|韩元|新台币|台币|\\d))"  # not 千兆光网, gigabit
)


def _trillion_numerals(m: re.Match[str]) -> str:
    whole, _, tenths = m[1].partition("点")
    value = _value("一" + whole if whole in ("百", "千") else whole)  # 百兆 "100 trillion"
    if value is None:
        return m[0]
    return f"{int(value)}" + (f".{tenths.translate(_DIGIT_OF)}" if tenths else "")


def _wan_positional(m: re.Match[str]) -> str:
    value = int((_value(m[1]) or 0) * 10_000) + int(m[2].translate(_DIGIT_OF))
    return str(value).rjust(len(m[0]))  # as long as it was: date spans stay in place


def _yi_positional(m: re.Match[str]) -> str:
    value = int(m[1].translate(_DIGIT_OF)) * 100_000_000
    if m[2]:
        value += int(m[2].translate(_DIGIT_OF)) * 10_000
    return str(value).rjust(len(m[0]))


def _numerals_in_digits(m: re.Match[str]) -> str:
    return str(int(_value(m[1]) or 0)).rjust(len(m[0]))


_RANGE_JOINS = frozenset(("至", "到", "-", "—", "~", "～", "–", "to", "through", "until", "till"))


def _range_years(dates: list[DateSpan], text: str) -> list[DateSpan]:
    """Dates joined as a range, with the year one end gives for both (2013年5月
    22日至8月21日; "from May 22 to August 21, 2014"), when the months run forward."""
    out = list(dates)
    for i in range(len(out) - 1):
        (a, a_span), (b, b_span) = out[i], out[i + 1]
        if text[a_span[1] : b_span[0]].strip() not in _RANGE_JOINS:
            continue
        if a[1] is None or b[1] is None or b[1] < a[1]:
            continue  # (12月22日至1月21日: the end is in the next year)
        if a[0] is None and b[0] is not None:
            out[i] = ((b[0], a[1], a[2]), a_span)
        elif a[0] is not None and b[0] is None:
            out[i + 1] = ((a[0], b[1], b[2]), b_span)
    return out


def zh_prepare(text: str) -> tuple[list[DateSpan], list[Months], str]:
    """The dates and ranges of months of a Chinese text, and the text as its
    numbers are read from (:func:`zh_normal`, the dates and ranges blanked out)."""
    folded = zh_normal(text)
    dates, ranges = _zh_dates(folded)
    if len(dates) > 1:
        dates = _range_years(dates, folded)
    if not dates and not ranges:
        return dates, [], folded
    spans = [span for _, span in dates] + [span for _, span in ranges]
    return dates, [months for months, _ in ranges], blank(folded, spans)


def zh_normal(text: str) -> str:
    """A Chinese text as its dates and numbers are read from: width folded,
    numerals Simplified, digits written out; the spans of :func:`zh_prepare`
    are spans of this text (some steps change its length)."""
    folded = train_pairs(zh_fold(text))
    if (" " in folded or "\u00a0" in folded) and _SPACED_THOUSANDS.search(folded):
        folded = _SPACED_THOUSANDS.sub(_thousands, folded)  # 5 800宗 (Hong Kong): 5,800
    if " " in folded and _DIGITS_SPACED.search(folded):
        folded = _DIGITS_SPACED.sub("", folded)  # 今日（18 日）, 2026 年 (Yahoo Hong Kong)
    if "\u25cb" in folded:
        folded = _CIRCLE_ZERO.sub("〇", folded)  # 二○一六年 (Hong Kong): a zero, not a circle
    if ("〇" in folded or "零" in folded) and _YEAR_DIGITS.search(folded):
        # 二零二三至二四年度, 二〇二七/二八至二〇三六/三七年度 (Hong Kong): 2023至2024,
        # 2027/2028至2036/2037, in digits before 二〇二七 alone is read digit by
        # digit and leaves 二八 a numeral
        folded = _full_year_spans(_YEAR_DIGITS.sub(_year_digits, folded))
    if ("/" in folded or "至" in folded or "-" in folded) and _SHORT_YEAR_SPAN.search(folded):
        folded = _full_year_spans(folded)  # 2022/23赛季: 2022/2023; 2024至25年度, 2024-25年度
    if ("年度" in folded or "学年" in folded or "年报" in folded) and _TWO_DIGIT_YEAR_SPAN.search(
        folded
    ):
        # 06/07年度, 2016-17年报 (Hong Kong): a fiscal or school year by its short ends
        folded = _TWO_DIGIT_YEAR_SPAN.sub(_two_digit_years, folded)
    if ("〇" in folded or "." in folded or "年" in folded or "万" in folded or "亿" in folded) and (
        _POSITIONAL_HINT.search(folded)
    ):
        # Taiwan's papers write numbers digit by digit: 八〇.七歲, 十七萬二七〇〇人, 一一二年
        folded = _WAN_POSITIONAL.sub(_wan_positional, folded)
        if "亿" in folded:
            folded = _YI_POSITIONAL.sub(_yi_positional, folded)
        if "廿" in folded or "卅" in folded:
            folded = _SCORE_POSITIONAL.sub(lambda m: "二" if m[0] == "廿" else "三", folded)
        folded = _POSITIONAL.sub(_positional, folded)
        if "十" in folded:
            folded = _TENS_POINT.sub("点", folded)
        if "兆" in folded:
            folded = _NUMERAL_TRILLION.sub(_numerals_in_digits, folded)
    if "来" in folded or "把" in folded:
        # 十来户 "ten or so": same length, so spans hold
        folded = _ROUGHLY.sub(lambda m: "约" + (m[1] or m[2]), folded)
    if "百十" in folded:
        # 百十号人 (spoken) "a hundred or so": about a hundred, as long as it was
        folded = _HUNDRED_OR_SO.sub("约百", folded)
    if "好几" in folded:
        # 五十好几 "fifty-odd": 几 past the tens, a blank before to keep the length
        folded = _TENS_AND_SOME.sub(lambda m: " " + m[1] + "几", folded)
    if "钟头" in folded:
        folded = folded.replace("钟头", "小时")  # 半个钟头 (spoken): half an hour
    if "有" in folded and _TENS_AND_UNITS.search(folded):
        # 八十有五 "85" (an age, the old way): as long as it was, a blank before
        folded = _TENS_AND_UNITS.sub(lambda m: " " + m[1] + m[2], folded)
    return folded


_MONTHS_QUARTER = _lazy(
    r"\b(?:january|april|july|october)[-\u2013](?:march|june|september|december) quarter\b"
)


#: Scientific notation: 3×10⁸, 3 x 10^8, 10^18, 10的18次方 (and 10⁻⁹).
_SCIENTIFIC = _lazy(
    r"(?:(?<![\d.])(\d+(?:\.\d+)?) ?[×xX*] ?)?(?<![\d.])10"
    r"(?:(?:\^|\*\*)(-?\d{1,2})|([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})|的(-?\d{1,2})次方)(?![\d.])"
)
_SUPERSCRIPT = _lazy("[⁰¹²³⁴⁵⁶⁷⁸⁹]")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")


def _scientific(m: re.Match[str]) -> str:
    power = (m[2] or m[3] or m[4]).translate(_SUPERSCRIPTS)
    value = float(m[1] or 1) * 10.0 ** int(power)
    return f"{value:.0f}" if value >= 1 else f"{value:.12f}".rstrip("0")


_VULGAR = _lazy("(\\d)([\u00bd\u00bc\u00be])")
_VULGAR_DECIMALS = {"\u00bd": ".5", "\u00bc": ".25", "\u00be": ".75"}
#: A whole number and a fraction in a wire's typewriter style: "3-1/2 years",
#: "2 3/4 percent" (Reuters): 3.5, 2.75.
_TYPED_MIXED = _lazy(r"(?<![\d/.,])(\d+)[- ]([13])/([24])(?![\d/])")
_TIMES = _lazy("(?<=\\d)[x\u00d7X](?=\\d)")
#: Hong Kong's tropical cyclone signals in headlines: T1, T3, T8, T9, T10 …
_STORM_SIGNAL = _lazy(r"\bT(1|3|8|9|10)\b")
#: … where the text speaks of a storm (T8 is a signal, not a model's name).
_STORM_WORDS = _lazy(r"(?i)\b(?:signal|typhoon|storm|gale|hoist|observatory|cyclone)")


#: A span of years whose second is cut short: "2024-25", 2022/23 (a season, a
#: school or fiscal year), read as the full year when it follows the first.
_SHORT_YEAR_SPAN = _lazy(
    "(?<![\\d.])((?:19|20)\\d\\d)([-/\u2013\u2014至])(\\d\\d)(?![\\d%]|\\.\\d)"  # "by 2027-28."
)


#: A month name just before digits: "May 12 300 people" is a day, then a number.
_MONTH_BEFORE = _lazy(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? $")
#: Thousands set apart by spaces, as Hong Kong's government writes them (5 800,
#: 13 700): one number, its spaces read as commas (the length kept, so spans hold).
_SPACED_HINT = _lazy(r"\d[ \u00a0\u202f]\d")
_SPACED_THOUSANDS = _lazy(
    r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?![\d]|[.,]\d)"  # 2 339.4万人
)


def _thousands(m: re.Match[str]) -> str:
    if _MONTH_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
        return m[0]  # "on May 12 300 people": a day, then a number
    return m[0].replace(" ", ",").replace("\u00a0", ",").replace("\u202f", ",")


#: A fiscal, tax or school year written with two digits at each end (06/07年度).
_TWO_DIGIT_YEAR_SPAN = _lazy(
    "(?<![\\d.,/])(\\d\\d)([/\\-–])(\\d\\d)(?=(?:课税|财政|会计|预算)?年度|学年|年报)"
)


def _two_digit_years(m: re.Match[str]) -> str:
    first, second = int(m[1]), int(m[3])
    if second != (first + 1) % 100:
        return m[0]
    century = 2000 if first < 50 else 1900
    return f"{century + first}{m[2]}{century + first + 1}"


def _full_year_spans(text: str) -> str:
    def full(m: re.Match[str]) -> str:
        first = int(m[1])
        return f"{m[1]}{m[2]}{first + 1}" if int(m[3]) == (first + 1) % 100 else m[0]

    return _SHORT_YEAR_SPAN.sub(full, text)


#: "the three months ending October", "the 12 months to March": a span of
#: months named by its length and its last month.
_MONTHS_ENDING = _lazy(
    r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]months?"
    r" (?:ending|ended|to|through) (?:the end of )?(" + _MONTH_NAMES + r")\b"
)


def en_months_ending(lowered: str) -> list[Months]:
    """The spans of months an English text names by length and last month,
    first and last ("the three months ending October": 8 to 10)."""
    out = []
    for m in _MONTHS_ENDING.finditer(lowered):
        count = int(m[1]) if m[1].isdigit() else _EN_UNITS.get(m[1], 0)
        last = _MONTHS[m[2]]
        if 1 < count <= 12:
            out.append(((last - count) % 12 + 1, last))
    return out


def _typed_mixed(m: re.Match[str]) -> str:
    if m[2] == "3" and m[3] == "2":
        return m[0]  # "3/2" is no fraction of a whole
    return m[1] + str(int(m[2]) / int(m[3]))[1:]


#: Tonnes glued to their number ("10t", "2.5t"), not a trillion ("1t yuan").
_TONNES_GLUED = _lazy(r"(?<![\w.])(\d+(?:\.\d+)?)t\b(?! (?:yuan|rmb|dollars|usd))")


def en_prepare(text: str) -> tuple[list[DateSpan], str, str]:
    """The dates of an English text, and the text as its numbers are read from,
    as it is and lower-cased."""
    folded = train_pairs(fold_width(text))
    if _SPACED_HINT.search(folded) and _SPACED_THOUSANDS.search(folded):
        folded = _SPACED_THOUSANDS.sub(_thousands, folded)  # "about 7 000 applicants"
    if ("-" in folded or "/" in folded or "\u2013" in folded) and _SHORT_YEAR_SPAN.search(folded):
        folded = _full_year_spans(folded)  # the 2024-25 season: 2024-2025
    if "\u00bd" in folded or "\u00bc" in folded or "\u00be" in folded:
        folded = _VULGAR.sub(lambda m: m[1] + _VULGAR_DECIMALS[m[2]], folded)  # 2½: 2.5
    if "/" in folded and _TYPED_MIXED.search(folded):
        folded = _TYPED_MIXED.sub(_typed_mixed, folded)  # "3-1/2 years": 3.5
    if "10" in folded and ("^" in folded or _SUPERSCRIPT.search(folded)):
        folded = _SCIENTIFIC.sub(_scientific, folded)  # 3×10⁸, 10^18: the value written out
    if (
        ("T8" in folded or "T3" in folded or "T1" in folded or "T9" in folded)
        and _STORM_SIGNAL.search(folded)
        and _STORM_WORDS.search(folded)
    ):
        folded = _STORM_SIGNAL.sub(r"No. \1", folded)  # "T8 hoisted" (Hong Kong): signal No. 8
    if "t" in folded and _TONNES_GLUED.search(folded):
        folded = _TONNES_GLUED.sub(r"\1 t", folded)  # "10t of steel": 10 tonnes
    lowered = _lower(folded)
    if ("x" in lowered or "\u00d7" in lowered) and _TIMES.search(lowered):
        # 4x100m, 3x3: two numbers (4×100米), not one word
        folded, lowered = _TIMES.sub(" ", folded), _TIMES.sub(" ", lowered)
    dates = _en_dates(lowered)
    if "March" in folded or "May" in folded:
        dates = _capitalized_months(folded, dates)
    if len(dates) > 1:
        dates = _range_years(dates, lowered)
    if dates and "quarter" in lowered:
        # "the July-September quarter" is a quarter (read with the forms), not two months
        quarters = [m.span() for m in _MONTHS_QUARTER.finditer(lowered)]
        dates = [d for d in dates if not any(a <= d[1][0] < b for a, b in quarters)]
    if dates:
        spans = [span for _, span in dates]
        folded, lowered = blank(folded, spans), blank(lowered, spans)
    return dates, folded, lowered


# --- codes ----------------------------------------------------------------------

#: A run of letters and digits, with inner dots and hyphens (5A, PM2.5, C919,
#: H7N9, COVID-19): a name the English keeps as it is.
_CODE = _lazy(r"(?<![A-Za-z\d.\-/])[A-Za-z\d]+(?:[.\-/][A-Za-z\d]+)*")
_CODE_HINT = _lazy(r"[A-Za-z]\d|\d[A-Za-z]")
#: A size with a slash, as a tyre's is written (59/80R63, 205/55R16).
_SIZE_CODE = _lazy(r"\d+/\d+[A-Za-z]+\d*")
#: A code of digits, then letters (2F, 5A).
_DIGITS_LETTERS = _lazy(r"(\d+)([A-Za-z]{1,2})")
#: A model's numeral, 号 and letter (长征二号F; 长征三号乙 and 长征二号丁, whose
#: stems 甲乙丙丁 are the letters A to D: "Long March-3B", "Long March-2D").
_MODEL_NUMERAL = _lazy(
    "([一二三四五六七八九十]{1,3})[号號]([A-Z][A-Z0-9]?|[甲乙丙丁](?![组级类等]))(?![A-Za-z0-9])"
)
_STEM_LETTERS = {"甲": "A", "乙": "B", "丙": "C", "丁": "D"}
#: A number and its unit (100km, 30kW), or an ordinal (1st): a quantity, not a code.
#: Letters that are more often a name than a unit stay codes: 5G, 3D, 4K, 5S.
_NOT_A_CODE = _lazy(
    r"\d+(?:\.\d+)?(?:k?m|[cm]m|kg|lbs?|k?wh?|[mg]wh?|kv|[mgk]?hz|ml|h|min|[kmgt]b"
    r"|m[23]|st|nd|rd|th|cc|c\.c\.?)",  # (100c.c. "100cc": an engine's size)
    re.IGNORECASE,
)
#: Between a number and a unit written against it (100km, 30kW).
_GLUED_UNIT = _lazy(
    r"(?<=\d)(?=(?:k?m|[cm]m|kg|lbs?|k?wh?|[mg]wh?|kv|[mgk]?hz|ml|h|min|[kmgt]b|m[23]|cc|c\.c\.?)"
    r"(?![A-Za-z\d]))",
    re.IGNORECASE,
)
_SQUASH = _lazy(r"[^a-z\d.+]")


#: A train's or a flight's number and its partners' ends (G98/9, G427/428,
#: G3565/8/5, CZ6077/8): the services of the two directions, each partner
#: written with only its last digits; also a model's (A319/320/321).
_TRAIN_PAIR = _lazy(
    r"(?<![A-Za-z\d/])([A-Z]{1,2}|\d[A-Z])(\d{1,5})((?:/(?:[A-Z]{1,2}|\d[A-Z])?\d{1,5})+)(?![\d/])"
)


def _train_pair(m: re.Match) -> str:
    prefix, head = m[1], m[2]
    out = [prefix + head]
    for end in m[3].split("/")[1:]:
        digits = end[len(prefix) :] if end.startswith(prefix) else end
        if not digits.isdigit() or len(digits) > len(head):
            return m[0]
        out.append(prefix + head[: len(head) - len(digits)] + digits)
    return "/".join(out)


def train_pairs(text: str) -> str:
    """``text`` with each train's or flight's partners written in full (G98/9:
    G98/G99)."""
    if "/" not in text or not _TRAIN_PAIR.search(text):
        return text
    return _TRAIN_PAIR.sub(_train_pair, text)


#: The dash between two road stakes (K743+400-K765+390): a range, not a code's hyphen.
_STAKE_DASH = _lazy(r"(?<=\+\d)(\d*)[-\u2013\u2014－—~～](?=[A-Za-z]\d)")


def codes(text: str) -> list[str]:
    """The codes of letters and digits in a text (5A, 5G, PM2.5, C919)."""
    text = train_pairs(text)
    if "+" in text:
        text = _STAKE_DASH.sub(r"\1 ", text)
    if "号" in text or "號" in text:
        # 长征二号F "Long March-2F": a model's numeral and letter, the code 2F
        text = _MODEL_NUMERAL.sub(
            lambda m: f" {_zh_value(m[1]):.0f}{_STEM_LETTERS.get(m[2], m[2])} ", text
        )
        if "第" in text:  # 第六十三A号报告书 "Report No. 63A"
            text = _NUMERAL_CODE.sub(lambda m: f"{_zh_value(m[1]):.0f}", text)
    if not _CODE_HINT.search(text):
        return []
    if "4S" in text:
        text = text.replace("4S店", "  店")  # 4S店 "a car dealership": a kind of shop
    found = []
    runs = []
    for run in _CODE.findall(fold_width(text)):
        # 59/80R63 (a tyre's size) is one code; 5G/6G is two
        runs += [run] if "/" not in run or _SIZE_CODE.fullmatch(run) else run.split("/")
    for code in runs:
        if (
            any(c.isdigit() for c in code)
            and any(c.isalpha() for c in code)
            and not _NOT_A_CODE.fullmatch(code)
        ):
            found.append(code)
    return found


#: A letter and digits (T3, B2): a name whose letter the English may spell out.
_LETTER_DIGITS = _lazy(r"([A-Za-z])(\d{1,3})")
#: The words a code's letter may stand for (T3 "Terminal 3", L1 "Line 1").
_CODE_WORDS = {
    "t": ("terminal",),
    "l": ("line",),
    "g": ("gate",),
    "p": ("phase", "platform", "pier"),
    "h": ("hall",),
    "b": ("block", "building", "berth"),
    "z": ("zone",),
    "e": ("exit",),
    "r": ("route", "runway"),
}


def code_messages(zh_codes: list[str], en: str, en_values: set[float]) -> Iterator[str]:
    """What the numbers check says about the Chinese's codes (:func:`codes`),
    given the English and its numbers' values: each must be in
    the English as it is (case, spaces and hyphens aside; 5A may be AAAAA).
    One the English writes otherwise (T2 "Terminal 2", Q1 "the first
    quarter") passes when its numbers are there; one whose letters the English
    has with other digits (5A and "4A") is wrong."""
    en = train_pairs(en)
    lowered = en.lower()
    squashed = _SQUASH.sub("", lowered)
    en_shapes = {_shape(c): c for c in codes(en)}
    for code in zh_codes:
        plain = _SQUASH.sub("", code.lower())
        if _holds_code(lowered, squashed, plain):
            continue
        if (
            len(plain) == 2
            and plain[1] == "a"
            and plain[0] in "12345"
            and ("a" * int(plain[0]) in squashed)
        ):
            continue  # 5A级 "AAAAA-level"
        named = _LETTER_DIGITS.fullmatch(code)
        if named is not None:
            # T3航站楼 "Terminal 3": a name the English spells out must keep the number
            said = [
                (word, m[1])
                for word in _CODE_WORDS.get(named[1].lower(), ())
                for m in re.finditer(rf"\b{word} (\d+)\b", lowered)
            ]
            if said and all(int(n) != int(named[2]) for _, n in said):
                word, n = said[0]
                yield f"{code} is {word.title()} {n} in the English"
                continue
        other = en_shapes.get(_shape(code))
        if other is None and (shape := _DIGITS_LETTERS.fullmatch(code)):
            # "Long March-2C" for 长征二号F: the model's number with other letters
            glued = re.search(rf"(?<![\d.]){shape[1]}([A-Za-z]{{1,2}})(?![A-Za-z\d])", en)
            other = glued[0] if glued else None
        if other is not None:
            yield f"{code} is {other} in the English"
        elif not {value for value, _ in _code_keys(code)} <= en_values:
            yield f"{code} is not in the English"


def _holds_code(lowered: str, squashed: str, plain: str) -> bool:
    """Whether ``plain`` is in the English as a whole code, spaces and hyphens
    inside it aside: G1 is not the start of G12, nor 5A the end of 15A."""
    if plain not in squashed:
        return False
    spelled = r"[\s/-]?".join(map(re.escape, plain))
    before = r"(?<![\d.,])" if plain[0].isdigit() else ""
    after = r"(?![\d])" if plain[-1].isdigit() else ""
    return re.search(before + spelled + after, lowered) is not None


def code_keys(found: list[str]) -> set[Key]:
    """The numbers inside codes (:func:`codes`), as any kind: T2 may be
    "Terminal 2" or "the second terminal", Q1 "the first quarter"."""
    return {key for code in found for key in _code_keys(code)}


def _code_keys(code: str) -> set[Key]:
    values = {float(d) for d in re.findall(r"\d+(?:\.\d+)?", code)}
    return {(v, kind) for v in values for kind in ("count", "ordinal", "quarter")}


def _shape(code: str) -> str:
    """A code with its digits blanked: 5A and 4A have the same shape."""
    return re.sub(r"\d+", "#", code.upper())


# --- numerals in names ----------------------------------------------------------

#: An English word that may be a romanized name starting with a numeral (Jiutai,
#: Sanya, Qitaihe): looked for before any pinyin is read.
NUMERAL_SYLLABLES = _lazy(
    r"\b(?:Yi|Er|San|Si|Wu|Liu|Qi|Ba|Jiu|Shi|Bai|Qian|Wan|Liang)[a-z]+(?:[-'’][a-z]+)?\b"
)
_NUMERAL_CHARS = _lazy("[一二两三四五六七八九十百千万]")


def numerals_in_names(zh: str, en: str) -> list[tuple[int, int]]:
    """Spans of ``zh`` where a numeral starts a name the English writes in
    pinyin (九台 "Jiutai", 七台河 "Qitaihe"): not numbers."""
    words = {re.sub(r"[-'’]", "", w).lower() for w in NUMERAL_SYLLABLES.findall(en)}
    if not words:
        return []
    from bilingual.pinyin import syllable

    spans = []
    for m in _NUMERAL_CHARS.finditer(zh):
        i = m.start()
        joined = syllable(zh[i])
        for k in range(i + 1, min(len(zh), i + 4)):
            part = syllable(zh[k])
            if not part:
                break
            joined += part
            if joined in words:
                spans.append((i, k + 1))
                break
    return spans


#: A sum and its conversion into US dollars just after it, in brackets or
#: after ", or": "3.288 billion yuan (approx. $460 million)", "HK$1 billion
#: (US$128 million)", "11.2 billion yuan (1.66 billion U.S. dollars)".
_IN_DOLLARS = _lazy(
    r"(?P<pre>rmb ?|hk\$|nt\$|mop ?|¥)?(?P<a>\d[\d,]*(?:\.\d+)?)"
    r"(?: (?P<as>million|billion|trillion))?"
    r"(?: (?P<post>yuan|renminbi|patacas))?"
    r"(?: \(|, or )(?:about |around |approximately |approx\.? |roughly |some |nearly |almost )?"
    r"(?:(?:us\$|\$|usd ?)(?P<b>\d[\d,]*(?:\.\d+)?)(?: (?P<bs>million|billion|trillion))?"
    r"|(?P<b2>\d[\d,]*(?:\.\d+)?)(?: (?P<bs2>million|billion|trillion))? (?:u\.s\. |us )dollars)"
)
#: The rates each currency has had to the US dollar since 1994 (the yuan's
#: unified rate; its lowest fix, 6.04 in January 2014).
_RATES = {"yuan": (6.04, 8.3), "hk": (7.7, 7.9), "nt": (24.0, 36.0), "mop": (7.9, 8.2)}


def _bounds(digits: str, scale: str | None) -> tuple[float, float]:
    """The interval a rounded figure stands for: 460 million is 455 to 465 million."""
    digits = digits.replace(",", "")
    step = 10.0 ** -len(digits.split(".")[1]) if "." in digits else 1.0
    if "." not in digits:
        stripped = digits.rstrip("0")
        step = 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0
    unit = _EN_SCALES[scale] if scale else 1
    value = float(digits)
    return (value - step / 2) * unit, (value + step / 2) * unit


def conversion_rates(en_lowered: str) -> list[str]:
    """Conversions into US dollars that imply a rate the currency has never had
    since 1994: "118 billion yuan ($19.8 billion)" is 5.96 yuan to the dollar."""
    if "$" not in en_lowered and "dollars" not in en_lowered and "usd" not in en_lowered:
        return []  # the usual case
    out = []
    for m in _IN_DOLLARS.finditer(en_lowered):
        pre, post = (m["pre"] or "").strip(), m["post"]
        if pre in ("rmb", "¥") or post in ("yuan", "renminbi"):
            currency = "yuan"
        elif pre == "hk$":
            currency = "hk"
        elif pre == "nt$":
            currency = "nt"
        elif pre == "mop" or post == "patacas":
            currency = "mop"
        else:
            continue  # "$5 million ($…)" or a bare figure: no rate to weigh
        # the sum is the Chinese one, as given; the dollars are rounded
        amount = float(m["a"].replace(",", "")) * (_EN_SCALES[m["as"]] if m["as"] else 1)
        usd_low, usd_high = _bounds(m["b"] or m["b2"], m["bs"] or m["bs2"])
        floor, ceiling = _RATES[currency]
        if usd_low <= 0 or amount / usd_low < floor or amount / usd_high > ceiling:
            out.append(
                f"'{m[0]}' in the English converts at {2 * amount / (usd_low + usd_high):.2f} "
                f"to the US dollar, outside the {floor:g} to {ceiling:g} the currency has had"
            )
    return out
