"""Round 111 (jieri111): festival activities and holiday markets — county and city news of 送春联 / 送万福进万家
events (河北 雄县 and 武强县, 江西 福田镇), 节前 market checks (甘肃 临泽县, 黑龙江 双鸭山市, a county 市场监管局's
春节 report), holiday tourism figures (四川 旺苍县 五一, 青川县 端午, 安徽 春节黄金周) and 湖北 黄石's 国庆 sales
(fresh texts of /tmp/s27/txt/jieri111).  Fixes: couplets counted by 副 (书写了近600副春联, 义写春联400余副) a
count, 1正2副 and 2名副县长 still none in 副; 对联 after its count one noun (共写出一百余幅对联 → 对联, not the verb
before it); a holiday's stretch or a part of the year between the things counted and their figure
(8家零售企业节日期间销售同比增长7.0%, 8家重点企业一季度产值…) no part of the counted noun, and 节日期间 opening
a clause no word of the indicator."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_couplets_counted_in_fu():
    """10-futian-songwanfu: 9位知名书法家在现场挥毫泼墨，书写了近600副春联和“福”字; base: no count of the couplets
    (副 no measure word)."""
    got = _metrics(extract_text("活动\n1月12日，9位知名书法家在现场挥毫泼墨，书写了近600副春联和“福”字。"))
    assert ("春联", 600, "副") in got, got
    assert ("知名书法家", 9, "位") in got, got


def test_couplets_counted_in_fu_after_the_noun():
    """白河's 义写春联400余副 (the noun first, the count after it)."""
    got = _metrics(extract_text("活动\n活动期间，共义写春联400余副，送“福”字300余个。"))
    assert any(u == "副" and v == 400 and "春联" in i for i, v, u in got), got


def test_fu_of_a_deputy_is_no_unit():
    """Guards: 副 opening a deputy's post (2名副县长) or the deputies of a body's posts (领导职数1正2副) is no
    count in 副."""
    got = _metrics(extract_text("人事\n会议决定任命2名副县长，1名副局长。"))
    assert all(u != "副" for _i, _v, u in got), got
    assert ("副县长", 2, "名") in got, got
    got = _metrics(extract_text("机构\n县文化和旅游局领导职数1正2副。"))
    assert all(u != "副" for _i, _v, u in got), got


def test_couplets_are_what_the_count_counts():
    """04-xiongxian-songfu-chunlian: 书法家们兴致高涨，不知疲倦，共写出一百余幅对联和两百多个福字; base: the 100 幅 read
    as 写出 (the 对 of 对联 taken for the preposition ending the noun)."""
    got = _metrics(extract_text("活动\n书法家们兴致高涨，不知疲倦，共写出一百余幅对联和两百多个福字。"))
    assert ("对联", 100, "幅") in got, got
    assert ("福字", 200, "个") in got, got


def test_dui_as_preposition_still_cuts():
    """Guard: 对 of a clause after the count (5个部门对…开展检查) still ends the noun counted."""
    got = _metrics(extract_text("检查\n县市场监管局会同5个部门对全县农贸市场开展联合检查。"))
    assert ("部门", 5, "个") in got, got


def test_holiday_stretch_ends_the_counted_noun():
    """07-huangshi-guoqing-xiaofei: 我市武商量贩、中商平价、中百仓储、金港超市等8家零售企业节日期间销售同比增长7.0%;
    base: 8 家 of 零售企业节日期间销售同比 and the change named 零售企业节日期间销售同比增长."""
    got = _metrics(extract_text("消费\n据监测数据显示，我市武商量贩、中商平价、中百仓储、金港超市等8家零售企业节日期间"
                                "销售同比增长7.0%。"))
    assert ("零售企业", 8, "家") in got, got
    assert not any("节日期间" in i for i, _v, _u in got), got


def test_quarter_ends_the_counted_noun():
    """The same with a part of the year (全市8家重点企业一季度产值同比增长7.0%); base: 重点企业一季度 8 家."""
    got = _metrics(extract_text("经济\n全市8家重点企业一季度产值同比增长7.0%。"))
    assert ("重点企业", 8, "家") in got, got


def test_holiday_stretch_opening_the_indicator_clause():
    """全市8家零售企业节日期间销售额同比增长7.0%: base 零售企业节日期间销售额同比增长."""
    got = _metrics(extract_text("消费\n全市8家零售企业节日期间销售额同比增长7.0%。"))
    assert ("零售企业销售额同比增长", 7, "%") in got, got


def test_holiday_words_opening_the_noun_stay():
    """Guards: a holiday's words that open the noun (5个春节期间值班点) or a festival's bare name in it (困难群众春节
    慰问金) stay whole."""
    got = _metrics(extract_text("值守\n全县设立5个春节期间临时值班点。"))
    assert any(v == 5 and i.startswith("春节期间") for i, v, _u in got), got
    got = _metrics(extract_text("慰问\n共发放200份困难群众春节慰问金。"))
    assert any(v == 200 and "春节" in i for i, v, _u in got), got
