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
        ("近五年", [(5, "count", "less")]),
        ("逾1,200家企业", [(1200, "count", "more")]),
        ("一批重大项目", []),
        ("三百余口人", [(300, "count", "more")]),
        ("第三次省部会商", [(3, "ordinal", "")]),
        ("十五项", [(15, "count", "")]),
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
