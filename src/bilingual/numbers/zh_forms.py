"""Chinese numerals by place value, the qualifiers around a number (多, 约,
以上), and the forms read whole before the general scan: fractions, lunar
dates, Roman numerals, slogans and incidents named by their day."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bilingual.numbers.base import (
    _ROMAN_VALUES,
    _ZH_BIG,
    _ZH_DIGITS,
    _ZH_NUMERAL,
    _ZH_UNITS,
    Number,
    _lazy,
    _race_seconds,
    _zh_numeral,
    blank,
)

# One findall gives every number with the context the rules below need, so no
# match object is made: five characters before it (the text is padded so they
# always exist) for 第, 负, 零下 and approximation words, and the four after
# it for a measure word and 以上/左右. 第 is read from that context rather than
# matched: an optional prefix group would make the engine try the pattern at
# every character instead of only where a digit or numeral starts.
_PAD = "\0" * 5
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
                "大约": "about", "大致": "about", "不到": "less", "不足": "less", "至少": "more",
                "至多": "less",
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
#: A period 快 compares with: ahead of it, not "nearly" (去年同期快3个百分点).
_AHEAD_OF = ("同期快", "去年快", "上年快")
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
    if near in _NOT_NEARLY or (
        near[-1:] == "快"
        and ("比" in before[-8:] or "较" in before[-8:] or before.endswith(_AHEAD_OF))
    ):
        # (比去年快3.57个百分点: ahead by, not nearly; 比去年同期快3个百分点
        # reaches here as 去年同期快, the 比 read with the date)
        return ""
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
                    "有余": "more", "出头": "more", "开外": "more",
                    "挂零": "more"}  # fmt: skip  # 三万挂零 "a little over 30,000"
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
#: (a section after 万 or 亿 may open with 零: 六十万零四千三百, 604,300)
_WELL_FORMED = _lazy(
    f"(?:{_HIGH_SECTION}亿)?(?:[零〇]?{_HIGH_SECTION}万)?(?:(?<=[万亿])[零〇])?{_SECTION}"
)


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
_TENS_AND_SOME = _lazy("((?:零下|负)?[一二三四五六七八九]?十)好几")  # (零下 kept beside it)
#: An age said the old way, tens and then units after 有 (八十有五, 年三十有二).
_TENS_AND_UNITS = _lazy(
    "(?<=[今年已])([二三四五六七八九]?十)有([一二三四五六七八九])(?=岁|，|。|、|,|$)"
)
#: A day named before a count of days (周六、周日两天, 5日、6日两天).
_DAY_NAMED = _lazy("(?:(?:周|星期|礼拜)[一二三四五六日天]|\\d日|[一二三四五六七八九十]日)$")
#: What an enumeration counts (第一步…第二步, 第一批…第二批): not 第一大 "largest".
_ENUMERATED = frozenset("步批期阶轮条项类档组年天")
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
            elif folded.startswith(("还多", "多", "有余"), m.end()):
                number = number._replace(approx="more")  # 翻了一番还多 "more than doubled"
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
            tenths = float(_ZH_DIGITS[m["zhe"]] * 10 + (_ZH_DIGITS[m["zhe2"]] if m["zhe2"] else 0))
            number = Number(tenths, "percent", text=span,
                            also=((100 - tenths, "percent"),))  # fmt: skip
        elif group in ("cheng", "chengx"):
            tenths_value = _zh_value(m["cheng"])
            if tenths_value is not None:
                # 七成七: 77%; 两成半: 25%
                extra = 0.0
                if m["chengx"] == "半":
                    extra = 5.0
                elif m["chengx"] and m["chengx"].isdigit():
                    extra = int(m["chengx"]) / 10 ** (len(m["chengx"]) - 1)  # 9成88: 98.8%
                elif m["chengx"]:
                    extra = float(_ZH_DIGITS[m["chengx"]])
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
        # (a half of the year is no amount: 比上半年多五百个 "500 more than in
        # the first half" holds no hedge of it)
        approx = _zh_approx(folded, m.start(), m.end()) if group != "half" else ""
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
        if (
            group in ("den", "num")
            and m["den"] in ("百", "100")
            and (tail := _PERCENT_TO.match(folded, m.end())) is not None
            and (end := _zh_value(tail[1]) if not tail[1][0].isdigit() else float(tail[1]))
        ):
            # 百分之二点五至三 "2.5 to 3 per cent": the range's second end is a share too
            out.append(Number(float(end), "percent", approx, tail[1]))
            spans.append((m.start(), tail.end()))
            continue
        spans.append(m.span())
    return out, blank(folded, spans)


#: The second end of a range of shares after 百分之 (百分之二点五至三).
_PERCENT_TO = _lazy(
    "[至到~～－-](\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?)"
    "(?![\\d十百千万亿点%‰个分倍成年月日天])"
)


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
    if num == "两" and (after[:1] in "周年天日月夜晚分" or after[:2] in ("个月", "小时")):
        # 两周 "a fortnight", 两年 "two years", 两夜: a span of time is a count; so
        # are 两分 of a score (增加两分至三十五分 "up two points")
        return False
    measured = after[:1] in _ZH_MEASURES or after[:2] in (
        "小时",
        "分钟",
        "美元",
        "欧元",
        "港元",
        "平方",
        "立方",  # 约十平方公里 "some 10 sq km"
    )
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
_SIZES = {"百": 100.0, "千": 1e3, "万": 1e4, "亿": 1e8}
_RATE_BASES = {"10万": 100_000, "100000": 100_000, "1万": 10_000, "万": 10_000, "10000": 10_000,
               "1000": 1_000, "千": 1_000, "100": 100, "百": 100, "十万": 100_000,
               "百万": 1_000_000}  # fmt: skip


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


#: A distance and 内 after it: 5公里范围内, 500米内 "within 500 meters".
_WITHIN_DISTANCE = _lazy("(?:公里|千米|米|海里)(?:范围|半径)?以?内")
#: Parts of the day before a clock time (下午二时).
_DAY_PARTS = frozenset(("上午", "下午", "凌晨", "早上", "晚上", "中午", "傍晚", "清晨", "夜间",
                        "晚间", "早晨", "深夜", "午夜"))  # fmt: skip
_ZH_MEASURES = set(
    "个项位名人家户次年月日天岁元亿万件条座所只种批份篇部台辆米吨倍亩公里里期届项度季"
    "起例场处张株棵头匹斤克列架艘栋套间所门趟层轮支股队站时点级车票夜口秒"
)
