import pytest

from bilingual.model import Article, Lang, Paragraph
from bilingual.segment import segment, split_en, split_paragraphs, split_zh

ZH_CASES = [
    ("我省将坚定实施创新驱动发展战略。", ["我省将坚定实施创新驱动发展战略。"]),
    ("第一句。第二句。", ["第一句。", "第二句。"]),
    ("真的吗？是的！", ["真的吗？", "是的！"]),
    ("取得科研成果3500余项；获省级奖励1433项。", ["取得科研成果3500余项；", "获省级奖励1433项。"]),
    ("贡献率由目前的55.5%提高到61%。下一句。", ["贡献率由目前的55.5%提高到61%。", "下一句。"]),
    ("发布于2018.04.11，内容如下。", ["发布于2018.04.11，内容如下。"]),
    ("版本v2.0.1已发布。", ["版本v2.0.1已发布。"]),
    ("他说：“我们来了。”然后离开。", ["他说：“我们来了。”", "然后离开。"]),
    ("“你好！”她说。", ["“你好！”", "她说。"]),
    ("（此处为注释。）正文继续。", ["（此处为注释。）", "正文继续。"]),
    ("书名为《发展报告。》下一句。", ["书名为《发展报告。》", "下一句。"]),
    (
        "我们明天一起去看《摔跤吧！爸爸》好吗？好！",
        ["我们明天一起去看《摔跤吧！爸爸》好吗？", "好！"],
    ),
    (
        "他在读《你好，李焕英？》与〈谁？在哪里！〉。完。",
        ["他在读《你好，李焕英？》与〈谁？在哪里！〉。", "完。"],
    ),
    (
        "《未闭合的书名！后面的话很长很长很长很长很长很长很长很长很长很长很长很长很长很长的。第二句。",
        [
            "《未闭合的书名！",
            "后面的话很长很长很长很长很长很长很长很长很长很长很长很长很长很长的。",
            "第二句。",
        ],
    ),
    ("他想了想……终于开口。", ["他想了想……", "终于开口。"]),
    ("苹果、香蕉……等水果都很好。", ["苹果、香蕉……等水果都很好。"]),
    ("还有很多……，不一一列举。", ["还有很多……，不一一列举。"]),
    ("什么？！怎么会这样。", ["什么？！", "怎么会这样。"]),
    ("结束了。。。真的。", ["结束了。。。", "真的。"]),
    ("没有标点的句子", ["没有标点的句子"]),
    ("最后一句没有句号。还有这个", ["最后一句没有句号。", "还有这个"]),
    (
        "启动实施“123N+”发展战略。计划到2022年完成。",
        ["启动实施“123N+”发展战略。", "计划到2022年完成。"],
    ),
    ("技术合同成交额突破400亿元。", ["技术合同成交额突破400亿元。"]),
    ("电话：0431-88888888。地址：长春市。", ["电话：0431-88888888。", "地址：长春市。"]),
    ("网址www.jl.gov.cn已更新。", ["网址www.jl.gov.cn已更新。"]),
    ("他说:“好!”我们走.", ["他说:“好!”", "我们走."]),
    ("「這是繁體。」下一句。", ["「這是繁體。」", "下一句。"]),
    ("『引号』内无句号，继续。", ["『引号』内无句号，继续。"]),
    ("第一条；第二条；第三条。", ["第一条；", "第二条；", "第三条。"]),
    ("温度为-3.5℃。明天转晴。", ["温度为-3.5℃。", "明天转晴。"]),
    ("价格是1,200.50元。完毕。", ["价格是1,200.50元。", "完毕。"]),
    ("问：为什么？答：因为如此。", ["问：为什么？", "答：因为如此。"]),
    ("（一）加强顶层设计。（二）优化生态。", ["（一）加强顶层设计。", "（二）优化生态。"]),
    ("Yahoo!中国是网站。", ["Yahoo!中国是网站。"]),
    ("他说：“来吧……”", ["他说：“来吧……”"]),
    ("一句。 二句。", ["一句。 ", "二句。"]),
]


@pytest.mark.parametrize(("text", "expected"), ZH_CASES)
def test_split_zh(text, expected):
    assert split_zh(text) == expected


@pytest.mark.parametrize(("text", "_expected"), ZH_CASES)
def test_split_zh_loses_nothing(text, _expected):
    assert "".join(split_zh(text)) == text


EN_CASES = [
    ("One sentence.", ["One sentence."]),
    ("First one. Second one.", ["First one.", "Second one."]),
    ("Is it? Yes! Done.", ["Is it?", "Yes!", "Done."]),
    ("Mr. Smith went to Washington. He stayed.", ["Mr. Smith went to Washington.", "He stayed."]),
    ("Dr. Li and Prof. Wang met.", ["Dr. Li and Prof. Wang met."]),
    ("It rose from 55.5% to 61%. Good.", ["It rose from 55.5% to 61%.", "Good."]),
    ("See No. 1 Middle School. It is old.", ["See No. 1 Middle School.", "It is old."]),
    ("Record No.: JICPB No.10003975 Total visits:", ["Record No.: JICPB No.10003975 Total visits:"]),
    ("J. K. Rowling wrote it. She is British.", ["J. K. Rowling wrote it.", "She is British."]),
    ("He said, \"Go now.\" Then he left.", ["He said, \"Go now.\"", "Then he left."]),
    ("She asked, “Why?” Nobody answered.", ["She asked, “Why?”", "Nobody answered."]),
    ("“Go.” he said.", ["“Go.” he said."]),
    ("The U.S. Army arrived.", ["The U.S. Army arrived."]),
    ("He lives in the U.S. The weather is fine.", ["He lives in the U.S.", "The weather is fine."]),
    ("Apple Inc. reported profits.", ["Apple Inc. reported profits."]),
    ("He joined Apple Inc. The firm grew.", ["He joined Apple Inc.", "The firm grew."]),
    ("Bring pens, paper, etc. to class.", ["Bring pens, paper, etc. to class."]),
    ("Meet at 9 a.m. tomorrow.", ["Meet at 9 a.m. tomorrow."]),
    ("Prices rose 3.5 percent. Sales fell.", ["Prices rose 3.5 percent.", "Sales fell."]),
    ("See Fig. 2 for details.", ["See Fig. 2 for details."]),
    ("It opened on Jan. 5 this year.", ["It opened on Jan. 5 this year."]),
    ("Smith et al. found this.", ["Smith et al. found this."]),
    ("(This is aside.) Next sentence.", ["(This is aside.)", "Next sentence."]),
    ("Wait... What happened?", ["Wait...", "What happened?"]),
    ("It was 2018. In March, work began.", ["It was 2018.", "In March, work began."]),
    ("e.g. this case. And more.", ["e.g. this case.", "And more."]),
    ("Visit www.jl.gov.cn now. Thanks.", ["Visit www.jl.gov.cn now.", "Thanks."]),
    ("A total of RMB 40 billion. The rate is 55.5%.", ["A total of RMB 40 billion.", "The rate is 55.5%."]),
    ("No trailing stop", ["No trailing stop"]),
    ("The “123N+” strategy. The “rain forest program”.", ["The “123N+” strategy.", "The “rain forest program”."]),
    ("Vol. 3 is out. St. Louis is far.", ["Vol. 3 is out.", "St. Louis is far."]),
    ("Co., Ltd. signed it.", ["Co., Ltd. signed it."]),
    ("Obtained more than 3,500 results; won 15 prizes. Got 1,433 awards.",
     ["Obtained more than 3,500 results; won 15 prizes.", "Got 1,433 awards."]),
    ("What?! Really.", ["What?!", "Really."]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EN_CASES)
def test_split_en(text, expected):
    assert split_en(text) == expected


def test_case_tables_are_large_enough():
    assert len(ZH_CASES) >= 30 and len(EN_CASES) >= 30


PARAGRAPH_CASES = [
    ("a\n\nb\n", ["a", "b"]),
    ("第一段。\n第二段。\n", ["第一段。", "第二段。"]),
    ("　　第一段。\n　　第二段。", ["第一段。", "第二段。"]),
    ("Section\nTitle Here\nDate: 2018/04/11\n\n\nBody paragraph.", ["Section", "Title Here", "Date: 2018/04/11", "Body paragraph."]),
    ("This is a hard-wrapped paragraph of English text that\ncontinues on the next line and ends here.\n\nNext.",
     ["This is a hard-wrapped paragraph of English text that continues on the next line and ends here.", "Next."]),
    ("这是一个被硬换行的中文段落，它在这里被折断了，然后\n继续在下一行，直到结束。\n\n下一段。",
     ["这是一个被硬换行的中文段落，它在这里被折断了，然后继续在下一行，直到结束。", "下一段。"]),
    ("a\r\n\r\nb", ["a", "b"]),
    ("   \n\n  ", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARAGRAPH_CASES)
def test_split_paragraphs(text, expected):
    assert split_paragraphs(text) == expected


def test_segment_fills_sentences_per_language():
    zh = Article("s", Lang.ZH, "t", (Paragraph("一。二。"),))
    en = Article("s", Lang.EN, "t", (Paragraph("One. Two."),))
    assert segment(zh).paragraphs[0].sentences == ("一。", "二。")
    assert segment(en).paragraphs[0].sentences == ("One.", "Two.")
