"""Write the ingest benchmark's fixture pages: our own news text in the page shapes
real sites use, each page with its gold title, date, author, source and body.

    .venv/bin/python benchmarks/ingest_pages.py   # rewrites tests/fixtures/ingest/

The shapes follow what such pages have in common (studied on public pages and
crawler configurations, never copied): a gov.cn content page with its
【字号】【打印】 toolbar and its Big5 mirror without a charset declaration; a
provincial portal with a TRS_Editor body in GBK; a provincial newspaper with
本报讯（记者…）, 原题 and 责编; a Xinhua-style page; a People's Daily-style
page; a Hong Kong outlet and a Taiwan agency page in Traditional script; a
mirror that puts pinyin after characters. English: a provincial portal
scraped as text (the seed's shape), an english.*.gov.cn page (Updated:,
Home > News, [Print] [Close]), a China Daily-style page (By … | Updated:)
and an english.www.gov.cn-style page. The text is written for this project.
"""

from __future__ import annotations

import json
from pathlib import Path

import opencc

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "ingest"

# (title, date, author, source, paragraphs): provincial news written for this project.
ZH = [
    (
        "长春新区前三季度引进项目投资超千亿元",
        "2019-10-21 10:15",
        "李明",
        "吉林日报",
        [
            "今年前三季度，长春新区累计引进项目一百二十七个，总投资一千零五十亿元，同比增长百分之十八点六。",
            "新区重点围绕汽车零部件、生物医药和光电信息三大产业开展精准招商，新签约项目中超过十亿元的有二十三个。",
            "新区负责人表示，下一步将优化营商环境，确保签约项目早开工、早投产、早见效。",
        ],
    ),
    (
        "吉林省启动科技人才雨林计划",
        "2018-05-09 09:30",
        "王晓",
        "吉林省科技厅",
        [
            "为加快集聚创新人才，吉林省日前正式启动实施科技人才雨林计划。",
            "按照计划，到二〇二二年全省将培养和引进高层次科技人才一千名，支持青年科技人才开展原创性研究。",
            "省科技厅将设立专项资金，对入选人才给予每人最高一百万元的科研经费支持。",
        ],
    ),
    (
        "延边州脱贫攻坚取得决定性进展",
        "2019-12-30 16:40",
        "金成浩",
        "延边日报",
        [
            "记者从州扶贫办获悉，截至十二月底，延边州八个贫困县市全部摘帽，二百一十四个贫困村全部出列。",
            "三年来，全州累计投入扶贫资金四十二亿元，实施产业项目一千三百余个，带动贫困人口人均增收三千二百元。",
            "州扶贫办负责同志表示，将继续巩固脱贫成果，防止返贫。",
        ],
    ),
    (
        "长白山保护开发区加强生态环境保护",
        "2020-06-05 08:20",
        "赵丽",
        "长白山日报",
        [
            "六月五日是世界环境日，长白山保护开发区集中开展生态环境保护宣传活动。",
            "近年来，保护区森林覆盖率稳定在百分之九十以上，野生东北虎和东北豹的监测记录明显增加。",
            "保护开发区将严格落实生态保护红线制度，推动旅游发展与生态保护协调共进。",
        ],
    ),
    (
        "吉林省一季度外贸进出口增长百分之十二",
        "2021-04-20 14:05",
        "孙伟",
        "长春海关",
        [
            "据长春海关统计，一季度吉林省货物贸易进出口总值三百八十五亿元，比去年同期增长百分之十二点三。",
            "其中，出口九十七亿元，增长百分之二十一；进口二百八十八亿元，增长百分之九点六。",
            "汽车零配件和农产品出口保持较快增长，对俄罗斯、日本和韩国贸易均实现增长。",
        ],
    ),
    (
        "四平市新建高标准农田三十万亩",
        "2021-09-14 11:00",
        "刘洋",
        "四平日报",
        [
            "今年以来，四平市新建高标准农田三十万亩，完成年度任务的百分之一百零五。",
            "项目区配套建设灌排设施和田间道路，预计每亩可增产粮食一百斤以上。",
            "市农业农村局表示，到二〇二五年全市高标准农田面积将达到四百万亩。",
        ],
    ),
    (
        "吉林大学与长春光机所共建联合实验室",
        "2019-03-28 15:30",
        "陈静",
        "新华社",
        [
            "三月二十八日，吉林大学与中国科学院长春光学精密机械与物理研究所签署协议，共建光电信息联合实验室。",
            "双方将在高端光学制造、空间遥感和激光技术等领域开展联合攻关，五年内计划投入研发经费三亿元。",
            "联合实验室将面向全国招聘科研人员，首批设立十二个研究团队。",
        ],
    ),
    (
        "吉林省新冠疫苗接种超过两千万剂次",
        "2021-08-02 18:10",
        "周楠",
        "人民网",
        [
            "记者从吉林省卫生健康委员会获悉，截至八月一日，全省累计报告接种新冠病毒疫苗两千零一十三万剂次。",
            "全省共设置固定接种点一千二百个，临时接种点三百余个，日接种能力达到四十万剂次。",
            "卫生健康部门提醒，符合条件的群众应尽早完成全程接种。",
        ],
    ),
    (
        "白山市冰雪旅游接待游客增长三成",
        "2020-01-15 12:45",
        "高峰",
        "白山日报",
        [
            "元旦以来，白山市各滑雪场和冰雪景区共接待游客八十六万人次，同比增长百分之三十一。",
            "全市冰雪旅游收入达到十二亿元，带动餐饮、住宿等相关产业快速发展。",
            "白山市将继续举办冰雪节系列活动，打造东北亚冰雪旅游目的地。",
        ],
    ),
]

EN = [
    ("Changchun New Area Attracts Over 100 Billion Yuan in Investment", "2019-10-22 09:12", "Li Ming", "Jilin Daily", [
        "Changchun New Area attracted 127 projects with a total investment of 105 billion yuan in the first three quarters, up 18.6 percent year-on-year.",
        "The area focused on auto parts, biomedicine and optoelectronics, and 23 of the newly signed projects are worth more than 1 billion yuan each.",
        "Officials said the area would improve its business environment so that signed projects start construction early."]),
    ("Jilin Launches Rain Forest Program for Science Talents", "2018-05-10 10:02", "Wang Xiao", "Jilin Provincial Department of Science and Technology", [
        "Jilin province has officially launched the rain forest program to attract and cultivate innovative talents.",
        "Under the program, the province will train and bring in 1,000 high-level science and technology talents by 2022.",
        "Each selected researcher can receive up to 1 million yuan in research funding."]),
    ("Yanbian Lifts All Poverty-Stricken Counties out of Poverty", "2019-12-31 08:30", "Jin Chenghao", "Yanbian Daily", [
        "All eight poverty-stricken counties and cities in Yanbian prefecture have shaken off poverty, and all 214 poor villages have been delisted.",
        "Over three years the prefecture invested 4.2 billion yuan in poverty alleviation and carried out more than 1,300 industrial projects.",
        "The average income of the poor rose by 3,200 yuan per person."]),
    ("Changbai Mountain Steps Up Ecological Protection", "2020-06-06 11:20", "Zhao Li", "China Daily", [
        "Changbai Mountain Protection and Development Zone held a series of events to mark World Environment Day on June 5.",
        "Forest coverage in the reserve has stayed above 90 percent, and sightings of wild Siberian tigers and Amur leopards have increased.",
        "The zone will strictly enforce its ecological red lines while developing tourism."]),
    ("Jilin's Foreign Trade Grows 12 Percent in Q1", "2021-04-21 15:40", "Sun Wei", "Xinhua", [
        "Jilin province's foreign trade reached 38.5 billion yuan in the first quarter, up 12.3 percent year-on-year, according to Changchun Customs.",
        "Exports rose 21 percent to 9.7 billion yuan, while imports grew 9.6 percent to 28.8 billion yuan.",
        "Exports of auto parts and farm produce grew quickly, and trade with Russia, Japan and South Korea all increased."]),
    ("Siping Builds 300,000 Mu of High-Standard Farmland", "2021-09-15 09:00", "Liu Yang", "Siping Daily", [
        "Siping city has built 300,000 mu of high-standard farmland this year, 105 percent of its annual target.",
        "The projects include irrigation and drainage facilities and field roads, and are expected to raise grain output by more than 100 jin per mu.",
        "The city plans to have 4 million mu of high-standard farmland by 2025."]),
    ("Jilin University and CIOMP Set Up Joint Laboratory", "2019-03-29 16:00", "Chen Jing", "Xinhua", [
        "Jilin University and the Changchun Institute of Optics, Fine Mechanics and Physics signed an agreement on March 28 to build a joint optoelectronics laboratory.",
        "The two sides will invest 300 million yuan in research over five years in optical manufacturing, space remote sensing and lasers.",
        "The laboratory will recruit researchers nationwide and set up 12 research teams in its first batch."]),
    ("Jilin Administers Over 20 Million COVID-19 Vaccine Doses", "2021-08-03 07:50", "Zhou Nan", "People's Daily Online", [
        "Jilin province had administered 20.13 million doses of COVID-19 vaccines as of August 1, according to the provincial health commission.",
        "The province has set up 1,200 fixed vaccination sites and more than 300 temporary ones, with a daily capacity of 400,000 doses.",
        "Health authorities urged eligible residents to complete their vaccination as soon as possible."]),
    ("Baishan Sees 31 Percent Rise in Winter Tourists", "2020-01-16 13:15", "Gao Feng", "Jilin Daily", [
        "Ski resorts and ice-and-snow attractions in Baishan received 860,000 visits since New Year's Day, up 31 percent year-on-year.",
        "Winter tourism revenue reached 1.2 billion yuan, boosting catering and hotels.",
        "The city will continue to hold its ice and snow festival to become a winter destination in Northeast Asia."]),
]  # fmt: skip

# Taiwan and Hong Kong standard forms: what those sites (and Big5) use.
TRAD = opencc.OpenCC("s2tw")
HK = opencc.OpenCC("s2hk")


def _zh_date(date: str) -> str:
    day, time = date.split(" ")
    y, m, d = day.split("-")
    return f"{y}年{int(m):02d}月{int(d):02d}日{time}"


def gov_cn(a, trad=False):
    title, date, author, source, paras = a
    body = "\n".join(f'<p style="text-indent: 2em;">{p}</p>' for p in paras)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_滚动新闻_中国政府网</title>
<meta name="firstpublishedtime" content="{date}"></head><body>
<div class="header"><a href="/">首页</a> | <a href="/english">EN</a></div>
<div class="BreadcrumbNav">首页 &gt; 新闻 &gt; 滚动新闻</div>
<div class="article oneColumn pub_border"><h1 id="ti">{title}</h1>
<div class="pages-date">{date.replace("-", "-")} &nbsp; 来源： {source}
<span class="font">【字号 <a>大</a> <a>中</a> <a>小</a>】</span> <span>【打印】</span> <span>【CNML格式】</span></div>
<div class="pages_content" id="UCAP-CONTENT">{body}
<p>（记者{author}）</p></div>
<div class="editor">【我要纠错】 责任编辑：刘洋</div>
<div class="share">分享到：</div></div>
<div class="footer">版权所有：中国政府网 | 京ICP备05070218号 | 网站标识码bm01000001</div>
</body></html>"""


def gov_cn_gold(a):
    title, date, author, source, paras = a
    return {"title": title, "date": date, "author": "", "source": source,
            "body": [*paras, f"（记者{author}）"]}  # fmt: skip


def portal_trs(a):
    title, date, author, source, paras = a
    body = "\n".join(f"<P>{p}</P>" for p in paras)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}-吉林省人民政府</title></head><body>
<table><tr><td>吉林省人民政府</td><td>首页</td><td>政务公开</td><td>政务服务</td><td>互动交流</td></tr></table>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 吉林动态</div>
<div class="zlyxwz_t2">{title}</div>
<div class="zlyxwz_t2a">发布时间：{date} 来源：{source} 作者：{author}</div>
<div class="TRS_Editor">{body}</div>
<div>【<a>打印本页</a>】 【<a>关闭窗口</a>】</div>
<div>主办单位：吉林省人民政府办公厅 吉ICP备05002606号</div></body></html>"""


def portal_gold(a):
    title, date, author, source, paras = a
    return {"title": title, "date": date, "author": author, "source": source, "body": list(paras)}


def newspaper(a):
    title, date, author, source, paras = a
    first = f"本报讯（记者 {author}）{paras[0]}"
    body = "\n".join(f"<p>{p}</p>" for p in [first, *paras[1:]])
    return f"""<html><head><meta charset="utf-8"><title>{title} - {source}</title></head><body>
<div class="nav">首页 | 要闻 | 吉林 | 经济 | 社会 | 数字报</div>
<h1>{title}</h1>
<div class="info">{date} 来源：{source} 作者：{author} | 责编:张宇</div>
<div class="content"><p>原题：{title[:8]}——{title[8:]}</p>
{body}</div>
<div class="page">上一篇：吉林召开全省经济工作会议</div>
<div class="page">下一篇：长春地铁六号线开通运营</div>
<div class="foot">吉林日报社版权所有 未经书面授权禁止使用</div></body></html>"""


def newspaper_gold(a):
    title, date, author, source, paras = a
    return {"title": title, "date": date, "author": author, "source": source,
            "body": [f"本报讯（记者 {author}）{paras[0]}", *paras[1:]]}  # fmt: skip


def xinhua(a):
    title, date, author, source, paras = a
    city = "长春"
    first = f"新华社{city}{int(date[5:7])}月{int(date[8:10])}日电（记者{author}）{paras[0]}"
    body = "\n".join(f"<p>　　{p}</p>" for p in [first, *paras[1:]])
    return f"""<html><head><meta charset="utf-8"><title>{title}-新华网</title></head><body>
<div class="topNav">新华网 &gt; 正文</div>
<div class="h-title">{title}</div>
<div class="h-info"><span class="h-time">{date}:31</span> <span>来源： 新华网</span></div>
<div id="p-detail">{body}
<div class="p-jc">【纠错】</div><span class="editor">[责任编辑: 王卓]</span></div>
<div class="share">扫一扫在手机打开当前页</div></body></html>"""


def xinhua_gold(a):
    title, date, author, source, paras = a
    first = f"新华社长春{int(date[5:7])}月{int(date[8:10])}日电（记者{author}）{paras[0]}"
    return {
        "title": title,
        "date": date,
        "author": "",
        "source": "新华网",
        "body": [first, *paras[1:]],
    }


def peoples(a):
    title, date, author, source, paras = a
    body = "\n".join(f"<p>　　{p}</p>" for p in paras)
    return f"""<html><head><meta charset="utf-8"><title>{title}--吉林频道--人民网</title></head><body>
<div class="path">人民网&gt;&gt;吉林频道&gt;&gt;要闻</div>
<h1>{title}</h1>
<div class="box01"><div class="fl">{_zh_date(date)} 来源：<a>人民网－吉林频道</a></div>
<div class="fr">分享到：</div></div>
<div class="rm_txt_con">{body}
<div class="edit">(责编：{author}、李红)</div></div>
<div>关注公众号：人民网财经</div>
<div class="footer">人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明 | 网站地图 | 留言反馈</div></body></html>"""


def peoples_gold(a):
    title, date, author, source, paras = a
    return {
        "title": title,
        "date": date,
        "author": "",
        "source": "人民网－吉林频道",
        "body": list(paras),
    }


def hongkong(a):
    title, date, author, source, paras = (HK.convert(x) if isinstance(x, str) else x for x in a)
    paras = [HK.convert(p) for p in paras]
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">
<meta property="og:title" content="{title}"><title>{title} - 大公文匯網</title></head><body>
<nav>首頁 | 內地 | 香港 | 國際 | 財經 | 體育</nav>
<h1>{title}</h1>
<div class="time">發布時間：{date}　來源：大公文匯網　作者：{author}</div>
<div class="article">{body}</div>
<div>責任編輯：陳曉</div>
<div>【字號：大 中 小】【列印】【關閉】</div>
<div>版權所有 不得轉載</div></body></html>"""


def hongkong_gold(a):
    title, date, author, source, paras = a
    return {"title": HK.convert(title), "date": date, "author": HK.convert(author),
            "source": "大公文匯網", "body": [HK.convert(p) for p in paras]}  # fmt: skip


def taiwan(a):
    title, date, author, source, paras = a
    title, paras = TRAD.convert(title), [TRAD.convert(p) for p in paras]
    first = f"（中央社記者{TRAD.convert(author)}長春{int(date[8:10])}日專電）{paras[0]}"
    body = "\n".join(f"<p>{p}</p>" for p in [first, *paras[1:]])
    return f"""<html><head><meta charset="utf-8"><title>{title} | 兩岸 | 中央社 CNA</title></head><body>
<div class="breadcrumb">首頁 &gt; 兩岸</div>
<h1><span>{title}</span></h1>
<div class="updatetime"><span>{date.replace("-", "/")}</span></div>
<div class="paragraph">{body}
<p>（編輯：黃國倫）</p></div>
<div class="shareBar">分享 | 列印 | 推薦</div>
<div class="footer">本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。© 2021 中央通訊社</div></body></html>"""


def taiwan_gold(a):
    title, date, author, source, paras = a
    trad = [TRAD.convert(p) for p in paras]
    first = f"（中央社記者{TRAD.convert(author)}長春{int(date[8:10])}日專電）{trad[0]}"
    return {
        "title": TRAD.convert(title),
        "date": date,
        "author": "",
        "source": "",
        "body": [first, *trad[1:]],
    }


def big5_mirror(a):
    """big5.www.gov.cn: the gov.cn page in Traditional, served as Big5 without a
    charset. Big5 has no 〇: such mirrors print ○."""
    return TRAD.convert(gov_cn(a)).replace('<meta charset="utf-8">', "").replace("〇", "○")


def big5_gold(a):
    gold = gov_cn_gold(a)
    trad = {
        k: ([TRAD.convert(p) for p in v] if k == "body" else TRAD.convert(v))
        for k, v in gold.items()
    }
    trad["body"] = [p.replace("〇", "○") for p in trad["body"]]
    return trad


_PINYIN = {
    "创": "chuàng",
    "新": "xīn",
    "发": "fā",
    "展": "zhǎn",
    "科": "kē",
    "技": "jì",
    "投": "tóu",
    "资": "zī",
}


def pinyin_mirror(a):
    page = portal_trs(a).replace("charset=gb2312", "charset=utf-8")
    start = page.index('<div class="TRS_Editor">')
    body = page[start:]
    for char, sound in _PINYIN.items():
        body = body.replace(char, f"{char}({sound})")
    return page[:start] + body


TEMPLATES_ZH = {
    "gov-cn": (gov_cn, gov_cn_gold, "utf-8"),
    "gov-cn-big5": (big5_mirror, big5_gold, "cp950"),
    "province-trs": (portal_trs, portal_gold, "gb18030"),
    "newspaper": (newspaper, newspaper_gold, "utf-8"),
    "xinhua": (xinhua, xinhua_gold, "utf-8"),
    "peoples-daily": (peoples, peoples_gold, "utf-8"),
    "hong-kong": (hongkong, hongkong_gold, "utf-8"),
    "taiwan-cna": (taiwan, taiwan_gold, "utf-8"),
    "pinyin-mirror": (pinyin_mirror, portal_gold, "utf-8"),
}


def en_portal_text(a):
    title, date, author, source, paras = a
    day, time = date.split(" ")
    body = "\n\n\n".join(paras)
    return (f"Investment Dynamics\n{title}\nDate:{day.replace('-', '/')} {time}:00 Author:{author} Source:{source}\n\n\n\n"
            f"{body}\n\nHomeContact Us   All rights reserved: Jilin Provincial Investment Promotion Website   "
            "Privacy Statement   Record No.: JICPB No.10003975 Total visits: \n")  # fmt: skip


def en_gov(a):
    title, date, author, source, paras = a
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="nav">Home | About Jilin | News | Investment | Travel</div>
<div class="crumb">Home &gt; News</div>
<h2 class="title">{title}</h2>
<div class="info">Updated: {date} | english.jl.gov.cn</div>
<div class="content">{body}</div>
<div class="tools">[Print] [Close]</div>
<div class="footer">Copyright © The People's Government of Jilin Province. All Rights Reserved.</div></body></html>"""


def en_chinadaily(a):
    title, date, author, source, paras = a
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<html><head><meta charset="utf-8"><meta property="og:title" content="{title}">
<title>{title} - Chinadaily.com.cn</title></head><body>
<div class="topNav">Home | China | World | Business | Lifestyle | Culture | Travel</div>
<div class="crumb">Home / China / Regional</div>
<h1>{title}</h1>
<div class="info"><span class="info_l">By {author} | chinadaily.com.cn | Updated: {date}</span></div>
<div id="Content">{body}</div>
<div class="share">Share - WeChat</div>
<div class="footer">Copyright 1995 - 2021. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</div></body></html>"""


def en_stateco(a):
    title, date, author, source, paras = a
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="nav">HOME | NEWS | POLICIES | PREMIER | SERVICES | ARCHIVE</div>
<div class="crumb">Home &gt; Regions</div>
<div class="article"><h1>{title}</h1>
<div class="pages-date">Updated: {date} &nbsp; {source}</div>
<div class="pages_content">{body}</div></div>
<div class="share">Share to</div>
<div class="footer">Copyright© www.gov.cn | About us | Contact us</div></body></html>"""


def en_gold(a, author=True, source=True):
    title, date, who, where, paras = a
    return {"title": title, "date": date, "author": who if author else "", "source": where if source else "",
            "body": list(paras)}  # fmt: skip


TEMPLATES_EN = {
    "en-portal-text": (en_portal_text, lambda a: en_gold(a), ".txt"),
    "en-province-gov": (en_gov, lambda a: en_gold(a, author=False, source=False), ".html"),
    "en-chinadaily": (en_chinadaily, lambda a: en_gold(a, source=False), ".html"),
    "en-gov-cn": (en_stateco, lambda a: en_gold(a, author=False), ".html"),
}


# Two more shapes, written after the rules were tuned and used only to measure
# them out of sample (tests/fixtures/ingest-heldout/): never tune on these.


def city_portal(a):
    title, date, author, source, paras = a
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="top">长春市人民政府 | 无障碍 | 繁体 | 智能问答</div>
<div class="dqwz">您现在的位置：首页 &gt; 新闻中心 &gt; 区县动态</div>
<table class="xxgk"><tr><td>信息来源：{source}</td><td>发布日期：{date[:10]}</td><td>浏览次数：1342</td></tr></table>
<div class="bt">{title}</div>
<div id="zoom">{body}</div>
<div class="xgwz"><h3>相关文章</h3><ul><li>长春市召开优化营商环境大会</li><li>长春新区举行项目集中开工仪式</li></ul></div>
<div>【打印】【关闭】</div>
<div class="foot">长春市人民政府办公厅主办 政府网站标识码：2201000001 吉公网安备 22010202000123号</div></body></html>"""


def city_gold(a):
    title, date, author, source, paras = a
    return {"title": title, "date": date[:10], "author": "", "source": source, "body": list(paras)}


def en_globaltimes(a):
    title, date, author, source, paras = a
    day, time = date.split(" ")
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<html><head><meta charset="utf-8"><title>{title} - Global Times</title></head><body>
<div class="nav">SOURCE / ECONOMY | CHINA | OPINION | IN-DEPTH | WORLD | LIFE | SPORT</div>
<div class="article_title">{title}</div>
<div class="author_share_left"><span class="byline">By {author}</span> <span class="pub_time">Published: {day.replace("-", "/")} {time}:00</span></div>
<div class="article_right">{body}</div>
<div class="related">RELATED ARTICLES:</div>
<div class="footer">Copyright © 2021 Global Times All Rights Reserved 京ICP备16026032号</div></body></html>"""


def en_gt_gold(a):
    title, date, author, source, paras = a
    return {"title": title, "date": date, "author": author, "source": "", "body": list(paras)}


HELD_OUT = {
    "city-portal": (city_portal, city_gold, "zh"),
    "en-globaltimes": (en_globaltimes, en_gt_gold, "en"),
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    written = 0
    for t, (name, (render, gold, encoding)) in enumerate(TEMPLATES_ZH.items()):
        for k in range(3):
            index = (t + k * 4) % len(ZH)
            article = ZH[index]
            stem = f"{name}-{k + 1}"
            (OUT / f"{stem}.html").write_bytes(render(article).encode(encoding))
            (OUT / f"{stem}.gold.json").write_text(json.dumps(dict(gold(article), lang="zh", article=index),
                                                   ensure_ascii=False, indent=1) + "\n", encoding="utf-8")  # fmt: skip
            written += 1
    for t, (name, (render, gold, suffix)) in enumerate(TEMPLATES_EN.items()):
        for k in range(3):
            index = (t * 2 + k * 3) % len(EN)
            article = EN[index]
            stem = f"{name}-{k + 1}"
            (OUT / f"{stem}{suffix}").write_text(render(article), encoding="utf-8")
            (OUT / f"{stem}.gold.json").write_text(json.dumps(dict(gold(article), lang="en", article=index),
                                                   ensure_ascii=False, indent=1) + "\n", encoding="utf-8")  # fmt: skip
            written += 1
    held = OUT.parent / "ingest-heldout"
    held.mkdir(exist_ok=True)
    for old in held.iterdir():
        old.unlink()
    for name, (render, gold, lang) in HELD_OUT.items():
        for k in range(3):
            index = (k * 2 + 1) % len(ZH)
            article = (ZH if lang == "zh" else EN)[index]
            (held / f"{name}-{k + 1}.html").write_text(render(article), encoding="utf-8")
            (held / f"{name}-{k + 1}.gold.json").write_text(json.dumps(dict(gold(article), lang=lang, article=index),
                                                           ensure_ascii=False, indent=1) + "\n", encoding="utf-8")  # fmt: skip
            written += 1
    print(f"{written} pages with their gold in {OUT} and {held}")


if __name__ == "__main__":
    main()
