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
- Sentences: a year and six months (一年六个月) may be given in months ("18
  months").
- Rates and averages worked out: a rate may be given over another base
  (每万人口32.4 "3.24 for every 1,000"; 利润率6.2% "6.2 yuan of profit for
  every 100 yuan"); a total's average a day over its period (全年110万辆次
  "about 3,000 a day"); a share of a year's days in days (优良天数比例90.4%
  "330 days").
- The English's own arithmetic: a conversion it gives ("196,000 hectares
  (757 square miles)", "218-metre (715-foot)", "minus 15 degrees Celsius (5
  degrees Fahrenheit)") must hold against the figure it converts
  (`numbers/units.py`); a share of two figures ("85 of 120, or 71
  percent"), an average ("an average of 550 each"), a ratio ("2.23 times
  that of") are read to the digits the English gives; a factor given with
  its own figures must be theirs ("tripled from 4,500 to 18,000" is four
  times); 完成…的112% is "exceeded … by 12 percent".
- Figures worked out, more: a figure over another period (每分钟600瓶
  "36,000 an hour"); a part as its share of a total, the part unsaid; a
  rate per 10万 as a percentage; a total from a part and its share; a base
  from its multiple (是原来的2倍 "double the old one's 6,000"); the gap
  between two rates in points; a start from its change (下降12.5% "from
  32"); the rest of a total past its parts; the other of two figures as a
  ratio to it ("half as many again"); a ratio's figure as a multiple. Each
  is matched to half a unit of the English's last digit, or within its
  hedge: a loose match lets a wrong figure pass as a worked-out one.
- And: the change a rate makes of a figure (60万…增长20% "100,000 more
  than a year ago"); an average (平均) or a change (增加了) the Chinese
  works out from two figures the English gives may go unsaid; a rate
  turned over (每千名老年人40张 "one for every 25").
- A change left to its start or its rate (增加约470亿美元 "up about 15
  percent from US$304 billion"), a start left to its change (由27元调高至29元
  "rose by HK$2 to HK$29"); a temperature the English converts must hold
  within a degree, other conversions within 1%.
- A rate restated over a second base ("3.6 per 1,000, or 36 per 10,000");
  what is left of a whole ("leaving 600"); a target passed (完成年度目标的
  112.5% "beating its target of 200,000"); a growth or fall between two
  figures needs a word of change in the English.
- A base from its multiple, the multiple unsaid (是五年前的2.5倍 "up from
  20 billion"); a share in words to the nearest simple fraction ("three in
  five" for 60.7%); one of two figures left to its share of the other
  ("half the time it used to"); a figure left to an average and a count
  ("each creating three jobs on average").
- A figure the English gives with a scale word ("2 million") is matched
  to a worked-out one within 2%, not to half a million.
- A start the English gives after "from" ("down from 32" for 28…下降12.5%)
  answers for the rate it comes from; a hedged figure near the same
  quotient does not ("about 7,100" for 1.2万…占76%).
- A total under 100 counts as the sum of its parts when the English calls
  them its own ("44 nature reserves, 24 of them national").
- A figure for one of something ("300 a fair", "80 million yuan a
  kilometre") is one Chinese figure over another.
- A gap between two figures the English gives, said as a change ("30,000
  more than its target of 250,000"), answers for itself.
- The share of what is left ("leaving 180, or 5 percent") stands for the
  Chinese share of the rest (占95%).
- 新建5G基站2,800个: what is new, its object between, is the size of a change.
- 比去年同期快3个百分点 is ahead by three points (去年同期 is read as a date
  and the 比 goes with it, so 快 after 同期, 去年, 上年 is "ahead of").
- An earlier rate the English gives for a change in points lies the way the
  Chinese says it went (95%，比去年同期快3个百分点: "against 92 percent",
  not 98); with no word of which way, either. The words of which way are
  the direction check's own (下跌, 下调 and 回落 among them; 加快, 放缓, 增多,
  快 and 慢 after a base added to it), and a width that grew or shrank
  (降幅扩大0.5个百分点: a fall of 8.1% became 8.6%) counts for the size of a
  change only: a wider fall is no rise, so the direction check leaves it out.
- 4.33‰，比上年下降0.5个千分点 "from 4.83": a change in 千分点 is of a rate
  per mille.
- "98 of them … and 28 others": the rest of a total, though "and five
  other countries" is read as a total of six.
- "one for about every 230": a hedge before "every" is the figure's.
- A bracket after a share converts nothing: "about 71 percent of it maize
  (56 million mu)" gives the part, and it must be the Chinese one.
- A conversion may be spelled out: "23 square kilometres (nine square
  miles)".
- 8万亩，平均亩产3吨 "a harvest of some 240,000 tonnes": a hedged total of a
  Chinese rate per unit (亩产, 人均, 户均, 每户…) and its count (not "capped at
  $1,000 per property" for 每户500元 over 两季: a cap is no hedge of a total).
- Parts after 其中 that the English joins count as said by their sum, below
  the total (326项，其中国际级23项、国家级58项 "81 of them were national or
  international"; parts of any size).
- "all but 1.5 percent" beside 98.5%: the rest's share, given with the share.
- "about one for every 320": a hedge before "one" is the figure's too.
- 月人均162元 "or 1,944 yuan a year": 月人均 is a figure for a month.
- A whole worked from a part and a share (28.6万人，完成全年目标的119.2%
  "its annual target of 240,000") may be any figure the two allow as the
  Chinese rounds them, where that reach is within a hundredth of it and the
  Chinese gives no whole of its own there.
- A share in words, hedged ("almost a fifth" for 19.2%; "beating its target
  by almost a fifth" for 119.2%): within a tenth of it, the hedge's way.
- "920 square kilometres (1.38 million mu)": the English's conversion first,
  the Chinese figure (in mu) kept in brackets.
- A growth the English hedges or gives in words ("an increase of more than
  a third" from 2,200亿元 to 3,000亿元) is read within its hedge.
- 108颗，是2020年底的4倍多 "more than four times the 25 or so": a factor with
  多 leaves its base a span (108/5 to 108/4), which a hedged base may give.
- 床位18.5万张，每千名老年人拥有床位约30张 "puts the number of older people at
  roughly 6 million": the people a rate per thousand is over, hedged.
- 3万名…其中全程1.2万人，半程1.8万人 "40 percent of them in the full marathon
  and the rest in the half": the part the Chinese lists last may be the
  rest, without its figure.
- A figure worked out and hedged ("about HK$34.6 billion" for 367億元 up
  6.1%) is off by at most half a unit of its last digit or 2% of it, never
  more than 5%: "about HK$35.6 billion" is not.
- 增长333.8% "about 4.3 times its level": a growth of 100% or more, as how
  many times the base it came to.
- 季增, 季減 (Taiwan's quarter on quarter) compare with the quarter before.
- A growth the English leaves to the two figures it grew between (3.5万亿元，
  比年初增加2,800亿元，增长8.7% "when they totalled about 3.22 trillion").
- 是2020年底的近6倍 "nearly six times the roughly 37,000": a factor with 近
  leaves its base a span, the factor within a tenth under its figure.
- 人口自然增长率为-4.47‰ "a natural decline of 4.47 per thousand": a negative
  rate per mille, where the English calls it a fall.
- "one every 3.5 kilometres" (42.195公里…12个) turns a figure over, as "one
  for every" does; "for the year" is a period, as "a year" is.
- 四千余家…二十个 "over 200 per base": more than a figure, over a count, is
  more than their quotient.
- "1.2 degrees Celsius (2.2 degrees Fahrenheit) above normal": a difference
  of temperatures converts without the offset of 32 and is as exact as its
  digits; the direction of a change is read past such a bracket.
- 三起，比去年减少五起 "five fewer than the eight of last year": a start the
  English gives after "than the", from a change both sides give.
- 每十秒: 秒 counts a Chinese numeral.
- 受理58.6万件，审结54.2万件，结案率为92.5% "closed 542,000 of them": a
  share (or a growth) the English leaves to its figures, where the English
  gives no rate of its own.
- "a goal difference of plus seven" (45球…38个): a gap named as a difference.
- "up 18.6 percent, or about 1.35 million tonnes": a change given after its
  rate with "or".
- 亿元和10亿元以上项目 "projects of over 100 million yuan and over 1 billion
  yuan": a bound said once after two sums bounds both.
- 分别增长9.1%和15.4%: the figures listed after 分别 that the English gives
  "respectively", each once in digits, come in the Chinese order ("15.4
  percent and 9.1 percent respectively" is found) (:func:`respective_order`).
- "15 yuan for every yuan of vouchers", "710,000 cubic metres a time": an
  average, as "each" is; "about 77 kilograms a pig" (140万吨…1,820万头): an
  average in the thousandth unit (kilograms of tonnes, metres of kilometres),
  and a figure for one of something is no conversion of the figure before.
- 第三季…较上一季 "in the third quarter from 1.8 percent in the second": the
  quarter before, named by its ordinal.
- 男性76.9岁、女性83.7岁 "nearly seven years longer": a hedged gap between two
  larger figures the English gives ("longer", "older", "younger", "larger"
  are changes); an exact small gap is not read so (25个…15个 "16 made less"
  is the gap of 41 and 25 by chance).
- 由5小时缩短至2小时 "three hours less": the change between two ends the
  Chinese gives, of any size.
- "163 days or more than five months": "or more" before "than" is no hedge of
  the figure before it.
- 12月至次年2月 "from December to February": 次年 ending a span is no next year
  of the text's own ("this year" may stand beside it).
- "1.6 degrees warmer", "colder", "cooler"; "2.1 percent cheaper", "dearer":
  which way a change went.
- 早7时30分至下午4时 "eight and a half hours": how long a span of the day's
  clock lasts.
- "twice as many" against 是去年的1.5倍: an English "twice" need not be said
  in Chinese, but where the Chinese gives a multiple (not 1 or 2) it must
  be that one, within its hedge ("nearly twice" for 1.8倍, "more than twice"
  for 2.3倍).
- 博物馆126家，其中免费开放的有118家 "all but eight are free": a part given by
  what its whole has beside it.
- 偏低一至二摄氏度 "one to two degrees below normal": the first end of a
  numeral range is a number (a one is otherwise mostly an article), and
  "one to two degrees" moves both ends.
- 凌晨一点 "1 a.m.": a clock's one after a part of the day says its hour.
- 比上半年多五百个 "500 more than in the first half": a half of the year holds
  no hedge.
- 580亿…增长21% "about 10 billion more": the change a rate makes goes the way
  the Chinese says it went.
- 3,200万千瓦…52% "the total at about 62 gigawatts": a whole from a part in
  the unit the English converted it to.
- 金牌6枚、银牌8枚、铜牌11枚 "25 medals, six of them gold": the total of a list
  of three or more joined by 、, the English giving at most its head beside it.
- "roughly one divorce for every three marriages" (8.6万对…3.1万对): a ratio
  turned over, a small one hedged to the nearest whole; "fewer than one in
  500" for 0.2%以下: a share turned over.
- "about 330 grams a donation" (62吨…18.6万人次): an average in grams of tonnes.
- 3.6万件…按期办结率为96.5% "all but about 1,260": the rest a share leaves.
- "HK$1,000 a quarter, or HK$5,000 for the year": a sum restated after ", or"
  in the currency the sentence already gave is read as a figure (the
  English works it out or the Chinese gives it); only a sum in another
  currency is a conversion that need not be said. A quarter's figure is a
  year's fourth; "for the year" is a period.
- 未来十年…50万个 "50,000 a year", 为期五年: a total over the years counted.
- 每名合资格长者2,000元…约170万人 "at a cost of about HK$3.4 billion": 每名, 每位
  are rates per person.
- "up from a quarter in 2020": a fraction after "from", before a year or a
  stop, is a share; "500 yuan a quarter" is per quarter.
- 比五年前增长了一倍 "when the figure was around 6,000": the base of a
  doubling is half.
- 8项…占…总数的近四成 "a total of about 21": a share hedged one way leaves the
  whole a span, to a tenth of the share.
- 16亿斤…520万亩 "about 154 kilograms a mu", 8,700万亩…每亩950斤 "some 41
  million tonnes in all": averages and totals in kilograms and tonnes of 斤,
  which the check of 斤 conversions leaves to these rules (a total always;
  a rate where the Chinese gives none of its own).
- "nearly 30 times" for 28.9: a large factor's hedge reaches a tenth of it.
- 去年…今年目标 "… this year and aims for … this year": where the Chinese names
  the year before beside this year, the English must give the year before
  somehow ("last year", "a year earlier", a year, a start "from").
- 上周 "this week", 本周 "last week", 昨天 "today" (:func:`relative_periods`):
  the period the Chinese names, when it names only one; 每人每月300元 "300
  yuan a child each year", 日均 "a week" (:func:`rate_periods`): a figure the
  Chinese gives per a period is given per the same one. 缩短 and 缩减 go down,
  延长 up.
- 缩短了三分之一 "two thirds as long", 下降了40%以上 "less than 60 percent of
  the 2020 level" (:func:`what_a_fall_leaves`): the share a fall leaves of
  the level before, its hedge turned round. 突破千列 "the 1,000th came": a
  round ordinal is also the count it reaches. 126万平方米 "1.26 square
  kilometres".
- "two thirds" for 66%, "a quarter" for 24%: a fraction in words from a
  fifth up is the share to within a point. 上修…预测至3.51% "raised its
  forecast to 3.51 percent" (下修, 上调, 下调 … 至): the level says which way.
  较去年下降0.8微克 "fell by 0.8 micrograms … this year": a comparison's base
  needs no "last year".
- 三千万千瓦, 五百千伏, 三千万千克: a numeral stops before a unit that starts
  with 千 (it had read 三千万千克 as 30,001,000, and 三千万千瓦 as nothing);
  五级河长 "five levels"; "1.2 percentage points more than a decade ago": the
  decade is the base; "41 under second-class" is no hedge.
- 1至10月 "by the end of October" (:func:`months_to_end`); 1.5小时 "90
  minutes"; "half as many again" for 1.5倍; 占全年目标的115% "15 percent more
  than the year's target" (:func:`past_the_whole`); 42个…近四成 "about 16";
  超过时间进度 "points ahead of schedule". A rate of change (较去年增长20%) is
  no share of the figure beside it.
- 不多於四毫 "no more than 40 cents": any single numeral before 毫 is also
  tenths of a dollar; 百分之二點五至三 "2.5 to 3 per cent": the range's
  second end is a share; "a quarter earlier" is a period; "rose by about
  4,000 to 122,000": the hedge is the change's, not the end's.
- 下半年…比上半年多三分之一 "in the second half, a third more than in the
  first": a half or a quarter the English names once for two.
- The wires' English: 去年…同比增长6.1% "in 2024, up 6.1 pct year on year"
  (同比 counts beside a relative year); 周一至周五 "on weekdays"; 完成全年目标的
  百分之一百零五 "beating its annual target by 5%"; 下降了三分之二 "a third as
  many"; 延长七天 "a week longer"; 约十平方公里 "some 10 sq km"; 前三季度 is
  "Jan-Sept", not "Jan-Aug"; 七折 is "30 pct off".
- 120部…占四分之一 "30 of them"; 增加近一半 "nearly half as many again";
  60万人次，日均约4,000人次 "over a season of some 150 days"; "0.8 square
  metres more than five years ago" (the years are the base).
- 增加兩分至三十五分 "up two points": 两 before 分 is a count to say;
  缩短了一半以上 "more than half as long" is found (what the fall leaves is
  less than half).
- 招生比例约为四比六 "about two for every three": a ratio, reduced; 28.3万…
  完成年度目标的113% "beating its annual target of 250,000"; 博士点12个，硕士点
  35个，合计 "47 in all".
- 超過48小時 "over two days": hours are days too, and "over" a span of time is
  during it or more than it.
- 471平方公里 "471 square metres", 510公里 "510 miles": the Chinese figure in
  another unit of the same measure is another size (:func:`other_units`),
  unless the Chinese gives that figure in the English's unit too.
- 首三季 (Hong Kong) "the first nine months"; 1.5年 "18 months" (a span of
  years in tenths, in months); 七折 "30 percent below market price" (the
  part taken off: "70 percent below" is the price paid).
- 低0.03元 "3 fen below", 每度不超过0.8元 "80 fen per kWh": a price under a
  yuan in fen; "runs … over 1,234 km" is the line's length, or more.
- 低于100%的警戒线 "below the 100% warning line": the English may name the
  line plainly, but "above the 100% warning line" is the other side.
- "15 tonnes per hectare, about 500 kg more than last year": a measure after
  a bare comma that a comparison follows is a change, not a conversion.
- 六十万零四千三百及十万零四千七百多人次: a section after 万 may open with 零,
  before a list's 及 as before a unit; 大致五成半 "about 55%" (大致 is about).
- 2千256公頃 (Taiwan) "2,256 hectares": thousands, then the three digits below.
- 惠及百万群众 "serving a million people": a magnitude alone before the people
  it counts; "5,000 m" (m or t alone after a space) is a unit for :func:`other_units`.
- 三大法人 (Taiwan) need not be counted; 元大台灣505萬6,688張 is the ETF 元大台灣50
  and 56,688 lots; "investors' top three" is a ranking, as "China's top 10" is.
- "more than two and a half times as many" for 增长了1.6倍: a multiple in words
  with a half is a factor, as "2.5 times" is.
- 提高到800元，比去年增加200元 "a third more than last year" (from 600; "a quarter
  more" is no part of 800 here); 最高1800元 "at least 1,800" is the other bound
  (:func:`bounds_reversed`).
- 由27,470元調升至28,590元，漲幅4.08% "will rise 4.08 percent to NT$28,590": the
  start left to the rate and the end; 約52萬人…約23萬人 "about 520,000 … and
  230,000": one "about" for the list.
- 细颗粒物（PM2.5） "fine particulate matter (PM10)": a code said in words is
  still another code when the English names one of its shape.
- 比前年增长约四分之一 "about a quarter more than two years earlier": after a
  share in words, "more than" compares; the two years are exact, and no fall.
- 教育、社会福利和医疗卫生三个范畴: a list's count, its last items joined by
  和, need not be said; 首季 is no "first two quarters".
- 杠杆率达到1:12 "12 yuan for every yuan issued": the one of a rate to one.
- 三次产业结构为10.2:35.6:54.2 "farming at 10.2 pct … services more than half":
  shares that add up to a whole are percentages.
- 較前月升值0.9% "0.9 percent stronger": a currency's 升值 and 贬值 are moves,
  "stronger" and "weaker" in the English.
- A fraction in words hedged one way reaches a tenth of itself or 2.5
  points: "more than a tenth" for 下降11.2%; "about" keeps to a tenth
  ("roughly one in eight" is no 10.2%).
- "101 kilograms more than the national average of 388" (高出101公斤): a start
  after "than the … of", from a change; 高出 and 低出 are changes.
- Speech, more: 口 counts people (五六口人, 三口之家); a rough range may leave
  its last place unsaid (一千二三 "1,200 or 1,300", 三万五六); 比去年贵了 and
  便宜了 say which way.
- Freedom: an uneven conversion may be rounded (50万亩 "33,300 hectares");
  从2010年的767万人 starts a change; a figure restated after 即, 相当于 or 折合
  (每年1,200元，即每月100元) may go unsaid when the other is given.
- A first turned: an ordinal the English gives more often than the Chinese,
  while the Chinese's 第一 (noise alone) has no "first" in the English, is
  found (以总分第一…领先第二名 "in second place … clear of the second").
- Speech: 挂零 is "a little over"; 十块八块 either of two; 一百大几十, 一百好几
  十 a hundred and several tens; 成萬 (Cantonese) nearly ten thousand; 翻了一番还
  多 more than doubled, 涨了快一倍 nearly; a rough size adds up to nothing in a
  total the English works out.
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
- Lists: a word of change before a list moves each of its numbers (同比减少2起、
  9人; 分别下降29.5%、24.4%); "nine deaths fewer than a year earlier" (a
  comparative after a number, one noun and "than") says which way.
- Earlier and later: 偏早, 提前 (earlier) and 偏晚, 推迟 (later) say which way
  a number of days moved, as "earlier" and "later" after it do in English;
  a base may carry its years (较1991至2020年正常值低0.9度 "0.9 degrees below
  the 1991-2020 normal").
- Multiples: "N times the figure" (the level, the national average, last
  year's, that of) is N times as much, which 增长N倍 is at N + 1; 成长N倍
  (Taiwan's papers) is read both ways; a ratio to one (1.6:1) is a multiple
  too. 第二天 and 第二年 may be "the next day", "the following year".
- Stories: a li is half a kilometre (二十来里山路 "about 10 kilometres"); 一
  before a span of time with a hedge (一个多小时, 不超过一个月) is one, compared
  with "more than an hour"; 第一年…第二年 numbers an enumeration; 早 and 晚
  after a comparison (比原计划晚了半年) say which way.
- Polls: a signed change in brackets after a share (33.7%（-6.3%）) is the
  change in points, its sign the way it moved; "4 points better" or "worse"
  says which way; "over the next year" (未来一年) names no calendar year.
- Worked out: months by the year (24个月 "two years") and hours by the day
  (48小时 "two days"); 公里 as miles; a rate times its count (每户1.5万元，共惠及
  1,280户 "19.2 million yuan in all"); an end over its start ("a hundredfold
  increase"); a hedged share in words beside a share it covers ("more than one
  in five, 21.5 percent"); a span of years counted from its ends (2019年至2023年
  "the five years to 2023", "the four years since 2019").
- Freedom: 多出 is a change whose start the English may give ("up from 224");
  a share of a total may be given as the part, hedged and rounded ("about
  9,100" for 1.2万…占76%); "a quarter of a century" is 25 years; a hyphenated
  figure ("the 300-km railway") may leave out the 约 it carries.
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

from bilingual.numbers.base import Key, Number, blank, zh_fold
from bilingual.numbers.codes import code_keys, code_messages, codes, train_pairs
from bilingual.numbers.dates import (
    DATE_NAME_DOTS,
    FESTIVAL_DAYS,
    Date,
    DateSpan,
    Months,
    day_name,
    en_dates,
    months_to_end,
    zh_dates,
)
from bilingual.numbers.en import en_numbers_in, en_relative_year
from bilingual.numbers.en_forms import WEEKDAYS
from bilingual.numbers.names import NUMERAL_SYLLABLES, numerals_in_names
from bilingual.numbers.prepare import (
    en_months_ending,
    en_numbers,
    en_prepare,
    zh_normal,
    zh_numbers,
    zh_prepare,
)
from bilingual.numbers.rules import (
    a_few,
    bounds_reversed,
    conversion_rates,
    day_halves,
    decade_parts,
    directions,
    discounts,
    first_quarters,
    last_year_for_the_one_before,
    letter_classes,
    next_year_unsaid,
    other_units,
    past_the_whole,
    period_years,
    phases,
    rate_bases,
    rate_periods,
    relative_periods,
    respective_order,
    same_unit,
    scores,
    seasons,
    serials,
    several_times,
    ten_day_parts,
    this_year_for_last,
    this_year_for_next,
    tracks_differ,
    unconverted,
    what_a_fall_leaves,
    zh_way_before,
)
from bilingual.numbers.zh import relative_year, zh_numbers_in
from bilingual.numbers.zh_forms import slogan_numbers

__all__ = [
    "DATE_NAME_DOTS",
    "FESTIVAL_DAYS",
    "NUMERAL_SYLLABLES",
    "WEEKDAYS",
    "Date",
    "DateSpan",
    "Key",
    "Months",
    "Number",
    "a_few",
    "blank",
    "bounds_reversed",
    "code_keys",
    "code_messages",
    "codes",
    "conversion_rates",
    "day_halves",
    "day_name",
    "decade_parts",
    "directions",
    "discounts",
    "en_dates",
    "en_months_ending",
    "en_numbers",
    "en_numbers_in",
    "en_prepare",
    "en_relative_year",
    "first_quarters",
    "last_year_for_the_one_before",
    "letter_classes",
    "months_to_end",
    "next_year_unsaid",
    "numerals_in_names",
    "other_units",
    "past_the_whole",
    "period_years",
    "phases",
    "rate_bases",
    "rate_periods",
    "relative_periods",
    "relative_year",
    "respective_order",
    "same_unit",
    "scores",
    "seasons",
    "serials",
    "several_times",
    "slogan_numbers",
    "ten_day_parts",
    "this_year_for_last",
    "this_year_for_next",
    "tracks_differ",
    "train_pairs",
    "unconverted",
    "what_a_fall_leaves",
    "zh_dates",
    "zh_fold",
    "zh_normal",
    "zh_numbers",
    "zh_numbers_in",
    "zh_prepare",
    "zh_way_before",
]
