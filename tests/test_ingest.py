import codecs
from pathlib import Path

import pytest

from bilingual.errors import InputError
from bilingual.ingest import SiteRule, decode, is_chrome, parse_meta_line, read_article
from bilingual.model import Lang
from bilingual.normalize import clean, for_matching

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(__file__).parent / "fixtures" / "pages"
EXAMPLE = ROOT / "articles" / "jilin-innovation-2018"


def read(path: Path, lang=Lang.ZH, rules=()):
    return read_article(path.read_bytes(), str(path), "s", lang, rules)


def texts(article):
    return [p.text for p in article.paragraphs]


# --- the four page shapes ------------------------------------------------------


def test_provincial_government_page():
    a = read(PAGES / "gov.html")
    assert a.title == "吉林省人民政府关于印发吉林省科技创新专项资金管理办法的通知"
    assert a.date == "2018-05-02"
    assert a.source == "吉林省人民政府办公厅"
    assert a.url == "http://www.jl.gov.cn/zw/xxgk/gz/201805/t20180502_1001.html"
    body = texts(a)
    assert body[0].startswith("各市（州）人民政府")
    assert "本办法自2018年6月1日起施行。" in body
    assert body[-2:] == ["吉林省人民政府", "2018年4月28日"]  # signature and its date are text
    joined = "".join(body)
    for chrome in ("索引号", "您现在的位置", "ICP", "主办单位", "分享到", "打印", "政务公开"):
        assert chrome not in joined


def test_news_page_with_navigation_and_sidebar():
    a = read(PAGES / "news.html")
    assert a.title == "长春新区一季度新增高新技术企业86户"
    assert (a.date, a.source, a.author) == ("2018-04-09 08:15", "新文化报", "赵一鸣")
    assert texts(a) == [
        "今年一季度，长春新区新增高新技术企业86户，总数达到412户，同比增长21.5%。",
        "新区科技部门负责人介绍，新区将继续实施“双百工程”，全年力争新增高新技术企业200户以上。",
        "据了解，新区还将设立总规模5亿元的科技创新基金，重点支持初创期科技企业。",
    ]


def test_bare_paragraph_page():
    a = read(PAGES / "bare.html")
    assert a.title == ""
    assert len(a.paragraphs) == 3
    assert a.paragraphs[1].text == "会议指出，要加快构建市场导向的科技成果转移转化机制。"


def test_scraped_seed_text():
    a = read(EXAMPLE / "en.txt", Lang.EN)
    assert (
        a.title == "Jilin Province Will Firmly Implement the Innovation-driven Development Strategy"
    )
    assert a.date == "2018-04-11 09:42"
    assert (a.author, a.source) == ("", "")
    body = texts(a)
    assert len(body) == 4
    assert body[0].startswith("Learned from the province’s science and technology work conference")
    assert body[3].endswith("cultivation, and training of local innovative talents.")
    joined = " ".join(body)
    for chrome in (
        "Investment Dynamics",
        "Date:",
        "All rights reserved",
        "Record No.",
        "Total visits",
    ):
        assert chrome not in joined


def test_example_chinese_page():
    a = read(EXAMPLE / "zh.html")
    assert a.title == "吉林省将坚定实施创新驱动发展战略"
    assert (a.date, a.source) == ("2018-04-11 09:42", "吉林日报")
    body = texts(a)
    assert len(body) == 4
    assert body[0].startswith("本报讯（记者 王晓）记者从3月30日召开的全省科技工作会议上了解到")
    assert body[3] == "省直有关部门、各市（州）科技局负责同志参加会议。"


def test_markdown_with_front_matter():
    a = read(PAGES / "article.md")
    assert a.title == "吉林省启动科技人才“雨林计划”"
    assert (a.date, a.source, a.url) == (
        "2018-04-20",
        "吉林省科学技术厅",
        "https://example.org/rainforest",
    )
    assert texts(a) == [
        "本报讯 吉林省近日启动实施科技人才“雨林计划”，突出本土创新人才的挖掘、培养和锻炼。",
        "计划用五年时间，培养和引进高层次创新团队100个。详情见省科技厅网站。",
    ]


def test_site_rule_selects_body_and_drops_patterns():
    rule = SiteRule(
        match=r"jl\.gov\.cn", content="//div[@class='TRS_Editor']", drop=(r"^吉林省人民政府$",)
    )
    a = read(PAGES / "gov.html", rules=(rule,))
    assert texts(a)[0].startswith("各市（州）")
    assert "吉林省人民政府" not in texts(a)


# --- decoding ------------------------------------------------------------------

SAMPLE_ZH = "技术合同成交总额突破400亿元。科技进步贡献率提高到55.5%。高新技术企业数量翻了一番。"
SAMPLE_TW = "技術合同成交總額突破400億元。科技進步貢獻率提高到55.5%。高新技術企業數量翻了一番。"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (SAMPLE_ZH.encode("utf-8"), SAMPLE_ZH),
        (codecs.BOM_UTF8 + SAMPLE_ZH.encode("utf-8"), SAMPLE_ZH),
        (SAMPLE_ZH.encode("gb18030"), SAMPLE_ZH),
        (SAMPLE_ZH.encode("gbk"), SAMPLE_ZH),
        (SAMPLE_TW.encode("big5"), SAMPLE_TW),
        (SAMPLE_ZH.encode("utf-16"), SAMPLE_ZH),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "big5", "utf16-bom"],
)
def test_decodes_without_charset_declaration(data, expected):
    assert decode(data, "x.txt") == expected


def test_html_in_gbk_without_declaration_reads():
    html = (EXAMPLE / "zh.html").read_text(encoding="utf-8").replace('charset=utf-8"', '"')
    a = read_article(html.encode("gb18030"), "zh.html", "s", Lang.ZH)
    assert a.title == "吉林省将坚定实施创新驱动发展战略"


def test_declared_gb2312_page_reads_as_gb18030():
    html = "<meta charset='gb2312'><p>" + SAMPLE_ZH + "</p><p>㙓字在GB2312之外。</p>"
    assert "㙓" in decode(html.encode("gb18030"), "x.html")


def test_traditional_is_kept_for_display_and_folded_for_matching():
    a = read_article(("<p>" + SAMPLE_TW + "</p>").encode("big5"), "t.html", "s", Lang.ZH)
    assert a.paragraphs[0].text == SAMPLE_TW
    assert for_matching(a.paragraphs[0].text) == SAMPLE_ZH


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "a.txt", "file is empty"),
        (b"  \n\t\n", "a.txt", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "a.html", "binary file"),
        (b"<html><body><script>x()</script></body></html>", "a.html", "no article text"),
        (b"<html><body><p>\xe9\xa6\x96</p></body></html>", "a.html", "no article text"),
        (b"<div><a href='/'>Home</a> | <a>Contact Us</a></div>", "a.html", "no article text"),
        (b"English only text here.", "a.txt", "expected Chinese"),
        (b"x", "a.pdf", "unknown file type .pdf"),
    ],
)
def test_bad_input_is_one_line_error_naming_the_file(data, name, message):
    with pytest.raises(InputError) as info:
        read_article(data, name, "s", Lang.ZH)
    assert message in str(info.value)
    assert str(info.value).startswith(name)
    assert "\n" not in str(info.value)


def test_english_file_given_as_chinese_source_and_reverse():
    with pytest.raises(InputError, match="expected English"):
        read_article(SAMPLE_ZH.encode(), "en.txt", "s", Lang.EN)


# --- metadata lines and chrome -----------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Date:2018/04/11 09:42:00 Author: Source:", {"date": "2018-04-11 09:42", "author": "", "source": ""}),
        ("发布时间：2018-04-11　来源：吉林日报", {"date": "2018-04-11", "source": "吉林日报"}),
        ("发布日期：2018年5月2日 作者：张三", {"date": "2018-05-02", "author": "张三"}),
        ("2018-04-09 08:15 来源：新文化报", {"date": "2018-04-09 08:15", "source": "新文化报"}),
        ("来源：吉林日报 作者：李四", {"source": "吉林日报", "author": "李四"}),
        ("2018年3月30日，全省科技工作会议召开。", None),
        ("来源：新华社", None),
        ("据统计，来源：不详", None),
    ],
)  # fmt: skip
def test_parse_meta_line(line, expected):
    assert parse_meta_line(line) == expected


@pytest.mark.parametrize(
    ("text", "chrome"),
    [
        (
            "HomeContact Us   All rights reserved: Jilin Provincial Investment Promotion Website",
            True,
        ),
        ("Record No.: JICPB No.10003975 Total visits:", True),
        ("版权所有：吉林省投资促进网", True),
        ("备案号：吉ICP备10003975号　　总访问量：1286453", True),
        ("首页 | 联系我们 | 隐私声明", True),
        ("当前位置：首页 > 投资动态", True),
        ("上一篇：长春新区获批国家级双创示范基地", True),
        ("责任编辑：刘洋", True),
        ("首页", True),
        ("会议指出，要加快构建市场导向的科技成果转移转化机制。", False),
        ("The province ranked 17th in the country.", False),
        ("首页设计大赛今天开幕，共有三百件作品参赛，其中不少作品来自海外。", False),
    ],
)
def test_is_chrome(text, chrome):
    assert is_chrome(text) is chrome


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("e\u0301", "é"),
        ("a\u00a0\u00a0b", "a b"),
        ("\u3000\u3000段落", "段落"),
        ("中\u3000文", "中\u3000文"),
        ("line\nbreak", "line break"),
        ("zero\u200bwidth", "zerowidth"),
        ("\ufeffBOM", "BOM"),
        ("ＡＢＣ１２３", "ＡＢＣ１２３"),
    ],
)
def test_display_normalization(raw, shown):
    assert clean(raw) == shown


@pytest.mark.parametrize(
    ("raw", "matching"),
    [
        ("１２３Ｎ＋", "123N+"),
        ("雨林計劃", "雨林计划"),
        ("长春 国家", "长春国家"),
        ("Ｒ＆Ｄ　management", "R&D management"),
    ],
)
def test_matching_normalization(raw, matching):
    assert for_matching(raw) == matching
